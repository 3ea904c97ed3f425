"use strict";
module.exports = [
{ name: "dossier.csv.hbs", partial: false, spec: {"0":function(container,depth0,helpers,partials,data,blockParams,depths) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"each").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"evidence"),{"name":"each","hash":{},"fn":container.program(1, data, 0, blockParams, depths),"inverse":container.program(2, data, 0, blockParams, depths),"data":data,"loc":{"start":{"line":3,"column":0},"end":{"line":7,"column":9}}})) != null ? stack1 : "");
},"1":function(container,depth0,helpers,partials,data,blockParams,depths) {
    var alias1=container.strict, alias2=container.escapeExpression, alias3=container.lambda, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return alias2((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":4,"column":2},"end":{"line":4,"column":3}} )).call(depth0 != null ? depth0 : (container.nullContext || {}),"report.section.checklist",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":4,"column":0},"end":{"line":4,"column":32}}}))
    + ","
    + alias2(alias3(alias1(depths[1], "number", {"start":{"line":4,"column":35},"end":{"line":4,"column":44}} ), depth0))
    + ","
    + alias2(alias3(alias1(depths[1], "id", {"start":{"line":4,"column":49},"end":{"line":4,"column":54}} ), depth0))
    + ","
    + alias2(alias3(alias1(depths[1], "title", {"start":{"line":4,"column":59},"end":{"line":4,"column":67}} ), depth0))
    + ","
    + alias2(alias3(alias1(depths[1], "description", {"start":{"line":4,"column":72},"end":{"line":4,"column":86}} ), depth0))
    + ","
    + alias2(alias3(alias1(depths[1], "state", {"start":{"line":4,"column":91},"end":{"line":4,"column":99}} ), depth0))
    + ","
    + alias2(alias3(alias1(depths[1], "label", {"start":{"line":4,"column":104},"end":{"line":4,"column":112}} ), depth0))
    + ","
    + alias2(alias3(depth0, depth0))
    + "\n";
},"2":function(container,depth0,helpers,partials,data) {
    var helper, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), alias3=container.escapeExpression, alias4="function", lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":6,"column":2},"end":{"line":6,"column":3}} )).call(alias2,"report.section.checklist",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":6,"column":0},"end":{"line":6,"column":32}}}))
    + ","
    + alias3((((helper = lookupProperty(helpers,"number") || alias1(depth0, "number", {"start":{"line":6,"column":35},"end":{"line":6,"column":41}} ))),(typeof helper === alias4 ? helper.call(alias2,{"name":"number","hash":{},"data":data,"loc":{"start":{"line":6,"column":33},"end":{"line":6,"column":43}}}) : helper)))
    + ","
    + alias3((((helper = lookupProperty(helpers,"id") || alias1(depth0, "id", {"start":{"line":6,"column":46},"end":{"line":6,"column":48}} ))),(typeof helper === alias4 ? helper.call(alias2,{"name":"id","hash":{},"data":data,"loc":{"start":{"line":6,"column":44},"end":{"line":6,"column":50}}}) : helper)))
    + ","
    + alias3((((helper = lookupProperty(helpers,"title") || alias1(depth0, "title", {"start":{"line":6,"column":53},"end":{"line":6,"column":58}} ))),(typeof helper === alias4 ? helper.call(alias2,{"name":"title","hash":{},"data":data,"loc":{"start":{"line":6,"column":51},"end":{"line":6,"column":60}}}) : helper)))
    + ","
    + alias3((((helper = lookupProperty(helpers,"description") || alias1(depth0, "description", {"start":{"line":6,"column":63},"end":{"line":6,"column":74}} ))),(typeof helper === alias4 ? helper.call(alias2,{"name":"description","hash":{},"data":data,"loc":{"start":{"line":6,"column":61},"end":{"line":6,"column":76}}}) : helper)))
    + ","
    + alias3((((helper = lookupProperty(helpers,"state") || alias1(depth0, "state", {"start":{"line":6,"column":79},"end":{"line":6,"column":84}} ))),(typeof helper === alias4 ? helper.call(alias2,{"name":"state","hash":{},"data":data,"loc":{"start":{"line":6,"column":77},"end":{"line":6,"column":86}}}) : helper)))
    + ","
    + alias3((((helper = lookupProperty(helpers,"label") || alias1(depth0, "label", {"start":{"line":6,"column":89},"end":{"line":6,"column":94}} ))),(typeof helper === alias4 ? helper.call(alias2,{"name":"label","hash":{},"data":data,"loc":{"start":{"line":6,"column":87},"end":{"line":6,"column":96}}}) : helper)))
    + ",\n";
},"3":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), alias3=container.escapeExpression, alias4="function", lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":10,"column":2},"end":{"line":10,"column":3}} )).call(alias2,"report.section.prerequisites",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":10,"column":0},"end":{"line":10,"column":36}}}))
    + ",,"
    + alias3((((helper = lookupProperty(helpers,"id") || alias1(depth0, "id", {"start":{"line":10,"column":40},"end":{"line":10,"column":42}} ))),(typeof helper === alias4 ? helper.call(alias2,{"name":"id","hash":{},"data":data,"loc":{"start":{"line":10,"column":38},"end":{"line":10,"column":44}}}) : helper)))
    + ","
    + alias3((((helper = lookupProperty(helpers,"title") || alias1(depth0, "title", {"start":{"line":10,"column":47},"end":{"line":10,"column":52}} ))),(typeof helper === alias4 ? helper.call(alias2,{"name":"title","hash":{},"data":data,"loc":{"start":{"line":10,"column":45},"end":{"line":10,"column":54}}}) : helper)))
    + ","
    + alias3((((helper = lookupProperty(helpers,"detail") || alias1(depth0, "detail", {"start":{"line":10,"column":57},"end":{"line":10,"column":63}} ))),(typeof helper === alias4 ? helper.call(alias2,{"name":"detail","hash":{},"data":data,"loc":{"start":{"line":10,"column":55},"end":{"line":10,"column":65}}}) : helper)))
    + ","
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(depth0,"met"),{"name":"if","hash":{},"fn":container.program(4, data, 0),"inverse":container.program(5, data, 0),"data":data,"loc":{"start":{"line":10,"column":66},"end":{"line":10,"column":106}}})) != null ? stack1 : "")
    + ","
    + alias3((((helper = lookupProperty(helpers,"label") || alias1(depth0, "label", {"start":{"line":10,"column":109},"end":{"line":10,"column":114}} ))),(typeof helper === alias4 ? helper.call(alias2,{"name":"label","hash":{},"data":data,"loc":{"start":{"line":10,"column":107},"end":{"line":10,"column":116}}}) : helper)))
    + ",\n";
},"4":function(container,depth0,helpers,partials,data) {
    return "\"met\"";
},"5":function(container,depth0,helpers,partials,data) {
    return "\"not-met\"";
},"6":function(container,depth0,helpers,partials,data) {
    return "\"ready\"";
},"7":function(container,depth0,helpers,partials,data) {
    return "\"not-ready\"";
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data,blockParams,depths) {
    var stack1, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), alias3=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":1,"column":2},"end":{"line":1,"column":3}} )).call(alias2,"report.column.section",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":1,"column":0},"end":{"line":1,"column":29}}}))
    + ","
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":1,"column":32},"end":{"line":1,"column":33}} )).call(alias2,"report.column.number",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":1,"column":30},"end":{"line":1,"column":58}}}))
    + ","
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":1,"column":61},"end":{"line":1,"column":62}} )).call(alias2,"report.column.id",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":1,"column":59},"end":{"line":1,"column":83}}}))
    + ","
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":1,"column":86},"end":{"line":1,"column":87}} )).call(alias2,"report.column.title",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":1,"column":84},"end":{"line":1,"column":111}}}))
    + ","
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":1,"column":114},"end":{"line":1,"column":115}} )).call(alias2,"report.column.description",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":1,"column":112},"end":{"line":1,"column":145}}}))
    + ","
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":1,"column":148},"end":{"line":1,"column":149}} )).call(alias2,"report.column.stateCode",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":1,"column":146},"end":{"line":1,"column":177}}}))
    + ","
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":1,"column":180},"end":{"line":1,"column":181}} )).call(alias2,"report.column.status",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":1,"column":178},"end":{"line":1,"column":206}}}))
    + ","
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":1,"column":209},"end":{"line":1,"column":210}} )).call(alias2,"report.column.evidence",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":1,"column":207},"end":{"line":1,"column":237}}}))
    + "\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias2,lookupProperty(depth0,"items"),{"name":"each","hash":{},"fn":container.program(0, data, 0, blockParams, depths),"inverse":container.noop,"data":data,"loc":{"start":{"line":2,"column":0},"end":{"line":8,"column":9}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"each").call(alias2,lookupProperty(depth0,"prerequisites"),{"name":"each","hash":{},"fn":container.program(3, data, 0, blockParams, depths),"inverse":container.noop,"data":data,"loc":{"start":{"line":9,"column":0},"end":{"line":11,"column":9}}})) != null ? stack1 : "")
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":12,"column":2},"end":{"line":12,"column":3}} )).call(alias2,"report.section.overall",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":12,"column":0},"end":{"line":12,"column":30}}}))
    + ",,,"
    + alias3(container.lambda(alias1(lookupProperty(depth0,"verdict"), "label", {"start":{"line":12,"column":35},"end":{"line":12,"column":48}} ), depth0))
    + ",,"
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(lookupProperty(depth0,"verdict"),"ready"),{"name":"if","hash":{},"fn":container.program(6, data, 0, blockParams, depths),"inverse":container.program(7, data, 0, blockParams, depths),"data":data,"loc":{"start":{"line":12,"column":52},"end":{"line":12,"column":106}}})) != null ? stack1 : "")
    + ",,\n";
},"useData":true,"useDepths":true} }
];
