"use strict";
module.exports = [
{ name: "mapping.csv.hbs", partial: false, spec: {"0":function(container,depth0,helpers,partials,data,blockParams,depths) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"each").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"requirements"),{"name":"each","hash":{},"fn":container.program(1, data, 0, blockParams, depths),"inverse":container.program(6, data, 0, blockParams, depths),"data":data,"loc":{"start":{"line":3,"column":0},"end":{"line":11,"column":9}}})) != null ? stack1 : "");
},"1":function(container,depth0,helpers,partials,data,blockParams,depths) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"each").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"satisfiers"),{"name":"each","hash":{},"fn":container.program(2, data, 0, blockParams, depths),"inverse":container.program(5, data, 0, blockParams, depths),"data":data,"loc":{"start":{"line":4,"column":0},"end":{"line":8,"column":9}}})) != null ? stack1 : "");
},"2":function(container,depth0,helpers,partials,data,blockParams,depths) {
    var stack1, helper, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), alias3=container.escapeExpression, alias4=container.lambda, alias5="function", lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return alias3((lookupProperty(helpers,"text")||alias1(depth0, "text", {"start":{"line":5,"column":2},"end":{"line":5,"column":6}} )).call(alias2,lookupProperty(depths[2],"id"),{"name":"text","hash":{},"data":data,"loc":{"start":{"line":5,"column":0},"end":{"line":5,"column":17}}}))
    + ","
    + alias3(alias4(alias1(depths[2], "title", {"start":{"line":5,"column":20},"end":{"line":5,"column":31}} ), depth0))
    + ","
    + alias3(alias4(alias1(depths[1], "id", {"start":{"line":5,"column":36},"end":{"line":5,"column":41}} ), depth0))
    + ","
    + alias3(alias4(alias1(depths[1], "title", {"start":{"line":5,"column":46},"end":{"line":5,"column":54}} ), depth0))
    + ","
    + alias3(alias4(alias1(depths[1], "kind", {"start":{"line":5,"column":59},"end":{"line":5,"column":66}} ), depth0))
    + ","
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(depths[1],"mandatory"),{"name":"if","hash":{},"fn":container.program(3, data, 0, blockParams, depths),"inverse":container.program(4, data, 0, blockParams, depths),"data":data,"loc":{"start":{"line":5,"column":69},"end":{"line":5,"column":178}}})) != null ? stack1 : "")
    + ","
    + alias3(alias4(alias1(depths[1], "state", {"start":{"line":5,"column":181},"end":{"line":5,"column":189}} ), depth0))
    + ","
    + alias3(alias4(alias1(depths[1], "mark", {"start":{"line":5,"column":194},"end":{"line":5,"column":201}} ), depth0))
    + ","
    + alias3((((helper = lookupProperty(helpers,"kind") || alias1(depth0, "kind", {"start":{"line":5,"column":206},"end":{"line":5,"column":210}} ))),(typeof helper === alias5 ? helper.call(alias2,{"name":"kind","hash":{},"data":data,"loc":{"start":{"line":5,"column":204},"end":{"line":5,"column":212}}}) : helper)))
    + ","
    + alias3((((helper = lookupProperty(helpers,"id") || alias1(depth0, "id", {"start":{"line":5,"column":215},"end":{"line":5,"column":217}} ))),(typeof helper === alias5 ? helper.call(alias2,{"name":"id","hash":{},"data":data,"loc":{"start":{"line":5,"column":213},"end":{"line":5,"column":219}}}) : helper)))
    + ","
    + alias3((((helper = lookupProperty(helpers,"title") || alias1(depth0, "title", {"start":{"line":5,"column":222},"end":{"line":5,"column":227}} ))),(typeof helper === alias5 ? helper.call(alias2,{"name":"title","hash":{},"data":data,"loc":{"start":{"line":5,"column":220},"end":{"line":5,"column":229}}}) : helper)))
    + ","
    + alias3((lookupProperty(helpers,"text")||alias1(depth0, "text", {"start":{"line":5,"column":232},"end":{"line":5,"column":236}} )).call(alias2,lookupProperty(depth0,"version"),{"name":"text","hash":{},"data":data,"loc":{"start":{"line":5,"column":230},"end":{"line":5,"column":246}}}))
    + ","
    + alias3((((helper = lookupProperty(helpers,"status") || alias1(depth0, "status", {"start":{"line":5,"column":249},"end":{"line":5,"column":255}} ))),(typeof helper === alias5 ? helper.call(alias2,{"name":"status","hash":{},"data":data,"loc":{"start":{"line":5,"column":247},"end":{"line":5,"column":257}}}) : helper)))
    + ","
    + alias3((((helper = lookupProperty(helpers,"approvalDate") || alias1(depth0, "approvalDate", {"start":{"line":5,"column":260},"end":{"line":5,"column":272}} ))),(typeof helper === alias5 ? helper.call(alias2,{"name":"approvalDate","hash":{},"data":data,"loc":{"start":{"line":5,"column":258},"end":{"line":5,"column":274}}}) : helper)))
    + ","
    + alias3((((helper = lookupProperty(helpers,"evidence") || alias1(depth0, "evidence", {"start":{"line":5,"column":277},"end":{"line":5,"column":285}} ))),(typeof helper === alias5 ? helper.call(alias2,{"name":"evidence","hash":{},"data":data,"loc":{"start":{"line":5,"column":275},"end":{"line":5,"column":287}}}) : helper)))
    + "\n";
},"3":function(container,depth0,helpers,partials,data) {
    var lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return container.escapeExpression((lookupProperty(helpers,"t")||container.strict(depth0, "t", {"start":{"line":5,"column":91},"end":{"line":5,"column":92}} )).call(depth0 != null ? depth0 : (container.nullContext || {}),"report.requirement.mandatory",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":5,"column":89},"end":{"line":5,"column":125}}}));
},"4":function(container,depth0,helpers,partials,data) {
    var lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return container.escapeExpression((lookupProperty(helpers,"t")||container.strict(depth0, "t", {"start":{"line":5,"column":135},"end":{"line":5,"column":136}} )).call(depth0 != null ? depth0 : (container.nullContext || {}),"report.requirement.recommended",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":5,"column":133},"end":{"line":5,"column":171}}}));
},"5":function(container,depth0,helpers,partials,data,blockParams,depths) {
    var stack1, helper, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), alias3=container.escapeExpression, alias4="function", lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return alias3((lookupProperty(helpers,"text")||alias1(depth0, "text", {"start":{"line":7,"column":2},"end":{"line":7,"column":6}} )).call(alias2,lookupProperty(depths[1],"id"),{"name":"text","hash":{},"data":data,"loc":{"start":{"line":7,"column":0},"end":{"line":7,"column":14}}}))
    + ","
    + alias3(container.lambda(alias1(depths[1], "title", {"start":{"line":7,"column":17},"end":{"line":7,"column":25}} ), depth0))
    + ","
    + alias3((((helper = lookupProperty(helpers,"id") || alias1(depth0, "id", {"start":{"line":7,"column":30},"end":{"line":7,"column":32}} ))),(typeof helper === alias4 ? helper.call(alias2,{"name":"id","hash":{},"data":data,"loc":{"start":{"line":7,"column":28},"end":{"line":7,"column":34}}}) : helper)))
    + ","
    + alias3((((helper = lookupProperty(helpers,"title") || alias1(depth0, "title", {"start":{"line":7,"column":37},"end":{"line":7,"column":42}} ))),(typeof helper === alias4 ? helper.call(alias2,{"name":"title","hash":{},"data":data,"loc":{"start":{"line":7,"column":35},"end":{"line":7,"column":44}}}) : helper)))
    + ","
    + alias3((((helper = lookupProperty(helpers,"kind") || alias1(depth0, "kind", {"start":{"line":7,"column":47},"end":{"line":7,"column":51}} ))),(typeof helper === alias4 ? helper.call(alias2,{"name":"kind","hash":{},"data":data,"loc":{"start":{"line":7,"column":45},"end":{"line":7,"column":53}}}) : helper)))
    + ","
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(depth0,"mandatory"),{"name":"if","hash":{},"fn":container.program(3, data, 0, blockParams, depths),"inverse":container.program(4, data, 0, blockParams, depths),"data":data,"loc":{"start":{"line":7,"column":54},"end":{"line":7,"column":160}}})) != null ? stack1 : "")
    + ","
    + alias3((((helper = lookupProperty(helpers,"state") || alias1(depth0, "state", {"start":{"line":7,"column":163},"end":{"line":7,"column":168}} ))),(typeof helper === alias4 ? helper.call(alias2,{"name":"state","hash":{},"data":data,"loc":{"start":{"line":7,"column":161},"end":{"line":7,"column":170}}}) : helper)))
    + ","
    + alias3((((helper = lookupProperty(helpers,"mark") || alias1(depth0, "mark", {"start":{"line":7,"column":173},"end":{"line":7,"column":177}} ))),(typeof helper === alias4 ? helper.call(alias2,{"name":"mark","hash":{},"data":data,"loc":{"start":{"line":7,"column":171},"end":{"line":7,"column":179}}}) : helper)))
    + ",,,,,,,\n";
},"6":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), alias3=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return alias3((lookupProperty(helpers,"text")||alias1(depth0, "text", {"start":{"line":10,"column":2},"end":{"line":10,"column":6}} )).call(alias2,lookupProperty(depth0,"id"),{"name":"text","hash":{},"data":data,"loc":{"start":{"line":10,"column":0},"end":{"line":10,"column":11}}}))
    + ","
    + alias3((((helper = lookupProperty(helpers,"title") || alias1(depth0, "title", {"start":{"line":10,"column":14},"end":{"line":10,"column":19}} ))),(typeof helper === "function" ? helper.call(alias2,{"name":"title","hash":{},"data":data,"loc":{"start":{"line":10,"column":12},"end":{"line":10,"column":21}}}) : helper)))
    + ",,"
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(depth0,"processOnly"),{"name":"if","hash":{},"fn":container.program(7, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":10,"column":23},"end":{"line":10,"column":83}}})) != null ? stack1 : "")
    + ",,,,,,,,,,,\n";
},"7":function(container,depth0,helpers,partials,data) {
    var lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return container.escapeExpression((lookupProperty(helpers,"t")||container.strict(depth0, "t", {"start":{"line":10,"column":44},"end":{"line":10,"column":45}} )).call(depth0 != null ? depth0 : (container.nullContext || {}),"report.mapping.processOnly",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":10,"column":42},"end":{"line":10,"column":76}}}));
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data,blockParams,depths) {
    var stack1, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), alias3=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":1,"column":2},"end":{"line":1,"column":3}} )).call(alias2,"report.column.clause",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":1,"column":0},"end":{"line":1,"column":28}}}))
    + ","
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":1,"column":31},"end":{"line":1,"column":32}} )).call(alias2,"report.column.clauseTitle",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":1,"column":29},"end":{"line":1,"column":62}}}))
    + ","
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":1,"column":65},"end":{"line":1,"column":66}} )).call(alias2,"report.column.requirementId",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":1,"column":63},"end":{"line":1,"column":98}}}))
    + ","
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":1,"column":101},"end":{"line":1,"column":102}} )).call(alias2,"report.column.requirement",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":1,"column":99},"end":{"line":1,"column":132}}}))
    + ","
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":1,"column":135},"end":{"line":1,"column":136}} )).call(alias2,"report.column.kindCode",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":1,"column":133},"end":{"line":1,"column":163}}}))
    + ","
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":1,"column":166},"end":{"line":1,"column":167}} )).call(alias2,"report.column.obligation",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":1,"column":164},"end":{"line":1,"column":196}}}))
    + ","
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":1,"column":199},"end":{"line":1,"column":200}} )).call(alias2,"report.column.stateCode",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":1,"column":197},"end":{"line":1,"column":228}}}))
    + ","
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":1,"column":231},"end":{"line":1,"column":232}} )).call(alias2,"report.column.result",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":1,"column":229},"end":{"line":1,"column":257}}}))
    + ","
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":1,"column":260},"end":{"line":1,"column":261}} )).call(alias2,"report.column.satisfierKind",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":1,"column":258},"end":{"line":1,"column":293}}}))
    + ","
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":1,"column":296},"end":{"line":1,"column":297}} )).call(alias2,"report.column.satisfierId",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":1,"column":294},"end":{"line":1,"column":327}}}))
    + ","
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":1,"column":330},"end":{"line":1,"column":331}} )).call(alias2,"report.column.satisfierTitle",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":1,"column":328},"end":{"line":1,"column":364}}}))
    + ","
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":1,"column":367},"end":{"line":1,"column":368}} )).call(alias2,"report.column.version",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":1,"column":365},"end":{"line":1,"column":394}}}))
    + ","
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":1,"column":397},"end":{"line":1,"column":398}} )).call(alias2,"report.column.status",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":1,"column":395},"end":{"line":1,"column":423}}}))
    + ","
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":1,"column":426},"end":{"line":1,"column":427}} )).call(alias2,"report.column.approved",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":1,"column":424},"end":{"line":1,"column":454}}}))
    + ","
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":1,"column":457},"end":{"line":1,"column":458}} )).call(alias2,"report.column.evidence",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":1,"column":455},"end":{"line":1,"column":485}}}))
    + "\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias2,lookupProperty(depth0,"clauses"),{"name":"each","hash":{},"fn":container.program(0, data, 0, blockParams, depths),"inverse":container.noop,"data":data,"loc":{"start":{"line":2,"column":0},"end":{"line":12,"column":9}}})) != null ? stack1 : "");
},"useData":true,"useDepths":true} }
];
