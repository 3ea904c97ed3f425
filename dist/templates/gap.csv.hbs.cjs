"use strict";
module.exports = [
{ name: "gap.csv.hbs", partial: false, spec: {"0":function(container,depth0,helpers,partials,data) {
    var lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ","
    + container.escapeExpression((lookupProperty(helpers,"t")||container.strict(depth0, "t", {"start":{"line":1,"column":349},"end":{"line":1,"column":350}} )).call(depth0 != null ? depth0 : (container.nullContext || {}),"report.column.location",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":1,"column":347},"end":{"line":1,"column":377}}}));
},"1":function(container,depth0,helpers,partials,data,blockParams,depths) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"each").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"rows"),{"name":"each","hash":{},"fn":container.program(2, data, 0, blockParams, depths),"inverse":container.noop,"data":data,"loc":{"start":{"line":3,"column":0},"end":{"line":5,"column":9}}})) != null ? stack1 : "");
},"2":function(container,depth0,helpers,partials,data,blockParams,depths) {
    var stack1, helper, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), alias3="function", alias4=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return alias4((((helper = lookupProperty(helpers,"number") || alias1(depth0, "number", {"start":{"line":4,"column":2},"end":{"line":4,"column":8}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"number","hash":{},"data":data,"loc":{"start":{"line":4,"column":0},"end":{"line":4,"column":10}}}) : helper)))
    + ","
    + alias4(container.lambda(alias1(depths[1], "title", {"start":{"line":4,"column":13},"end":{"line":4,"column":21}} ), depth0))
    + ","
    + alias4((lookupProperty(helpers,"text")||alias1(depth0, "text", {"start":{"line":4,"column":26},"end":{"line":4,"column":30}} )).call(alias2,lookupProperty(depth0,"clause"),{"name":"text","hash":{},"data":data,"loc":{"start":{"line":4,"column":24},"end":{"line":4,"column":39}}}))
    + ","
    + alias4((((helper = lookupProperty(helpers,"clauseTitle") || alias1(depth0, "clauseTitle", {"start":{"line":4,"column":42},"end":{"line":4,"column":53}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"clauseTitle","hash":{},"data":data,"loc":{"start":{"line":4,"column":40},"end":{"line":4,"column":55}}}) : helper)))
    + ","
    + alias4((((helper = lookupProperty(helpers,"action") || alias1(depth0, "action", {"start":{"line":4,"column":58},"end":{"line":4,"column":64}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"action","hash":{},"data":data,"loc":{"start":{"line":4,"column":56},"end":{"line":4,"column":66}}}) : helper)))
    + ","
    + alias4((lookupProperty(helpers,"lines")||alias1(depth0, "lines", {"start":{"line":4,"column":69},"end":{"line":4,"column":74}} )).call(alias2,lookupProperty(depth0,"checklistLines"),{"name":"lines","hash":{},"data":data,"loc":{"start":{"line":4,"column":67},"end":{"line":4,"column":91}}}))
    + ","
    + alias4((lookupProperty(helpers,"lines")||alias1(depth0, "lines", {"start":{"line":4,"column":94},"end":{"line":4,"column":99}} )).call(alias2,lookupProperty(depth0,"findings"),{"name":"lines","hash":{},"data":data,"loc":{"start":{"line":4,"column":92},"end":{"line":4,"column":110}}}))
    + ","
    + alias4((((helper = lookupProperty(helpers,"owner") || alias1(depth0, "owner", {"start":{"line":4,"column":113},"end":{"line":4,"column":118}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"owner","hash":{},"data":data,"loc":{"start":{"line":4,"column":111},"end":{"line":4,"column":120}}}) : helper)))
    + ","
    + alias4((((helper = lookupProperty(helpers,"due") || alias1(depth0, "due", {"start":{"line":4,"column":123},"end":{"line":4,"column":126}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"due","hash":{},"data":data,"loc":{"start":{"line":4,"column":121},"end":{"line":4,"column":128}}}) : helper)))
    + ","
    + alias4((((helper = lookupProperty(helpers,"status") || alias1(depth0, "status", {"start":{"line":4,"column":131},"end":{"line":4,"column":137}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"status","hash":{},"data":data,"loc":{"start":{"line":4,"column":129},"end":{"line":4,"column":139}}}) : helper)))
    + ","
    + alias4((((helper = lookupProperty(helpers,"reference") || alias1(depth0, "reference", {"start":{"line":4,"column":142},"end":{"line":4,"column":151}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"reference","hash":{},"data":data,"loc":{"start":{"line":4,"column":140},"end":{"line":4,"column":153}}}) : helper)))
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(lookupProperty(lookupProperty(data,"root"),"meta"),"internal"),{"name":"if","hash":{},"fn":container.program(3, data, 0, blockParams, depths),"inverse":container.noop,"data":data,"loc":{"start":{"line":4,"column":153},"end":{"line":4,"column":207}}})) != null ? stack1 : "")
    + "\n";
},"3":function(container,depth0,helpers,partials,data) {
    var lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ","
    + container.escapeExpression((lookupProperty(helpers,"lines")||container.strict(depth0, "lines", {"start":{"line":4,"column":183},"end":{"line":4,"column":188}} )).call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"locations"),{"name":"lines","hash":{},"data":data,"loc":{"start":{"line":4,"column":181},"end":{"line":4,"column":200}}}));
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data,blockParams,depths) {
    var stack1, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), alias3=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":1,"column":2},"end":{"line":1,"column":3}} )).call(alias2,"report.column.number",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":1,"column":0},"end":{"line":1,"column":28}}}))
    + ","
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":1,"column":31},"end":{"line":1,"column":32}} )).call(alias2,"report.column.group",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":1,"column":29},"end":{"line":1,"column":56}}}))
    + ","
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":1,"column":59},"end":{"line":1,"column":60}} )).call(alias2,"report.column.clause",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":1,"column":57},"end":{"line":1,"column":85}}}))
    + ","
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":1,"column":88},"end":{"line":1,"column":89}} )).call(alias2,"report.column.clauseTitle",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":1,"column":86},"end":{"line":1,"column":119}}}))
    + ","
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":1,"column":122},"end":{"line":1,"column":123}} )).call(alias2,"report.column.action",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":1,"column":120},"end":{"line":1,"column":148}}}))
    + ","
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":1,"column":151},"end":{"line":1,"column":152}} )).call(alias2,"report.column.checklist",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":1,"column":149},"end":{"line":1,"column":180}}}))
    + ","
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":1,"column":183},"end":{"line":1,"column":184}} )).call(alias2,"report.column.why",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":1,"column":181},"end":{"line":1,"column":206}}}))
    + ","
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":1,"column":209},"end":{"line":1,"column":210}} )).call(alias2,"report.column.owner",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":1,"column":207},"end":{"line":1,"column":234}}}))
    + ","
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":1,"column":237},"end":{"line":1,"column":238}} )).call(alias2,"report.column.due",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":1,"column":235},"end":{"line":1,"column":260}}}))
    + ","
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":1,"column":263},"end":{"line":1,"column":264}} )).call(alias2,"report.column.status",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":1,"column":261},"end":{"line":1,"column":289}}}))
    + ","
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":1,"column":292},"end":{"line":1,"column":293}} )).call(alias2,"report.column.planReference",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":1,"column":290},"end":{"line":1,"column":325}}}))
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(lookupProperty(depth0,"meta"),"internal"),{"name":"if","hash":{},"fn":container.program(0, data, 0, blockParams, depths),"inverse":container.noop,"data":data,"loc":{"start":{"line":1,"column":325},"end":{"line":1,"column":384}}})) != null ? stack1 : "")
    + "\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias2,lookupProperty(depth0,"actionPlan"),{"name":"each","hash":{},"fn":container.program(1, data, 0, blockParams, depths),"inverse":container.noop,"data":data,"loc":{"start":{"line":2,"column":0},"end":{"line":6,"column":9}}})) != null ? stack1 : "");
},"useData":true,"useDepths":true} }
];
