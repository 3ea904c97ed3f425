"use strict";
module.exports = [
{ name: "mapping.md.hbs", partial: false, spec: {"0":function(container,depth0,helpers,partials,data,blockParams,depths) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"each").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"requirements"),{"name":"each","hash":{},"fn":container.program(1, data, 0, blockParams, depths),"inverse":container.program(15, data, 0, blockParams, depths),"data":data,"loc":{"start":{"line":18,"column":0},"end":{"line":22,"column":9}}})) != null ? stack1 : "");
},"1":function(container,depth0,helpers,partials,data,blockParams,depths) {
    var stack1, helper, alias1=depth0 != null ? depth0 : (container.nullContext || {}), alias2=container.strict, alias3="function", alias4=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "| "
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(data,"first"),{"name":"if","hash":{},"fn":container.program(2, data, 0, blockParams, depths),"inverse":container.noop,"data":data,"loc":{"start":{"line":19,"column":2},"end":{"line":19,"column":210}}})) != null ? stack1 : "")
    + " | "
    + alias4((((helper = lookupProperty(helpers,"title") || alias2(depth0, "title", {"start":{"line":19,"column":215},"end":{"line":19,"column":220}} ))),(typeof helper === alias3 ? helper.call(alias1,{"name":"title","hash":{},"data":data,"loc":{"start":{"line":19,"column":213},"end":{"line":19,"column":222}}}) : helper)))
    + " | "
    + ((stack1 = container.invokePartial(lookupProperty(partials,"kind-label"),depth0,{"name":"kind-label","data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "")
    + " · "
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"mandatory"),{"name":"if","hash":{},"fn":container.program(6, data, 0, blockParams, depths),"inverse":container.program(7, data, 0, blockParams, depths),"data":data,"loc":{"start":{"line":19,"column":244},"end":{"line":19,"column":350}}})) != null ? stack1 : "")
    + " | "
    + ((stack1 = lookupProperty(helpers,"each").call(alias1,lookupProperty(depth0,"satisfiers"),{"name":"each","hash":{},"fn":container.program(8, data, 0, blockParams, depths),"inverse":container.program(14, data, 0, blockParams, depths),"data":data,"loc":{"start":{"line":19,"column":353},"end":{"line":19,"column":683}}})) != null ? stack1 : "")
    + " | "
    + alias4((((helper = lookupProperty(helpers,"mark") || alias2(depth0, "mark", {"start":{"line":19,"column":688},"end":{"line":19,"column":692}} ))),(typeof helper === alias3 ? helper.call(alias1,{"name":"mark","hash":{},"data":data,"loc":{"start":{"line":19,"column":686},"end":{"line":19,"column":694}}}) : helper)))
    + " |\n";
},"2":function(container,depth0,helpers,partials,data,blockParams,depths) {
    var stack1, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"if").call(alias2,(lookupProperty(helpers,"gt")||alias1(depth0, "gt", {"start":{"line":19,"column":23},"end":{"line":19,"column":25}} )).call(alias2,lookupProperty(depths[1],"depth"),0,{"name":"gt","hash":{},"data":data,"loc":{"start":{"line":19,"column":22},"end":{"line":19,"column":37}}}),{"name":"if","hash":{},"fn":container.program(3, data, 0, blockParams, depths),"inverse":container.noop,"data":data,"loc":{"start":{"line":19,"column":16},"end":{"line":19,"column":52}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,(lookupProperty(helpers,"gt")||alias1(depth0, "gt", {"start":{"line":19,"column":59},"end":{"line":19,"column":61}} )).call(alias2,lookupProperty(depths[1],"depth"),1,{"name":"gt","hash":{},"data":data,"loc":{"start":{"line":19,"column":58},"end":{"line":19,"column":73}}}),{"name":"if","hash":{},"fn":container.program(3, data, 0, blockParams, depths),"inverse":container.noop,"data":data,"loc":{"start":{"line":19,"column":52},"end":{"line":19,"column":88}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,(lookupProperty(helpers,"gt")||alias1(depth0, "gt", {"start":{"line":19,"column":95},"end":{"line":19,"column":97}} )).call(alias2,lookupProperty(depths[1],"depth"),2,{"name":"gt","hash":{},"data":data,"loc":{"start":{"line":19,"column":94},"end":{"line":19,"column":109}}}),{"name":"if","hash":{},"fn":container.program(3, data, 0, blockParams, depths),"inverse":container.noop,"data":data,"loc":{"start":{"line":19,"column":88},"end":{"line":19,"column":124}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(depths[1],"depth"),{"name":"if","hash":{},"fn":container.program(4, data, 0, blockParams, depths),"inverse":container.program(5, data, 0, blockParams, depths),"data":data,"loc":{"start":{"line":19,"column":124},"end":{"line":19,"column":203}}})) != null ? stack1 : "");
},"3":function(container,depth0,helpers,partials,data) {
    return "&emsp;";
},"4":function(container,depth0,helpers,partials,data,blockParams,depths) {
    var alias1=container.strict, alias2=container.lambda, alias3=container.escapeExpression;

  return alias3(alias2(alias1(depths[1], "id", {"start":{"line":19,"column":142},"end":{"line":19,"column":147}} ), depth0))
    + " "
    + alias3(alias2(alias1(depths[1], "title", {"start":{"line":19,"column":152},"end":{"line":19,"column":160}} ), depth0));
},"5":function(container,depth0,helpers,partials,data,blockParams,depths) {
    var alias1=container.strict, alias2=container.lambda, alias3=container.escapeExpression;

  return "**"
    + alias3(alias2(alias1(depths[1], "id", {"start":{"line":19,"column":174},"end":{"line":19,"column":179}} ), depth0))
    + " "
    + alias3(alias2(alias1(depths[1], "title", {"start":{"line":19,"column":184},"end":{"line":19,"column":192}} ), depth0))
    + "**";
},"6":function(container,depth0,helpers,partials,data) {
    var lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return container.escapeExpression((lookupProperty(helpers,"t")||container.strict(depth0, "t", {"start":{"line":19,"column":263},"end":{"line":19,"column":264}} )).call(depth0 != null ? depth0 : (container.nullContext || {}),"report.requirement.mandatory",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":19,"column":261},"end":{"line":19,"column":297}}}));
},"7":function(container,depth0,helpers,partials,data) {
    var lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return container.escapeExpression((lookupProperty(helpers,"t")||container.strict(depth0, "t", {"start":{"line":19,"column":307},"end":{"line":19,"column":308}} )).call(depth0 != null ? depth0 : (container.nullContext || {}),"report.requirement.recommended",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":19,"column":305},"end":{"line":19,"column":343}}}));
},"8":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), alias3="function", alias4=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "**"
    + alias4((((helper = lookupProperty(helpers,"id") || alias1(depth0, "id", {"start":{"line":19,"column":377},"end":{"line":19,"column":379}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"id","hash":{},"data":data,"loc":{"start":{"line":19,"column":375},"end":{"line":19,"column":381}}}) : helper)))
    + "** "
    + alias4((((helper = lookupProperty(helpers,"title") || alias1(depth0, "title", {"start":{"line":19,"column":386},"end":{"line":19,"column":391}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"title","hash":{},"data":data,"loc":{"start":{"line":19,"column":384},"end":{"line":19,"column":393}}}) : helper)))
    + " · "
    + ((stack1 = container.invokePartial(lookupProperty(partials,"kind-label"),depth0,{"name":"kind-label","data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(depth0,"version"),{"name":"if","hash":{},"fn":container.program(9, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":19,"column":412},"end":{"line":19,"column":481}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(depth0,"status"),{"name":"if","hash":{},"fn":container.program(10, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":19,"column":481},"end":{"line":19,"column":515}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(depth0,"approvalDate"),{"name":"if","hash":{},"fn":container.program(11, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":19,"column":515},"end":{"line":19,"column":566}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(depth0,"evidence"),{"name":"if","hash":{},"fn":container.program(12, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":19,"column":566},"end":{"line":19,"column":604}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"unless").call(alias2,lookupProperty(data,"last"),{"name":"unless","hash":{},"fn":container.program(13, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":19,"column":604},"end":{"line":19,"column":636}}})) != null ? stack1 : "");
},"9":function(container,depth0,helpers,partials,data) {
    var helper, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), alias3=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return " · "
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":19,"column":432},"end":{"line":19,"column":433}} )).call(alias2,"report.satisfier.version",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":19,"column":430},"end":{"line":19,"column":462}}}))
    + " "
    + alias3((((helper = lookupProperty(helpers,"version") || alias1(depth0, "version", {"start":{"line":19,"column":465},"end":{"line":19,"column":472}} ))),(typeof helper === "function" ? helper.call(alias2,{"name":"version","hash":{},"data":data,"loc":{"start":{"line":19,"column":463},"end":{"line":19,"column":474}}}) : helper)));
},"10":function(container,depth0,helpers,partials,data) {
    var helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return " · "
    + container.escapeExpression((((helper = lookupProperty(helpers,"status") || container.strict(depth0, "status", {"start":{"line":19,"column":500},"end":{"line":19,"column":506}} ))),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"status","hash":{},"data":data,"loc":{"start":{"line":19,"column":498},"end":{"line":19,"column":508}}}) : helper)));
},"11":function(container,depth0,helpers,partials,data) {
    var lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return " · "
    + container.escapeExpression((lookupProperty(helpers,"date")||container.strict(depth0, "date", {"start":{"line":19,"column":540},"end":{"line":19,"column":544}} )).call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"approvalDate"),{"name":"date","hash":{},"data":data,"loc":{"start":{"line":19,"column":538},"end":{"line":19,"column":559}}}));
},"12":function(container,depth0,helpers,partials,data) {
    var helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return " · "
    + container.escapeExpression((((helper = lookupProperty(helpers,"evidence") || container.strict(depth0, "evidence", {"start":{"line":19,"column":587},"end":{"line":19,"column":595}} ))),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"evidence","hash":{},"data":data,"loc":{"start":{"line":19,"column":585},"end":{"line":19,"column":597}}}) : helper)));
},"13":function(container,depth0,helpers,partials,data) {
    return "<br>";
},"14":function(container,depth0,helpers,partials,data) {
    var lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return container.escapeExpression((lookupProperty(helpers,"t")||container.strict(depth0, "t", {"start":{"line":19,"column":646},"end":{"line":19,"column":647}} )).call(depth0 != null ? depth0 : (container.nullContext || {}),"report.mapping.nothing",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":19,"column":644},"end":{"line":19,"column":674}}}));
},"15":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "| "
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,(lookupProperty(helpers,"gt")||alias1(depth0, "gt", {"start":{"line":21,"column":9},"end":{"line":21,"column":11}} )).call(alias2,lookupProperty(depth0,"depth"),0,{"name":"gt","hash":{},"data":data,"loc":{"start":{"line":21,"column":8},"end":{"line":21,"column":20}}}),{"name":"if","hash":{},"fn":container.program(3, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":21,"column":2},"end":{"line":21,"column":35}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,(lookupProperty(helpers,"gt")||alias1(depth0, "gt", {"start":{"line":21,"column":42},"end":{"line":21,"column":44}} )).call(alias2,lookupProperty(depth0,"depth"),1,{"name":"gt","hash":{},"data":data,"loc":{"start":{"line":21,"column":41},"end":{"line":21,"column":53}}}),{"name":"if","hash":{},"fn":container.program(3, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":21,"column":35},"end":{"line":21,"column":68}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,(lookupProperty(helpers,"gt")||alias1(depth0, "gt", {"start":{"line":21,"column":75},"end":{"line":21,"column":77}} )).call(alias2,lookupProperty(depth0,"depth"),2,{"name":"gt","hash":{},"data":data,"loc":{"start":{"line":21,"column":74},"end":{"line":21,"column":86}}}),{"name":"if","hash":{},"fn":container.program(3, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":21,"column":68},"end":{"line":21,"column":101}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(depth0,"depth"),{"name":"if","hash":{},"fn":container.program(16, data, 0),"inverse":container.program(17, data, 0),"data":data,"loc":{"start":{"line":21,"column":101},"end":{"line":21,"column":165}}})) != null ? stack1 : "")
    + " | "
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(depth0,"processOnly"),{"name":"if","hash":{},"fn":container.program(18, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":21,"column":168},"end":{"line":21,"column":230}}})) != null ? stack1 : "")
    + " |  |  |  |\n";
},"16":function(container,depth0,helpers,partials,data) {
    var helper, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), alias3="function", alias4=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return alias4((((helper = lookupProperty(helpers,"id") || alias1(depth0, "id", {"start":{"line":21,"column":116},"end":{"line":21,"column":118}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"id","hash":{},"data":data,"loc":{"start":{"line":21,"column":114},"end":{"line":21,"column":120}}}) : helper)))
    + " "
    + alias4((((helper = lookupProperty(helpers,"title") || alias1(depth0, "title", {"start":{"line":21,"column":123},"end":{"line":21,"column":128}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"title","hash":{},"data":data,"loc":{"start":{"line":21,"column":121},"end":{"line":21,"column":130}}}) : helper)));
},"17":function(container,depth0,helpers,partials,data) {
    var helper, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), alias3="function", alias4=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "**"
    + alias4((((helper = lookupProperty(helpers,"id") || alias1(depth0, "id", {"start":{"line":21,"column":142},"end":{"line":21,"column":144}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"id","hash":{},"data":data,"loc":{"start":{"line":21,"column":140},"end":{"line":21,"column":146}}}) : helper)))
    + " "
    + alias4((((helper = lookupProperty(helpers,"title") || alias1(depth0, "title", {"start":{"line":21,"column":149},"end":{"line":21,"column":154}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"title","hash":{},"data":data,"loc":{"start":{"line":21,"column":147},"end":{"line":21,"column":156}}}) : helper)))
    + "**";
},"18":function(container,depth0,helpers,partials,data) {
    var lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "*"
    + container.escapeExpression((lookupProperty(helpers,"t")||container.strict(depth0, "t", {"start":{"line":21,"column":190},"end":{"line":21,"column":191}} )).call(depth0 != null ? depth0 : (container.nullContext || {}),"report.mapping.processOnly",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":21,"column":188},"end":{"line":21,"column":222}}}))
    + "*";
},"19":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), alias3=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "| "
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":28,"column":4},"end":{"line":28,"column":5}} )).call(alias2,"report.column.id",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":28,"column":2},"end":{"line":28,"column":26}}}))
    + " | "
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":28,"column":31},"end":{"line":28,"column":32}} )).call(alias2,"report.column.document",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":28,"column":29},"end":{"line":28,"column":59}}}))
    + " | "
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":28,"column":64},"end":{"line":28,"column":65}} )).call(alias2,"report.column.kind",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":28,"column":62},"end":{"line":28,"column":88}}}))
    + " | "
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":28,"column":93},"end":{"line":28,"column":94}} )).call(alias2,"report.column.version",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":28,"column":91},"end":{"line":28,"column":120}}}))
    + " | "
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":28,"column":125},"end":{"line":28,"column":126}} )).call(alias2,"report.column.status",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":28,"column":123},"end":{"line":28,"column":151}}}))
    + " | "
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":28,"column":156},"end":{"line":28,"column":157}} )).call(alias2,"report.column.requirements",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":28,"column":154},"end":{"line":28,"column":188}}}))
    + " | "
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":28,"column":193},"end":{"line":28,"column":194}} )).call(alias2,"report.column.clauses",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":28,"column":191},"end":{"line":28,"column":220}}}))
    + " |\n| --- | --- | --- | --- | --- | --- | --- |\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias2,lookupProperty(depth0,"reverse"),{"name":"each","hash":{},"fn":container.program(20, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":30,"column":0},"end":{"line":32,"column":9}}})) != null ? stack1 : "");
},"20":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), alias3="function", alias4=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "| "
    + alias4((((helper = lookupProperty(helpers,"id") || alias1(depth0, "id", {"start":{"line":31,"column":4},"end":{"line":31,"column":6}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"id","hash":{},"data":data,"loc":{"start":{"line":31,"column":2},"end":{"line":31,"column":8}}}) : helper)))
    + " | "
    + alias4((((helper = lookupProperty(helpers,"title") || alias1(depth0, "title", {"start":{"line":31,"column":13},"end":{"line":31,"column":18}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"title","hash":{},"data":data,"loc":{"start":{"line":31,"column":11},"end":{"line":31,"column":20}}}) : helper)))
    + " | "
    + ((stack1 = container.invokePartial(lookupProperty(partials,"kind-label"),depth0,{"name":"kind-label","data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "")
    + " | "
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(depth0,"version"),{"name":"if","hash":{},"fn":container.program(21, data, 0),"inverse":container.program(22, data, 0),"data":data,"loc":{"start":{"line":31,"column":42},"end":{"line":31,"column":84}}})) != null ? stack1 : "")
    + " | "
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(depth0,"status"),{"name":"if","hash":{},"fn":container.program(23, data, 0),"inverse":container.program(22, data, 0),"data":data,"loc":{"start":{"line":31,"column":87},"end":{"line":31,"column":127}}})) != null ? stack1 : "")
    + " | "
    + ((stack1 = lookupProperty(helpers,"each").call(alias2,lookupProperty(depth0,"requirements"),{"name":"each","hash":{},"fn":container.program(24, data, 0),"inverse":container.program(22, data, 0),"data":data,"loc":{"start":{"line":31,"column":130},"end":{"line":31,"column":210}}})) != null ? stack1 : "")
    + " | "
    + ((stack1 = lookupProperty(helpers,"each").call(alias2,lookupProperty(depth0,"clauses"),{"name":"each","hash":{},"fn":container.program(25, data, 0),"inverse":container.program(22, data, 0),"data":data,"loc":{"start":{"line":31,"column":213},"end":{"line":31,"column":306}}})) != null ? stack1 : "")
    + " |\n";
},"21":function(container,depth0,helpers,partials,data) {
    var helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return container.escapeExpression((((helper = lookupProperty(helpers,"version") || container.strict(depth0, "version", {"start":{"line":31,"column":59},"end":{"line":31,"column":66}} ))),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"version","hash":{},"data":data,"loc":{"start":{"line":31,"column":57},"end":{"line":31,"column":68}}}) : helper)));
},"22":function(container,depth0,helpers,partials,data) {
    return "—";
},"23":function(container,depth0,helpers,partials,data) {
    var helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return container.escapeExpression((((helper = lookupProperty(helpers,"status") || container.strict(depth0, "status", {"start":{"line":31,"column":103},"end":{"line":31,"column":109}} ))),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"status","hash":{},"data":data,"loc":{"start":{"line":31,"column":101},"end":{"line":31,"column":111}}}) : helper)));
},"24":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return container.escapeExpression(container.lambda(depth0, depth0))
    + ((stack1 = lookupProperty(helpers,"unless").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(data,"last"),{"name":"unless","hash":{},"fn":container.program(13, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":31,"column":160},"end":{"line":31,"column":192}}})) != null ? stack1 : "");
},"25":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return container.escapeExpression(container.lambda(depth0, depth0))
    + ((stack1 = lookupProperty(helpers,"unless").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(data,"last"),{"name":"unless","hash":{},"fn":container.program(26, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":31,"column":238},"end":{"line":31,"column":288}}})) != null ? stack1 : "");
},"26":function(container,depth0,helpers,partials,data) {
    var lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return container.escapeExpression((lookupProperty(helpers,"t")||container.strict(depth0, "t", {"start":{"line":31,"column":257},"end":{"line":31,"column":258}} )).call(depth0 != null ? depth0 : (container.nullContext || {}),"list.separator",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":31,"column":255},"end":{"line":31,"column":277}}}));
},"27":function(container,depth0,helpers,partials,data) {
    var lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "*"
    + container.escapeExpression((lookupProperty(helpers,"t")||container.strict(depth0, "t", {"start":{"line":34,"column":3},"end":{"line":34,"column":4}} )).call(depth0 != null ? depth0 : (container.nullContext || {}),"report.empty.reverse",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":34,"column":1},"end":{"line":34,"column":29}}}))
    + "*\n";
},"28":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), alias3=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":40,"column":2},"end":{"line":40,"column":3}} )).call(alias2,"report.mapping.unmappedIntro",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":40,"column":0},"end":{"line":40,"column":36}}}))
    + "\n\n| "
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":42,"column":4},"end":{"line":42,"column":5}} )).call(alias2,"report.column.id",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":42,"column":2},"end":{"line":42,"column":26}}}))
    + " | "
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":42,"column":31},"end":{"line":42,"column":32}} )).call(alias2,"report.column.document",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":42,"column":29},"end":{"line":42,"column":59}}}))
    + " | "
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":42,"column":64},"end":{"line":42,"column":65}} )).call(alias2,"report.column.kind",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":42,"column":62},"end":{"line":42,"column":88}}}))
    + " |\n| --- | --- | --- |\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias2,lookupProperty(depth0,"unmapped"),{"name":"each","hash":{},"fn":container.program(29, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":44,"column":0},"end":{"line":46,"column":9}}})) != null ? stack1 : "");
},"29":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), alias3="function", alias4=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "| "
    + alias4((((helper = lookupProperty(helpers,"id") || alias1(depth0, "id", {"start":{"line":45,"column":4},"end":{"line":45,"column":6}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"id","hash":{},"data":data,"loc":{"start":{"line":45,"column":2},"end":{"line":45,"column":8}}}) : helper)))
    + " | "
    + alias4((((helper = lookupProperty(helpers,"title") || alias1(depth0, "title", {"start":{"line":45,"column":13},"end":{"line":45,"column":18}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"title","hash":{},"data":data,"loc":{"start":{"line":45,"column":11},"end":{"line":45,"column":20}}}) : helper)))
    + " | "
    + ((stack1 = container.invokePartial(lookupProperty(partials,"kind-label"),depth0,{"name":"kind-label","data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "")
    + " |\n";
},"30":function(container,depth0,helpers,partials,data) {
    var lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "*"
    + container.escapeExpression((lookupProperty(helpers,"t")||container.strict(depth0, "t", {"start":{"line":48,"column":3},"end":{"line":48,"column":4}} )).call(depth0 != null ? depth0 : (container.nullContext || {}),"report.empty.unmapped",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":48,"column":1},"end":{"line":48,"column":30}}}))
    + "*\n";
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data,blockParams,depths) {
    var stack1, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), alias3=container.escapeExpression, alias4=container.lambda, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = container.invokePartial(lookupProperty(partials,"md-header"),depth0,{"name":"md-header","data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "")
    + "\n## "
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":3,"column":5},"end":{"line":3,"column":6}} )).call(alias2,"report.section.summary",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":3,"column":3},"end":{"line":3,"column":33}}}))
    + "\n\n"
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":5,"column":2},"end":{"line":5,"column":3}} )).call(alias2,"report.mapping.intro",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":5,"column":0},"end":{"line":5,"column":28}}}))
    + "\n\n| "
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":7,"column":4},"end":{"line":7,"column":5}} )).call(alias2,"report.mapping.satisfied",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":7,"column":2},"end":{"line":7,"column":34}}}))
    + " | "
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":7,"column":39},"end":{"line":7,"column":40}} )).call(alias2,"report.mapping.weak",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":7,"column":37},"end":{"line":7,"column":64}}}))
    + " | "
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":7,"column":69},"end":{"line":7,"column":70}} )).call(alias2,"report.mapping.missing",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":7,"column":67},"end":{"line":7,"column":97}}}))
    + " | "
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":7,"column":102},"end":{"line":7,"column":103}} )).call(alias2,"report.mapping.notApplicable",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":7,"column":100},"end":{"line":7,"column":136}}}))
    + " |\n| ---: | ---: | ---: | ---: |\n| "
    + alias3(alias4(alias1(lookupProperty(depth0,"counts"), "satisfied", {"start":{"line":9,"column":4},"end":{"line":9,"column":20}} ), depth0))
    + " | "
    + alias3(alias4(alias1(lookupProperty(depth0,"counts"), "weak", {"start":{"line":9,"column":27},"end":{"line":9,"column":38}} ), depth0))
    + " | "
    + alias3(alias4(alias1(lookupProperty(depth0,"counts"), "missing", {"start":{"line":9,"column":45},"end":{"line":9,"column":59}} ), depth0))
    + " | "
    + alias3(alias4(alias1(lookupProperty(depth0,"counts"), "notApplicable", {"start":{"line":9,"column":66},"end":{"line":9,"column":86}} ), depth0))
    + " |\n\n"
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":11,"column":2},"end":{"line":11,"column":3}} )).call(alias2,"report.mapping.legend",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":11,"column":0},"end":{"line":11,"column":29}}}))
    + "\n\n## "
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":13,"column":5},"end":{"line":13,"column":6}} )).call(alias2,"report.section.comparison",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":13,"column":3},"end":{"line":13,"column":36}}}))
    + "\n\n| "
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":15,"column":4},"end":{"line":15,"column":5}} )).call(alias2,"report.column.clause",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":15,"column":2},"end":{"line":15,"column":30}}}))
    + " | "
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":15,"column":35},"end":{"line":15,"column":36}} )).call(alias2,"report.column.requirement",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":15,"column":33},"end":{"line":15,"column":66}}}))
    + " | "
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":15,"column":71},"end":{"line":15,"column":72}} )).call(alias2,"report.column.kind",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":15,"column":69},"end":{"line":15,"column":95}}}))
    + " | "
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":15,"column":100},"end":{"line":15,"column":101}} )).call(alias2,"report.column.satisfiedBy",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":15,"column":98},"end":{"line":15,"column":131}}}))
    + " | "
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":15,"column":136},"end":{"line":15,"column":137}} )).call(alias2,"report.column.result",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":15,"column":134},"end":{"line":15,"column":162}}}))
    + " |\n| --- | --- | --- | --- | --- |\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias2,lookupProperty(depth0,"clauses"),{"name":"each","hash":{},"fn":container.program(0, data, 0, blockParams, depths),"inverse":container.noop,"data":data,"loc":{"start":{"line":17,"column":0},"end":{"line":23,"column":9}}})) != null ? stack1 : "")
    + "\n## "
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":25,"column":5},"end":{"line":25,"column":6}} )).call(alias2,"report.section.reverse",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":25,"column":3},"end":{"line":25,"column":33}}}))
    + "\n\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(depth0,"reverse"),{"name":"if","hash":{},"fn":container.program(19, data, 0, blockParams, depths),"inverse":container.program(27, data, 0, blockParams, depths),"data":data,"loc":{"start":{"line":27,"column":0},"end":{"line":35,"column":7}}})) != null ? stack1 : "")
    + "\n## "
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":37,"column":5},"end":{"line":37,"column":6}} )).call(alias2,"report.section.unmapped",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":37,"column":3},"end":{"line":37,"column":34}}}))
    + "\n\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(depth0,"unmapped"),{"name":"if","hash":{},"fn":container.program(28, data, 0, blockParams, depths),"inverse":container.program(30, data, 0, blockParams, depths),"data":data,"loc":{"start":{"line":39,"column":0},"end":{"line":49,"column":7}}})) != null ? stack1 : "")
    + "\n"
    + ((stack1 = container.invokePartial(lookupProperty(partials,"md-footer"),depth0,{"name":"md-footer","data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "");
},"usePartial":true,"useData":true,"useDepths":true} },
{ name: "kind-label.hbs", partial: true, spec: {"0":function(container,depth0,helpers,partials,data) {
    var lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return container.escapeExpression((lookupProperty(helpers,"t")||container.strict(depth0, "t", {"start":{"line":1,"column":30},"end":{"line":1,"column":31}} )).call(depth0 != null ? depth0 : (container.nullContext || {}),"report.kind.document",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":1,"column":28},"end":{"line":1,"column":56}}}));
},"1":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"if").call(alias1,(lookupProperty(helpers,"eq")||container.strict(depth0, "eq", {"start":{"line":1,"column":67},"end":{"line":1,"column":69}} )).call(alias1,lookupProperty(depth0,"kind"),"record",{"name":"eq","hash":{},"data":data,"loc":{"start":{"line":1,"column":66},"end":{"line":1,"column":84}}}),{"name":"if","hash":{},"fn":container.program(2, data, 0),"inverse":container.program(3, data, 0),"data":data,"loc":{"start":{"line":1,"column":56},"end":{"line":1,"column":368}}})) != null ? stack1 : "");
},"2":function(container,depth0,helpers,partials,data) {
    var lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return container.escapeExpression((lookupProperty(helpers,"t")||container.strict(depth0, "t", {"start":{"line":1,"column":88},"end":{"line":1,"column":89}} )).call(depth0 != null ? depth0 : (container.nullContext || {}),"report.kind.record",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":1,"column":86},"end":{"line":1,"column":112}}}));
},"3":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"if").call(alias1,(lookupProperty(helpers,"eq")||container.strict(depth0, "eq", {"start":{"line":1,"column":123},"end":{"line":1,"column":125}} )).call(alias1,lookupProperty(depth0,"kind"),"register",{"name":"eq","hash":{},"data":data,"loc":{"start":{"line":1,"column":122},"end":{"line":1,"column":142}}}),{"name":"if","hash":{},"fn":container.program(4, data, 0),"inverse":container.program(5, data, 0),"data":data,"loc":{"start":{"line":1,"column":112},"end":{"line":1,"column":368}}})) != null ? stack1 : "");
},"4":function(container,depth0,helpers,partials,data) {
    var lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return container.escapeExpression((lookupProperty(helpers,"t")||container.strict(depth0, "t", {"start":{"line":1,"column":146},"end":{"line":1,"column":147}} )).call(depth0 != null ? depth0 : (container.nullContext || {}),"report.kind.register",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":1,"column":144},"end":{"line":1,"column":172}}}));
},"5":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"if").call(alias1,(lookupProperty(helpers,"eq")||container.strict(depth0, "eq", {"start":{"line":1,"column":183},"end":{"line":1,"column":185}} )).call(alias1,lookupProperty(depth0,"kind"),"audit",{"name":"eq","hash":{},"data":data,"loc":{"start":{"line":1,"column":182},"end":{"line":1,"column":199}}}),{"name":"if","hash":{},"fn":container.program(6, data, 0),"inverse":container.program(7, data, 0),"data":data,"loc":{"start":{"line":1,"column":172},"end":{"line":1,"column":368}}})) != null ? stack1 : "");
},"6":function(container,depth0,helpers,partials,data) {
    var lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return container.escapeExpression((lookupProperty(helpers,"t")||container.strict(depth0, "t", {"start":{"line":1,"column":203},"end":{"line":1,"column":204}} )).call(depth0 != null ? depth0 : (container.nullContext || {}),"report.kind.audit",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":1,"column":201},"end":{"line":1,"column":226}}}));
},"7":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"if").call(alias1,(lookupProperty(helpers,"eq")||container.strict(depth0, "eq", {"start":{"line":1,"column":237},"end":{"line":1,"column":239}} )).call(alias1,lookupProperty(depth0,"kind"),"review",{"name":"eq","hash":{},"data":data,"loc":{"start":{"line":1,"column":236},"end":{"line":1,"column":254}}}),{"name":"if","hash":{},"fn":container.program(8, data, 0),"inverse":container.program(9, data, 0),"data":data,"loc":{"start":{"line":1,"column":226},"end":{"line":1,"column":368}}})) != null ? stack1 : "");
},"8":function(container,depth0,helpers,partials,data) {
    var lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return container.escapeExpression((lookupProperty(helpers,"t")||container.strict(depth0, "t", {"start":{"line":1,"column":258},"end":{"line":1,"column":259}} )).call(depth0 != null ? depth0 : (container.nullContext || {}),"report.kind.review",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":1,"column":256},"end":{"line":1,"column":282}}}));
},"9":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"if").call(alias1,(lookupProperty(helpers,"eq")||container.strict(depth0, "eq", {"start":{"line":1,"column":293},"end":{"line":1,"column":295}} )).call(alias1,lookupProperty(depth0,"kind"),"nonconformity",{"name":"eq","hash":{},"data":data,"loc":{"start":{"line":1,"column":292},"end":{"line":1,"column":317}}}),{"name":"if","hash":{},"fn":container.program(10, data, 0),"inverse":container.program(11, data, 0),"data":data,"loc":{"start":{"line":1,"column":282},"end":{"line":1,"column":368}}})) != null ? stack1 : "");
},"10":function(container,depth0,helpers,partials,data) {
    var lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return container.escapeExpression((lookupProperty(helpers,"t")||container.strict(depth0, "t", {"start":{"line":1,"column":321},"end":{"line":1,"column":322}} )).call(depth0 != null ? depth0 : (container.nullContext || {}),"report.kind.nonconformity",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":1,"column":319},"end":{"line":1,"column":352}}}));
},"11":function(container,depth0,helpers,partials,data) {
    var helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return container.escapeExpression((((helper = lookupProperty(helpers,"kind") || container.strict(depth0, "kind", {"start":{"line":1,"column":362},"end":{"line":1,"column":366}} ))),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"kind","hash":{},"data":data,"loc":{"start":{"line":1,"column":360},"end":{"line":1,"column":368}}}) : helper)));
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"if").call(alias1,(lookupProperty(helpers,"eq")||container.strict(depth0, "eq", {"start":{"line":1,"column":7},"end":{"line":1,"column":9}} )).call(alias1,lookupProperty(depth0,"kind"),"document",{"name":"eq","hash":{},"data":data,"loc":{"start":{"line":1,"column":6},"end":{"line":1,"column":26}}}),{"name":"if","hash":{},"fn":container.program(0, data, 0),"inverse":container.program(1, data, 0),"data":data,"loc":{"start":{"line":1,"column":0},"end":{"line":1,"column":375}}})) != null ? stack1 : "");
},"useData":true} },
{ name: "md-footer.hbs", partial: true, spec: {"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), alias3=container.escapeExpression, alias4=container.lambda, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "---\n\n"
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":3,"column":2},"end":{"line":3,"column":3}} )).call(alias2,"report.footer.generated",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":3,"column":0},"end":{"line":3,"column":31}}}))
    + " "
    + alias3(alias4(alias1(lookupProperty(lookupProperty(depth0,"meta"),"tool"), "name", {"start":{"line":3,"column":34},"end":{"line":3,"column":48}} ), depth0))
    + " "
    + alias3(alias4(alias1(lookupProperty(lookupProperty(depth0,"meta"),"tool"), "version", {"start":{"line":3,"column":53},"end":{"line":3,"column":70}} ), depth0))
    + " · "
    + alias3(alias4(alias1(lookupProperty(depth0,"meta"), "file", {"start":{"line":3,"column":77},"end":{"line":3,"column":86}} ), depth0))
    + " · "
    + alias3(alias4(alias1(lookupProperty(depth0,"meta"), "standard", {"start":{"line":3,"column":93},"end":{"line":3,"column":106}} ), depth0))
    + " · "
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":3,"column":113},"end":{"line":3,"column":114}} )).call(alias2,"report.cover.asOf",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":3,"column":111},"end":{"line":3,"column":136}}}))
    + " "
    + alias3((lookupProperty(helpers,"date")||alias1(depth0, "date", {"start":{"line":3,"column":139},"end":{"line":3,"column":143}} )).call(alias2,lookupProperty(lookupProperty(depth0,"meta"),"asOf"),{"name":"date","hash":{},"data":data,"loc":{"start":{"line":3,"column":137},"end":{"line":3,"column":155}}}))
    + "\n\n"
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":5,"column":2},"end":{"line":5,"column":3}} )).call(alias2,"report.footer.disclaimer",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":5,"column":0},"end":{"line":5,"column":32}}}))
    + "\n";
},"useData":true} },
{ name: "md-header.hbs", partial: true, spec: {"0":function(container,depth0,helpers,partials,data) {
    var lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "\n**"
    + container.escapeExpression(container.lambda(container.strict(lookupProperty(lookupProperty(depth0,"meta"),"branding"), "confidentiality", {"start":{"line":6,"column":4},"end":{"line":6,"column":33}} ), depth0))
    + "**\n";
},"1":function(container,depth0,helpers,partials,data) {
    var lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "\n*"
    + container.escapeExpression((lookupProperty(helpers,"t")||container.strict(depth0, "t", {"start":{"line":10,"column":3},"end":{"line":10,"column":4}} )).call(depth0 != null ? depth0 : (container.nullContext || {}),"report.cover.internal",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":10,"column":1},"end":{"line":10,"column":30}}}))
    + "*\n";
},"2":function(container,depth0,helpers,partials,data) {
    var lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return container.escapeExpression(container.lambda(container.strict(lookupProperty(lookupProperty(depth0,"meta"),"branding"), "version", {"start":{"line":15,"column":64},"end":{"line":15,"column":85}} ), depth0));
},"3":function(container,depth0,helpers,partials,data) {
    return "—";
},"4":function(container,depth0,helpers,partials,data) {
    var lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return container.escapeExpression(container.lambda(container.strict(lookupProperty(lookupProperty(depth0,"meta"),"branding"), "preparedBy", {"start":{"line":16,"column":70},"end":{"line":16,"column":94}} ), depth0));
},"5":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return container.escapeExpression(container.lambda(depth0, depth0))
    + ((stack1 = lookupProperty(helpers,"unless").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(data,"last"),{"name":"unless","hash":{},"fn":container.program(6, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":17,"column":82},"end":{"line":17,"column":114}}})) != null ? stack1 : "");
},"6":function(container,depth0,helpers,partials,data) {
    return "<br>";
},"7":function(container,depth0,helpers,partials,data) {
    var lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return container.escapeExpression(container.lambda(container.strict(lookupProperty(depth0,"organization"), "legalEntityName", {"start":{"line":18,"column":75},"end":{"line":18,"column":103}} ), depth0));
},"8":function(container,depth0,helpers,partials,data) {
    var alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), alias3=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<br>"
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":18,"column":162},"end":{"line":18,"column":163}} )).call(alias2,"report.cover.registrationId",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":18,"column":160},"end":{"line":18,"column":195}}}))
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":18,"column":197},"end":{"line":18,"column":198}} )).call(alias2,"report.punct.colon",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":18,"column":195},"end":{"line":18,"column":221}}}))
    + alias3(container.lambda(alias1(lookupProperty(depth0,"organization"), "registrationId", {"start":{"line":18,"column":223},"end":{"line":18,"column":250}} ), depth0));
},"9":function(container,depth0,helpers,partials,data) {
    var lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return container.escapeExpression(container.lambda(container.strict(lookupProperty(depth0,"organization"), "scopeStatement", {"start":{"line":19,"column":68},"end":{"line":19,"column":95}} ), depth0));
},"10":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "**"
    + container.escapeExpression((((helper = lookupProperty(helpers,"name") || container.strict(depth0, "name", {"start":{"line":20,"column":69},"end":{"line":20,"column":73}} ))),(typeof helper === "function" ? helper.call(alias1,{"name":"name","hash":{},"data":data,"loc":{"start":{"line":20,"column":67},"end":{"line":20,"column":75}}}) : helper)))
    + "**"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"description"),{"name":"if","hash":{},"fn":container.program(11, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":20,"column":77},"end":{"line":20,"column":144}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"unless").call(alias1,lookupProperty(data,"last"),{"name":"unless","hash":{},"fn":container.program(6, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":20,"column":144},"end":{"line":20,"column":176}}})) != null ? stack1 : "");
},"11":function(container,depth0,helpers,partials,data) {
    var helper, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), alias3=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":20,"column":98},"end":{"line":20,"column":99}} )).call(alias2,"report.punct.colon",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":20,"column":96},"end":{"line":20,"column":122}}}))
    + alias3((((helper = lookupProperty(helpers,"description") || alias1(depth0, "description", {"start":{"line":20,"column":124},"end":{"line":20,"column":135}} ))),(typeof helper === "function" ? helper.call(alias2,{"name":"description","hash":{},"data":data,"loc":{"start":{"line":20,"column":122},"end":{"line":20,"column":137}}}) : helper)));
},"12":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), alias3="function", alias4=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return alias4((((helper = lookupProperty(helpers,"number") || alias1(depth0, "number", {"start":{"line":21,"column":71},"end":{"line":21,"column":77}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"number","hash":{},"data":data,"loc":{"start":{"line":21,"column":69},"end":{"line":21,"column":79}}}) : helper)))
    + " "
    + alias4((((helper = lookupProperty(helpers,"name") || alias1(depth0, "name", {"start":{"line":21,"column":82},"end":{"line":21,"column":86}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"name","hash":{},"data":data,"loc":{"start":{"line":21,"column":80},"end":{"line":21,"column":88}}}) : helper)))
    + alias4((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":21,"column":90},"end":{"line":21,"column":91}} )).call(alias2,"report.punct.open",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":21,"column":88},"end":{"line":21,"column":113}}}))
    + alias4((((helper = lookupProperty(helpers,"code") || alias1(depth0, "code", {"start":{"line":21,"column":115},"end":{"line":21,"column":119}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"code","hash":{},"data":data,"loc":{"start":{"line":21,"column":113},"end":{"line":21,"column":121}}}) : helper)))
    + alias4((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":21,"column":123},"end":{"line":21,"column":124}} )).call(alias2,"report.punct.close",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":21,"column":121},"end":{"line":21,"column":147}}}))
    + ((stack1 = lookupProperty(helpers,"unless").call(alias2,lookupProperty(data,"last"),{"name":"unless","hash":{},"fn":container.program(6, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":21,"column":147},"end":{"line":21,"column":179}}})) != null ? stack1 : "");
},"13":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "**"
    + container.escapeExpression((((helper = lookupProperty(helpers,"name") || container.strict(depth0, "name", {"start":{"line":22,"column":63},"end":{"line":22,"column":67}} ))),(typeof helper === "function" ? helper.call(alias1,{"name":"name","hash":{},"data":data,"loc":{"start":{"line":22,"column":61},"end":{"line":22,"column":69}}}) : helper)))
    + "**"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"headcount"),{"name":"if","hash":{},"fn":container.program(14, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":22,"column":71},"end":{"line":22,"column":144}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"address"),{"name":"if","hash":{},"fn":container.program(15, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":22,"column":144},"end":{"line":22,"column":181}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"unless").call(alias1,lookupProperty(data,"last"),{"name":"unless","hash":{},"fn":container.program(6, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":22,"column":181},"end":{"line":22,"column":213}}})) != null ? stack1 : "");
},"14":function(container,depth0,helpers,partials,data) {
    var lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return " · "
    + container.escapeExpression((lookupProperty(helpers,"t")||container.strict(depth0, "t", {"start":{"line":22,"column":93},"end":{"line":22,"column":94}} )).call(depth0 != null ? depth0 : (container.nullContext || {}),"report.cover.headcount",{"name":"t","hash":{"count":lookupProperty(depth0,"headcount")},"data":data,"loc":{"start":{"line":22,"column":91},"end":{"line":22,"column":137}}}));
},"15":function(container,depth0,helpers,partials,data) {
    var helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<br>"
    + container.escapeExpression((((helper = lookupProperty(helpers,"address") || container.strict(depth0, "address", {"start":{"line":22,"column":165},"end":{"line":22,"column":172}} ))),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"address","hash":{},"data":data,"loc":{"start":{"line":22,"column":163},"end":{"line":22,"column":174}}}) : helper)));
},"16":function(container,depth0,helpers,partials,data) {
    var lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return container.escapeExpression(container.lambda(container.strict(lookupProperty(depth0,"organization"), "managementRepresentative", {"start":{"line":24,"column":87},"end":{"line":24,"column":124}} ), depth0));
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=container.strict, alias2=container.lambda, alias3=container.escapeExpression, alias4=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "# "
    + alias3(alias2(alias1(lookupProperty(depth0,"meta"), "title", {"start":{"line":1,"column":4},"end":{"line":1,"column":14}} ), depth0))
    + "\n\n**"
    + alias3(alias2(alias1(lookupProperty(depth0,"organization"), "name", {"start":{"line":3,"column":4},"end":{"line":3,"column":21}} ), depth0))
    + "** · "
    + alias3(alias2(alias1(lookupProperty(depth0,"meta"), "standard", {"start":{"line":3,"column":30},"end":{"line":3,"column":43}} ), depth0))
    + " · "
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":3,"column":50},"end":{"line":3,"column":51}} )).call(alias4,"report.cover.asOf",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":3,"column":48},"end":{"line":3,"column":73}}}))
    + " "
    + alias3((lookupProperty(helpers,"date")||alias1(depth0, "date", {"start":{"line":3,"column":76},"end":{"line":3,"column":80}} )).call(alias4,lookupProperty(lookupProperty(depth0,"meta"),"asOf"),{"name":"date","hash":{},"data":data,"loc":{"start":{"line":3,"column":74},"end":{"line":3,"column":92}}}))
    + "\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias4,lookupProperty(lookupProperty(lookupProperty(depth0,"meta"),"branding"),"confidentiality"),{"name":"if","hash":{},"fn":container.program(0, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":4,"column":0},"end":{"line":7,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias4,lookupProperty(lookupProperty(depth0,"meta"),"internal"),{"name":"if","hash":{},"fn":container.program(1, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":8,"column":0},"end":{"line":11,"column":7}}})) != null ? stack1 : "")
    + "\n| "
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":13,"column":4},"end":{"line":13,"column":5}} )).call(alias4,"report.cover.field",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":13,"column":2},"end":{"line":13,"column":28}}}))
    + " | "
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":13,"column":33},"end":{"line":13,"column":34}} )).call(alias4,"report.cover.value",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":13,"column":31},"end":{"line":13,"column":57}}}))
    + " |\n| --- | --- |\n| "
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":15,"column":4},"end":{"line":15,"column":5}} )).call(alias4,"report.cover.version",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":15,"column":2},"end":{"line":15,"column":30}}}))
    + " | "
    + ((stack1 = lookupProperty(helpers,"if").call(alias4,lookupProperty(lookupProperty(lookupProperty(depth0,"meta"),"branding"),"version"),{"name":"if","hash":{},"fn":container.program(2, data, 0),"inverse":container.program(3, data, 0),"data":data,"loc":{"start":{"line":15,"column":33},"end":{"line":15,"column":103}}})) != null ? stack1 : "")
    + " |\n| "
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":16,"column":4},"end":{"line":16,"column":5}} )).call(alias4,"report.cover.preparedBy",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":16,"column":2},"end":{"line":16,"column":33}}}))
    + " | "
    + ((stack1 = lookupProperty(helpers,"if").call(alias4,lookupProperty(lookupProperty(lookupProperty(depth0,"meta"),"branding"),"preparedBy"),{"name":"if","hash":{},"fn":container.program(4, data, 0),"inverse":container.program(3, data, 0),"data":data,"loc":{"start":{"line":16,"column":36},"end":{"line":16,"column":112}}})) != null ? stack1 : "")
    + " |\n| "
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":17,"column":4},"end":{"line":17,"column":5}} )).call(alias4,"report.cover.distribution",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":17,"column":2},"end":{"line":17,"column":35}}}))
    + " | "
    + ((stack1 = lookupProperty(helpers,"each").call(alias4,lookupProperty(lookupProperty(lookupProperty(depth0,"meta"),"branding"),"distribution"),{"name":"each","hash":{},"fn":container.program(5, data, 0),"inverse":container.program(3, data, 0),"data":data,"loc":{"start":{"line":17,"column":38},"end":{"line":17,"column":132}}})) != null ? stack1 : "")
    + " |\n| "
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":18,"column":4},"end":{"line":18,"column":5}} )).call(alias4,"report.cover.legalEntity",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":18,"column":2},"end":{"line":18,"column":34}}}))
    + " | "
    + ((stack1 = lookupProperty(helpers,"if").call(alias4,lookupProperty(lookupProperty(depth0,"organization"),"legalEntityName"),{"name":"if","hash":{},"fn":container.program(7, data, 0),"inverse":container.program(3, data, 0),"data":data,"loc":{"start":{"line":18,"column":37},"end":{"line":18,"column":121}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias4,lookupProperty(lookupProperty(depth0,"organization"),"registrationId"),{"name":"if","hash":{},"fn":container.program(8, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":18,"column":121},"end":{"line":18,"column":259}}})) != null ? stack1 : "")
    + " |\n| "
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":19,"column":4},"end":{"line":19,"column":5}} )).call(alias4,"report.cover.scope",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":19,"column":2},"end":{"line":19,"column":28}}}))
    + " | "
    + ((stack1 = lookupProperty(helpers,"if").call(alias4,lookupProperty(lookupProperty(depth0,"organization"),"scopeStatement"),{"name":"if","hash":{},"fn":container.program(9, data, 0),"inverse":container.program(3, data, 0),"data":data,"loc":{"start":{"line":19,"column":31},"end":{"line":19,"column":113}}})) != null ? stack1 : "")
    + " |\n| "
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":20,"column":4},"end":{"line":20,"column":5}} )).call(alias4,"report.cover.services",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":20,"column":2},"end":{"line":20,"column":31}}}))
    + " | "
    + ((stack1 = lookupProperty(helpers,"each").call(alias4,lookupProperty(lookupProperty(depth0,"organization"),"services"),{"name":"each","hash":{},"fn":container.program(10, data, 0),"inverse":container.program(3, data, 0),"data":data,"loc":{"start":{"line":20,"column":34},"end":{"line":20,"column":194}}})) != null ? stack1 : "")
    + " |\n| "
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":21,"column":4},"end":{"line":21,"column":5}} )).call(alias4,"report.cover.categories",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":21,"column":2},"end":{"line":21,"column":33}}}))
    + " | "
    + ((stack1 = lookupProperty(helpers,"each").call(alias4,lookupProperty(lookupProperty(depth0,"organization"),"categories"),{"name":"each","hash":{},"fn":container.program(12, data, 0),"inverse":container.program(3, data, 0),"data":data,"loc":{"start":{"line":21,"column":36},"end":{"line":21,"column":197}}})) != null ? stack1 : "")
    + " |\n| "
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":22,"column":4},"end":{"line":22,"column":5}} )).call(alias4,"report.cover.sites",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":22,"column":2},"end":{"line":22,"column":28}}}))
    + " | "
    + ((stack1 = lookupProperty(helpers,"each").call(alias4,lookupProperty(lookupProperty(depth0,"organization"),"sites"),{"name":"each","hash":{},"fn":container.program(13, data, 0),"inverse":container.program(3, data, 0),"data":data,"loc":{"start":{"line":22,"column":31},"end":{"line":22,"column":231}}})) != null ? stack1 : "")
    + " |\n| "
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":23,"column":4},"end":{"line":23,"column":5}} )).call(alias4,"report.cover.startDate",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":23,"column":2},"end":{"line":23,"column":32}}}))
    + " | "
    + alias3((lookupProperty(helpers,"date")||alias1(depth0, "date", {"start":{"line":23,"column":37},"end":{"line":23,"column":41}} )).call(alias4,lookupProperty(lookupProperty(depth0,"organization"),"startDate"),{"name":"date","hash":{},"data":data,"loc":{"start":{"line":23,"column":35},"end":{"line":23,"column":66}}}))
    + " |\n| "
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":24,"column":4},"end":{"line":24,"column":5}} )).call(alias4,"report.cover.representative",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":24,"column":2},"end":{"line":24,"column":37}}}))
    + " | "
    + ((stack1 = lookupProperty(helpers,"if").call(alias4,lookupProperty(lookupProperty(depth0,"organization"),"managementRepresentative"),{"name":"if","hash":{},"fn":container.program(16, data, 0),"inverse":container.program(3, data, 0),"data":data,"loc":{"start":{"line":24,"column":40},"end":{"line":24,"column":142}}})) != null ? stack1 : "")
    + " |\n| "
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":25,"column":4},"end":{"line":25,"column":5}} )).call(alias4,"report.cover.basis",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":25,"column":2},"end":{"line":25,"column":28}}}))
    + " | "
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":25,"column":33},"end":{"line":25,"column":34}} )).call(alias4,"report.cover.basisText",{"name":"t","hash":{"version":lookupProperty(lookupProperty(lookupProperty(depth0,"meta"),"tool"),"version"),"tool":lookupProperty(lookupProperty(lookupProperty(depth0,"meta"),"tool"),"name"),"file":lookupProperty(lookupProperty(depth0,"meta"),"file")},"data":data,"loc":{"start":{"line":25,"column":31},"end":{"line":25,"column":122}}}))
    + " |\n";
},"useData":true} }
];
