"use strict";
module.exports = [
{ name: "gap.md.hbs", partial: false, spec: {"0":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"depth"),{"name":"if","hash":{},"fn":container.program(1, data, 0),"inverse":container.program(2, data, 0),"data":data,"loc":{"start":{"line":18,"column":0},"end":{"line":22,"column":7}}})) != null ? stack1 : "");
},"1":function(container,depth0,helpers,partials,data) {
    var helper, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), alias3="function", alias4=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "| "
    + alias4((((helper = lookupProperty(helpers,"clause") || alias1(depth0, "clause", {"start":{"line":19,"column":4},"end":{"line":19,"column":10}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"clause","hash":{},"data":data,"loc":{"start":{"line":19,"column":2},"end":{"line":19,"column":12}}}) : helper)))
    + " | "
    + alias4((((helper = lookupProperty(helpers,"title") || alias1(depth0, "title", {"start":{"line":19,"column":17},"end":{"line":19,"column":22}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"title","hash":{},"data":data,"loc":{"start":{"line":19,"column":15},"end":{"line":19,"column":24}}}) : helper)))
    + " | "
    + alias4((((helper = lookupProperty(helpers,"satisfied") || alias1(depth0, "satisfied", {"start":{"line":19,"column":29},"end":{"line":19,"column":38}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"satisfied","hash":{},"data":data,"loc":{"start":{"line":19,"column":27},"end":{"line":19,"column":40}}}) : helper)))
    + "/"
    + alias4((((helper = lookupProperty(helpers,"applicable") || alias1(depth0, "applicable", {"start":{"line":19,"column":43},"end":{"line":19,"column":53}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"applicable","hash":{},"data":data,"loc":{"start":{"line":19,"column":41},"end":{"line":19,"column":55}}}) : helper)))
    + " | "
    + alias4((lookupProperty(helpers,"percent")||alias1(depth0, "percent", {"start":{"line":19,"column":60},"end":{"line":19,"column":67}} )).call(alias2,lookupProperty(depth0,"ratio"),{"name":"percent","hash":{},"data":data,"loc":{"start":{"line":19,"column":58},"end":{"line":19,"column":75}}}))
    + " | "
    + alias4((((helper = lookupProperty(helpers,"majors") || alias1(depth0, "majors", {"start":{"line":19,"column":80},"end":{"line":19,"column":86}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"majors","hash":{},"data":data,"loc":{"start":{"line":19,"column":78},"end":{"line":19,"column":88}}}) : helper)))
    + " | "
    + alias4((((helper = lookupProperty(helpers,"minors") || alias1(depth0, "minors", {"start":{"line":19,"column":93},"end":{"line":19,"column":99}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"minors","hash":{},"data":data,"loc":{"start":{"line":19,"column":91},"end":{"line":19,"column":101}}}) : helper)))
    + " | "
    + alias4((((helper = lookupProperty(helpers,"observations") || alias1(depth0, "observations", {"start":{"line":19,"column":106},"end":{"line":19,"column":118}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"observations","hash":{},"data":data,"loc":{"start":{"line":19,"column":104},"end":{"line":19,"column":120}}}) : helper)))
    + " |\n";
},"2":function(container,depth0,helpers,partials,data) {
    var helper, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), alias3="function", alias4=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "| **"
    + alias4((((helper = lookupProperty(helpers,"clause") || alias1(depth0, "clause", {"start":{"line":21,"column":6},"end":{"line":21,"column":12}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"clause","hash":{},"data":data,"loc":{"start":{"line":21,"column":4},"end":{"line":21,"column":14}}}) : helper)))
    + "** | **"
    + alias4((((helper = lookupProperty(helpers,"title") || alias1(depth0, "title", {"start":{"line":21,"column":23},"end":{"line":21,"column":28}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"title","hash":{},"data":data,"loc":{"start":{"line":21,"column":21},"end":{"line":21,"column":30}}}) : helper)))
    + "** | "
    + alias4((((helper = lookupProperty(helpers,"satisfied") || alias1(depth0, "satisfied", {"start":{"line":21,"column":37},"end":{"line":21,"column":46}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"satisfied","hash":{},"data":data,"loc":{"start":{"line":21,"column":35},"end":{"line":21,"column":48}}}) : helper)))
    + "/"
    + alias4((((helper = lookupProperty(helpers,"applicable") || alias1(depth0, "applicable", {"start":{"line":21,"column":51},"end":{"line":21,"column":61}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"applicable","hash":{},"data":data,"loc":{"start":{"line":21,"column":49},"end":{"line":21,"column":63}}}) : helper)))
    + " | "
    + alias4((lookupProperty(helpers,"percent")||alias1(depth0, "percent", {"start":{"line":21,"column":68},"end":{"line":21,"column":75}} )).call(alias2,lookupProperty(depth0,"ratio"),{"name":"percent","hash":{},"data":data,"loc":{"start":{"line":21,"column":66},"end":{"line":21,"column":83}}}))
    + " | "
    + alias4((((helper = lookupProperty(helpers,"majors") || alias1(depth0, "majors", {"start":{"line":21,"column":88},"end":{"line":21,"column":94}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"majors","hash":{},"data":data,"loc":{"start":{"line":21,"column":86},"end":{"line":21,"column":96}}}) : helper)))
    + " | "
    + alias4((((helper = lookupProperty(helpers,"minors") || alias1(depth0, "minors", {"start":{"line":21,"column":101},"end":{"line":21,"column":107}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"minors","hash":{},"data":data,"loc":{"start":{"line":21,"column":99},"end":{"line":21,"column":109}}}) : helper)))
    + " | "
    + alias4((((helper = lookupProperty(helpers,"observations") || alias1(depth0, "observations", {"start":{"line":21,"column":114},"end":{"line":21,"column":126}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"observations","hash":{},"data":data,"loc":{"start":{"line":21,"column":112},"end":{"line":21,"column":128}}}) : helper)))
    + " |\n";
},"3":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), alias3=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "## "
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":27,"column":5},"end":{"line":27,"column":6}} )).call(alias2,"report.section.conformity",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":27,"column":3},"end":{"line":27,"column":36}}}))
    + "\n\n"
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":29,"column":2},"end":{"line":29,"column":3}} )).call(alias2,"report.conformity.intro",{"name":"t","hash":{"date":(lookupProperty(helpers,"date")||alias1(depth0, "date", {"start":{"line":29,"column":65},"end":{"line":29,"column":69}} )).call(alias2,lookupProperty(lookupProperty(depth0,"assessment"),"date"),{"name":"date","hash":{},"data":data,"loc":{"start":{"line":29,"column":64},"end":{"line":29,"column":86}}}),"assessor":lookupProperty(lookupProperty(depth0,"assessment"),"assessor")},"data":data,"loc":{"start":{"line":29,"column":0},"end":{"line":29,"column":88}}}))
    + "\n\n| "
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":31,"column":4},"end":{"line":31,"column":5}} )).call(alias2,"report.column.clause",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":31,"column":2},"end":{"line":31,"column":30}}}))
    + " | "
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":31,"column":35},"end":{"line":31,"column":36}} )).call(alias2,"report.column.title",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":31,"column":33},"end":{"line":31,"column":60}}}))
    + " | "
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":31,"column":65},"end":{"line":31,"column":66}} )).call(alias2,"report.column.rating",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":31,"column":63},"end":{"line":31,"column":91}}}))
    + " | "
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":31,"column":96},"end":{"line":31,"column":97}} )).call(alias2,"report.column.evidenceSeen",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":31,"column":94},"end":{"line":31,"column":128}}}))
    + " | "
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":31,"column":133},"end":{"line":31,"column":134}} )).call(alias2,"report.column.note",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":31,"column":131},"end":{"line":31,"column":157}}}))
    + " |\n| --- | --- | --- | --- | --- |\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias2,lookupProperty(lookupProperty(depth0,"assessment"),"items"),{"name":"each","hash":{},"fn":container.program(4, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":33,"column":0},"end":{"line":35,"column":9}}})) != null ? stack1 : "")
    + "\n";
},"4":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), alias3="function", alias4=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "| "
    + alias4((((helper = lookupProperty(helpers,"clause") || alias1(depth0, "clause", {"start":{"line":34,"column":4},"end":{"line":34,"column":10}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"clause","hash":{},"data":data,"loc":{"start":{"line":34,"column":2},"end":{"line":34,"column":12}}}) : helper)))
    + " | "
    + alias4((((helper = lookupProperty(helpers,"title") || alias1(depth0, "title", {"start":{"line":34,"column":17},"end":{"line":34,"column":22}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"title","hash":{},"data":data,"loc":{"start":{"line":34,"column":15},"end":{"line":34,"column":24}}}) : helper)))
    + " | "
    + alias4((((helper = lookupProperty(helpers,"rating") || alias1(depth0, "rating", {"start":{"line":34,"column":29},"end":{"line":34,"column":35}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"rating","hash":{},"data":data,"loc":{"start":{"line":34,"column":27},"end":{"line":34,"column":37}}}) : helper)))
    + " | "
    + ((stack1 = lookupProperty(helpers,"each").call(alias2,lookupProperty(depth0,"evidence"),{"name":"each","hash":{},"fn":container.program(5, data, 0),"inverse":container.program(7, data, 0),"data":data,"loc":{"start":{"line":34,"column":40},"end":{"line":34,"column":116}}})) != null ? stack1 : "")
    + " | "
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(depth0,"note"),{"name":"if","hash":{},"fn":container.program(8, data, 0),"inverse":container.program(7, data, 0),"data":data,"loc":{"start":{"line":34,"column":119},"end":{"line":34,"column":155}}})) != null ? stack1 : "")
    + " |\n";
},"5":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return container.escapeExpression(container.lambda(depth0, depth0))
    + ((stack1 = lookupProperty(helpers,"unless").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(data,"last"),{"name":"unless","hash":{},"fn":container.program(6, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":34,"column":66},"end":{"line":34,"column":98}}})) != null ? stack1 : "");
},"6":function(container,depth0,helpers,partials,data) {
    return "<br>";
},"7":function(container,depth0,helpers,partials,data) {
    return "—";
},"8":function(container,depth0,helpers,partials,data) {
    var helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return container.escapeExpression((((helper = lookupProperty(helpers,"note") || container.strict(depth0, "note", {"start":{"line":34,"column":133},"end":{"line":34,"column":137}} ))),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"note","hash":{},"data":data,"loc":{"start":{"line":34,"column":131},"end":{"line":34,"column":139}}}) : helper)));
},"9":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return container.escapeExpression((lookupProperty(helpers,"t")||container.strict(depth0, "t", {"start":{"line":41,"column":2},"end":{"line":41,"column":3}} )).call(alias1,"report.actionPlan.intro",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":41,"column":0},"end":{"line":41,"column":31}}}))
    + "\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias1,lookupProperty(depth0,"actionPlan"),{"name":"each","hash":{},"fn":container.program(10, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":42,"column":0},"end":{"line":53,"column":9}}})) != null ? stack1 : "");
},"10":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), alias3="function", alias4=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "\n### "
    + alias4((((helper = lookupProperty(helpers,"title") || alias1(depth0, "title", {"start":{"line":44,"column":6},"end":{"line":44,"column":11}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"title","hash":{},"data":data,"loc":{"start":{"line":44,"column":4},"end":{"line":44,"column":13}}}) : helper)))
    + "\n\n"
    + alias4((((helper = lookupProperty(helpers,"intro") || alias1(depth0, "intro", {"start":{"line":46,"column":2},"end":{"line":46,"column":7}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"intro","hash":{},"data":data,"loc":{"start":{"line":46,"column":0},"end":{"line":46,"column":9}}}) : helper)))
    + "\n\n| "
    + alias4((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":48,"column":4},"end":{"line":48,"column":5}} )).call(alias2,"report.column.number",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":48,"column":2},"end":{"line":48,"column":30}}}))
    + " | "
    + alias4((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":48,"column":35},"end":{"line":48,"column":36}} )).call(alias2,"report.column.clause",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":48,"column":33},"end":{"line":48,"column":61}}}))
    + " | "
    + alias4((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":48,"column":66},"end":{"line":48,"column":67}} )).call(alias2,"report.column.action",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":48,"column":64},"end":{"line":48,"column":92}}}))
    + " | "
    + alias4((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":48,"column":97},"end":{"line":48,"column":98}} )).call(alias2,"report.column.why",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":48,"column":95},"end":{"line":48,"column":120}}}))
    + " | "
    + alias4((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":48,"column":125},"end":{"line":48,"column":126}} )).call(alias2,"report.column.owner",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":48,"column":123},"end":{"line":48,"column":150}}}))
    + " | "
    + alias4((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":48,"column":155},"end":{"line":48,"column":156}} )).call(alias2,"report.column.due",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":48,"column":153},"end":{"line":48,"column":178}}}))
    + " | "
    + alias4((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":48,"column":183},"end":{"line":48,"column":184}} )).call(alias2,"report.column.status",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":48,"column":181},"end":{"line":48,"column":209}}}))
    + " |"
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(lookupProperty(lookupProperty(data,"root"),"meta"),"internal"),{"name":"if","hash":{},"fn":container.program(11, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":48,"column":211},"end":{"line":48,"column":278}}})) != null ? stack1 : "")
    + "\n| ---: | --- | --- | --- | --- | --- | --- |"
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(lookupProperty(lookupProperty(data,"root"),"meta"),"internal"),{"name":"if","hash":{},"fn":container.program(12, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":49,"column":44},"end":{"line":49,"column":84}}})) != null ? stack1 : "")
    + "\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias2,lookupProperty(depth0,"rows"),{"name":"each","hash":{},"fn":container.program(13, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":50,"column":0},"end":{"line":52,"column":9}}})) != null ? stack1 : "");
},"11":function(container,depth0,helpers,partials,data) {
    var lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return " "
    + container.escapeExpression((lookupProperty(helpers,"t")||container.strict(depth0, "t", {"start":{"line":48,"column":241},"end":{"line":48,"column":242}} )).call(depth0 != null ? depth0 : (container.nullContext || {}),"report.column.location",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":48,"column":239},"end":{"line":48,"column":269}}}))
    + " |";
},"12":function(container,depth0,helpers,partials,data) {
    return " --- |";
},"13":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), alias3="function", alias4=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "| "
    + alias4((((helper = lookupProperty(helpers,"number") || alias1(depth0, "number", {"start":{"line":51,"column":4},"end":{"line":51,"column":10}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"number","hash":{},"data":data,"loc":{"start":{"line":51,"column":2},"end":{"line":51,"column":12}}}) : helper)))
    + " | "
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(depth0,"clause"),{"name":"if","hash":{},"fn":container.program(14, data, 0),"inverse":container.program(7, data, 0),"data":data,"loc":{"start":{"line":51,"column":15},"end":{"line":51,"column":71}}})) != null ? stack1 : "")
    + " | "
    + alias4((((helper = lookupProperty(helpers,"action") || alias1(depth0, "action", {"start":{"line":51,"column":76},"end":{"line":51,"column":82}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"action","hash":{},"data":data,"loc":{"start":{"line":51,"column":74},"end":{"line":51,"column":84}}}) : helper)))
    + ((stack1 = lookupProperty(helpers,"each").call(alias2,lookupProperty(depth0,"checklist"),{"name":"each","hash":{},"fn":container.program(15, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":51,"column":84},"end":{"line":51,"column":188}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(depth0,"reference"),{"name":"if","hash":{},"fn":container.program(17, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":51,"column":188},"end":{"line":51,"column":265}}})) != null ? stack1 : "")
    + " | "
    + ((stack1 = lookupProperty(helpers,"each").call(alias2,lookupProperty(depth0,"findings"),{"name":"each","hash":{},"fn":container.program(5, data, 0),"inverse":container.program(7, data, 0),"data":data,"loc":{"start":{"line":51,"column":268},"end":{"line":51,"column":344}}})) != null ? stack1 : "")
    + " | "
    + alias4((((helper = lookupProperty(helpers,"owner") || alias1(depth0, "owner", {"start":{"line":51,"column":349},"end":{"line":51,"column":354}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"owner","hash":{},"data":data,"loc":{"start":{"line":51,"column":347},"end":{"line":51,"column":356}}}) : helper)))
    + " | "
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(depth0,"due"),{"name":"if","hash":{},"fn":container.program(18, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":51,"column":359},"end":{"line":51,"column":450}}})) != null ? stack1 : "")
    + " | "
    + alias4((((helper = lookupProperty(helpers,"status") || alias1(depth0, "status", {"start":{"line":51,"column":455},"end":{"line":51,"column":461}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"status","hash":{},"data":data,"loc":{"start":{"line":51,"column":453},"end":{"line":51,"column":463}}}) : helper)))
    + " |"
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(lookupProperty(lookupProperty(data,"root"),"meta"),"internal"),{"name":"if","hash":{},"fn":container.program(20, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":51,"column":465},"end":{"line":51,"column":570}}})) != null ? stack1 : "")
    + "\n";
},"14":function(container,depth0,helpers,partials,data) {
    var helper, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), alias3="function", alias4=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return alias4((((helper = lookupProperty(helpers,"clause") || alias1(depth0, "clause", {"start":{"line":51,"column":31},"end":{"line":51,"column":37}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"clause","hash":{},"data":data,"loc":{"start":{"line":51,"column":29},"end":{"line":51,"column":39}}}) : helper)))
    + " "
    + alias4((((helper = lookupProperty(helpers,"clauseTitle") || alias1(depth0, "clauseTitle", {"start":{"line":51,"column":42},"end":{"line":51,"column":53}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"clauseTitle","hash":{},"data":data,"loc":{"start":{"line":51,"column":40},"end":{"line":51,"column":55}}}) : helper)));
},"15":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<br>• **"
    + container.escapeExpression((((helper = lookupProperty(helpers,"title") || container.strict(depth0, "title", {"start":{"line":51,"column":113},"end":{"line":51,"column":118}} ))),(typeof helper === "function" ? helper.call(alias1,{"name":"title","hash":{},"data":data,"loc":{"start":{"line":51,"column":111},"end":{"line":51,"column":120}}}) : helper)))
    + "**"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"detail"),{"name":"if","hash":{},"fn":container.program(16, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":51,"column":122},"end":{"line":51,"column":179}}})) != null ? stack1 : "");
},"16":function(container,depth0,helpers,partials,data) {
    var helper, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), alias3=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":51,"column":138},"end":{"line":51,"column":139}} )).call(alias2,"report.punct.colon",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":51,"column":136},"end":{"line":51,"column":162}}}))
    + alias3((((helper = lookupProperty(helpers,"detail") || alias1(depth0, "detail", {"start":{"line":51,"column":164},"end":{"line":51,"column":170}} ))),(typeof helper === "function" ? helper.call(alias2,{"name":"detail","hash":{},"data":data,"loc":{"start":{"line":51,"column":162},"end":{"line":51,"column":172}}}) : helper)));
},"17":function(container,depth0,helpers,partials,data) {
    var lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<br>"
    + container.escapeExpression((lookupProperty(helpers,"t")||container.strict(depth0, "t", {"start":{"line":51,"column":211},"end":{"line":51,"column":212}} )).call(depth0 != null ? depth0 : (container.nullContext || {}),"report.actionPlan.reference",{"name":"t","hash":{"ids":lookupProperty(depth0,"reference")},"data":data,"loc":{"start":{"line":51,"column":209},"end":{"line":51,"column":258}}}));
},"18":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return container.escapeExpression((lookupProperty(helpers,"date")||container.strict(depth0, "date", {"start":{"line":51,"column":372},"end":{"line":51,"column":376}} )).call(alias1,lookupProperty(depth0,"due"),{"name":"date","hash":{},"data":data,"loc":{"start":{"line":51,"column":370},"end":{"line":51,"column":382}}}))
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"overdue"),{"name":"if","hash":{},"fn":container.program(19, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":51,"column":382},"end":{"line":51,"column":443}}})) != null ? stack1 : "");
},"19":function(container,depth0,helpers,partials,data) {
    var lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return " **"
    + container.escapeExpression((lookupProperty(helpers,"t")||container.strict(depth0, "t", {"start":{"line":51,"column":402},"end":{"line":51,"column":403}} )).call(depth0 != null ? depth0 : (container.nullContext || {}),"report.remediation.overdue",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":51,"column":400},"end":{"line":51,"column":434}}}))
    + "**";
},"20":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return " "
    + ((stack1 = lookupProperty(helpers,"each").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"locations"),{"name":"each","hash":{},"fn":container.program(5, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":51,"column":493},"end":{"line":51,"column":561}}})) != null ? stack1 : "")
    + " |";
},"21":function(container,depth0,helpers,partials,data) {
    var lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "*"
    + container.escapeExpression((lookupProperty(helpers,"t")||container.strict(depth0, "t", {"start":{"line":55,"column":3},"end":{"line":55,"column":4}} )).call(depth0 != null ? depth0 : (container.nullContext || {}),"report.empty.actionPlan",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":55,"column":1},"end":{"line":55,"column":32}}}))
    + "*\n";
},"22":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), alias3=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "| "
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":61,"column":4},"end":{"line":61,"column":5}} )).call(alias2,"report.column.id",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":61,"column":2},"end":{"line":61,"column":26}}}))
    + " | "
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":61,"column":31},"end":{"line":61,"column":32}} )).call(alias2,"report.column.title",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":61,"column":29},"end":{"line":61,"column":56}}}))
    + " | "
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":61,"column":61},"end":{"line":61,"column":62}} )).call(alias2,"report.column.version",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":61,"column":59},"end":{"line":61,"column":88}}}))
    + " | "
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":61,"column":93},"end":{"line":61,"column":94}} )).call(alias2,"report.column.status",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":61,"column":91},"end":{"line":61,"column":119}}}))
    + " | "
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":61,"column":124},"end":{"line":61,"column":125}} )).call(alias2,"report.column.owner",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":61,"column":122},"end":{"line":61,"column":149}}}))
    + " | "
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":61,"column":154},"end":{"line":61,"column":155}} )).call(alias2,"report.column.approved",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":61,"column":152},"end":{"line":61,"column":182}}}))
    + " | "
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":61,"column":187},"end":{"line":61,"column":188}} )).call(alias2,"report.column.nextReview",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":61,"column":185},"end":{"line":61,"column":217}}}))
    + " | "
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":61,"column":222},"end":{"line":61,"column":223}} )).call(alias2,"report.column.satisfies",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":61,"column":220},"end":{"line":61,"column":251}}}))
    + " | "
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":61,"column":256},"end":{"line":61,"column":257}} )).call(alias2,"report.column.evidence",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":61,"column":254},"end":{"line":61,"column":284}}}))
    + " |\n| --- | --- | --- | --- | --- | --- | --- | --- | --- |\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias2,lookupProperty(depth0,"documents"),{"name":"each","hash":{},"fn":container.program(23, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":63,"column":0},"end":{"line":65,"column":9}}})) != null ? stack1 : "");
},"23":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), alias3="function", alias4=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "| "
    + alias4((((helper = lookupProperty(helpers,"id") || alias1(depth0, "id", {"start":{"line":64,"column":4},"end":{"line":64,"column":6}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"id","hash":{},"data":data,"loc":{"start":{"line":64,"column":2},"end":{"line":64,"column":8}}}) : helper)))
    + " | "
    + alias4((((helper = lookupProperty(helpers,"title") || alias1(depth0, "title", {"start":{"line":64,"column":13},"end":{"line":64,"column":18}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"title","hash":{},"data":data,"loc":{"start":{"line":64,"column":11},"end":{"line":64,"column":20}}}) : helper)))
    + " | "
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(depth0,"version"),{"name":"if","hash":{},"fn":container.program(24, data, 0),"inverse":container.program(7, data, 0),"data":data,"loc":{"start":{"line":64,"column":23},"end":{"line":64,"column":65}}})) != null ? stack1 : "")
    + " | "
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(depth0,"status"),{"name":"if","hash":{},"fn":container.program(25, data, 0),"inverse":container.program(7, data, 0),"data":data,"loc":{"start":{"line":64,"column":68},"end":{"line":64,"column":108}}})) != null ? stack1 : "")
    + " | "
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(depth0,"owner"),{"name":"if","hash":{},"fn":container.program(26, data, 0),"inverse":container.program(7, data, 0),"data":data,"loc":{"start":{"line":64,"column":111},"end":{"line":64,"column":149}}})) != null ? stack1 : "")
    + " | "
    + alias4((lookupProperty(helpers,"date")||alias1(depth0, "date", {"start":{"line":64,"column":154},"end":{"line":64,"column":158}} )).call(alias2,lookupProperty(depth0,"approvalDate"),{"name":"date","hash":{},"data":data,"loc":{"start":{"line":64,"column":152},"end":{"line":64,"column":173}}}))
    + " | "
    + alias4((lookupProperty(helpers,"date")||alias1(depth0, "date", {"start":{"line":64,"column":178},"end":{"line":64,"column":182}} )).call(alias2,lookupProperty(depth0,"nextReviewDate"),{"name":"date","hash":{},"data":data,"loc":{"start":{"line":64,"column":176},"end":{"line":64,"column":199}}}))
    + " | "
    + ((stack1 = lookupProperty(helpers,"each").call(alias2,lookupProperty(depth0,"satisfies"),{"name":"each","hash":{},"fn":container.program(27, data, 0),"inverse":container.program(7, data, 0),"data":data,"loc":{"start":{"line":64,"column":202},"end":{"line":64,"column":297}}})) != null ? stack1 : "")
    + " | "
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(depth0,"evidence"),{"name":"if","hash":{},"fn":container.program(29, data, 0),"inverse":container.program(7, data, 0),"data":data,"loc":{"start":{"line":64,"column":300},"end":{"line":64,"column":412}}})) != null ? stack1 : "")
    + " |\n";
},"24":function(container,depth0,helpers,partials,data) {
    var helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return container.escapeExpression((((helper = lookupProperty(helpers,"version") || container.strict(depth0, "version", {"start":{"line":64,"column":40},"end":{"line":64,"column":47}} ))),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"version","hash":{},"data":data,"loc":{"start":{"line":64,"column":38},"end":{"line":64,"column":49}}}) : helper)));
},"25":function(container,depth0,helpers,partials,data) {
    var helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return container.escapeExpression((((helper = lookupProperty(helpers,"status") || container.strict(depth0, "status", {"start":{"line":64,"column":84},"end":{"line":64,"column":90}} ))),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"status","hash":{},"data":data,"loc":{"start":{"line":64,"column":82},"end":{"line":64,"column":92}}}) : helper)));
},"26":function(container,depth0,helpers,partials,data) {
    var helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return container.escapeExpression((((helper = lookupProperty(helpers,"owner") || container.strict(depth0, "owner", {"start":{"line":64,"column":126},"end":{"line":64,"column":131}} ))),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"owner","hash":{},"data":data,"loc":{"start":{"line":64,"column":124},"end":{"line":64,"column":133}}}) : helper)));
},"27":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return container.escapeExpression(container.lambda(depth0, depth0))
    + ((stack1 = lookupProperty(helpers,"unless").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(data,"last"),{"name":"unless","hash":{},"fn":container.program(28, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":64,"column":229},"end":{"line":64,"column":279}}})) != null ? stack1 : "");
},"28":function(container,depth0,helpers,partials,data) {
    var lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return container.escapeExpression((lookupProperty(helpers,"t")||container.strict(depth0, "t", {"start":{"line":64,"column":248},"end":{"line":64,"column":249}} )).call(depth0 != null ? depth0 : (container.nullContext || {}),"list.separator",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":64,"column":246},"end":{"line":64,"column":268}}}));
},"29":function(container,depth0,helpers,partials,data) {
    var helper, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), alias3="function", alias4=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return alias4((((helper = lookupProperty(helpers,"evidence") || alias1(depth0, "evidence", {"start":{"line":64,"column":318},"end":{"line":64,"column":326}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"evidence","hash":{},"data":data,"loc":{"start":{"line":64,"column":316},"end":{"line":64,"column":328}}}) : helper)))
    + alias4((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":64,"column":330},"end":{"line":64,"column":331}} )).call(alias2,"report.punct.open",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":64,"column":328},"end":{"line":64,"column":353}}}))
    + alias4((((helper = lookupProperty(helpers,"evidenceState") || alias1(depth0, "evidenceState", {"start":{"line":64,"column":355},"end":{"line":64,"column":368}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"evidenceState","hash":{},"data":data,"loc":{"start":{"line":64,"column":353},"end":{"line":64,"column":370}}}) : helper)))
    + alias4((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":64,"column":372},"end":{"line":64,"column":373}} )).call(alias2,"report.punct.close",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":64,"column":370},"end":{"line":64,"column":396}}}));
},"30":function(container,depth0,helpers,partials,data) {
    var lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "*"
    + container.escapeExpression((lookupProperty(helpers,"t")||container.strict(depth0, "t", {"start":{"line":67,"column":3},"end":{"line":67,"column":4}} )).call(depth0 != null ? depth0 : (container.nullContext || {}),"report.empty.documents",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":67,"column":1},"end":{"line":67,"column":31}}}))
    + "*\n";
},"31":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), alias3=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "| "
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":75,"column":4},"end":{"line":75,"column":5}} )).call(alias2,"report.column.id",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":75,"column":2},"end":{"line":75,"column":26}}}))
    + " | "
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":75,"column":31},"end":{"line":75,"column":32}} )).call(alias2,"report.column.date",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":75,"column":29},"end":{"line":75,"column":55}}}))
    + " | "
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":75,"column":60},"end":{"line":75,"column":61}} )).call(alias2,"report.column.status",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":75,"column":58},"end":{"line":75,"column":86}}}))
    + " | "
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":75,"column":91},"end":{"line":75,"column":92}} )).call(alias2,"report.column.clauses",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":75,"column":89},"end":{"line":75,"column":118}}}))
    + " | "
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":75,"column":123},"end":{"line":75,"column":124}} )).call(alias2,"report.column.auditor",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":75,"column":121},"end":{"line":75,"column":150}}}))
    + " | "
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":75,"column":155},"end":{"line":75,"column":156}} )).call(alias2,"report.column.evidence",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":75,"column":153},"end":{"line":75,"column":183}}}))
    + " |\n| --- | --- | --- | --- | --- | --- |\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias2,lookupProperty(lookupProperty(depth0,"records"),"internalAudits"),{"name":"each","hash":{},"fn":container.program(32, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":77,"column":0},"end":{"line":79,"column":9}}})) != null ? stack1 : "");
},"32":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), alias3="function", alias4=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "| "
    + alias4((((helper = lookupProperty(helpers,"id") || alias1(depth0, "id", {"start":{"line":78,"column":4},"end":{"line":78,"column":6}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"id","hash":{},"data":data,"loc":{"start":{"line":78,"column":2},"end":{"line":78,"column":8}}}) : helper)))
    + " | "
    + alias4((lookupProperty(helpers,"date")||alias1(depth0, "date", {"start":{"line":78,"column":13},"end":{"line":78,"column":17}} )).call(alias2,lookupProperty(depth0,"date"),{"name":"date","hash":{},"data":data,"loc":{"start":{"line":78,"column":11},"end":{"line":78,"column":24}}}))
    + " | "
    + alias4((((helper = lookupProperty(helpers,"status") || alias1(depth0, "status", {"start":{"line":78,"column":29},"end":{"line":78,"column":35}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"status","hash":{},"data":data,"loc":{"start":{"line":78,"column":27},"end":{"line":78,"column":37}}}) : helper)))
    + " | "
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(depth0,"clauses"),{"name":"if","hash":{},"fn":container.program(33, data, 0),"inverse":container.program(7, data, 0),"data":data,"loc":{"start":{"line":78,"column":40},"end":{"line":78,"column":82}}})) != null ? stack1 : "")
    + " | "
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(depth0,"auditor"),{"name":"if","hash":{},"fn":container.program(34, data, 0),"inverse":container.program(7, data, 0),"data":data,"loc":{"start":{"line":78,"column":85},"end":{"line":78,"column":127}}})) != null ? stack1 : "")
    + " | "
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(depth0,"evidence"),{"name":"if","hash":{},"fn":container.program(35, data, 0),"inverse":container.program(7, data, 0),"data":data,"loc":{"start":{"line":78,"column":130},"end":{"line":78,"column":174}}})) != null ? stack1 : "")
    + " |\n";
},"33":function(container,depth0,helpers,partials,data) {
    var helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return container.escapeExpression((((helper = lookupProperty(helpers,"clauses") || container.strict(depth0, "clauses", {"start":{"line":78,"column":57},"end":{"line":78,"column":64}} ))),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"clauses","hash":{},"data":data,"loc":{"start":{"line":78,"column":55},"end":{"line":78,"column":66}}}) : helper)));
},"34":function(container,depth0,helpers,partials,data) {
    var helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return container.escapeExpression((((helper = lookupProperty(helpers,"auditor") || container.strict(depth0, "auditor", {"start":{"line":78,"column":102},"end":{"line":78,"column":109}} ))),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"auditor","hash":{},"data":data,"loc":{"start":{"line":78,"column":100},"end":{"line":78,"column":111}}}) : helper)));
},"35":function(container,depth0,helpers,partials,data) {
    var helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return container.escapeExpression((((helper = lookupProperty(helpers,"evidence") || container.strict(depth0, "evidence", {"start":{"line":78,"column":148},"end":{"line":78,"column":156}} ))),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"evidence","hash":{},"data":data,"loc":{"start":{"line":78,"column":146},"end":{"line":78,"column":158}}}) : helper)));
},"36":function(container,depth0,helpers,partials,data) {
    var lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "*"
    + container.escapeExpression((lookupProperty(helpers,"t")||container.strict(depth0, "t", {"start":{"line":81,"column":3},"end":{"line":81,"column":4}} )).call(depth0 != null ? depth0 : (container.nullContext || {}),"report.empty.audits",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":81,"column":1},"end":{"line":81,"column":28}}}))
    + "*\n";
},"37":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), alias3=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "| "
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":87,"column":4},"end":{"line":87,"column":5}} )).call(alias2,"report.column.id",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":87,"column":2},"end":{"line":87,"column":26}}}))
    + " | "
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":87,"column":31},"end":{"line":87,"column":32}} )).call(alias2,"report.column.date",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":87,"column":29},"end":{"line":87,"column":55}}}))
    + " | "
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":87,"column":60},"end":{"line":87,"column":61}} )).call(alias2,"report.column.status",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":87,"column":58},"end":{"line":87,"column":86}}}))
    + " | "
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":87,"column":91},"end":{"line":87,"column":92}} )).call(alias2,"report.column.evidence",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":87,"column":89},"end":{"line":87,"column":119}}}))
    + " |\n| --- | --- | --- | --- |\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias2,lookupProperty(lookupProperty(depth0,"records"),"managementReviews"),{"name":"each","hash":{},"fn":container.program(38, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":89,"column":0},"end":{"line":91,"column":9}}})) != null ? stack1 : "");
},"38":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), alias3="function", alias4=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "| "
    + alias4((((helper = lookupProperty(helpers,"id") || alias1(depth0, "id", {"start":{"line":90,"column":4},"end":{"line":90,"column":6}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"id","hash":{},"data":data,"loc":{"start":{"line":90,"column":2},"end":{"line":90,"column":8}}}) : helper)))
    + " | "
    + alias4((lookupProperty(helpers,"date")||alias1(depth0, "date", {"start":{"line":90,"column":13},"end":{"line":90,"column":17}} )).call(alias2,lookupProperty(depth0,"date"),{"name":"date","hash":{},"data":data,"loc":{"start":{"line":90,"column":11},"end":{"line":90,"column":24}}}))
    + " | "
    + alias4((((helper = lookupProperty(helpers,"status") || alias1(depth0, "status", {"start":{"line":90,"column":29},"end":{"line":90,"column":35}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"status","hash":{},"data":data,"loc":{"start":{"line":90,"column":27},"end":{"line":90,"column":37}}}) : helper)))
    + " | "
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(depth0,"evidence"),{"name":"if","hash":{},"fn":container.program(35, data, 0),"inverse":container.program(7, data, 0),"data":data,"loc":{"start":{"line":90,"column":40},"end":{"line":90,"column":84}}})) != null ? stack1 : "")
    + " |\n";
},"39":function(container,depth0,helpers,partials,data) {
    var lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "*"
    + container.escapeExpression((lookupProperty(helpers,"t")||container.strict(depth0, "t", {"start":{"line":93,"column":3},"end":{"line":93,"column":4}} )).call(depth0 != null ? depth0 : (container.nullContext || {}),"report.empty.reviews",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":93,"column":1},"end":{"line":93,"column":29}}}))
    + "*\n";
},"40":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), alias3=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "| "
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":99,"column":4},"end":{"line":99,"column":5}} )).call(alias2,"report.column.id",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":99,"column":2},"end":{"line":99,"column":26}}}))
    + " | "
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":99,"column":31},"end":{"line":99,"column":32}} )).call(alias2,"report.column.description",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":99,"column":29},"end":{"line":99,"column":62}}}))
    + " | "
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":99,"column":67},"end":{"line":99,"column":68}} )).call(alias2,"report.column.grade",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":99,"column":65},"end":{"line":99,"column":92}}}))
    + " | "
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":99,"column":97},"end":{"line":99,"column":98}} )).call(alias2,"report.column.clause",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":99,"column":95},"end":{"line":99,"column":123}}}))
    + " | "
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":99,"column":128},"end":{"line":99,"column":129}} )).call(alias2,"report.column.raised",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":99,"column":126},"end":{"line":99,"column":154}}}))
    + " | "
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":99,"column":159},"end":{"line":99,"column":160}} )).call(alias2,"report.column.due",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":99,"column":157},"end":{"line":99,"column":182}}}))
    + " | "
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":99,"column":187},"end":{"line":99,"column":188}} )).call(alias2,"report.column.closed",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":99,"column":185},"end":{"line":99,"column":213}}}))
    + " |\n| --- | --- | --- | --- | --- | --- | --- |\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias2,lookupProperty(lookupProperty(depth0,"records"),"nonconformities"),{"name":"each","hash":{},"fn":container.program(41, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":101,"column":0},"end":{"line":103,"column":9}}})) != null ? stack1 : "");
},"41":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), alias3="function", alias4=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "| "
    + alias4((((helper = lookupProperty(helpers,"id") || alias1(depth0, "id", {"start":{"line":102,"column":4},"end":{"line":102,"column":6}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"id","hash":{},"data":data,"loc":{"start":{"line":102,"column":2},"end":{"line":102,"column":8}}}) : helper)))
    + " | "
    + alias4((((helper = lookupProperty(helpers,"description") || alias1(depth0, "description", {"start":{"line":102,"column":13},"end":{"line":102,"column":24}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"description","hash":{},"data":data,"loc":{"start":{"line":102,"column":11},"end":{"line":102,"column":26}}}) : helper)))
    + " | "
    + alias4(container.lambda(alias1(depth0, "grade", {"start":{"line":102,"column":31},"end":{"line":102,"column":41}} ), depth0))
    + " | "
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(depth0,"clause"),{"name":"if","hash":{},"fn":container.program(42, data, 0),"inverse":container.program(7, data, 0),"data":data,"loc":{"start":{"line":102,"column":46},"end":{"line":102,"column":86}}})) != null ? stack1 : "")
    + " | "
    + alias4((lookupProperty(helpers,"date")||alias1(depth0, "date", {"start":{"line":102,"column":91},"end":{"line":102,"column":95}} )).call(alias2,lookupProperty(depth0,"raised"),{"name":"date","hash":{},"data":data,"loc":{"start":{"line":102,"column":89},"end":{"line":102,"column":104}}}))
    + " | "
    + alias4((lookupProperty(helpers,"date")||alias1(depth0, "date", {"start":{"line":102,"column":109},"end":{"line":102,"column":113}} )).call(alias2,lookupProperty(depth0,"due"),{"name":"date","hash":{},"data":data,"loc":{"start":{"line":102,"column":107},"end":{"line":102,"column":119}}}))
    + " | "
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(depth0,"open"),{"name":"if","hash":{},"fn":container.program(43, data, 0),"inverse":container.program(44, data, 0),"data":data,"loc":{"start":{"line":102,"column":122},"end":{"line":102,"column":190}}})) != null ? stack1 : "")
    + " |\n";
},"42":function(container,depth0,helpers,partials,data) {
    var helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return container.escapeExpression((((helper = lookupProperty(helpers,"clause") || container.strict(depth0, "clause", {"start":{"line":102,"column":62},"end":{"line":102,"column":68}} ))),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"clause","hash":{},"data":data,"loc":{"start":{"line":102,"column":60},"end":{"line":102,"column":70}}}) : helper)));
},"43":function(container,depth0,helpers,partials,data) {
    var lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "**"
    + container.escapeExpression((lookupProperty(helpers,"t")||container.strict(depth0, "t", {"start":{"line":102,"column":138},"end":{"line":102,"column":139}} )).call(depth0 != null ? depth0 : (container.nullContext || {}),"report.nc.open",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":102,"column":136},"end":{"line":102,"column":158}}}))
    + "**";
},"44":function(container,depth0,helpers,partials,data) {
    var lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return container.escapeExpression((lookupProperty(helpers,"date")||container.strict(depth0, "date", {"start":{"line":102,"column":170},"end":{"line":102,"column":174}} )).call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"closed"),{"name":"date","hash":{},"data":data,"loc":{"start":{"line":102,"column":168},"end":{"line":102,"column":183}}}));
},"45":function(container,depth0,helpers,partials,data) {
    var lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "*"
    + container.escapeExpression((lookupProperty(helpers,"t")||container.strict(depth0, "t", {"start":{"line":105,"column":3},"end":{"line":105,"column":4}} )).call(depth0 != null ? depth0 : (container.nullContext || {}),"report.empty.nonconformities",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":105,"column":1},"end":{"line":105,"column":37}}}))
    + "*\n";
},"46":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), alias3=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "| "
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":111,"column":4},"end":{"line":111,"column":5}} )).call(alias2,"report.column.id",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":111,"column":2},"end":{"line":111,"column":26}}}))
    + " | "
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":111,"column":31},"end":{"line":111,"column":32}} )).call(alias2,"report.column.title",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":111,"column":29},"end":{"line":111,"column":56}}}))
    + " | "
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":111,"column":61},"end":{"line":111,"column":62}} )).call(alias2,"report.column.satisfies",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":111,"column":59},"end":{"line":111,"column":90}}}))
    + " | "
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":111,"column":95},"end":{"line":111,"column":96}} )).call(alias2,"report.column.owner",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":111,"column":93},"end":{"line":111,"column":120}}}))
    + " | "
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":111,"column":125},"end":{"line":111,"column":126}} )).call(alias2,"report.column.lastEntry",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":111,"column":123},"end":{"line":111,"column":154}}}))
    + " | "
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":111,"column":159},"end":{"line":111,"column":160}} )).call(alias2,"report.column.evidence",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":111,"column":157},"end":{"line":111,"column":187}}}))
    + " |\n| --- | --- | --- | --- | --- | --- |\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias2,lookupProperty(lookupProperty(depth0,"records"),"registers"),{"name":"each","hash":{},"fn":container.program(47, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":113,"column":0},"end":{"line":115,"column":9}}})) != null ? stack1 : "");
},"47":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), alias3="function", alias4=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "| "
    + alias4((((helper = lookupProperty(helpers,"id") || alias1(depth0, "id", {"start":{"line":114,"column":4},"end":{"line":114,"column":6}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"id","hash":{},"data":data,"loc":{"start":{"line":114,"column":2},"end":{"line":114,"column":8}}}) : helper)))
    + " | "
    + alias4((((helper = lookupProperty(helpers,"title") || alias1(depth0, "title", {"start":{"line":114,"column":13},"end":{"line":114,"column":18}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"title","hash":{},"data":data,"loc":{"start":{"line":114,"column":11},"end":{"line":114,"column":20}}}) : helper)))
    + " | "
    + ((stack1 = lookupProperty(helpers,"each").call(alias2,lookupProperty(depth0,"satisfies"),{"name":"each","hash":{},"fn":container.program(27, data, 0),"inverse":container.program(7, data, 0),"data":data,"loc":{"start":{"line":114,"column":23},"end":{"line":114,"column":118}}})) != null ? stack1 : "")
    + " | "
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(depth0,"owner"),{"name":"if","hash":{},"fn":container.program(26, data, 0),"inverse":container.program(7, data, 0),"data":data,"loc":{"start":{"line":114,"column":121},"end":{"line":114,"column":159}}})) != null ? stack1 : "")
    + " | "
    + alias4((lookupProperty(helpers,"date")||alias1(depth0, "date", {"start":{"line":114,"column":164},"end":{"line":114,"column":168}} )).call(alias2,lookupProperty(depth0,"lastEntry"),{"name":"date","hash":{},"data":data,"loc":{"start":{"line":114,"column":162},"end":{"line":114,"column":180}}}))
    + " | "
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(depth0,"evidence"),{"name":"if","hash":{},"fn":container.program(35, data, 0),"inverse":container.program(7, data, 0),"data":data,"loc":{"start":{"line":114,"column":183},"end":{"line":114,"column":227}}})) != null ? stack1 : "")
    + " |\n";
},"48":function(container,depth0,helpers,partials,data) {
    var lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "*"
    + container.escapeExpression((lookupProperty(helpers,"t")||container.strict(depth0, "t", {"start":{"line":117,"column":3},"end":{"line":117,"column":4}} )).call(depth0 != null ? depth0 : (container.nullContext || {}),"report.empty.registers",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":117,"column":1},"end":{"line":117,"column":31}}}))
    + "*\n";
},"49":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), alias3=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "## "
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":121,"column":5},"end":{"line":121,"column":6}} )).call(alias2,"report.section.waivers",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":121,"column":3},"end":{"line":121,"column":33}}}))
    + "\n\n"
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":123,"column":2},"end":{"line":123,"column":3}} )).call(alias2,"report.waivers.intro",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":123,"column":0},"end":{"line":123,"column":28}}}))
    + "\n\n| "
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":125,"column":4},"end":{"line":125,"column":5}} )).call(alias2,"report.column.id",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":125,"column":2},"end":{"line":125,"column":26}}}))
    + " | "
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":125,"column":31},"end":{"line":125,"column":32}} )).call(alias2,"report.column.target",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":125,"column":29},"end":{"line":125,"column":57}}}))
    + " | "
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":125,"column":62},"end":{"line":125,"column":63}} )).call(alias2,"report.column.justification",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":125,"column":60},"end":{"line":125,"column":95}}}))
    + " | "
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":125,"column":100},"end":{"line":125,"column":101}} )).call(alias2,"report.column.approver",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":125,"column":98},"end":{"line":125,"column":128}}}))
    + " | "
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":125,"column":133},"end":{"line":125,"column":134}} )).call(alias2,"report.column.expires",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":125,"column":131},"end":{"line":125,"column":160}}}))
    + " | "
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":125,"column":165},"end":{"line":125,"column":166}} )).call(alias2,"report.column.state",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":125,"column":163},"end":{"line":125,"column":190}}}))
    + " | "
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":125,"column":195},"end":{"line":125,"column":196}} )).call(alias2,"report.column.suppressed",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":125,"column":193},"end":{"line":125,"column":225}}}))
    + " |\n| --- | --- | --- | --- | --- | --- | ---: |\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias2,lookupProperty(depth0,"waivers"),{"name":"each","hash":{},"fn":container.program(50, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":127,"column":0},"end":{"line":129,"column":9}}})) != null ? stack1 : "")
    + "\n";
},"50":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), alias3="function", alias4=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "| "
    + alias4((((helper = lookupProperty(helpers,"id") || alias1(depth0, "id", {"start":{"line":128,"column":4},"end":{"line":128,"column":6}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"id","hash":{},"data":data,"loc":{"start":{"line":128,"column":2},"end":{"line":128,"column":8}}}) : helper)))
    + " | "
    + alias4((((helper = lookupProperty(helpers,"target") || alias1(depth0, "target", {"start":{"line":128,"column":13},"end":{"line":128,"column":19}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"target","hash":{},"data":data,"loc":{"start":{"line":128,"column":11},"end":{"line":128,"column":21}}}) : helper)))
    + " | "
    + alias4((((helper = lookupProperty(helpers,"justification") || alias1(depth0, "justification", {"start":{"line":128,"column":26},"end":{"line":128,"column":39}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"justification","hash":{},"data":data,"loc":{"start":{"line":128,"column":24},"end":{"line":128,"column":41}}}) : helper)))
    + " | "
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(depth0,"approver"),{"name":"if","hash":{},"fn":container.program(51, data, 0),"inverse":container.program(7, data, 0),"data":data,"loc":{"start":{"line":128,"column":44},"end":{"line":128,"column":88}}})) != null ? stack1 : "")
    + " | "
    + alias4((lookupProperty(helpers,"date")||alias1(depth0, "date", {"start":{"line":128,"column":93},"end":{"line":128,"column":97}} )).call(alias2,lookupProperty(depth0,"expires"),{"name":"date","hash":{},"data":data,"loc":{"start":{"line":128,"column":91},"end":{"line":128,"column":107}}}))
    + " | "
    + alias4((((helper = lookupProperty(helpers,"state") || alias1(depth0, "state", {"start":{"line":128,"column":112},"end":{"line":128,"column":117}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"state","hash":{},"data":data,"loc":{"start":{"line":128,"column":110},"end":{"line":128,"column":119}}}) : helper)))
    + " | "
    + alias4((((helper = lookupProperty(helpers,"suppressed") || alias1(depth0, "suppressed", {"start":{"line":128,"column":124},"end":{"line":128,"column":134}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"suppressed","hash":{},"data":data,"loc":{"start":{"line":128,"column":122},"end":{"line":128,"column":136}}}) : helper)))
    + " |\n";
},"51":function(container,depth0,helpers,partials,data) {
    var helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return container.escapeExpression((((helper = lookupProperty(helpers,"approver") || container.strict(depth0, "approver", {"start":{"line":128,"column":62},"end":{"line":128,"column":70}} ))),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"approver","hash":{},"data":data,"loc":{"start":{"line":128,"column":60},"end":{"line":128,"column":72}}}) : helper)));
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), alias3=container.escapeExpression, alias4=container.lambda, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = container.invokePartial(lookupProperty(partials,"md-header"),depth0,{"name":"md-header","data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "")
    + "\n## "
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":3,"column":5},"end":{"line":3,"column":6}} )).call(alias2,"report.section.verdict",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":3,"column":3},"end":{"line":3,"column":33}}}))
    + "\n\n"
    + ((stack1 = container.invokePartial(lookupProperty(partials,"md-verdict"),depth0,{"name":"md-verdict","data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "")
    + "\n| "
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":7,"column":4},"end":{"line":7,"column":5}} )).call(alias2,"report.summary.overall",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":7,"column":2},"end":{"line":7,"column":32}}}))
    + " | "
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":7,"column":37},"end":{"line":7,"column":38}} )).call(alias2,"report.summary.prerequisites",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":7,"column":35},"end":{"line":7,"column":71}}}))
    + " | "
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":7,"column":76},"end":{"line":7,"column":77}} )).call(alias2,"report.count.major",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":7,"column":74},"end":{"line":7,"column":100}}}))
    + " | "
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":7,"column":105},"end":{"line":7,"column":106}} )).call(alias2,"report.count.minor",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":7,"column":103},"end":{"line":7,"column":129}}}))
    + " | "
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":7,"column":134},"end":{"line":7,"column":135}} )).call(alias2,"report.count.observation",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":7,"column":132},"end":{"line":7,"column":164}}}))
    + " |\n| ---: | ---: | ---: | ---: | ---: |\n| **"
    + alias3((lookupProperty(helpers,"percent")||alias1(depth0, "percent", {"start":{"line":9,"column":6},"end":{"line":9,"column":13}} )).call(alias2,lookupProperty(lookupProperty(depth0,"overall"),"ratio"),{"name":"percent","hash":{},"data":data,"loc":{"start":{"line":9,"column":4},"end":{"line":9,"column":29}}}))
    + "**"
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":9,"column":33},"end":{"line":9,"column":34}} )).call(alias2,"report.punct.open",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":9,"column":31},"end":{"line":9,"column":56}}}))
    + alias3(alias4(alias1(lookupProperty(depth0,"overall"), "satisfied", {"start":{"line":9,"column":58},"end":{"line":9,"column":75}} ), depth0))
    + "/"
    + alias3(alias4(alias1(lookupProperty(depth0,"overall"), "applicable", {"start":{"line":9,"column":80},"end":{"line":9,"column":98}} ), depth0))
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":9,"column":102},"end":{"line":9,"column":103}} )).call(alias2,"report.punct.close",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":9,"column":100},"end":{"line":9,"column":126}}}))
    + " | "
    + alias3(alias4(alias1(lookupProperty(depth0,"counts"), "prerequisites", {"start":{"line":9,"column":131},"end":{"line":9,"column":151}} ), depth0))
    + " | "
    + alias3(alias4(alias1(lookupProperty(depth0,"counts"), "major", {"start":{"line":9,"column":158},"end":{"line":9,"column":170}} ), depth0))
    + " | "
    + alias3(alias4(alias1(lookupProperty(depth0,"counts"), "minor", {"start":{"line":9,"column":177},"end":{"line":9,"column":189}} ), depth0))
    + " | "
    + alias3(alias4(alias1(lookupProperty(depth0,"counts"), "observation", {"start":{"line":9,"column":196},"end":{"line":9,"column":214}} ), depth0))
    + " |\n\n## "
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":11,"column":5},"end":{"line":11,"column":6}} )).call(alias2,"report.section.readiness",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":11,"column":3},"end":{"line":11,"column":35}}}))
    + "\n\n"
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":13,"column":2},"end":{"line":13,"column":3}} )).call(alias2,"report.readiness.intro",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":13,"column":0},"end":{"line":13,"column":30}}}))
    + "\n\n| "
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":15,"column":4},"end":{"line":15,"column":5}} )).call(alias2,"report.column.clause",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":15,"column":2},"end":{"line":15,"column":30}}}))
    + " | "
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":15,"column":35},"end":{"line":15,"column":36}} )).call(alias2,"report.column.title",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":15,"column":33},"end":{"line":15,"column":60}}}))
    + " | "
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":15,"column":65},"end":{"line":15,"column":66}} )).call(alias2,"report.column.met",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":15,"column":63},"end":{"line":15,"column":88}}}))
    + " | "
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":15,"column":93},"end":{"line":15,"column":94}} )).call(alias2,"report.column.readiness",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":15,"column":91},"end":{"line":15,"column":122}}}))
    + " | "
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":15,"column":127},"end":{"line":15,"column":128}} )).call(alias2,"report.column.majors",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":15,"column":125},"end":{"line":15,"column":153}}}))
    + " | "
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":15,"column":158},"end":{"line":15,"column":159}} )).call(alias2,"report.column.minors",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":15,"column":156},"end":{"line":15,"column":184}}}))
    + " | "
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":15,"column":189},"end":{"line":15,"column":190}} )).call(alias2,"report.column.observations",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":15,"column":187},"end":{"line":15,"column":221}}}))
    + " |\n| --- | --- | ---: | ---: | ---: | ---: | ---: |\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias2,lookupProperty(depth0,"scores"),{"name":"each","hash":{},"fn":container.program(0, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":17,"column":0},"end":{"line":23,"column":9}}})) != null ? stack1 : "")
    + "| **"
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":24,"column":6},"end":{"line":24,"column":7}} )).call(alias2,"report.summary.overall",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":24,"column":4},"end":{"line":24,"column":34}}}))
    + "** |  | **"
    + alias3(alias4(alias1(lookupProperty(depth0,"overall"), "satisfied", {"start":{"line":24,"column":46},"end":{"line":24,"column":63}} ), depth0))
    + "/"
    + alias3(alias4(alias1(lookupProperty(depth0,"overall"), "applicable", {"start":{"line":24,"column":68},"end":{"line":24,"column":86}} ), depth0))
    + "** | **"
    + alias3((lookupProperty(helpers,"percent")||alias1(depth0, "percent", {"start":{"line":24,"column":97},"end":{"line":24,"column":104}} )).call(alias2,lookupProperty(lookupProperty(depth0,"overall"),"ratio"),{"name":"percent","hash":{},"data":data,"loc":{"start":{"line":24,"column":95},"end":{"line":24,"column":120}}}))
    + "** | **"
    + alias3(alias4(alias1(lookupProperty(depth0,"counts"), "major", {"start":{"line":24,"column":129},"end":{"line":24,"column":141}} ), depth0))
    + "** | **"
    + alias3(alias4(alias1(lookupProperty(depth0,"counts"), "minor", {"start":{"line":24,"column":152},"end":{"line":24,"column":164}} ), depth0))
    + "** | **"
    + alias3(alias4(alias1(lookupProperty(depth0,"counts"), "observation", {"start":{"line":24,"column":175},"end":{"line":24,"column":193}} ), depth0))
    + "** |\n\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(lookupProperty(depth0,"assessment"),"present"),{"name":"if","hash":{},"fn":container.program(3, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":26,"column":0},"end":{"line":37,"column":7}}})) != null ? stack1 : "")
    + "## "
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":38,"column":5},"end":{"line":38,"column":6}} )).call(alias2,"report.section.actionPlan",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":38,"column":3},"end":{"line":38,"column":36}}}))
    + "\n\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(depth0,"actionPlan"),{"name":"if","hash":{},"fn":container.program(9, data, 0),"inverse":container.program(21, data, 0),"data":data,"loc":{"start":{"line":40,"column":0},"end":{"line":56,"column":7}}})) != null ? stack1 : "")
    + "\n## "
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":58,"column":5},"end":{"line":58,"column":6}} )).call(alias2,"report.section.documents",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":58,"column":3},"end":{"line":58,"column":35}}}))
    + "\n\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(depth0,"documents"),{"name":"if","hash":{},"fn":container.program(22, data, 0),"inverse":container.program(30, data, 0),"data":data,"loc":{"start":{"line":60,"column":0},"end":{"line":68,"column":7}}})) != null ? stack1 : "")
    + "\n## "
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":70,"column":5},"end":{"line":70,"column":6}} )).call(alias2,"report.section.records",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":70,"column":3},"end":{"line":70,"column":33}}}))
    + "\n\n### "
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":72,"column":6},"end":{"line":72,"column":7}} )).call(alias2,"report.section.audits",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":72,"column":4},"end":{"line":72,"column":33}}}))
    + "\n\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(lookupProperty(depth0,"records"),"internalAudits"),{"name":"if","hash":{},"fn":container.program(31, data, 0),"inverse":container.program(36, data, 0),"data":data,"loc":{"start":{"line":74,"column":0},"end":{"line":82,"column":7}}})) != null ? stack1 : "")
    + "\n### "
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":84,"column":6},"end":{"line":84,"column":7}} )).call(alias2,"report.section.reviews",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":84,"column":4},"end":{"line":84,"column":34}}}))
    + "\n\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(lookupProperty(depth0,"records"),"managementReviews"),{"name":"if","hash":{},"fn":container.program(37, data, 0),"inverse":container.program(39, data, 0),"data":data,"loc":{"start":{"line":86,"column":0},"end":{"line":94,"column":7}}})) != null ? stack1 : "")
    + "\n### "
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":96,"column":6},"end":{"line":96,"column":7}} )).call(alias2,"report.section.nonconformities",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":96,"column":4},"end":{"line":96,"column":42}}}))
    + "\n\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(lookupProperty(depth0,"records"),"nonconformities"),{"name":"if","hash":{},"fn":container.program(40, data, 0),"inverse":container.program(45, data, 0),"data":data,"loc":{"start":{"line":98,"column":0},"end":{"line":106,"column":7}}})) != null ? stack1 : "")
    + "\n### "
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":108,"column":6},"end":{"line":108,"column":7}} )).call(alias2,"report.section.registers",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":108,"column":4},"end":{"line":108,"column":36}}}))
    + "\n\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(lookupProperty(depth0,"records"),"registers"),{"name":"if","hash":{},"fn":container.program(46, data, 0),"inverse":container.program(48, data, 0),"data":data,"loc":{"start":{"line":110,"column":0},"end":{"line":118,"column":7}}})) != null ? stack1 : "")
    + "\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(depth0,"waivers"),{"name":"if","hash":{},"fn":container.program(49, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":120,"column":0},"end":{"line":131,"column":7}}})) != null ? stack1 : "")
    + "## "
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":132,"column":5},"end":{"line":132,"column":6}} )).call(alias2,"report.section.method",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":132,"column":3},"end":{"line":132,"column":32}}}))
    + "\n\n### "
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":134,"column":6},"end":{"line":134,"column":7}} )).call(alias2,"report.method.grades",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":134,"column":4},"end":{"line":134,"column":32}}}))
    + "\n\n- **"
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":136,"column":6},"end":{"line":136,"column":7}} )).call(alias2,"report.method.majorTerm",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":136,"column":4},"end":{"line":136,"column":35}}}))
    + "**"
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":136,"column":39},"end":{"line":136,"column":40}} )).call(alias2,"report.punct.colon",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":136,"column":37},"end":{"line":136,"column":63}}}))
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":136,"column":65},"end":{"line":136,"column":66}} )).call(alias2,"report.method.major",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":136,"column":63},"end":{"line":136,"column":90}}}))
    + "\n- **"
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":137,"column":6},"end":{"line":137,"column":7}} )).call(alias2,"report.method.minorTerm",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":137,"column":4},"end":{"line":137,"column":35}}}))
    + "**"
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":137,"column":39},"end":{"line":137,"column":40}} )).call(alias2,"report.punct.colon",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":137,"column":37},"end":{"line":137,"column":63}}}))
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":137,"column":65},"end":{"line":137,"column":66}} )).call(alias2,"report.method.minor",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":137,"column":63},"end":{"line":137,"column":90}}}))
    + "\n- **"
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":138,"column":6},"end":{"line":138,"column":7}} )).call(alias2,"report.method.observationTerm",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":138,"column":4},"end":{"line":138,"column":41}}}))
    + "**"
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":138,"column":45},"end":{"line":138,"column":46}} )).call(alias2,"report.punct.colon",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":138,"column":43},"end":{"line":138,"column":69}}}))
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":138,"column":71},"end":{"line":138,"column":72}} )).call(alias2,"report.method.observation",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":138,"column":69},"end":{"line":138,"column":102}}}))
    + "\n\n### "
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":140,"column":6},"end":{"line":140,"column":7}} )).call(alias2,"report.method.scoring",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":140,"column":4},"end":{"line":140,"column":33}}}))
    + "\n\n"
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":142,"column":2},"end":{"line":142,"column":3}} )).call(alias2,"report.method.scoringText",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":142,"column":0},"end":{"line":142,"column":33}}}))
    + "\n\n"
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":144,"column":2},"end":{"line":144,"column":3}} )).call(alias2,"report.method.scoringExcluded",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":144,"column":0},"end":{"line":144,"column":37}}}))
    + "\n\n### "
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":146,"column":6},"end":{"line":146,"column":7}} )).call(alias2,"report.method.ready",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":146,"column":4},"end":{"line":146,"column":31}}}))
    + "\n\n"
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":148,"column":2},"end":{"line":148,"column":3}} )).call(alias2,"report.method.readyIntro",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":148,"column":0},"end":{"line":148,"column":32}}}))
    + "\n\n1. "
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":150,"column":5},"end":{"line":150,"column":6}} )).call(alias2,"report.method.ready1",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":150,"column":3},"end":{"line":150,"column":31}}}))
    + "\n2. "
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":151,"column":5},"end":{"line":151,"column":6}} )).call(alias2,"report.method.ready2",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":151,"column":3},"end":{"line":151,"column":31}}}))
    + "\n3. "
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":152,"column":5},"end":{"line":152,"column":6}} )).call(alias2,"report.method.ready3",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":152,"column":3},"end":{"line":152,"column":31}}}))
    + "\n4. "
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":153,"column":5},"end":{"line":153,"column":6}} )).call(alias2,"report.method.ready4",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":153,"column":3},"end":{"line":153,"column":31}}}))
    + "\n\n"
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":155,"column":2},"end":{"line":155,"column":3}} )).call(alias2,"report.method.readyNote",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":155,"column":0},"end":{"line":155,"column":31}}}))
    + "\n\n"
    + ((stack1 = container.invokePartial(lookupProperty(partials,"md-footer"),depth0,{"name":"md-footer","data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "");
},"usePartial":true,"useData":true} },
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
},"useData":true} },
{ name: "md-verdict.hbs", partial: true, spec: {"0":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "\n*"
    + container.escapeExpression((lookupProperty(helpers,"t")||container.strict(depth0, "t", {"start":{"line":4,"column":3},"end":{"line":4,"column":4}} )).call(alias1,"report.verdict.prerequisitesHeading",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":4,"column":1},"end":{"line":4,"column":44}}}))
    + "*\n\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias1,lookupProperty(lookupProperty(depth0,"verdict"),"prerequisites"),{"name":"each","hash":{},"fn":container.program(1, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":6,"column":0},"end":{"line":8,"column":9}}})) != null ? stack1 : "");
},"1":function(container,depth0,helpers,partials,data) {
    return "- "
    + container.escapeExpression(container.lambda(depth0, depth0))
    + "\n";
},"2":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "\n*"
    + container.escapeExpression((lookupProperty(helpers,"t")||container.strict(depth0, "t", {"start":{"line":12,"column":3},"end":{"line":12,"column":4}} )).call(alias1,"report.verdict.majorsHeading",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":12,"column":1},"end":{"line":12,"column":37}}}))
    + "*\n\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(lookupProperty(lookupProperty(depth0,"verdict"),"majors"),"named"),{"name":"if","hash":{},"fn":container.program(3, data, 0),"inverse":container.program(6, data, 0),"data":data,"loc":{"start":{"line":14,"column":0},"end":{"line":20,"column":7}}})) != null ? stack1 : "");
},"3":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"each").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(lookupProperty(lookupProperty(depth0,"verdict"),"majors"),"named"),{"name":"each","hash":{},"fn":container.program(4, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":15,"column":0},"end":{"line":17,"column":9}}})) != null ? stack1 : "");
},"4":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "- "
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"clause"),{"name":"if","hash":{},"fn":container.program(5, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":16,"column":2},"end":{"line":16,"column":75}}})) != null ? stack1 : "")
    + container.escapeExpression((((helper = lookupProperty(helpers,"message") || container.strict(depth0, "message", {"start":{"line":16,"column":77},"end":{"line":16,"column":84}} ))),(typeof helper === "function" ? helper.call(alias1,{"name":"message","hash":{},"data":data,"loc":{"start":{"line":16,"column":75},"end":{"line":16,"column":86}}}) : helper)))
    + "\n";
},"5":function(container,depth0,helpers,partials,data) {
    var helper, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), alias3="function", alias4=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return alias4((((helper = lookupProperty(helpers,"clause") || alias1(depth0, "clause", {"start":{"line":16,"column":18},"end":{"line":16,"column":24}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"clause","hash":{},"data":data,"loc":{"start":{"line":16,"column":16},"end":{"line":16,"column":26}}}) : helper)))
    + " "
    + alias4((((helper = lookupProperty(helpers,"clauseTitle") || alias1(depth0, "clauseTitle", {"start":{"line":16,"column":29},"end":{"line":16,"column":40}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"clauseTitle","hash":{},"data":data,"loc":{"start":{"line":16,"column":27},"end":{"line":16,"column":42}}}) : helper)))
    + alias4((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":16,"column":44},"end":{"line":16,"column":45}} )).call(alias2,"report.punct.colon",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":16,"column":42},"end":{"line":16,"column":68}}}));
},"6":function(container,depth0,helpers,partials,data) {
    var lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "- "
    + container.escapeExpression((lookupProperty(helpers,"t")||container.strict(depth0, "t", {"start":{"line":19,"column":4},"end":{"line":19,"column":5}} )).call(depth0 != null ? depth0 : (container.nullContext || {}),"report.verdict.majorsCounted",{"name":"t","hash":{"count":lookupProperty(lookupProperty(lookupProperty(depth0,"verdict"),"majors"),"count")},"data":data,"loc":{"start":{"line":19,"column":2},"end":{"line":19,"column":65}}}))
    + "\n";
},"7":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "\n"
    + ((stack1 = lookupProperty(helpers,"each").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(lookupProperty(depth0,"verdict"),"others"),{"name":"each","hash":{},"fn":container.program(1, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":24,"column":0},"end":{"line":26,"column":9}}})) != null ? stack1 : "");
},"8":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return container.escapeExpression((lookupProperty(helpers,"date")||container.strict(depth0, "date", {"start":{"line":29,"column":92},"end":{"line":29,"column":96}} )).call(alias1,lookupProperty(lookupProperty(lookupProperty(depth0,"verdict"),"earliest"),"date"),{"name":"date","hash":{},"data":data,"loc":{"start":{"line":29,"column":90},"end":{"line":29,"column":120}}}))
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(lookupProperty(lookupProperty(depth0,"verdict"),"earliest"),"condition"),{"name":"if","hash":{},"fn":container.program(9, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":29,"column":120},"end":{"line":29,"column":217}}})) != null ? stack1 : "");
},"9":function(container,depth0,helpers,partials,data) {
    var alias1=container.strict, alias2=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return alias2((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":29,"column":156},"end":{"line":29,"column":157}} )).call(depth0 != null ? depth0 : (container.nullContext || {}),"report.punct.comma",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":29,"column":154},"end":{"line":29,"column":180}}}))
    + alias2(container.lambda(alias1(lookupProperty(lookupProperty(depth0,"verdict"),"earliest"), "condition", {"start":{"line":29,"column":182},"end":{"line":29,"column":208}} ), depth0));
},"10":function(container,depth0,helpers,partials,data) {
    var lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return container.escapeExpression(container.lambda(container.strict(lookupProperty(lookupProperty(depth0,"verdict"),"earliest"), "condition", {"start":{"line":29,"column":227},"end":{"line":29,"column":253}} ), depth0));
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=container.strict, alias2=container.escapeExpression, alias3=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "**"
    + alias2(container.lambda(alias1(lookupProperty(depth0,"verdict"), "label", {"start":{"line":1,"column":4},"end":{"line":1,"column":17}} ), depth0))
    + "**\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias3,lookupProperty(lookupProperty(depth0,"verdict"),"prerequisites"),{"name":"if","hash":{},"fn":container.program(0, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":2,"column":0},"end":{"line":9,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias3,lookupProperty(lookupProperty(lookupProperty(depth0,"verdict"),"majors"),"count"),{"name":"if","hash":{},"fn":container.program(2, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":10,"column":0},"end":{"line":21,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias3,lookupProperty(lookupProperty(depth0,"verdict"),"others"),{"name":"if","hash":{},"fn":container.program(7, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":22,"column":0},"end":{"line":27,"column":7}}})) != null ? stack1 : "")
    + "\n**"
    + alias2((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":29,"column":4},"end":{"line":29,"column":5}} )).call(alias3,"report.verdict.earliest",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":29,"column":2},"end":{"line":29,"column":33}}}))
    + "**"
    + alias2((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":29,"column":37},"end":{"line":29,"column":38}} )).call(alias3,"report.punct.colon",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":29,"column":35},"end":{"line":29,"column":61}}}))
    + ((stack1 = lookupProperty(helpers,"if").call(alias3,lookupProperty(lookupProperty(lookupProperty(depth0,"verdict"),"earliest"),"date"),{"name":"if","hash":{},"fn":container.program(8, data, 0),"inverse":container.program(10, data, 0),"data":data,"loc":{"start":{"line":29,"column":61},"end":{"line":29,"column":262}}})) != null ? stack1 : "")
    + "\n";
},"useData":true} }
];
