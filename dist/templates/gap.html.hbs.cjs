"use strict";
module.exports = [
{ name: "gap.html.hbs", partial: false, spec: {"0":function(container,depth0,helpers,partials,data) {
    var lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "    <li><a href=\"#conformity\">"
    + container.escapeExpression((lookupProperty(helpers,"t")||container.strict(depth0, "t", {"start":{"line":19,"column":32},"end":{"line":19,"column":33}} )).call(depth0 != null ? depth0 : (container.nullContext || {}),"report.section.conformity",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":19,"column":30},"end":{"line":19,"column":63}}}))
    + "</a></li>\n";
},"1":function(container,depth0,helpers,partials,data) {
    var lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "    <li><a href=\"#waivers\">"
    + container.escapeExpression((lookupProperty(helpers,"t")||container.strict(depth0, "t", {"start":{"line":25,"column":29},"end":{"line":25,"column":30}} )).call(depth0 != null ? depth0 : (container.nullContext || {}),"report.section.waivers",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":25,"column":27},"end":{"line":25,"column":57}}}))
    + "</a></li>\n";
},"2":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), alias3="function", alias4=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "      <tr class=\"depth-"
    + alias4((((helper = lookupProperty(helpers,"depth") || alias1(depth0, "depth", {"start":{"line":79,"column":25},"end":{"line":79,"column":30}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"depth","hash":{},"data":data,"loc":{"start":{"line":79,"column":23},"end":{"line":79,"column":32}}}) : helper)))
    + "\">\n        <td>"
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(depth0,"depth"),{"name":"if","hash":{},"fn":container.program(3, data, 0),"inverse":container.program(4, data, 0),"data":data,"loc":{"start":{"line":80,"column":12},"end":{"line":80,"column":104}}})) != null ? stack1 : "")
    + "</td>\n        <td>"
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(depth0,"depth"),{"name":"if","hash":{},"fn":container.program(5, data, 0),"inverse":container.program(6, data, 0),"data":data,"loc":{"start":{"line":81,"column":12},"end":{"line":81,"column":102}}})) != null ? stack1 : "")
    + "</td>\n        <td class=\"num\">"
    + alias4((((helper = lookupProperty(helpers,"satisfied") || alias1(depth0, "satisfied", {"start":{"line":82,"column":26},"end":{"line":82,"column":35}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"satisfied","hash":{},"data":data,"loc":{"start":{"line":82,"column":24},"end":{"line":82,"column":37}}}) : helper)))
    + " / "
    + alias4((((helper = lookupProperty(helpers,"applicable") || alias1(depth0, "applicable", {"start":{"line":82,"column":42},"end":{"line":82,"column":52}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"applicable","hash":{},"data":data,"loc":{"start":{"line":82,"column":40},"end":{"line":82,"column":54}}}) : helper)))
    + "</td>\n        <td class=\"num\">"
    + alias4((lookupProperty(helpers,"percent")||alias1(depth0, "percent", {"start":{"line":83,"column":26},"end":{"line":83,"column":33}} )).call(alias2,lookupProperty(depth0,"ratio"),{"name":"percent","hash":{},"data":data,"loc":{"start":{"line":83,"column":24},"end":{"line":83,"column":41}}}))
    + "</td>\n        <td class=\"num"
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(depth0,"majors"),{"name":"if","hash":{},"fn":container.program(7, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":84,"column":22},"end":{"line":84,"column":55}}})) != null ? stack1 : "")
    + "\">"
    + alias4((((helper = lookupProperty(helpers,"majors") || alias1(depth0, "majors", {"start":{"line":84,"column":59},"end":{"line":84,"column":65}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"majors","hash":{},"data":data,"loc":{"start":{"line":84,"column":57},"end":{"line":84,"column":67}}}) : helper)))
    + "</td>\n        <td class=\"num"
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(depth0,"minors"),{"name":"if","hash":{},"fn":container.program(8, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":85,"column":22},"end":{"line":85,"column":55}}})) != null ? stack1 : "")
    + "\">"
    + alias4((((helper = lookupProperty(helpers,"minors") || alias1(depth0, "minors", {"start":{"line":85,"column":59},"end":{"line":85,"column":65}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"minors","hash":{},"data":data,"loc":{"start":{"line":85,"column":57},"end":{"line":85,"column":67}}}) : helper)))
    + "</td>\n        <td class=\"num\">"
    + alias4((((helper = lookupProperty(helpers,"observations") || alias1(depth0, "observations", {"start":{"line":86,"column":26},"end":{"line":86,"column":38}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"observations","hash":{},"data":data,"loc":{"start":{"line":86,"column":24},"end":{"line":86,"column":40}}}) : helper)))
    + "</td>\n      </tr>\n";
},"3":function(container,depth0,helpers,partials,data) {
    var helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<span class=\"muted\">"
    + container.escapeExpression((((helper = lookupProperty(helpers,"clause") || container.strict(depth0, "clause", {"start":{"line":80,"column":47},"end":{"line":80,"column":53}} ))),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"clause","hash":{},"data":data,"loc":{"start":{"line":80,"column":45},"end":{"line":80,"column":55}}}) : helper)))
    + "</span>";
},"4":function(container,depth0,helpers,partials,data) {
    var helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<strong>"
    + container.escapeExpression((((helper = lookupProperty(helpers,"clause") || container.strict(depth0, "clause", {"start":{"line":80,"column":80},"end":{"line":80,"column":86}} ))),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"clause","hash":{},"data":data,"loc":{"start":{"line":80,"column":78},"end":{"line":80,"column":88}}}) : helper)))
    + "</strong>";
},"5":function(container,depth0,helpers,partials,data) {
    var helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<span class=\"muted\">"
    + container.escapeExpression((((helper = lookupProperty(helpers,"title") || container.strict(depth0, "title", {"start":{"line":81,"column":47},"end":{"line":81,"column":52}} ))),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"title","hash":{},"data":data,"loc":{"start":{"line":81,"column":45},"end":{"line":81,"column":54}}}) : helper)))
    + "</span>";
},"6":function(container,depth0,helpers,partials,data) {
    var helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<strong>"
    + container.escapeExpression((((helper = lookupProperty(helpers,"title") || container.strict(depth0, "title", {"start":{"line":81,"column":79},"end":{"line":81,"column":84}} ))),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"title","hash":{},"data":data,"loc":{"start":{"line":81,"column":77},"end":{"line":81,"column":86}}}) : helper)))
    + "</strong>";
},"7":function(container,depth0,helpers,partials,data) {
    return " count-major";
},"8":function(container,depth0,helpers,partials,data) {
    return " count-minor";
},"9":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), alias3=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<section id=\"conformity\" class=\"new-page\" aria-labelledby=\"conformity-heading\">\n  <h2 id=\"conformity-heading\">"
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":105,"column":32},"end":{"line":105,"column":33}} )).call(alias2,"report.section.conformity",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":105,"column":30},"end":{"line":105,"column":63}}}))
    + "</h2>\n  <p class=\"lead\">"
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":106,"column":20},"end":{"line":106,"column":21}} )).call(alias2,"report.conformity.intro",{"name":"t","hash":{"date":(lookupProperty(helpers,"date")||alias1(depth0, "date", {"start":{"line":106,"column":83},"end":{"line":106,"column":87}} )).call(alias2,lookupProperty(lookupProperty(depth0,"assessment"),"date"),{"name":"date","hash":{},"data":data,"loc":{"start":{"line":106,"column":82},"end":{"line":106,"column":104}}}),"assessor":lookupProperty(lookupProperty(depth0,"assessment"),"assessor")},"data":data,"loc":{"start":{"line":106,"column":18},"end":{"line":106,"column":106}}}))
    + "</p>\n  <table class=\"conformity\">\n    <thead>\n      <tr>\n        <th scope=\"col\" class=\"col-clause\">"
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":110,"column":45},"end":{"line":110,"column":46}} )).call(alias2,"report.column.clause",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":110,"column":43},"end":{"line":110,"column":71}}}))
    + "</th>\n        <th scope=\"col\">"
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":111,"column":26},"end":{"line":111,"column":27}} )).call(alias2,"report.column.title",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":111,"column":24},"end":{"line":111,"column":51}}}))
    + "</th>\n        <th scope=\"col\">"
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":112,"column":26},"end":{"line":112,"column":27}} )).call(alias2,"report.column.rating",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":112,"column":24},"end":{"line":112,"column":52}}}))
    + "</th>\n        <th scope=\"col\">"
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":113,"column":26},"end":{"line":113,"column":27}} )).call(alias2,"report.column.evidenceSeen",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":113,"column":24},"end":{"line":113,"column":58}}}))
    + "</th>\n        <th scope=\"col\">"
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":114,"column":26},"end":{"line":114,"column":27}} )).call(alias2,"report.column.note",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":114,"column":24},"end":{"line":114,"column":50}}}))
    + "</th>\n      </tr>\n    </thead>\n    <tbody>\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias2,lookupProperty(lookupProperty(depth0,"assessment"),"items"),{"name":"each","hash":{},"fn":container.program(10, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":118,"column":6},"end":{"line":126,"column":15}}})) != null ? stack1 : "")
    + "    </tbody>\n  </table>\n</section>\n";
},"10":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), alias3="function", alias4=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "      <tr class=\"depth-"
    + alias4((((helper = lookupProperty(helpers,"depth") || alias1(depth0, "depth", {"start":{"line":119,"column":25},"end":{"line":119,"column":30}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"depth","hash":{},"data":data,"loc":{"start":{"line":119,"column":23},"end":{"line":119,"column":32}}}) : helper)))
    + "\">\n        <td class=\"nowrap\">"
    + alias4((((helper = lookupProperty(helpers,"clause") || alias1(depth0, "clause", {"start":{"line":120,"column":29},"end":{"line":120,"column":35}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"clause","hash":{},"data":data,"loc":{"start":{"line":120,"column":27},"end":{"line":120,"column":37}}}) : helper)))
    + "</td>\n        <td>"
    + alias4((((helper = lookupProperty(helpers,"title") || alias1(depth0, "title", {"start":{"line":121,"column":14},"end":{"line":121,"column":19}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"title","hash":{},"data":data,"loc":{"start":{"line":121,"column":12},"end":{"line":121,"column":21}}}) : helper)))
    + "</td>\n        <td><span class=\"rating "
    + alias4((((helper = lookupProperty(helpers,"ratingClass") || alias1(depth0, "ratingClass", {"start":{"line":122,"column":34},"end":{"line":122,"column":45}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"ratingClass","hash":{},"data":data,"loc":{"start":{"line":122,"column":32},"end":{"line":122,"column":47}}}) : helper)))
    + "\">"
    + alias4((((helper = lookupProperty(helpers,"rating") || alias1(depth0, "rating", {"start":{"line":122,"column":51},"end":{"line":122,"column":57}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"rating","hash":{},"data":data,"loc":{"start":{"line":122,"column":49},"end":{"line":122,"column":59}}}) : helper)))
    + "</span></td>\n        <td>"
    + ((stack1 = lookupProperty(helpers,"each").call(alias2,lookupProperty(depth0,"evidence"),{"name":"each","hash":{},"fn":container.program(11, data, 0),"inverse":container.program(13, data, 0),"data":data,"loc":{"start":{"line":123,"column":12},"end":{"line":123,"column":88}}})) != null ? stack1 : "")
    + "</td>\n        <td class=\"pre\">"
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(depth0,"note"),{"name":"if","hash":{},"fn":container.program(14, data, 0),"inverse":container.program(13, data, 0),"data":data,"loc":{"start":{"line":124,"column":24},"end":{"line":124,"column":60}}})) != null ? stack1 : "")
    + "</td>\n      </tr>\n";
},"11":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return container.escapeExpression(container.lambda(depth0, depth0))
    + ((stack1 = lookupProperty(helpers,"unless").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(data,"last"),{"name":"unless","hash":{},"fn":container.program(12, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":123,"column":38},"end":{"line":123,"column":70}}})) != null ? stack1 : "");
},"12":function(container,depth0,helpers,partials,data) {
    return "<br>";
},"13":function(container,depth0,helpers,partials,data) {
    return "—";
},"14":function(container,depth0,helpers,partials,data) {
    var helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return container.escapeExpression((((helper = lookupProperty(helpers,"note") || container.strict(depth0, "note", {"start":{"line":124,"column":38},"end":{"line":124,"column":42}} ))),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"note","hash":{},"data":data,"loc":{"start":{"line":124,"column":36},"end":{"line":124,"column":44}}}) : helper)));
},"15":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "  <p class=\"lead\">"
    + container.escapeExpression((lookupProperty(helpers,"t")||container.strict(depth0, "t", {"start":{"line":135,"column":20},"end":{"line":135,"column":21}} )).call(alias1,"report.actionPlan.intro",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":135,"column":18},"end":{"line":135,"column":49}}}))
    + "</p>\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias1,lookupProperty(depth0,"actionPlan"),{"name":"each","hash":{},"fn":container.program(16, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":136,"column":2},"end":{"line":172,"column":11}}})) != null ? stack1 : "");
},"16":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), alias3="function", alias4=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "  <h3 class=\"group-"
    + alias4((((helper = lookupProperty(helpers,"kind") || alias1(depth0, "kind", {"start":{"line":137,"column":21},"end":{"line":137,"column":25}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"kind","hash":{},"data":data,"loc":{"start":{"line":137,"column":19},"end":{"line":137,"column":27}}}) : helper)))
    + "\">"
    + alias4((((helper = lookupProperty(helpers,"title") || alias1(depth0, "title", {"start":{"line":137,"column":31},"end":{"line":137,"column":36}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"title","hash":{},"data":data,"loc":{"start":{"line":137,"column":29},"end":{"line":137,"column":38}}}) : helper)))
    + "</h3>\n  <p class=\"lead\">"
    + alias4((((helper = lookupProperty(helpers,"intro") || alias1(depth0, "intro", {"start":{"line":138,"column":20},"end":{"line":138,"column":25}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"intro","hash":{},"data":data,"loc":{"start":{"line":138,"column":18},"end":{"line":138,"column":27}}}) : helper)))
    + "</p>\n  <table class=\"action-plan\">\n    <thead>\n      <tr>\n        <th scope=\"col\" class=\"col-number num\">"
    + alias4((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":142,"column":49},"end":{"line":142,"column":50}} )).call(alias2,"report.column.number",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":142,"column":47},"end":{"line":142,"column":75}}}))
    + "</th>\n        <th scope=\"col\" class=\"col-clause\">"
    + alias4((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":143,"column":45},"end":{"line":143,"column":46}} )).call(alias2,"report.column.clause",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":143,"column":43},"end":{"line":143,"column":71}}}))
    + "</th>\n        <th scope=\"col\" class=\"col-action\">"
    + alias4((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":144,"column":45},"end":{"line":144,"column":46}} )).call(alias2,"report.column.action",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":144,"column":43},"end":{"line":144,"column":71}}}))
    + "</th>\n        <th scope=\"col\" class=\"col-why\">"
    + alias4((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":145,"column":42},"end":{"line":145,"column":43}} )).call(alias2,"report.column.why",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":145,"column":40},"end":{"line":145,"column":65}}}))
    + "</th>\n        <th scope=\"col\" class=\"col-owner\">"
    + alias4((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":146,"column":44},"end":{"line":146,"column":45}} )).call(alias2,"report.column.owner",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":146,"column":42},"end":{"line":146,"column":69}}}))
    + "</th>\n        <th scope=\"col\" class=\"col-due\">"
    + alias4((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":147,"column":42},"end":{"line":147,"column":43}} )).call(alias2,"report.column.due",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":147,"column":40},"end":{"line":147,"column":65}}}))
    + "</th>\n        <th scope=\"col\" class=\"col-status\">"
    + alias4((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":148,"column":45},"end":{"line":148,"column":46}} )).call(alias2,"report.column.status",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":148,"column":43},"end":{"line":148,"column":71}}}))
    + "</th>\n        "
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(lookupProperty(lookupProperty(data,"root"),"meta"),"internal"),{"name":"if","hash":{},"fn":container.program(17, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":149,"column":8},"end":{"line":149,"column":114}}})) != null ? stack1 : "")
    + "\n      </tr>\n    </thead>\n    <tbody>\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias2,lookupProperty(depth0,"rows"),{"name":"each","hash":{},"fn":container.program(18, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":153,"column":6},"end":{"line":169,"column":15}}})) != null ? stack1 : "")
    + "    </tbody>\n  </table>\n";
},"17":function(container,depth0,helpers,partials,data) {
    var lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<th scope=\"col\" class=\"col-location\">"
    + container.escapeExpression((lookupProperty(helpers,"t")||container.strict(depth0, "t", {"start":{"line":149,"column":74},"end":{"line":149,"column":75}} )).call(depth0 != null ? depth0 : (container.nullContext || {}),"report.column.location",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":149,"column":72},"end":{"line":149,"column":102}}}))
    + "</th>";
},"18":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), alias3="function", alias4=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "      <tr>\n        <td class=\"num\">"
    + alias4((((helper = lookupProperty(helpers,"number") || alias1(depth0, "number", {"start":{"line":155,"column":26},"end":{"line":155,"column":32}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"number","hash":{},"data":data,"loc":{"start":{"line":155,"column":24},"end":{"line":155,"column":34}}}) : helper)))
    + "</td>\n        <td>"
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(depth0,"clause"),{"name":"if","hash":{},"fn":container.program(19, data, 0),"inverse":container.program(13, data, 0),"data":data,"loc":{"start":{"line":156,"column":12},"end":{"line":156,"column":123}}})) != null ? stack1 : "")
    + "</td>\n        <td><span class=\"pre\">"
    + alias4((((helper = lookupProperty(helpers,"action") || alias1(depth0, "action", {"start":{"line":157,"column":32},"end":{"line":157,"column":38}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"action","hash":{},"data":data,"loc":{"start":{"line":157,"column":30},"end":{"line":157,"column":40}}}) : helper)))
    + "</span>"
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(depth0,"checklist"),{"name":"if","hash":{},"fn":container.program(20, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":157,"column":47},"end":{"line":162,"column":22}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(depth0,"reference"),{"name":"if","hash":{},"fn":container.program(23, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":162,"column":22},"end":{"line":162,"column":120}}})) != null ? stack1 : "")
    + "</td>\n        <td>"
    + ((stack1 = lookupProperty(helpers,"each").call(alias2,lookupProperty(depth0,"findings"),{"name":"each","hash":{},"fn":container.program(24, data, 0),"inverse":container.program(13, data, 0),"data":data,"loc":{"start":{"line":163,"column":12},"end":{"line":163,"column":113}}})) != null ? stack1 : "")
    + "</td>\n        <td class=\"fill\">"
    + alias4((((helper = lookupProperty(helpers,"owner") || alias1(depth0, "owner", {"start":{"line":164,"column":27},"end":{"line":164,"column":32}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"owner","hash":{},"data":data,"loc":{"start":{"line":164,"column":25},"end":{"line":164,"column":34}}}) : helper)))
    + "</td>\n        <td class=\"fill nowrap\">"
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(depth0,"due"),{"name":"if","hash":{},"fn":container.program(25, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":165,"column":32},"end":{"line":165,"column":151}}})) != null ? stack1 : "")
    + "</td>\n        <td class=\"fill\">"
    + alias4((((helper = lookupProperty(helpers,"status") || alias1(depth0, "status", {"start":{"line":166,"column":27},"end":{"line":166,"column":33}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"status","hash":{},"data":data,"loc":{"start":{"line":166,"column":25},"end":{"line":166,"column":35}}}) : helper)))
    + "</td>\n        "
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(lookupProperty(lookupProperty(data,"root"),"meta"),"internal"),{"name":"if","hash":{},"fn":container.program(27, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":167,"column":8},"end":{"line":167,"column":145}}})) != null ? stack1 : "")
    + "\n      </tr>\n";
},"19":function(container,depth0,helpers,partials,data) {
    var helper, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), alias3="function", alias4=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<span class=\"clause-no\">"
    + alias4((((helper = lookupProperty(helpers,"clause") || alias1(depth0, "clause", {"start":{"line":156,"column":52},"end":{"line":156,"column":58}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"clause","hash":{},"data":data,"loc":{"start":{"line":156,"column":50},"end":{"line":156,"column":60}}}) : helper)))
    + "</span><span class=\"sub\">"
    + alias4((((helper = lookupProperty(helpers,"clauseTitle") || alias1(depth0, "clauseTitle", {"start":{"line":156,"column":87},"end":{"line":156,"column":98}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"clauseTitle","hash":{},"data":data,"loc":{"start":{"line":156,"column":85},"end":{"line":156,"column":100}}}) : helper)))
    + "</span>";
},"20":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "\n          <ul class=\"checklist\">\n"
    + ((stack1 = lookupProperty(helpers,"each").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"checklist"),{"name":"each","hash":{},"fn":container.program(21, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":159,"column":12},"end":{"line":161,"column":21}}})) != null ? stack1 : "")
    + "          </ul>";
},"21":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "            <li><strong>"
    + container.escapeExpression((((helper = lookupProperty(helpers,"title") || container.strict(depth0, "title", {"start":{"line":160,"column":26},"end":{"line":160,"column":31}} ))),(typeof helper === "function" ? helper.call(alias1,{"name":"title","hash":{},"data":data,"loc":{"start":{"line":160,"column":24},"end":{"line":160,"column":33}}}) : helper)))
    + "</strong>"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"detail"),{"name":"if","hash":{},"fn":container.program(22, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":160,"column":42},"end":{"line":160,"column":98}}})) != null ? stack1 : "")
    + "</li>\n";
},"22":function(container,depth0,helpers,partials,data) {
    var helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<span class=\"sub\">"
    + container.escapeExpression((((helper = lookupProperty(helpers,"detail") || container.strict(depth0, "detail", {"start":{"line":160,"column":76},"end":{"line":160,"column":82}} ))),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"detail","hash":{},"data":data,"loc":{"start":{"line":160,"column":74},"end":{"line":160,"column":84}}}) : helper)))
    + "</span>";
},"23":function(container,depth0,helpers,partials,data) {
    var lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<span class=\"sub\">"
    + container.escapeExpression((lookupProperty(helpers,"t")||container.strict(depth0, "t", {"start":{"line":162,"column":59},"end":{"line":162,"column":60}} )).call(depth0 != null ? depth0 : (container.nullContext || {}),"report.actionPlan.reference",{"name":"t","hash":{"ids":lookupProperty(depth0,"reference")},"data":data,"loc":{"start":{"line":162,"column":57},"end":{"line":162,"column":106}}}))
    + "</span>";
},"24":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<span class=\"pre\">"
    + container.escapeExpression(container.lambda(depth0, depth0))
    + "</span>"
    + ((stack1 = lookupProperty(helpers,"unless").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(data,"last"),{"name":"unless","hash":{},"fn":container.program(12, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":163,"column":63},"end":{"line":163,"column":95}}})) != null ? stack1 : "");
},"25":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return container.escapeExpression((lookupProperty(helpers,"date")||container.strict(depth0, "date", {"start":{"line":165,"column":45},"end":{"line":165,"column":49}} )).call(alias1,lookupProperty(depth0,"due"),{"name":"date","hash":{},"data":data,"loc":{"start":{"line":165,"column":43},"end":{"line":165,"column":55}}}))
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"overdue"),{"name":"if","hash":{},"fn":container.program(26, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":165,"column":55},"end":{"line":165,"column":144}}})) != null ? stack1 : "");
},"26":function(container,depth0,helpers,partials,data) {
    var lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<span class=\"sub overdue\">"
    + container.escapeExpression((lookupProperty(helpers,"t")||container.strict(depth0, "t", {"start":{"line":165,"column":98},"end":{"line":165,"column":99}} )).call(depth0 != null ? depth0 : (container.nullContext || {}),"report.remediation.overdue",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":165,"column":96},"end":{"line":165,"column":130}}}))
    + "</span>";
},"27":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<td>"
    + ((stack1 = lookupProperty(helpers,"each").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"locations"),{"name":"each","hash":{},"fn":container.program(28, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":167,"column":39},"end":{"line":167,"column":133}}})) != null ? stack1 : "")
    + "</td>";
},"28":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<span class=\"path\">"
    + container.escapeExpression(container.lambda(depth0, depth0))
    + "</span>"
    + ((stack1 = lookupProperty(helpers,"unless").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(data,"last"),{"name":"unless","hash":{},"fn":container.program(12, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":167,"column":92},"end":{"line":167,"column":124}}})) != null ? stack1 : "");
},"29":function(container,depth0,helpers,partials,data) {
    var lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "  <p class=\"empty\">"
    + container.escapeExpression((lookupProperty(helpers,"t")||container.strict(depth0, "t", {"start":{"line":174,"column":21},"end":{"line":174,"column":22}} )).call(depth0 != null ? depth0 : (container.nullContext || {}),"report.empty.actionPlan",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":174,"column":19},"end":{"line":174,"column":50}}}))
    + "</p>\n";
},"30":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), alias3=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "  <table class=\"documents\">\n    <thead>\n      <tr>\n        <th scope=\"col\">"
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":184,"column":26},"end":{"line":184,"column":27}} )).call(alias2,"report.column.id",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":184,"column":24},"end":{"line":184,"column":48}}}))
    + "</th>\n        <th scope=\"col\" class=\"col-title\">"
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":185,"column":44},"end":{"line":185,"column":45}} )).call(alias2,"report.column.title",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":185,"column":42},"end":{"line":185,"column":69}}}))
    + "</th>\n        <th scope=\"col\">"
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":186,"column":26},"end":{"line":186,"column":27}} )).call(alias2,"report.column.status",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":186,"column":24},"end":{"line":186,"column":52}}}))
    + "</th>\n        <th scope=\"col\" class=\"col-owner\">"
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":187,"column":44},"end":{"line":187,"column":45}} )).call(alias2,"report.column.owner",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":187,"column":42},"end":{"line":187,"column":69}}}))
    + "</th>\n        <th scope=\"col\">"
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":188,"column":26},"end":{"line":188,"column":27}} )).call(alias2,"report.column.approved",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":188,"column":24},"end":{"line":188,"column":54}}}))
    + "</th>\n        <th scope=\"col\" class=\"col-evidence\">"
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":189,"column":47},"end":{"line":189,"column":48}} )).call(alias2,"report.column.evidence",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":189,"column":45},"end":{"line":189,"column":75}}}))
    + "</th>\n      </tr>\n    </thead>\n    <tbody>\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias2,lookupProperty(depth0,"documents"),{"name":"each","hash":{},"fn":container.program(31, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":193,"column":6},"end":{"line":202,"column":15}}})) != null ? stack1 : "")
    + "    </tbody>\n  </table>\n";
},"31":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), alias3="function", alias4=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "      <tr>\n        <td><span class=\"id\">"
    + alias4((((helper = lookupProperty(helpers,"id") || alias1(depth0, "id", {"start":{"line":195,"column":31},"end":{"line":195,"column":33}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"id","hash":{},"data":data,"loc":{"start":{"line":195,"column":29},"end":{"line":195,"column":35}}}) : helper)))
    + "</span></td>\n        <td>"
    + alias4((((helper = lookupProperty(helpers,"title") || alias1(depth0, "title", {"start":{"line":196,"column":14},"end":{"line":196,"column":19}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"title","hash":{},"data":data,"loc":{"start":{"line":196,"column":12},"end":{"line":196,"column":21}}}) : helper)))
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(depth0,"satisfies"),{"name":"if","hash":{},"fn":container.program(32, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":196,"column":21},"end":{"line":196,"column":166}}})) != null ? stack1 : "")
    + "</td>\n        <td class=\"nowrap\">"
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(depth0,"status"),{"name":"if","hash":{},"fn":container.program(33, data, 0),"inverse":container.program(13, data, 0),"data":data,"loc":{"start":{"line":197,"column":27},"end":{"line":197,"column":117}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(depth0,"version"),{"name":"if","hash":{},"fn":container.program(34, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":197,"column":117},"end":{"line":197,"column":208}}})) != null ? stack1 : "")
    + "</td>\n        <td>"
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(depth0,"owner"),{"name":"if","hash":{},"fn":container.program(35, data, 0),"inverse":container.program(13, data, 0),"data":data,"loc":{"start":{"line":198,"column":12},"end":{"line":198,"column":50}}})) != null ? stack1 : "")
    + "</td>\n        <td class=\"nowrap\">"
    + alias4((lookupProperty(helpers,"date")||alias1(depth0, "date", {"start":{"line":199,"column":29},"end":{"line":199,"column":33}} )).call(alias2,lookupProperty(depth0,"approvalDate"),{"name":"date","hash":{},"data":data,"loc":{"start":{"line":199,"column":27},"end":{"line":199,"column":48}}}))
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(depth0,"nextReviewDate"),{"name":"if","hash":{},"fn":container.program(36, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":199,"column":48},"end":{"line":199,"column":183}}})) != null ? stack1 : "")
    + "</td>\n        <td>"
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(depth0,"evidence"),{"name":"if","hash":{},"fn":container.program(37, data, 0),"inverse":container.program(13, data, 0),"data":data,"loc":{"start":{"line":200,"column":12},"end":{"line":200,"column":181}}})) != null ? stack1 : "")
    + "</td>\n      </tr>\n";
},"32":function(container,depth0,helpers,partials,data) {
    var alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), alias3=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<span class=\"sub\">"
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":196,"column":58},"end":{"line":196,"column":59}} )).call(alias2,"report.column.satisfies",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":196,"column":56},"end":{"line":196,"column":87}}}))
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":196,"column":89},"end":{"line":196,"column":90}} )).call(alias2,"report.punct.colon",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":196,"column":87},"end":{"line":196,"column":113}}}))
    + alias3((lookupProperty(helpers,"join")||alias1(depth0, "join", {"start":{"line":196,"column":115},"end":{"line":196,"column":119}} )).call(alias2,lookupProperty(depth0,"satisfies"),(lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":196,"column":131},"end":{"line":196,"column":132}} )).call(alias2,"list.separator",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":196,"column":130},"end":{"line":196,"column":150}}}),{"name":"join","hash":{},"data":data,"loc":{"start":{"line":196,"column":113},"end":{"line":196,"column":152}}}))
    + "</span>";
},"33":function(container,depth0,helpers,partials,data) {
    var helper, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), alias3="function", alias4=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<span class=\"status status-"
    + alias4((((helper = lookupProperty(helpers,"statusCode") || alias1(depth0, "statusCode", {"start":{"line":197,"column":70},"end":{"line":197,"column":80}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"statusCode","hash":{},"data":data,"loc":{"start":{"line":197,"column":68},"end":{"line":197,"column":82}}}) : helper)))
    + "\">"
    + alias4((((helper = lookupProperty(helpers,"status") || alias1(depth0, "status", {"start":{"line":197,"column":86},"end":{"line":197,"column":92}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"status","hash":{},"data":data,"loc":{"start":{"line":197,"column":84},"end":{"line":197,"column":94}}}) : helper)))
    + "</span>";
},"34":function(container,depth0,helpers,partials,data) {
    var helper, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), alias3=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<span class=\"sub\">"
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":197,"column":152},"end":{"line":197,"column":153}} )).call(alias2,"report.satisfier.version",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":197,"column":150},"end":{"line":197,"column":182}}}))
    + " "
    + alias3((((helper = lookupProperty(helpers,"version") || alias1(depth0, "version", {"start":{"line":197,"column":185},"end":{"line":197,"column":192}} ))),(typeof helper === "function" ? helper.call(alias2,{"name":"version","hash":{},"data":data,"loc":{"start":{"line":197,"column":183},"end":{"line":197,"column":194}}}) : helper)))
    + "</span>";
},"35":function(container,depth0,helpers,partials,data) {
    var helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return container.escapeExpression((((helper = lookupProperty(helpers,"owner") || container.strict(depth0, "owner", {"start":{"line":198,"column":27},"end":{"line":198,"column":32}} ))),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"owner","hash":{},"data":data,"loc":{"start":{"line":198,"column":25},"end":{"line":198,"column":34}}}) : helper)));
},"36":function(container,depth0,helpers,partials,data) {
    var alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), alias3=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<span class=\"sub\">"
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":199,"column":90},"end":{"line":199,"column":91}} )).call(alias2,"report.column.nextReview",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":199,"column":88},"end":{"line":199,"column":120}}}))
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":199,"column":122},"end":{"line":199,"column":123}} )).call(alias2,"report.punct.colon",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":199,"column":120},"end":{"line":199,"column":146}}}))
    + alias3((lookupProperty(helpers,"date")||alias1(depth0, "date", {"start":{"line":199,"column":148},"end":{"line":199,"column":152}} )).call(alias2,lookupProperty(depth0,"nextReviewDate"),{"name":"date","hash":{},"data":data,"loc":{"start":{"line":199,"column":146},"end":{"line":199,"column":169}}}))
    + "</span>";
},"37":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), alias3="function", alias4=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<span class=\"path\">"
    + alias4((((helper = lookupProperty(helpers,"evidence") || alias1(depth0, "evidence", {"start":{"line":200,"column":49},"end":{"line":200,"column":57}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"evidence","hash":{},"data":data,"loc":{"start":{"line":200,"column":47},"end":{"line":200,"column":59}}}) : helper)))
    + "</span><span class=\"sub "
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(depth0,"evidenceOk"),{"name":"if","hash":{},"fn":container.program(38, data, 0),"inverse":container.program(39, data, 0),"data":data,"loc":{"start":{"line":200,"column":83},"end":{"line":200,"column":139}}})) != null ? stack1 : "")
    + "\">"
    + alias4((((helper = lookupProperty(helpers,"evidenceState") || alias1(depth0, "evidenceState", {"start":{"line":200,"column":143},"end":{"line":200,"column":156}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"evidenceState","hash":{},"data":data,"loc":{"start":{"line":200,"column":141},"end":{"line":200,"column":158}}}) : helper)))
    + "</span>";
},"38":function(container,depth0,helpers,partials,data) {
    return "evidence-ok";
},"39":function(container,depth0,helpers,partials,data) {
    return "evidence-bad";
},"40":function(container,depth0,helpers,partials,data) {
    var lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "  <p class=\"empty\">"
    + container.escapeExpression((lookupProperty(helpers,"t")||container.strict(depth0, "t", {"start":{"line":206,"column":21},"end":{"line":206,"column":22}} )).call(depth0 != null ? depth0 : (container.nullContext || {}),"report.empty.documents",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":206,"column":19},"end":{"line":206,"column":49}}}))
    + "</p>\n";
},"41":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), alias3=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "  <table class=\"audits\">\n    <thead>\n      <tr>\n        <th scope=\"col\">"
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":218,"column":26},"end":{"line":218,"column":27}} )).call(alias2,"report.column.id",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":218,"column":24},"end":{"line":218,"column":48}}}))
    + "</th>\n        <th scope=\"col\">"
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":219,"column":26},"end":{"line":219,"column":27}} )).call(alias2,"report.column.date",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":219,"column":24},"end":{"line":219,"column":50}}}))
    + "</th>\n        <th scope=\"col\">"
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":220,"column":26},"end":{"line":220,"column":27}} )).call(alias2,"report.column.status",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":220,"column":24},"end":{"line":220,"column":52}}}))
    + "</th>\n        <th scope=\"col\">"
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":221,"column":26},"end":{"line":221,"column":27}} )).call(alias2,"report.column.clauses",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":221,"column":24},"end":{"line":221,"column":53}}}))
    + "</th>\n        <th scope=\"col\">"
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":222,"column":26},"end":{"line":222,"column":27}} )).call(alias2,"report.column.auditor",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":222,"column":24},"end":{"line":222,"column":53}}}))
    + "</th>\n        <th scope=\"col\">"
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":223,"column":26},"end":{"line":223,"column":27}} )).call(alias2,"report.column.evidence",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":223,"column":24},"end":{"line":223,"column":54}}}))
    + "</th>\n      </tr>\n    </thead>\n    <tbody>\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias2,lookupProperty(lookupProperty(depth0,"records"),"internalAudits"),{"name":"each","hash":{},"fn":container.program(42, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":227,"column":6},"end":{"line":236,"column":15}}})) != null ? stack1 : "")
    + "    </tbody>\n  </table>\n";
},"42":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), alias3="function", alias4=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "      <tr>\n        <td><span class=\"id\">"
    + alias4((((helper = lookupProperty(helpers,"id") || alias1(depth0, "id", {"start":{"line":229,"column":31},"end":{"line":229,"column":33}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"id","hash":{},"data":data,"loc":{"start":{"line":229,"column":29},"end":{"line":229,"column":35}}}) : helper)))
    + "</span></td>\n        <td class=\"nowrap\">"
    + alias4((lookupProperty(helpers,"date")||alias1(depth0, "date", {"start":{"line":230,"column":29},"end":{"line":230,"column":33}} )).call(alias2,lookupProperty(depth0,"date"),{"name":"date","hash":{},"data":data,"loc":{"start":{"line":230,"column":27},"end":{"line":230,"column":40}}}))
    + "</td>\n        <td class=\"nowrap\">"
    + alias4((((helper = lookupProperty(helpers,"status") || alias1(depth0, "status", {"start":{"line":231,"column":29},"end":{"line":231,"column":35}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"status","hash":{},"data":data,"loc":{"start":{"line":231,"column":27},"end":{"line":231,"column":37}}}) : helper)))
    + "</td>\n        <td>"
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(depth0,"clauses"),{"name":"if","hash":{},"fn":container.program(43, data, 0),"inverse":container.program(13, data, 0),"data":data,"loc":{"start":{"line":232,"column":12},"end":{"line":232,"column":54}}})) != null ? stack1 : "")
    + "</td>\n        <td>"
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(depth0,"auditor"),{"name":"if","hash":{},"fn":container.program(44, data, 0),"inverse":container.program(13, data, 0),"data":data,"loc":{"start":{"line":233,"column":12},"end":{"line":233,"column":54}}})) != null ? stack1 : "")
    + "</td>\n        <td>"
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(depth0,"evidence"),{"name":"if","hash":{},"fn":container.program(45, data, 0),"inverse":container.program(13, data, 0),"data":data,"loc":{"start":{"line":234,"column":12},"end":{"line":234,"column":82}}})) != null ? stack1 : "")
    + "</td>\n      </tr>\n";
},"43":function(container,depth0,helpers,partials,data) {
    var helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return container.escapeExpression((((helper = lookupProperty(helpers,"clauses") || container.strict(depth0, "clauses", {"start":{"line":232,"column":29},"end":{"line":232,"column":36}} ))),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"clauses","hash":{},"data":data,"loc":{"start":{"line":232,"column":27},"end":{"line":232,"column":38}}}) : helper)));
},"44":function(container,depth0,helpers,partials,data) {
    var helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return container.escapeExpression((((helper = lookupProperty(helpers,"auditor") || container.strict(depth0, "auditor", {"start":{"line":233,"column":29},"end":{"line":233,"column":36}} ))),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"auditor","hash":{},"data":data,"loc":{"start":{"line":233,"column":27},"end":{"line":233,"column":38}}}) : helper)));
},"45":function(container,depth0,helpers,partials,data) {
    var helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<span class=\"path\">"
    + container.escapeExpression((((helper = lookupProperty(helpers,"evidence") || container.strict(depth0, "evidence", {"start":{"line":234,"column":49},"end":{"line":234,"column":57}} ))),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"evidence","hash":{},"data":data,"loc":{"start":{"line":234,"column":47},"end":{"line":234,"column":59}}}) : helper)))
    + "</span>";
},"46":function(container,depth0,helpers,partials,data) {
    var lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "  <p class=\"empty\">"
    + container.escapeExpression((lookupProperty(helpers,"t")||container.strict(depth0, "t", {"start":{"line":240,"column":21},"end":{"line":240,"column":22}} )).call(depth0 != null ? depth0 : (container.nullContext || {}),"report.empty.audits",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":240,"column":19},"end":{"line":240,"column":46}}}))
    + "</p>\n";
},"47":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), alias3=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "  <table class=\"reviews\">\n    <thead>\n      <tr>\n        <th scope=\"col\">"
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":248,"column":26},"end":{"line":248,"column":27}} )).call(alias2,"report.column.id",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":248,"column":24},"end":{"line":248,"column":48}}}))
    + "</th>\n        <th scope=\"col\">"
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":249,"column":26},"end":{"line":249,"column":27}} )).call(alias2,"report.column.date",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":249,"column":24},"end":{"line":249,"column":50}}}))
    + "</th>\n        <th scope=\"col\">"
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":250,"column":26},"end":{"line":250,"column":27}} )).call(alias2,"report.column.status",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":250,"column":24},"end":{"line":250,"column":52}}}))
    + "</th>\n        <th scope=\"col\">"
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":251,"column":26},"end":{"line":251,"column":27}} )).call(alias2,"report.column.evidence",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":251,"column":24},"end":{"line":251,"column":54}}}))
    + "</th>\n      </tr>\n    </thead>\n    <tbody>\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias2,lookupProperty(lookupProperty(depth0,"records"),"managementReviews"),{"name":"each","hash":{},"fn":container.program(48, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":255,"column":6},"end":{"line":262,"column":15}}})) != null ? stack1 : "")
    + "    </tbody>\n  </table>\n";
},"48":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), alias3="function", alias4=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "      <tr>\n        <td><span class=\"id\">"
    + alias4((((helper = lookupProperty(helpers,"id") || alias1(depth0, "id", {"start":{"line":257,"column":31},"end":{"line":257,"column":33}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"id","hash":{},"data":data,"loc":{"start":{"line":257,"column":29},"end":{"line":257,"column":35}}}) : helper)))
    + "</span></td>\n        <td class=\"nowrap\">"
    + alias4((lookupProperty(helpers,"date")||alias1(depth0, "date", {"start":{"line":258,"column":29},"end":{"line":258,"column":33}} )).call(alias2,lookupProperty(depth0,"date"),{"name":"date","hash":{},"data":data,"loc":{"start":{"line":258,"column":27},"end":{"line":258,"column":40}}}))
    + "</td>\n        <td class=\"nowrap\">"
    + alias4((((helper = lookupProperty(helpers,"status") || alias1(depth0, "status", {"start":{"line":259,"column":29},"end":{"line":259,"column":35}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"status","hash":{},"data":data,"loc":{"start":{"line":259,"column":27},"end":{"line":259,"column":37}}}) : helper)))
    + "</td>\n        <td>"
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(depth0,"evidence"),{"name":"if","hash":{},"fn":container.program(45, data, 0),"inverse":container.program(13, data, 0),"data":data,"loc":{"start":{"line":260,"column":12},"end":{"line":260,"column":82}}})) != null ? stack1 : "")
    + "</td>\n      </tr>\n";
},"49":function(container,depth0,helpers,partials,data) {
    var lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "  <p class=\"empty\">"
    + container.escapeExpression((lookupProperty(helpers,"t")||container.strict(depth0, "t", {"start":{"line":266,"column":21},"end":{"line":266,"column":22}} )).call(depth0 != null ? depth0 : (container.nullContext || {}),"report.empty.reviews",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":266,"column":19},"end":{"line":266,"column":47}}}))
    + "</p>\n";
},"50":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), alias3=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "  <table class=\"nonconformities\">\n    <thead>\n      <tr>\n        <th scope=\"col\">"
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":274,"column":26},"end":{"line":274,"column":27}} )).call(alias2,"report.column.id",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":274,"column":24},"end":{"line":274,"column":48}}}))
    + "</th>\n        <th scope=\"col\">"
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":275,"column":26},"end":{"line":275,"column":27}} )).call(alias2,"report.column.description",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":275,"column":24},"end":{"line":275,"column":57}}}))
    + "</th>\n        <th scope=\"col\">"
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":276,"column":26},"end":{"line":276,"column":27}} )).call(alias2,"report.column.grade",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":276,"column":24},"end":{"line":276,"column":51}}}))
    + "</th>\n        <th scope=\"col\">"
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":277,"column":26},"end":{"line":277,"column":27}} )).call(alias2,"report.column.clause",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":277,"column":24},"end":{"line":277,"column":52}}}))
    + "</th>\n        <th scope=\"col\">"
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":278,"column":26},"end":{"line":278,"column":27}} )).call(alias2,"report.column.raised",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":278,"column":24},"end":{"line":278,"column":52}}}))
    + "</th>\n        <th scope=\"col\">"
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":279,"column":26},"end":{"line":279,"column":27}} )).call(alias2,"report.column.due",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":279,"column":24},"end":{"line":279,"column":49}}}))
    + "</th>\n        <th scope=\"col\">"
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":280,"column":26},"end":{"line":280,"column":27}} )).call(alias2,"report.column.closed",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":280,"column":24},"end":{"line":280,"column":52}}}))
    + "</th>\n      </tr>\n    </thead>\n    <tbody>\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias2,lookupProperty(lookupProperty(depth0,"records"),"nonconformities"),{"name":"each","hash":{},"fn":container.program(51, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":284,"column":6},"end":{"line":294,"column":15}}})) != null ? stack1 : "")
    + "    </tbody>\n  </table>\n";
},"51":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), alias3="function", alias4=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "      <tr>\n        <td><span class=\"id\">"
    + alias4((((helper = lookupProperty(helpers,"id") || alias1(depth0, "id", {"start":{"line":286,"column":31},"end":{"line":286,"column":33}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"id","hash":{},"data":data,"loc":{"start":{"line":286,"column":29},"end":{"line":286,"column":35}}}) : helper)))
    + "</span></td>\n        <td class=\"pre\">"
    + alias4((((helper = lookupProperty(helpers,"description") || alias1(depth0, "description", {"start":{"line":287,"column":26},"end":{"line":287,"column":37}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"description","hash":{},"data":data,"loc":{"start":{"line":287,"column":24},"end":{"line":287,"column":39}}}) : helper)))
    + "</td>\n        <td>"
    + alias4(container.lambda(alias1(depth0, "grade", {"start":{"line":288,"column":14},"end":{"line":288,"column":24}} ), depth0))
    + "</td>\n        <td class=\"nowrap\">"
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(depth0,"clause"),{"name":"if","hash":{},"fn":container.program(52, data, 0),"inverse":container.program(13, data, 0),"data":data,"loc":{"start":{"line":289,"column":27},"end":{"line":289,"column":67}}})) != null ? stack1 : "")
    + "</td>\n        <td class=\"nowrap\">"
    + alias4((lookupProperty(helpers,"date")||alias1(depth0, "date", {"start":{"line":290,"column":29},"end":{"line":290,"column":33}} )).call(alias2,lookupProperty(depth0,"raised"),{"name":"date","hash":{},"data":data,"loc":{"start":{"line":290,"column":27},"end":{"line":290,"column":42}}}))
    + "</td>\n        <td class=\"nowrap\">"
    + alias4((lookupProperty(helpers,"date")||alias1(depth0, "date", {"start":{"line":291,"column":29},"end":{"line":291,"column":33}} )).call(alias2,lookupProperty(depth0,"due"),{"name":"date","hash":{},"data":data,"loc":{"start":{"line":291,"column":27},"end":{"line":291,"column":39}}}))
    + "</td>\n        <td class=\"nowrap\">"
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(depth0,"open"),{"name":"if","hash":{},"fn":container.program(53, data, 0),"inverse":container.program(54, data, 0),"data":data,"loc":{"start":{"line":292,"column":27},"end":{"line":292,"column":130}}})) != null ? stack1 : "")
    + "</td>\n      </tr>\n";
},"52":function(container,depth0,helpers,partials,data) {
    var helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return container.escapeExpression((((helper = lookupProperty(helpers,"clause") || container.strict(depth0, "clause", {"start":{"line":289,"column":43},"end":{"line":289,"column":49}} ))),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"clause","hash":{},"data":data,"loc":{"start":{"line":289,"column":41},"end":{"line":289,"column":51}}}) : helper)));
},"53":function(container,depth0,helpers,partials,data) {
    var lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<span class=\"mark mark-partial\">"
    + container.escapeExpression((lookupProperty(helpers,"t")||container.strict(depth0, "t", {"start":{"line":292,"column":73},"end":{"line":292,"column":74}} )).call(depth0 != null ? depth0 : (container.nullContext || {}),"report.nc.open",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":292,"column":71},"end":{"line":292,"column":93}}}))
    + "</span>";
},"54":function(container,depth0,helpers,partials,data) {
    var lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return container.escapeExpression((lookupProperty(helpers,"date")||container.strict(depth0, "date", {"start":{"line":292,"column":110},"end":{"line":292,"column":114}} )).call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"closed"),{"name":"date","hash":{},"data":data,"loc":{"start":{"line":292,"column":108},"end":{"line":292,"column":123}}}));
},"55":function(container,depth0,helpers,partials,data) {
    var lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "  <p class=\"empty\">"
    + container.escapeExpression((lookupProperty(helpers,"t")||container.strict(depth0, "t", {"start":{"line":298,"column":21},"end":{"line":298,"column":22}} )).call(depth0 != null ? depth0 : (container.nullContext || {}),"report.empty.nonconformities",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":298,"column":19},"end":{"line":298,"column":55}}}))
    + "</p>\n";
},"56":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), alias3=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "  <table class=\"registers\">\n    <thead>\n      <tr>\n        <th scope=\"col\">"
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":306,"column":26},"end":{"line":306,"column":27}} )).call(alias2,"report.column.id",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":306,"column":24},"end":{"line":306,"column":48}}}))
    + "</th>\n        <th scope=\"col\">"
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":307,"column":26},"end":{"line":307,"column":27}} )).call(alias2,"report.column.title",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":307,"column":24},"end":{"line":307,"column":51}}}))
    + "</th>\n        <th scope=\"col\">"
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":308,"column":26},"end":{"line":308,"column":27}} )).call(alias2,"report.column.owner",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":308,"column":24},"end":{"line":308,"column":51}}}))
    + "</th>\n        <th scope=\"col\">"
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":309,"column":26},"end":{"line":309,"column":27}} )).call(alias2,"report.column.lastEntry",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":309,"column":24},"end":{"line":309,"column":55}}}))
    + "</th>\n        <th scope=\"col\">"
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":310,"column":26},"end":{"line":310,"column":27}} )).call(alias2,"report.column.evidence",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":310,"column":24},"end":{"line":310,"column":54}}}))
    + "</th>\n      </tr>\n    </thead>\n    <tbody>\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias2,lookupProperty(lookupProperty(depth0,"records"),"registers"),{"name":"each","hash":{},"fn":container.program(57, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":314,"column":6},"end":{"line":322,"column":15}}})) != null ? stack1 : "")
    + "    </tbody>\n  </table>\n";
},"57":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), alias3="function", alias4=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "      <tr>\n        <td><span class=\"id\">"
    + alias4((((helper = lookupProperty(helpers,"id") || alias1(depth0, "id", {"start":{"line":316,"column":31},"end":{"line":316,"column":33}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"id","hash":{},"data":data,"loc":{"start":{"line":316,"column":29},"end":{"line":316,"column":35}}}) : helper)))
    + "</span></td>\n        <td>"
    + alias4((((helper = lookupProperty(helpers,"title") || alias1(depth0, "title", {"start":{"line":317,"column":14},"end":{"line":317,"column":19}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"title","hash":{},"data":data,"loc":{"start":{"line":317,"column":12},"end":{"line":317,"column":21}}}) : helper)))
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(depth0,"satisfies"),{"name":"if","hash":{},"fn":container.program(32, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":317,"column":21},"end":{"line":317,"column":166}}})) != null ? stack1 : "")
    + "</td>\n        <td>"
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(depth0,"owner"),{"name":"if","hash":{},"fn":container.program(35, data, 0),"inverse":container.program(13, data, 0),"data":data,"loc":{"start":{"line":318,"column":12},"end":{"line":318,"column":50}}})) != null ? stack1 : "")
    + "</td>\n        <td class=\"nowrap\">"
    + alias4((lookupProperty(helpers,"date")||alias1(depth0, "date", {"start":{"line":319,"column":29},"end":{"line":319,"column":33}} )).call(alias2,lookupProperty(depth0,"lastEntry"),{"name":"date","hash":{},"data":data,"loc":{"start":{"line":319,"column":27},"end":{"line":319,"column":45}}}))
    + "</td>\n        <td>"
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(depth0,"evidence"),{"name":"if","hash":{},"fn":container.program(45, data, 0),"inverse":container.program(13, data, 0),"data":data,"loc":{"start":{"line":320,"column":12},"end":{"line":320,"column":82}}})) != null ? stack1 : "")
    + "</td>\n      </tr>\n";
},"58":function(container,depth0,helpers,partials,data) {
    var lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "  <p class=\"empty\">"
    + container.escapeExpression((lookupProperty(helpers,"t")||container.strict(depth0, "t", {"start":{"line":326,"column":21},"end":{"line":326,"column":22}} )).call(depth0 != null ? depth0 : (container.nullContext || {}),"report.empty.registers",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":326,"column":19},"end":{"line":326,"column":49}}}))
    + "</p>\n";
},"59":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), alias3=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<section id=\"waivers\" aria-labelledby=\"waivers-heading\">\n  <h2 id=\"waivers-heading\">"
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":332,"column":29},"end":{"line":332,"column":30}} )).call(alias2,"report.section.waivers",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":332,"column":27},"end":{"line":332,"column":57}}}))
    + "</h2>\n  <p class=\"lead\">"
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":333,"column":20},"end":{"line":333,"column":21}} )).call(alias2,"report.waivers.intro",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":333,"column":18},"end":{"line":333,"column":46}}}))
    + "</p>\n  <table class=\"waivers\">\n    <thead>\n      <tr>\n        <th scope=\"col\">"
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":337,"column":26},"end":{"line":337,"column":27}} )).call(alias2,"report.column.id",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":337,"column":24},"end":{"line":337,"column":48}}}))
    + "</th>\n        <th scope=\"col\">"
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":338,"column":26},"end":{"line":338,"column":27}} )).call(alias2,"report.column.target",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":338,"column":24},"end":{"line":338,"column":52}}}))
    + "</th>\n        <th scope=\"col\" class=\"col-justification\">"
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":339,"column":52},"end":{"line":339,"column":53}} )).call(alias2,"report.column.justification",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":339,"column":50},"end":{"line":339,"column":85}}}))
    + "</th>\n        <th scope=\"col\">"
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":340,"column":26},"end":{"line":340,"column":27}} )).call(alias2,"report.column.approver",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":340,"column":24},"end":{"line":340,"column":54}}}))
    + "</th>\n        <th scope=\"col\">"
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":341,"column":26},"end":{"line":341,"column":27}} )).call(alias2,"report.column.expires",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":341,"column":24},"end":{"line":341,"column":53}}}))
    + "</th>\n        <th scope=\"col\">"
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":342,"column":26},"end":{"line":342,"column":27}} )).call(alias2,"report.column.state",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":342,"column":24},"end":{"line":342,"column":51}}}))
    + "</th>\n        <th scope=\"col\" class=\"num\">"
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":343,"column":38},"end":{"line":343,"column":39}} )).call(alias2,"report.column.suppressed",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":343,"column":36},"end":{"line":343,"column":68}}}))
    + "</th>\n      </tr>\n    </thead>\n    <tbody>\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias2,lookupProperty(depth0,"waivers"),{"name":"each","hash":{},"fn":container.program(60, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":347,"column":6},"end":{"line":357,"column":15}}})) != null ? stack1 : "")
    + "    </tbody>\n  </table>\n</section>\n";
},"60":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), alias3="function", alias4=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "      <tr>\n        <td><span class=\"id\">"
    + alias4((((helper = lookupProperty(helpers,"id") || alias1(depth0, "id", {"start":{"line":349,"column":31},"end":{"line":349,"column":33}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"id","hash":{},"data":data,"loc":{"start":{"line":349,"column":29},"end":{"line":349,"column":35}}}) : helper)))
    + "</span></td>\n        <td>"
    + alias4((((helper = lookupProperty(helpers,"target") || alias1(depth0, "target", {"start":{"line":350,"column":14},"end":{"line":350,"column":20}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"target","hash":{},"data":data,"loc":{"start":{"line":350,"column":12},"end":{"line":350,"column":22}}}) : helper)))
    + "</td>\n        <td class=\"pre\">"
    + alias4((((helper = lookupProperty(helpers,"justification") || alias1(depth0, "justification", {"start":{"line":351,"column":26},"end":{"line":351,"column":39}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"justification","hash":{},"data":data,"loc":{"start":{"line":351,"column":24},"end":{"line":351,"column":41}}}) : helper)))
    + "</td>\n        <td>"
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(depth0,"approver"),{"name":"if","hash":{},"fn":container.program(61, data, 0),"inverse":container.program(13, data, 0),"data":data,"loc":{"start":{"line":352,"column":12},"end":{"line":352,"column":56}}})) != null ? stack1 : "")
    + "</td>\n        <td class=\"nowrap\">"
    + alias4((lookupProperty(helpers,"date")||alias1(depth0, "date", {"start":{"line":353,"column":29},"end":{"line":353,"column":33}} )).call(alias2,lookupProperty(depth0,"expires"),{"name":"date","hash":{},"data":data,"loc":{"start":{"line":353,"column":27},"end":{"line":353,"column":43}}}))
    + "</td>\n        <td><span class=\"mark "
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(depth0,"active"),{"name":"if","hash":{},"fn":container.program(62, data, 0),"inverse":container.program(63, data, 0),"data":data,"loc":{"start":{"line":354,"column":30},"end":{"line":354,"column":73}}})) != null ? stack1 : "")
    + "\">"
    + alias4((((helper = lookupProperty(helpers,"state") || alias1(depth0, "state", {"start":{"line":354,"column":77},"end":{"line":354,"column":82}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"state","hash":{},"data":data,"loc":{"start":{"line":354,"column":75},"end":{"line":354,"column":84}}}) : helper)))
    + "</span></td>\n        <td class=\"num\">"
    + alias4((((helper = lookupProperty(helpers,"suppressed") || alias1(depth0, "suppressed", {"start":{"line":355,"column":26},"end":{"line":355,"column":36}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"suppressed","hash":{},"data":data,"loc":{"start":{"line":355,"column":24},"end":{"line":355,"column":38}}}) : helper)))
    + "</td>\n      </tr>\n";
},"61":function(container,depth0,helpers,partials,data) {
    var helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return container.escapeExpression((((helper = lookupProperty(helpers,"approver") || container.strict(depth0, "approver", {"start":{"line":352,"column":30},"end":{"line":352,"column":38}} ))),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"approver","hash":{},"data":data,"loc":{"start":{"line":352,"column":28},"end":{"line":352,"column":40}}}) : helper)));
},"62":function(container,depth0,helpers,partials,data) {
    return "mark-ok";
},"63":function(container,depth0,helpers,partials,data) {
    return "mark-na";
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=container.strict, alias2=container.lambda, alias3=container.escapeExpression, alias4=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<!DOCTYPE html>\n<html lang=\""
    + alias3(alias2(alias1(lookupProperty(depth0,"meta"), "lang", {"start":{"line":2,"column":14},"end":{"line":2,"column":23}} ), depth0))
    + "\">\n<head>\n"
    + ((stack1 = container.invokePartial(lookupProperty(partials,"html-head"),depth0,{"name":"html-head","data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "")
    + "</head>\n<body>\n<main class=\"page\">\n"
    + ((stack1 = container.invokePartial(lookupProperty(partials,"report-cover"),depth0,{"name":"report-cover","data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "")
    + "\n<div class=\"front-matter\">\n"
    + ((stack1 = container.invokePartial(lookupProperty(partials,"document-control"),depth0,{"name":"document-control","data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "")
    + "<nav class=\"toc\" aria-labelledby=\"toc-heading\">\n  <h2 id=\"toc-heading\">"
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":13,"column":25},"end":{"line":13,"column":26}} )).call(alias4,"report.nav.contents",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":13,"column":23},"end":{"line":13,"column":50}}}))
    + "</h2>\n  <ol>\n    <li><a href=\"#verdict\">"
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":15,"column":29},"end":{"line":15,"column":30}} )).call(alias4,"report.section.verdict",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":15,"column":27},"end":{"line":15,"column":57}}}))
    + "</a></li>\n    <li><a href=\"#organisation\">"
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":16,"column":34},"end":{"line":16,"column":35}} )).call(alias4,"report.section.organisation",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":16,"column":32},"end":{"line":16,"column":67}}}))
    + "</a></li>\n    <li><a href=\"#readiness\">"
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":17,"column":31},"end":{"line":17,"column":32}} )).call(alias4,"report.section.readiness",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":17,"column":29},"end":{"line":17,"column":61}}}))
    + "</a></li>\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias4,lookupProperty(lookupProperty(depth0,"assessment"),"present"),{"name":"if","hash":{},"fn":container.program(0, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":18,"column":4},"end":{"line":20,"column":11}}})) != null ? stack1 : "")
    + "    <li><a href=\"#action-plan\">"
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":21,"column":33},"end":{"line":21,"column":34}} )).call(alias4,"report.section.actionPlan",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":21,"column":31},"end":{"line":21,"column":64}}}))
    + "</a></li>\n    <li><a href=\"#documents\">"
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":22,"column":31},"end":{"line":22,"column":32}} )).call(alias4,"report.section.documents",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":22,"column":29},"end":{"line":22,"column":61}}}))
    + "</a></li>\n    <li><a href=\"#records\">"
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":23,"column":29},"end":{"line":23,"column":30}} )).call(alias4,"report.section.records",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":23,"column":27},"end":{"line":23,"column":57}}}))
    + "</a></li>\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias4,lookupProperty(depth0,"waivers"),{"name":"if","hash":{},"fn":container.program(1, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":24,"column":4},"end":{"line":26,"column":11}}})) != null ? stack1 : "")
    + "    <li><a href=\"#method\">"
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":27,"column":28},"end":{"line":27,"column":29}} )).call(alias4,"report.section.method",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":27,"column":26},"end":{"line":27,"column":55}}}))
    + "</a></li>\n  </ol>\n</nav>\n</div>\n\n<section id=\"verdict\" aria-labelledby=\"verdict-heading\">\n  <h2 id=\"verdict-heading\">"
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":33,"column":29},"end":{"line":33,"column":30}} )).call(alias4,"report.section.verdict",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":33,"column":27},"end":{"line":33,"column":57}}}))
    + "</h2>\n"
    + ((stack1 = container.invokePartial(lookupProperty(partials,"verdict-box"),depth0,{"name":"verdict-box","data":data,"indent":"  ","helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "")
    + "  <dl class=\"figures\">\n    <div class=\"figure\">\n      <dt>"
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":37,"column":12},"end":{"line":37,"column":13}} )).call(alias4,"report.summary.overall",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":37,"column":10},"end":{"line":37,"column":40}}}))
    + "</dt>\n      <dd>"
    + alias3((lookupProperty(helpers,"percent")||alias1(depth0, "percent", {"start":{"line":38,"column":12},"end":{"line":38,"column":19}} )).call(alias4,lookupProperty(lookupProperty(depth0,"overall"),"ratio"),{"name":"percent","hash":{},"data":data,"loc":{"start":{"line":38,"column":10},"end":{"line":38,"column":35}}}))
    + "<span class=\"sub\">"
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":38,"column":55},"end":{"line":38,"column":56}} )).call(alias4,"report.summary.satisfied",{"name":"t","hash":{"applicable":lookupProperty(lookupProperty(depth0,"overall"),"applicable"),"satisfied":lookupProperty(lookupProperty(depth0,"overall"),"satisfied")},"data":data,"loc":{"start":{"line":38,"column":53},"end":{"line":38,"column":143}}}))
    + "</span></dd>\n    </div>\n    <div class=\"figure figure-major\">\n      <dt>"
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":41,"column":12},"end":{"line":41,"column":13}} )).call(alias4,"report.summary.prerequisites",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":41,"column":10},"end":{"line":41,"column":46}}}))
    + "</dt>\n      <dd>"
    + alias3(alias2(alias1(lookupProperty(depth0,"counts"), "prerequisites", {"start":{"line":42,"column":12},"end":{"line":42,"column":32}} ), depth0))
    + "</dd>\n    </div>\n    <div class=\"figure figure-major\">\n      <dt>"
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":45,"column":12},"end":{"line":45,"column":13}} )).call(alias4,"report.count.major",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":45,"column":10},"end":{"line":45,"column":36}}}))
    + "</dt>\n      <dd>"
    + alias3(alias2(alias1(lookupProperty(depth0,"counts"), "major", {"start":{"line":46,"column":12},"end":{"line":46,"column":24}} ), depth0))
    + "</dd>\n    </div>\n    <div class=\"figure figure-minor\">\n      <dt>"
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":49,"column":12},"end":{"line":49,"column":13}} )).call(alias4,"report.count.minor",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":49,"column":10},"end":{"line":49,"column":36}}}))
    + "</dt>\n      <dd>"
    + alias3(alias2(alias1(lookupProperty(depth0,"counts"), "minor", {"start":{"line":50,"column":12},"end":{"line":50,"column":24}} ), depth0))
    + "</dd>\n    </div>\n    <div class=\"figure figure-observation\">\n      <dt>"
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":53,"column":12},"end":{"line":53,"column":13}} )).call(alias4,"report.count.observation",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":53,"column":10},"end":{"line":53,"column":42}}}))
    + "</dt>\n      <dd>"
    + alias3(alias2(alias1(lookupProperty(depth0,"counts"), "observation", {"start":{"line":54,"column":12},"end":{"line":54,"column":30}} ), depth0))
    + "</dd>\n    </div>\n  </dl>\n</section>\n\n"
    + ((stack1 = container.invokePartial(lookupProperty(partials,"organisation-facts"),depth0,{"name":"organisation-facts","data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "")
    + "\n<section id=\"readiness\" aria-labelledby=\"readiness-heading\">\n  <h2 id=\"readiness-heading\">"
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":62,"column":31},"end":{"line":62,"column":32}} )).call(alias4,"report.section.readiness",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":62,"column":29},"end":{"line":62,"column":61}}}))
    + "</h2>\n  <p class=\"lead\">"
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":63,"column":20},"end":{"line":63,"column":21}} )).call(alias4,"report.readiness.intro",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":63,"column":18},"end":{"line":63,"column":48}}}))
    + "</p>\n"
    + ((stack1 = container.invokePartial(lookupProperty(partials,"chart"),depth0,{"name":"chart","data":data,"indent":"  ","helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "")
    + "  <table class=\"scores\">\n    <thead>\n      <tr>\n        <th scope=\"col\" class=\"col-clause\">"
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":68,"column":45},"end":{"line":68,"column":46}} )).call(alias4,"report.column.clause",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":68,"column":43},"end":{"line":68,"column":71}}}))
    + "</th>\n        <th scope=\"col\">"
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":69,"column":26},"end":{"line":69,"column":27}} )).call(alias4,"report.column.title",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":69,"column":24},"end":{"line":69,"column":51}}}))
    + "</th>\n        <th scope=\"col\" class=\"num\">"
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":70,"column":38},"end":{"line":70,"column":39}} )).call(alias4,"report.column.met",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":70,"column":36},"end":{"line":70,"column":61}}}))
    + "</th>\n        <th scope=\"col\" class=\"num\">"
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":71,"column":38},"end":{"line":71,"column":39}} )).call(alias4,"report.column.readiness",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":71,"column":36},"end":{"line":71,"column":67}}}))
    + "</th>\n        <th scope=\"col\" class=\"num\">"
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":72,"column":38},"end":{"line":72,"column":39}} )).call(alias4,"report.column.majors",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":72,"column":36},"end":{"line":72,"column":64}}}))
    + "</th>\n        <th scope=\"col\" class=\"num\">"
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":73,"column":38},"end":{"line":73,"column":39}} )).call(alias4,"report.column.minors",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":73,"column":36},"end":{"line":73,"column":64}}}))
    + "</th>\n        <th scope=\"col\" class=\"num\">"
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":74,"column":38},"end":{"line":74,"column":39}} )).call(alias4,"report.column.observations",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":74,"column":36},"end":{"line":74,"column":70}}}))
    + "</th>\n      </tr>\n    </thead>\n    <tbody>\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias4,lookupProperty(depth0,"scores"),{"name":"each","hash":{},"fn":container.program(2, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":78,"column":6},"end":{"line":88,"column":15}}})) != null ? stack1 : "")
    + "    </tbody>\n    <tfoot>\n      <tr>\n        <th scope=\"row\" colspan=\"2\">"
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":92,"column":38},"end":{"line":92,"column":39}} )).call(alias4,"report.summary.overall",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":92,"column":36},"end":{"line":92,"column":66}}}))
    + "</th>\n        <td class=\"num\"><strong>"
    + alias3(alias2(alias1(lookupProperty(depth0,"overall"), "satisfied", {"start":{"line":93,"column":34},"end":{"line":93,"column":51}} ), depth0))
    + " / "
    + alias3(alias2(alias1(lookupProperty(depth0,"overall"), "applicable", {"start":{"line":93,"column":58},"end":{"line":93,"column":76}} ), depth0))
    + "</strong></td>\n        <td class=\"num\"><strong>"
    + alias3((lookupProperty(helpers,"percent")||alias1(depth0, "percent", {"start":{"line":94,"column":34},"end":{"line":94,"column":41}} )).call(alias4,lookupProperty(lookupProperty(depth0,"overall"),"ratio"),{"name":"percent","hash":{},"data":data,"loc":{"start":{"line":94,"column":32},"end":{"line":94,"column":57}}}))
    + "</strong></td>\n        <td class=\"num\"><strong>"
    + alias3(alias2(alias1(lookupProperty(depth0,"counts"), "major", {"start":{"line":95,"column":34},"end":{"line":95,"column":46}} ), depth0))
    + "</strong></td>\n        <td class=\"num\"><strong>"
    + alias3(alias2(alias1(lookupProperty(depth0,"counts"), "minor", {"start":{"line":96,"column":34},"end":{"line":96,"column":46}} ), depth0))
    + "</strong></td>\n        <td class=\"num\"><strong>"
    + alias3(alias2(alias1(lookupProperty(depth0,"counts"), "observation", {"start":{"line":97,"column":34},"end":{"line":97,"column":52}} ), depth0))
    + "</strong></td>\n      </tr>\n    </tfoot>\n  </table>\n</section>\n\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias4,lookupProperty(lookupProperty(depth0,"assessment"),"present"),{"name":"if","hash":{},"fn":container.program(9, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":103,"column":0},"end":{"line":130,"column":7}}})) != null ? stack1 : "")
    + "\n<section id=\"action-plan\" class=\"new-page\" aria-labelledby=\"action-plan-heading\">\n  <h2 id=\"action-plan-heading\">"
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":133,"column":33},"end":{"line":133,"column":34}} )).call(alias4,"report.section.actionPlan",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":133,"column":31},"end":{"line":133,"column":64}}}))
    + "</h2>\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias4,lookupProperty(depth0,"actionPlan"),{"name":"if","hash":{},"fn":container.program(15, data, 0),"inverse":container.program(29, data, 0),"data":data,"loc":{"start":{"line":134,"column":2},"end":{"line":175,"column":9}}})) != null ? stack1 : "")
    + "</section>\n\n<section id=\"documents\" aria-labelledby=\"documents-heading\">\n  <h2 id=\"documents-heading\">"
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":179,"column":31},"end":{"line":179,"column":32}} )).call(alias4,"report.section.documents",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":179,"column":29},"end":{"line":179,"column":61}}}))
    + "</h2>\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias4,lookupProperty(depth0,"documents"),{"name":"if","hash":{},"fn":container.program(30, data, 0),"inverse":container.program(40, data, 0),"data":data,"loc":{"start":{"line":180,"column":2},"end":{"line":207,"column":9}}})) != null ? stack1 : "")
    + "</section>\n\n<section id=\"records\" aria-labelledby=\"records-heading\">\n  <h2 id=\"records-heading\">"
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":211,"column":29},"end":{"line":211,"column":30}} )).call(alias4,"report.section.records",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":211,"column":27},"end":{"line":211,"column":57}}}))
    + "</h2>\n\n  <h3>"
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":213,"column":8},"end":{"line":213,"column":9}} )).call(alias4,"report.section.audits",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":213,"column":6},"end":{"line":213,"column":35}}}))
    + "</h3>\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias4,lookupProperty(lookupProperty(depth0,"records"),"internalAudits"),{"name":"if","hash":{},"fn":container.program(41, data, 0),"inverse":container.program(46, data, 0),"data":data,"loc":{"start":{"line":214,"column":2},"end":{"line":241,"column":9}}})) != null ? stack1 : "")
    + "\n  <h3>"
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":243,"column":8},"end":{"line":243,"column":9}} )).call(alias4,"report.section.reviews",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":243,"column":6},"end":{"line":243,"column":36}}}))
    + "</h3>\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias4,lookupProperty(lookupProperty(depth0,"records"),"managementReviews"),{"name":"if","hash":{},"fn":container.program(47, data, 0),"inverse":container.program(49, data, 0),"data":data,"loc":{"start":{"line":244,"column":2},"end":{"line":267,"column":9}}})) != null ? stack1 : "")
    + "\n  <h3>"
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":269,"column":8},"end":{"line":269,"column":9}} )).call(alias4,"report.section.nonconformities",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":269,"column":6},"end":{"line":269,"column":44}}}))
    + "</h3>\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias4,lookupProperty(lookupProperty(depth0,"records"),"nonconformities"),{"name":"if","hash":{},"fn":container.program(50, data, 0),"inverse":container.program(55, data, 0),"data":data,"loc":{"start":{"line":270,"column":2},"end":{"line":299,"column":9}}})) != null ? stack1 : "")
    + "\n  <h3>"
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":301,"column":8},"end":{"line":301,"column":9}} )).call(alias4,"report.section.registers",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":301,"column":6},"end":{"line":301,"column":38}}}))
    + "</h3>\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias4,lookupProperty(lookupProperty(depth0,"records"),"registers"),{"name":"if","hash":{},"fn":container.program(56, data, 0),"inverse":container.program(58, data, 0),"data":data,"loc":{"start":{"line":302,"column":2},"end":{"line":327,"column":9}}})) != null ? stack1 : "")
    + "</section>\n\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias4,lookupProperty(depth0,"waivers"),{"name":"if","hash":{},"fn":container.program(59, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":330,"column":0},"end":{"line":361,"column":7}}})) != null ? stack1 : "")
    + "\n<section id=\"method\" class=\"method\" aria-labelledby=\"method-heading\">\n  <h2 id=\"method-heading\">"
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":364,"column":28},"end":{"line":364,"column":29}} )).call(alias4,"report.section.method",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":364,"column":26},"end":{"line":364,"column":55}}}))
    + "</h2>\n  <h3>"
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":365,"column":8},"end":{"line":365,"column":9}} )).call(alias4,"report.method.grades",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":365,"column":6},"end":{"line":365,"column":34}}}))
    + "</h3>\n  <dl>\n    <dt><span class=\"badge badge-major\">"
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":367,"column":42},"end":{"line":367,"column":43}} )).call(alias4,"report.method.majorTerm",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":367,"column":40},"end":{"line":367,"column":71}}}))
    + "</span></dt>\n    <dd>"
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":368,"column":10},"end":{"line":368,"column":11}} )).call(alias4,"report.method.major",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":368,"column":8},"end":{"line":368,"column":35}}}))
    + "</dd>\n    <dt><span class=\"badge badge-minor\">"
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":369,"column":42},"end":{"line":369,"column":43}} )).call(alias4,"report.method.minorTerm",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":369,"column":40},"end":{"line":369,"column":71}}}))
    + "</span></dt>\n    <dd>"
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":370,"column":10},"end":{"line":370,"column":11}} )).call(alias4,"report.method.minor",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":370,"column":8},"end":{"line":370,"column":35}}}))
    + "</dd>\n    <dt><span class=\"badge badge-observation\">"
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":371,"column":48},"end":{"line":371,"column":49}} )).call(alias4,"report.method.observationTerm",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":371,"column":46},"end":{"line":371,"column":83}}}))
    + "</span></dt>\n    <dd>"
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":372,"column":10},"end":{"line":372,"column":11}} )).call(alias4,"report.method.observation",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":372,"column":8},"end":{"line":372,"column":41}}}))
    + "</dd>\n  </dl>\n  <h3>"
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":374,"column":8},"end":{"line":374,"column":9}} )).call(alias4,"report.method.scoring",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":374,"column":6},"end":{"line":374,"column":35}}}))
    + "</h3>\n  <p>"
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":375,"column":7},"end":{"line":375,"column":8}} )).call(alias4,"report.method.scoringText",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":375,"column":5},"end":{"line":375,"column":38}}}))
    + "</p>\n  <p>"
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":376,"column":7},"end":{"line":376,"column":8}} )).call(alias4,"report.method.scoringExcluded",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":376,"column":5},"end":{"line":376,"column":42}}}))
    + "</p>\n  <h3>"
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":377,"column":8},"end":{"line":377,"column":9}} )).call(alias4,"report.method.ready",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":377,"column":6},"end":{"line":377,"column":33}}}))
    + "</h3>\n  <p>"
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":378,"column":7},"end":{"line":378,"column":8}} )).call(alias4,"report.method.readyIntro",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":378,"column":5},"end":{"line":378,"column":37}}}))
    + "</p>\n  <ol>\n    <li>"
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":380,"column":10},"end":{"line":380,"column":11}} )).call(alias4,"report.method.ready1",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":380,"column":8},"end":{"line":380,"column":36}}}))
    + "</li>\n    <li>"
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":381,"column":10},"end":{"line":381,"column":11}} )).call(alias4,"report.method.ready2",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":381,"column":8},"end":{"line":381,"column":36}}}))
    + "</li>\n    <li>"
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":382,"column":10},"end":{"line":382,"column":11}} )).call(alias4,"report.method.ready3",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":382,"column":8},"end":{"line":382,"column":36}}}))
    + "</li>\n    <li>"
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":383,"column":10},"end":{"line":383,"column":11}} )).call(alias4,"report.method.ready4",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":383,"column":8},"end":{"line":383,"column":36}}}))
    + "</li>\n  </ol>\n  <p>"
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":385,"column":7},"end":{"line":385,"column":8}} )).call(alias4,"report.method.readyNote",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":385,"column":5},"end":{"line":385,"column":36}}}))
    + "</p>\n</section>\n\n"
    + ((stack1 = container.invokePartial(lookupProperty(partials,"colophon"),depth0,{"name":"colophon","data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "")
    + "</main>\n</body>\n</html>\n";
},"usePartial":true,"useData":true} },
{ name: "chart.hbs", partial: true, spec: {"0":function(container,depth0,helpers,partials,data) {
    var helper, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), alias3="function", alias4=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return alias4((((helper = lookupProperty(helpers,"clause") || alias1(depth0, "clause", {"start":{"line":4,"column":80},"end":{"line":4,"column":86}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"clause","hash":{},"data":data,"loc":{"start":{"line":4,"column":78},"end":{"line":4,"column":88}}}) : helper)))
    + " "
    + alias4((((helper = lookupProperty(helpers,"title") || alias1(depth0, "title", {"start":{"line":4,"column":91},"end":{"line":4,"column":96}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"title","hash":{},"data":data,"loc":{"start":{"line":4,"column":89},"end":{"line":4,"column":98}}}) : helper)))
    + alias4((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":4,"column":100},"end":{"line":4,"column":101}} )).call(alias2,"report.punct.colon",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":4,"column":98},"end":{"line":4,"column":124}}}))
    + alias4((lookupProperty(helpers,"percent")||alias1(depth0, "percent", {"start":{"line":4,"column":126},"end":{"line":4,"column":133}} )).call(alias2,lookupProperty(depth0,"ratio"),{"name":"percent","hash":{},"data":data,"loc":{"start":{"line":4,"column":124},"end":{"line":4,"column":141}}}))
    + alias4((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":4,"column":143},"end":{"line":4,"column":144}} )).call(alias2,"report.punct.open",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":4,"column":141},"end":{"line":4,"column":166}}}))
    + alias4((((helper = lookupProperty(helpers,"satisfied") || alias1(depth0, "satisfied", {"start":{"line":4,"column":168},"end":{"line":4,"column":177}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"satisfied","hash":{},"data":data,"loc":{"start":{"line":4,"column":166},"end":{"line":4,"column":179}}}) : helper)))
    + "/"
    + alias4((((helper = lookupProperty(helpers,"applicable") || alias1(depth0, "applicable", {"start":{"line":4,"column":182},"end":{"line":4,"column":192}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"applicable","hash":{},"data":data,"loc":{"start":{"line":4,"column":180},"end":{"line":4,"column":194}}}) : helper)))
    + alias4((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":4,"column":196},"end":{"line":4,"column":197}} )).call(alias2,"report.punct.close",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":4,"column":194},"end":{"line":4,"column":220}}}))
    + alias4((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":4,"column":222},"end":{"line":4,"column":223}} )).call(alias2,"report.punct.semicolon",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":4,"column":220},"end":{"line":4,"column":250}}}));
},"1":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), alias3="function", alias4=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "        <g class=\"row depth-"
    + alias4((((helper = lookupProperty(helpers,"depth") || alias1(depth0, "depth", {"start":{"line":17,"column":30},"end":{"line":17,"column":35}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"depth","hash":{},"data":data,"loc":{"start":{"line":17,"column":28},"end":{"line":17,"column":37}}}) : helper)))
    + "\" transform=\"translate(0 "
    + alias4((lookupProperty(helpers,"bar")||alias1(depth0, "bar", {"start":{"line":17,"column":64},"end":{"line":17,"column":67}} )).call(alias2,lookupProperty(data,"index"),26,{"name":"bar","hash":{},"data":data,"loc":{"start":{"line":17,"column":62},"end":{"line":17,"column":79}}}))
    + ")\">\n          <text class=\"label-"
    + alias4((((helper = lookupProperty(helpers,"depth") || alias1(depth0, "depth", {"start":{"line":18,"column":31},"end":{"line":18,"column":36}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"depth","hash":{},"data":data,"loc":{"start":{"line":18,"column":29},"end":{"line":18,"column":38}}}) : helper)))
    + "\" x=\""
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(depth0,"depth"),{"name":"if","hash":{},"fn":container.program(2, data, 0),"inverse":container.program(3, data, 0),"data":data,"loc":{"start":{"line":18,"column":43},"end":{"line":18,"column":74}}})) != null ? stack1 : "")
    + "\" y=\"17\"><tspan class=\"clause\">"
    + alias4((((helper = lookupProperty(helpers,"clause") || alias1(depth0, "clause", {"start":{"line":18,"column":107},"end":{"line":18,"column":113}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"clause","hash":{},"data":data,"loc":{"start":{"line":18,"column":105},"end":{"line":18,"column":115}}}) : helper)))
    + "</tspan> "
    + alias4((((helper = lookupProperty(helpers,"title") || alias1(depth0, "title", {"start":{"line":18,"column":126},"end":{"line":18,"column":131}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"title","hash":{},"data":data,"loc":{"start":{"line":18,"column":124},"end":{"line":18,"column":133}}}) : helper)))
    + "</text>\n          <rect class=\"track\" x=\"340\" y=\""
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(depth0,"depth"),{"name":"if","hash":{},"fn":container.program(4, data, 0),"inverse":container.program(5, data, 0),"data":data,"loc":{"start":{"line":19,"column":41},"end":{"line":19,"column":71}}})) != null ? stack1 : "")
    + "\" width=\"300\" height=\""
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(depth0,"depth"),{"name":"if","hash":{},"fn":container.program(6, data, 0),"inverse":container.program(7, data, 0),"data":data,"loc":{"start":{"line":19,"column":93},"end":{"line":19,"column":125}}})) != null ? stack1 : "")
    + "\"/>\n          <rect class=\"bar-weak\" x=\"340\" y=\""
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(depth0,"depth"),{"name":"if","hash":{},"fn":container.program(4, data, 0),"inverse":container.program(5, data, 0),"data":data,"loc":{"start":{"line":20,"column":44},"end":{"line":20,"column":74}}})) != null ? stack1 : "")
    + "\" width=\""
    + alias4((lookupProperty(helpers,"bar")||alias1(depth0, "bar", {"start":{"line":20,"column":85},"end":{"line":20,"column":88}} )).call(alias2,lookupProperty(depth0,"claimedRatio"),300,{"name":"bar","hash":{},"data":data,"loc":{"start":{"line":20,"column":83},"end":{"line":20,"column":107}}}))
    + "\" height=\""
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(depth0,"depth"),{"name":"if","hash":{},"fn":container.program(6, data, 0),"inverse":container.program(7, data, 0),"data":data,"loc":{"start":{"line":20,"column":117},"end":{"line":20,"column":149}}})) != null ? stack1 : "")
    + "\"/>\n          <rect class=\"bar-"
    + alias4((((helper = lookupProperty(helpers,"depth") || alias1(depth0, "depth", {"start":{"line":21,"column":29},"end":{"line":21,"column":34}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"depth","hash":{},"data":data,"loc":{"start":{"line":21,"column":27},"end":{"line":21,"column":36}}}) : helper)))
    + "\" x=\"340\" y=\""
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(depth0,"depth"),{"name":"if","hash":{},"fn":container.program(4, data, 0),"inverse":container.program(5, data, 0),"data":data,"loc":{"start":{"line":21,"column":49},"end":{"line":21,"column":79}}})) != null ? stack1 : "")
    + "\" width=\""
    + alias4((lookupProperty(helpers,"bar")||alias1(depth0, "bar", {"start":{"line":21,"column":90},"end":{"line":21,"column":93}} )).call(alias2,lookupProperty(depth0,"ratio"),300,{"name":"bar","hash":{},"data":data,"loc":{"start":{"line":21,"column":88},"end":{"line":21,"column":105}}}))
    + "\" height=\""
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(depth0,"depth"),{"name":"if","hash":{},"fn":container.program(6, data, 0),"inverse":container.program(7, data, 0),"data":data,"loc":{"start":{"line":21,"column":115},"end":{"line":21,"column":147}}})) != null ? stack1 : "")
    + "\"/>\n          <text class=\"value\" x=\"650\" y=\"17\">"
    + alias4((lookupProperty(helpers,"percent")||alias1(depth0, "percent", {"start":{"line":22,"column":47},"end":{"line":22,"column":54}} )).call(alias2,lookupProperty(depth0,"ratio"),{"name":"percent","hash":{},"data":data,"loc":{"start":{"line":22,"column":45},"end":{"line":22,"column":62}}}))
    + "</text>\n        </g>\n";
},"2":function(container,depth0,helpers,partials,data) {
    return "26";
},"3":function(container,depth0,helpers,partials,data) {
    return "6";
},"4":function(container,depth0,helpers,partials,data) {
    return "7";
},"5":function(container,depth0,helpers,partials,data) {
    return "5";
},"6":function(container,depth0,helpers,partials,data) {
    return "12";
},"7":function(container,depth0,helpers,partials,data) {
    return "16";
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), alias3=container.escapeExpression, alias4=container.lambda, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<figure class=\"chart\">\n  <svg role=\"img\" aria-labelledby=\"readiness-chart-title readiness-chart-desc\" viewBox=\"0 0 700 "
    + alias3((lookupProperty(helpers,"bar")||alias1(depth0, "bar", {"start":{"line":2,"column":98},"end":{"line":2,"column":101}} )).call(alias2,(lookupProperty(helpers,"inc")||alias1(depth0, "inc", {"start":{"line":2,"column":103},"end":{"line":2,"column":106}} )).call(alias2,(lookupProperty(helpers,"inc")||alias1(depth0, "inc", {"start":{"line":2,"column":108},"end":{"line":2,"column":111}} )).call(alias2,lookupProperty(lookupProperty(depth0,"scores"),"length"),{"name":"inc","hash":{},"data":data,"loc":{"start":{"line":2,"column":107},"end":{"line":2,"column":126}}}),{"name":"inc","hash":{},"data":data,"loc":{"start":{"line":2,"column":102},"end":{"line":2,"column":127}}}),26,{"name":"bar","hash":{},"data":data,"loc":{"start":{"line":2,"column":96},"end":{"line":2,"column":132}}}))
    + "\" preserveAspectRatio=\"xMinYMin meet\" focusable=\"false\">\n    <title id=\"readiness-chart-title\">"
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":3,"column":40},"end":{"line":3,"column":41}} )).call(alias2,"report.chart.title",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":3,"column":38},"end":{"line":3,"column":64}}}))
    + "</title>\n    <desc id=\"readiness-chart-desc\">"
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":4,"column":38},"end":{"line":4,"column":39}} )).call(alias2,"report.chart.desc",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":4,"column":36},"end":{"line":4,"column":61}}}))
    + " "
    + ((stack1 = lookupProperty(helpers,"each").call(alias2,lookupProperty(depth0,"scores"),{"name":"each","hash":{},"fn":container.program(0, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":4,"column":62},"end":{"line":4,"column":259}}})) != null ? stack1 : "")
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":4,"column":261},"end":{"line":4,"column":262}} )).call(alias2,"report.summary.overall",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":4,"column":259},"end":{"line":4,"column":289}}}))
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":4,"column":291},"end":{"line":4,"column":292}} )).call(alias2,"report.punct.colon",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":4,"column":289},"end":{"line":4,"column":315}}}))
    + alias3((lookupProperty(helpers,"percent")||alias1(depth0, "percent", {"start":{"line":4,"column":317},"end":{"line":4,"column":324}} )).call(alias2,lookupProperty(lookupProperty(depth0,"overall"),"ratio"),{"name":"percent","hash":{},"data":data,"loc":{"start":{"line":4,"column":315},"end":{"line":4,"column":340}}}))
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":4,"column":342},"end":{"line":4,"column":343}} )).call(alias2,"report.punct.open",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":4,"column":340},"end":{"line":4,"column":365}}}))
    + alias3(alias4(alias1(lookupProperty(depth0,"overall"), "satisfied", {"start":{"line":4,"column":367},"end":{"line":4,"column":384}} ), depth0))
    + "/"
    + alias3(alias4(alias1(lookupProperty(depth0,"overall"), "applicable", {"start":{"line":4,"column":389},"end":{"line":4,"column":407}} ), depth0))
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":4,"column":411},"end":{"line":4,"column":412}} )).call(alias2,"report.punct.close",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":4,"column":409},"end":{"line":4,"column":435}}}))
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":4,"column":437},"end":{"line":4,"column":438}} )).call(alias2,"report.punct.stop",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":4,"column":435},"end":{"line":4,"column":460}}}))
    + "</desc>\n    <g aria-hidden=\"true\">\n      <text class=\"axis\" x=\"340\" y=\"16\" text-anchor=\"middle\">0%</text>\n      <text class=\"axis\" x=\"415\" y=\"16\" text-anchor=\"middle\">25%</text>\n      <text class=\"axis\" x=\"490\" y=\"16\" text-anchor=\"middle\">50%</text>\n      <text class=\"axis\" x=\"565\" y=\"16\" text-anchor=\"middle\">75%</text>\n      <text class=\"axis\" x=\"640\" y=\"16\" text-anchor=\"middle\">100%</text>\n      <line class=\"grid\" x1=\"415\" y1=\"22\" x2=\"415\" y2=\""
    + alias3((lookupProperty(helpers,"bar")||alias1(depth0, "bar", {"start":{"line":11,"column":57},"end":{"line":11,"column":60}} )).call(alias2,(lookupProperty(helpers,"inc")||alias1(depth0, "inc", {"start":{"line":11,"column":62},"end":{"line":11,"column":65}} )).call(alias2,lookupProperty(lookupProperty(depth0,"scores"),"length"),{"name":"inc","hash":{},"data":data,"loc":{"start":{"line":11,"column":61},"end":{"line":11,"column":80}}}),26,{"name":"bar","hash":{},"data":data,"loc":{"start":{"line":11,"column":55},"end":{"line":11,"column":85}}}))
    + "\"/>\n      <line class=\"grid\" x1=\"490\" y1=\"22\" x2=\"490\" y2=\""
    + alias3((lookupProperty(helpers,"bar")||alias1(depth0, "bar", {"start":{"line":12,"column":57},"end":{"line":12,"column":60}} )).call(alias2,(lookupProperty(helpers,"inc")||alias1(depth0, "inc", {"start":{"line":12,"column":62},"end":{"line":12,"column":65}} )).call(alias2,lookupProperty(lookupProperty(depth0,"scores"),"length"),{"name":"inc","hash":{},"data":data,"loc":{"start":{"line":12,"column":61},"end":{"line":12,"column":80}}}),26,{"name":"bar","hash":{},"data":data,"loc":{"start":{"line":12,"column":55},"end":{"line":12,"column":85}}}))
    + "\"/>\n      <line class=\"grid\" x1=\"565\" y1=\"22\" x2=\"565\" y2=\""
    + alias3((lookupProperty(helpers,"bar")||alias1(depth0, "bar", {"start":{"line":13,"column":57},"end":{"line":13,"column":60}} )).call(alias2,(lookupProperty(helpers,"inc")||alias1(depth0, "inc", {"start":{"line":13,"column":62},"end":{"line":13,"column":65}} )).call(alias2,lookupProperty(lookupProperty(depth0,"scores"),"length"),{"name":"inc","hash":{},"data":data,"loc":{"start":{"line":13,"column":61},"end":{"line":13,"column":80}}}),26,{"name":"bar","hash":{},"data":data,"loc":{"start":{"line":13,"column":55},"end":{"line":13,"column":85}}}))
    + "\"/>\n      <line class=\"grid\" x1=\"640\" y1=\"22\" x2=\"640\" y2=\""
    + alias3((lookupProperty(helpers,"bar")||alias1(depth0, "bar", {"start":{"line":14,"column":57},"end":{"line":14,"column":60}} )).call(alias2,(lookupProperty(helpers,"inc")||alias1(depth0, "inc", {"start":{"line":14,"column":62},"end":{"line":14,"column":65}} )).call(alias2,lookupProperty(lookupProperty(depth0,"scores"),"length"),{"name":"inc","hash":{},"data":data,"loc":{"start":{"line":14,"column":61},"end":{"line":14,"column":80}}}),26,{"name":"bar","hash":{},"data":data,"loc":{"start":{"line":14,"column":55},"end":{"line":14,"column":85}}}))
    + "\"/>\n      <g transform=\"translate(0 26)\">\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias2,lookupProperty(depth0,"scores"),{"name":"each","hash":{},"fn":container.program(1, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":16,"column":8},"end":{"line":24,"column":17}}})) != null ? stack1 : "")
    + "        <g class=\"overall\" transform=\"translate(0 "
    + alias3((lookupProperty(helpers,"bar")||alias1(depth0, "bar", {"start":{"line":25,"column":52},"end":{"line":25,"column":55}} )).call(alias2,lookupProperty(lookupProperty(depth0,"scores"),"length"),26,{"name":"bar","hash":{},"data":data,"loc":{"start":{"line":25,"column":50},"end":{"line":25,"column":74}}}))
    + ")\">\n          <line class=\"rule\" x1=\"0\" y1=\"1\" x2=\"700\" y2=\"1\"/>\n          <text class=\"label-0\" x=\"6\" y=\"19\">"
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":27,"column":47},"end":{"line":27,"column":48}} )).call(alias2,"report.summary.overall",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":27,"column":45},"end":{"line":27,"column":75}}}))
    + "</text>\n          <rect class=\"track\" x=\"340\" y=\"7\" width=\"300\" height=\"16\"/>\n          <rect class=\"bar-weak\" x=\"340\" y=\"7\" width=\""
    + alias3((lookupProperty(helpers,"bar")||alias1(depth0, "bar", {"start":{"line":29,"column":56},"end":{"line":29,"column":59}} )).call(alias2,lookupProperty(lookupProperty(depth0,"overall"),"claimedRatio"),300,{"name":"bar","hash":{},"data":data,"loc":{"start":{"line":29,"column":54},"end":{"line":29,"column":86}}}))
    + "\" height=\"16\"/>\n          <rect class=\"bar-overall\" x=\"340\" y=\"7\" width=\""
    + alias3((lookupProperty(helpers,"bar")||alias1(depth0, "bar", {"start":{"line":30,"column":59},"end":{"line":30,"column":62}} )).call(alias2,lookupProperty(lookupProperty(depth0,"overall"),"ratio"),300,{"name":"bar","hash":{},"data":data,"loc":{"start":{"line":30,"column":57},"end":{"line":30,"column":82}}}))
    + "\" height=\"16\"/>\n          <text class=\"value\" x=\"650\" y=\"20\">"
    + alias3((lookupProperty(helpers,"percent")||alias1(depth0, "percent", {"start":{"line":31,"column":47},"end":{"line":31,"column":54}} )).call(alias2,lookupProperty(lookupProperty(depth0,"overall"),"ratio"),{"name":"percent","hash":{},"data":data,"loc":{"start":{"line":31,"column":45},"end":{"line":31,"column":70}}}))
    + "</text>\n        </g>\n      </g>\n    </g>\n  </svg>\n  <figcaption>"
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":36,"column":16},"end":{"line":36,"column":17}} )).call(alias2,"report.chart.caption",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":36,"column":14},"end":{"line":36,"column":42}}}))
    + "</figcaption>\n</figure>\n";
},"useData":true} },
{ name: "colophon.hbs", partial: true, spec: {"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), alias3=container.escapeExpression, alias4=container.lambda, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<footer class=\"colophon\">\n  <p>"
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":2,"column":7},"end":{"line":2,"column":8}} )).call(alias2,"report.footer.generated",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":2,"column":5},"end":{"line":2,"column":36}}}))
    + " "
    + alias3(alias4(alias1(lookupProperty(lookupProperty(depth0,"meta"),"tool"), "name", {"start":{"line":2,"column":39},"end":{"line":2,"column":53}} ), depth0))
    + " "
    + alias3(alias4(alias1(lookupProperty(lookupProperty(depth0,"meta"),"tool"), "version", {"start":{"line":2,"column":58},"end":{"line":2,"column":75}} ), depth0))
    + " · <span class=\"path\">"
    + alias3(alias4(alias1(lookupProperty(depth0,"meta"), "file", {"start":{"line":2,"column":101},"end":{"line":2,"column":110}} ), depth0))
    + "</span> · "
    + alias3(alias4(alias1(lookupProperty(depth0,"meta"), "standard", {"start":{"line":2,"column":124},"end":{"line":2,"column":137}} ), depth0))
    + " · "
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":2,"column":144},"end":{"line":2,"column":145}} )).call(alias2,"report.cover.asOf",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":2,"column":142},"end":{"line":2,"column":167}}}))
    + " "
    + alias3((lookupProperty(helpers,"date")||alias1(depth0, "date", {"start":{"line":2,"column":170},"end":{"line":2,"column":174}} )).call(alias2,lookupProperty(lookupProperty(depth0,"meta"),"asOf"),{"name":"date","hash":{},"data":data,"loc":{"start":{"line":2,"column":168},"end":{"line":2,"column":186}}}))
    + "</p>\n  <p>"
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":3,"column":7},"end":{"line":3,"column":8}} )).call(alias2,"report.footer.disclaimer",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":3,"column":5},"end":{"line":3,"column":37}}}))
    + "</p>\n</footer>\n";
},"useData":true} },
{ name: "document-control.hbs", partial: true, spec: {"0":function(container,depth0,helpers,partials,data) {
    var lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return container.escapeExpression(container.lambda(container.strict(lookupProperty(lookupProperty(depth0,"meta"),"branding"), "version", {"start":{"line":11,"column":94},"end":{"line":11,"column":115}} ), depth0));
},"1":function(container,depth0,helpers,partials,data) {
    return "—";
},"2":function(container,depth0,helpers,partials,data) {
    var lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return container.escapeExpression(container.lambda(container.strict(lookupProperty(lookupProperty(depth0,"meta"),"branding"), "preparedBy", {"start":{"line":12,"column":100},"end":{"line":12,"column":124}} ), depth0));
},"3":function(container,depth0,helpers,partials,data) {
    var lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return container.escapeExpression(container.lambda(container.strict(lookupProperty(lookupProperty(depth0,"meta"),"branding"), "confidentiality", {"start":{"line":13,"column":110},"end":{"line":13,"column":139}} ), depth0));
},"4":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<ul class=\"plain-list\">"
    + ((stack1 = lookupProperty(helpers,"each").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(lookupProperty(lookupProperty(depth0,"meta"),"branding"),"distribution"),{"name":"each","hash":{},"fn":container.program(5, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":14,"column":125},"end":{"line":14,"column":187}}})) != null ? stack1 : "")
    + "</ul>";
},"5":function(container,depth0,helpers,partials,data) {
    return "<li>"
    + container.escapeExpression(container.lambda(depth0, depth0))
    + "</li>";
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), alias3=container.escapeExpression, alias4=container.lambda, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<section class=\"document-control\" aria-labelledby=\"control-heading\">\n  <h2 id=\"control-heading\">"
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":2,"column":29},"end":{"line":2,"column":30}} )).call(alias2,"report.section.control",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":2,"column":27},"end":{"line":2,"column":57}}}))
    + "</h2>\n  <table class=\"control\">\n    <thead>\n      <tr><th scope=\"col\">"
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":5,"column":28},"end":{"line":5,"column":29}} )).call(alias2,"report.cover.field",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":5,"column":26},"end":{"line":5,"column":52}}}))
    + "</th><th scope=\"col\">"
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":5,"column":75},"end":{"line":5,"column":76}} )).call(alias2,"report.cover.value",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":5,"column":73},"end":{"line":5,"column":99}}}))
    + "</th></tr>\n    </thead>\n    <tbody>\n      <tr><th scope=\"row\">"
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":8,"column":28},"end":{"line":8,"column":29}} )).call(alias2,"report.cover.organisation",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":8,"column":26},"end":{"line":8,"column":59}}}))
    + "</th><td>"
    + alias3(alias4(alias1(lookupProperty(depth0,"organization"), "name", {"start":{"line":8,"column":70},"end":{"line":8,"column":87}} ), depth0))
    + "</td></tr>\n      <tr><th scope=\"row\">"
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":9,"column":28},"end":{"line":9,"column":29}} )).call(alias2,"report.cover.report",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":9,"column":26},"end":{"line":9,"column":53}}}))
    + "</th><td>"
    + alias3(alias4(alias1(lookupProperty(depth0,"meta"), "title", {"start":{"line":9,"column":64},"end":{"line":9,"column":74}} ), depth0))
    + "</td></tr>\n      <tr><th scope=\"row\">"
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":10,"column":28},"end":{"line":10,"column":29}} )).call(alias2,"report.cover.asOf",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":10,"column":26},"end":{"line":10,"column":51}}}))
    + "</th><td>"
    + alias3((lookupProperty(helpers,"date")||alias1(depth0, "date", {"start":{"line":10,"column":62},"end":{"line":10,"column":66}} )).call(alias2,lookupProperty(lookupProperty(depth0,"meta"),"asOf"),{"name":"date","hash":{},"data":data,"loc":{"start":{"line":10,"column":60},"end":{"line":10,"column":78}}}))
    + "</td></tr>\n      <tr><th scope=\"row\">"
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":11,"column":28},"end":{"line":11,"column":29}} )).call(alias2,"report.cover.version",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":11,"column":26},"end":{"line":11,"column":54}}}))
    + "</th><td>"
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(lookupProperty(lookupProperty(depth0,"meta"),"branding"),"version"),{"name":"if","hash":{},"fn":container.program(0, data, 0),"inverse":container.program(1, data, 0),"data":data,"loc":{"start":{"line":11,"column":63},"end":{"line":11,"column":133}}})) != null ? stack1 : "")
    + "</td></tr>\n      <tr><th scope=\"row\">"
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":12,"column":28},"end":{"line":12,"column":29}} )).call(alias2,"report.cover.preparedBy",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":12,"column":26},"end":{"line":12,"column":57}}}))
    + "</th><td>"
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(lookupProperty(lookupProperty(depth0,"meta"),"branding"),"preparedBy"),{"name":"if","hash":{},"fn":container.program(2, data, 0),"inverse":container.program(1, data, 0),"data":data,"loc":{"start":{"line":12,"column":66},"end":{"line":12,"column":142}}})) != null ? stack1 : "")
    + "</td></tr>\n      <tr><th scope=\"row\">"
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":13,"column":28},"end":{"line":13,"column":29}} )).call(alias2,"report.cover.confidentiality",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":13,"column":26},"end":{"line":13,"column":62}}}))
    + "</th><td>"
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(lookupProperty(lookupProperty(depth0,"meta"),"branding"),"confidentiality"),{"name":"if","hash":{},"fn":container.program(3, data, 0),"inverse":container.program(1, data, 0),"data":data,"loc":{"start":{"line":13,"column":71},"end":{"line":13,"column":157}}})) != null ? stack1 : "")
    + "</td></tr>\n      <tr><th scope=\"row\">"
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":14,"column":28},"end":{"line":14,"column":29}} )).call(alias2,"report.cover.distribution",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":14,"column":26},"end":{"line":14,"column":59}}}))
    + "</th><td>"
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(lookupProperty(lookupProperty(depth0,"meta"),"branding"),"distribution"),{"name":"if","hash":{},"fn":container.program(4, data, 0),"inverse":container.program(1, data, 0),"data":data,"loc":{"start":{"line":14,"column":68},"end":{"line":14,"column":208}}})) != null ? stack1 : "")
    + "</td></tr>\n      <tr><th scope=\"row\">"
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":15,"column":28},"end":{"line":15,"column":29}} )).call(alias2,"report.cover.basis",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":15,"column":26},"end":{"line":15,"column":52}}}))
    + "</th><td>"
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":15,"column":63},"end":{"line":15,"column":64}} )).call(alias2,"report.cover.basisText",{"name":"t","hash":{"version":lookupProperty(lookupProperty(lookupProperty(depth0,"meta"),"tool"),"version"),"tool":lookupProperty(lookupProperty(lookupProperty(depth0,"meta"),"tool"),"name"),"file":lookupProperty(lookupProperty(depth0,"meta"),"file")},"data":data,"loc":{"start":{"line":15,"column":61},"end":{"line":15,"column":152}}}))
    + "</td></tr>\n    </tbody>\n  </table>\n</section>\n";
},"useData":true} },
{ name: "html-head.hbs", partial: true, spec: {"0":function(container,depth0,helpers,partials,data) {
    var alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return " \" \\b7  \" "
    + container.escapeExpression((lookupProperty(helpers,"css")||alias1(depth0, "css", {"start":{"line":272,"column":91},"end":{"line":272,"column":94}} )).call(alias2,(lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":272,"column":96},"end":{"line":272,"column":97}} )).call(alias2,"report.footer.version",{"name":"t","hash":{"version":lookupProperty(lookupProperty(lookupProperty(depth0,"meta"),"branding"),"version")},"data":data,"loc":{"start":{"line":272,"column":95},"end":{"line":272,"column":152}}}),{"name":"css","hash":{},"data":data,"loc":{"start":{"line":272,"column":89},"end":{"line":272,"column":154}}}));
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=container.strict, alias2=container.lambda, alias3=container.escapeExpression, alias4=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<meta name=\"color-scheme\" content=\"light\">\n<meta name=\"generator\" content=\""
    + alias3(alias2(alias1(lookupProperty(lookupProperty(depth0,"meta"),"tool"), "name", {"start":{"line":4,"column":34},"end":{"line":4,"column":48}} ), depth0))
    + " "
    + alias3(alias2(alias1(lookupProperty(lookupProperty(depth0,"meta"),"tool"), "version", {"start":{"line":4,"column":53},"end":{"line":4,"column":70}} ), depth0))
    + "\">\n<title>"
    + alias3(alias2(alias1(lookupProperty(depth0,"meta"), "title", {"start":{"line":5,"column":9},"end":{"line":5,"column":19}} ), depth0))
    + " · "
    + alias3(alias2(alias1(lookupProperty(depth0,"organization"), "name", {"start":{"line":5,"column":26},"end":{"line":5,"column":43}} ), depth0))
    + "</title>\n<style>\n:root {\n  --ink: #1c2733;\n  --muted: #4a5665;\n  --heading: #0f2a4a;\n  --accent: #1d4f91;\n  --accent-soft: #e9eff8;\n  --line: #d4dbe4;\n  --head: #edf1f6;\n  --zebra: #f6f8fb;\n  --ok: #17603a;\n  --ok-soft: #e6f3ea;\n  --ok-line: #9ccdb0;\n  --bad: #a3222b;\n  --bad-soft: #fbeaea;\n  --bad-line: #e5acb0;\n  --warn: #854400;\n  --warn-soft: #fdf1dc;\n  --warn-line: #e9c88f;\n  --info: #1d4f91;\n  --info-soft: #e9eff8;\n  --info-line: #b5c9e6;\n  --na: #4a5665;\n  --na-soft: #eef0f3;\n  --na-line: #c9ced6;\n}\n*, *::before, *::after { box-sizing: border-box; }\nhtml { font-size: 15px; -webkit-text-size-adjust: 100%; }\nbody {\n  margin: 0;\n  background: #e9edf2;\n  color: var(--ink);\n  font-family: system-ui, -apple-system, \"Segoe UI\", Roboto, \"Helvetica Neue\", Arial, \"Noto Sans\", \"Noto Sans CJK SC\", \"Source Han Sans SC\", \"PingFang SC\", \"Hiragino Sans GB\", \"Microsoft YaHei\", sans-serif;\n  line-height: 1.5;\n  font-variant-numeric: tabular-nums;\n}\nhtml:lang(zh-CN) body {\n  font-family: \"PingFang SC\", \"Noto Sans CJK SC\", \"Source Han Sans SC\", \"Hiragino Sans GB\", \"Microsoft YaHei\", system-ui, -apple-system, \"Segoe UI\", Roboto, Arial, sans-serif;\n  line-height: 1.6;\n}\n.page {\n  max-width: 62rem;\n  margin: 2rem auto;\n  padding: 3rem 3.5rem 2.5rem;\n  background: #fff;\n  box-shadow: 0 1px 3px rgba(15, 42, 74, 0.12), 0 8px 24px rgba(15, 42, 74, 0.06);\n}\n\n/* Cover and front matter */\n.cover { border-bottom: 3px solid var(--accent); padding-bottom: 1.5rem; margin-bottom: 1.5rem; }\n.logo { display: block; max-width: 14rem; max-height: 5rem; margin: 0 0 1.5rem; object-fit: contain; }\n.cover-facts { display: grid; grid-template-columns: repeat(2, minmax(0, 1fr)); gap: 0.9rem 2.5rem; margin: 1.5rem 0 0; }\n.cover-facts dt { color: var(--muted); font-size: 0.75rem; font-weight: 600; letter-spacing: 0.05em; text-transform: uppercase; }\n.cover-facts dd { margin: 0.15rem 0 0; }\n.internal-mark { display: inline-block; margin: 0 0 0.5rem; padding: 0.1rem 0.6rem; border: 1px solid var(--warn-line); border-radius: 3px; background: var(--warn-soft); color: var(--warn); font-weight: 600; }\n.confidentiality { margin: 1.5rem 0 0; color: var(--bad); font-weight: 700; letter-spacing: 0.04em; }\n.control tbody th { background: var(--head); font-weight: 600; }\n.control thead th:first-child { width: 12rem; }\n.front-matter h2 { margin-top: 1.5rem; }\n.eyebrow { margin: 0; color: var(--accent); font-size: 0.8rem; font-weight: 600; letter-spacing: 0.08em; text-transform: uppercase; }\nh1 { margin: 0.35rem 0 0.15rem; color: var(--heading); font-size: 2rem; line-height: 1.2; font-weight: 700; }\n.organisation { margin: 0 0 1.5rem; color: var(--muted); font-size: 1.25rem; }\n.facts { display: grid; grid-template-columns: repeat(2, minmax(0, 1fr)); gap: 0.9rem 2.5rem; margin: 0; }\n.fact { min-width: 0; }\n.fact.wide { grid-column: 1 / -1; }\n.fact dt { color: var(--muted); font-size: 0.75rem; font-weight: 600; letter-spacing: 0.05em; text-transform: uppercase; }\n.fact dd { margin: 0.15rem 0 0; }\nhtml:lang(zh-CN) .fact dt { font-size: 0.82rem; letter-spacing: 0.02em; }\n.fact ul { margin: 0; padding: 0; list-style: none; }\n.fact li + li { margin-top: 0.2rem; }\n.toc { margin: 0 0 1rem; }\n.toc ol { margin: 0; padding-left: 1.5rem; font-size: 1rem; line-height: 1.9; }\n.toc a { color: var(--accent); text-decoration: none; }\n.toc a:hover, .toc a:focus { text-decoration: underline; }\n\n/* Headings and text */\nh2 { margin: 2.5rem 0 1rem; padding-bottom: 0.4rem; border-bottom: 1px solid var(--line); color: var(--heading); font-size: 1.4rem; line-height: 1.3; }\nh3 { margin: 1.75rem 0 0.6rem; color: var(--heading); font-size: 1.08rem; line-height: 1.35; }\np { margin: 0 0 0.75rem; }\n.lead { color: var(--muted); }\n.muted { color: var(--muted); }\n.rating { white-space: nowrap; font-weight: 600; }\n.rating-conforming { color: #1a7f37; }\n.rating-inconsistent { color: #9a6700; }\n.rating-initial, .rating-not-addressed { color: #b42318; }\n.rating-not-assessed, .rating-not-applicable { color: var(--muted); font-weight: 400; }\n.overdue { color: #b42318; }\ntable.conformity td:nth-child(2) { width: 17%; }\ntable.conformity td:nth-child(3) { width: 13%; }\ntable.conformity td:nth-child(4) { width: 22%; }\ntable.conformity tr.depth-2 td:first-child, table.conformity tr.depth-3 td:first-child { padding-left: 1.2em; }\n.small { font-size: 0.85rem; }\n.pre { white-space: pre-line; }\n.id, .path, code {\n  font-family: ui-monospace, \"SFMono-Regular\", \"Cascadia Mono\", Menlo, Consolas, \"DejaVu Sans Mono\", \"Liberation Mono\", monospace;\n  font-size: 0.9em;\n}\n.sub .id, .sub .path, .sub.path { font-size: 0.95em; }\n.id { white-space: nowrap; }\n.path { overflow-wrap: anywhere; }\n.clause-no { margin-right: 0.3em; color: var(--accent); font-weight: 700; }\n.empty { padding: 0.75rem 1rem; border: 1px dashed var(--line); border-radius: 4px; color: var(--muted); }\n\n/* Tables */\ntable { width: 100%; margin: 0.5rem 0 1.25rem; border-collapse: collapse; font-size: 0.87rem; }\ncaption { caption-side: top; padding: 0 0 0.35rem; color: var(--muted); font-size: 0.85rem; text-align: left; }\nth, td { padding: 0.45rem 0.6rem; text-align: left; vertical-align: top; overflow-wrap: break-word; }\nthead th { background: var(--head); border-bottom: 2px solid #b9c4d2; color: var(--ink); font-weight: 600; vertical-align: bottom; white-space: nowrap; }\ntbody td, tbody th { border-bottom: 1px solid var(--line); }\ntbody tr:nth-child(even) { background: var(--zebra); }\ntd.num, th.num { text-align: right; white-space: nowrap; }\ntd.nowrap { white-space: nowrap; }\n.sub { display: block; margin-top: 0.15rem; color: var(--muted); font-size: 0.8rem; }\n.col-grade { width: 7.5rem; }\n.col-remedy { width: 34%; }\n.col-location { width: 8.5rem; }\n.action-plan .col-action { width: 33%; }\n.action-plan .col-why { width: 24%; }\n.action-plan .col-owner { width: 12%; }\n.action-plan .col-due { width: 8%; }\n.action-plan .col-status { width: 7%; }\n.action-plan .clause-no { display: block; }\n.checklist { margin: 0.35rem 0 0; padding-left: 1.1rem; }\n.checklist li + li { margin-top: 0.3rem; }\ntd.fill { border-left: 1px dotted var(--line); }\nh3.group-prerequisite, h3.group-major { color: var(--bad); }\nh3.group-minor { color: var(--warn); }\n.count-major { color: var(--bad); font-weight: 700; }\n.count-minor { color: var(--warn); font-weight: 600; }\n.verdict h3 { margin: 0.75rem 0 0.25rem; font-size: 0.95rem; color: inherit; }\n.earliest { margin-top: 0.75rem; }\n.col-number { width: 3rem; }\n.col-clause { width: 4.5rem; }\n.col-mark { width: 9rem; }\n.documents .col-title { width: 30%; }\n.documents .col-owner { width: 17%; }\n.documents .col-evidence { width: 24%; }\n.waivers .col-justification { width: 30%; }\n.checklist .col-evidence { width: 30%; }\n.plain-list { margin: 0; padding: 0; list-style: none; }\n.plain-list li + li { margin-top: 0.2rem; }\n\n/* Badges and marks: colour plus a symbol, so they survive black-and-white printing */\n.badge, .mark {\n  display: inline-block;\n  padding: 0.05rem 0.55rem;\n  border: 1px solid;\n  border-radius: 999px;\n  font-size: 0.78rem;\n  font-weight: 600;\n  line-height: 1.5;\n  white-space: nowrap;\n}\n.badge-major { background: var(--bad-soft); border-color: var(--bad-line); color: var(--bad); }\n.badge-minor { background: var(--warn-soft); border-color: var(--warn-line); color: var(--warn); }\n.badge-prerequisite, .badge-invalid { background: var(--bad-soft); border-color: var(--bad-line); color: var(--bad); }\n.badge-observation { background: var(--info-soft); border-color: var(--info-line); color: var(--info); }\n.mark-ok { background: var(--ok-soft); border-color: var(--ok-line); color: var(--ok); }\n.mark-ok::before { content: \"✓ \"; }\n.mark-partial { background: var(--warn-soft); border-color: var(--warn-line); color: var(--warn); }\n.mark-partial::before { content: \"◐ \"; }\n.mark-bad { background: var(--bad-soft); border-color: var(--bad-line); color: var(--bad); }\n.mark-bad::before { content: \"✗ \"; }\n.mark-info { background: var(--info-soft); border-color: var(--info-line); color: var(--info); }\n.mark-info::before { content: \"↻ \"; }\n.mark-na { background: var(--na-soft); border-color: var(--na-line); color: var(--na); }\n.mark-na::before { content: \"– \"; }\n.status { color: var(--muted); }\n.status-approved { color: var(--ok); font-weight: 600; }\n.status-draft, .status-in-review { color: var(--warn); font-weight: 600; }\n.status-retired { color: var(--bad); font-weight: 600; }\n.evidence-ok { color: var(--ok); }\n.evidence-bad { color: var(--bad); font-weight: 600; }\n\n/* Verdict and key figures */\n.verdict { margin: 0 0 1.25rem; padding: 1rem 1.25rem; border: 1px solid; border-left-width: 6px; border-radius: 4px; }\n.verdict-ready { background: var(--ok-soft); border-color: var(--ok-line); border-left-color: var(--ok); }\n.verdict-not-ready { background: var(--bad-soft); border-color: var(--bad-line); border-left-color: var(--bad); }\n.verdict-label { margin: 0 0 0.35rem; font-size: 1.3rem; font-weight: 700; }\n.verdict-ready .verdict-label { color: var(--ok); }\n.verdict-not-ready .verdict-label { color: var(--bad); }\n.verdict ul { margin: 0.25rem 0 0.5rem; padding-left: 1.25rem; }\n.verdict p:last-child, .verdict ul:last-child { margin-bottom: 0; }\n.figures { display: grid; grid-template-columns: repeat(auto-fit, minmax(9rem, 1fr)); gap: 0.75rem; margin: 0 0 1rem; }\n.figure { margin: 0; padding: 0.6rem 0.85rem 0.7rem; border: 1px solid var(--line); border-top: 4px solid var(--accent); border-radius: 3px; background: #fff; }\n.figure dt { color: var(--muted); font-size: 0.8rem; }\n.figure dd { margin: 0; color: var(--heading); font-size: 1.7rem; font-weight: 700; line-height: 1.2; }\n.figure dd .sub { font-size: 0.78rem; font-weight: 400; }\n.figure-major { border-top-color: var(--bad); }\n.figure-minor { border-top-color: #c56a00; }\n.figure-observation { border-top-color: var(--info); }\n.figure-ok { border-top-color: var(--ok); }\n.figure-na { border-top-color: #8a94a3; }\n\n/* Readiness chart */\n.chart { margin: 0.5rem 0 1.25rem; }\n.chart svg { display: block; width: 100%; height: auto; }\n.chart text { fill: var(--ink); font-size: 13px; }\n.chart .axis { fill: var(--muted); font-size: 11px; }\n.chart .grid { stroke: #c9d1dc; stroke-width: 1; stroke-dasharray: 2 3; }\n.chart .track { fill: #edf0f4; }\n.chart .bar-0 { fill: var(--accent); }\n.chart .bar-1 { fill: #7fa3d3; }\n.chart .label-1 { fill: var(--muted); }\n.chart .value, .chart .clause { font-weight: 600; }\n.chart .overall .label-0 { font-weight: 700; }\n.chart .bar-overall { fill: var(--heading); }\n.chart .bar-weak { fill: var(--warn-soft); stroke: var(--warn-line); stroke-width: 1; }\n.chart .rule { stroke: #9aa6b5; stroke-width: 1; }\n.chart figcaption { color: var(--muted); font-size: 0.85rem; }\n\n/* Mapping */\n.mapping td:first-child { width: 38%; }\n.mapping td:last-child { width: 9rem; }\n.clause-row td { background: var(--accent-soft); border-bottom: 1px solid var(--info-line); color: var(--heading); font-weight: 600; }\n.clause-row.depth-0 td { background: #dfe7f3; font-size: 0.95rem; }\n.clause-row.depth-1 td { padding-left: 1.4rem; }\n.clause-row.depth-2 td { padding-left: 2.2rem; }\n.clause-row.depth-3 td { padding-left: 3rem; }\n.mapping tbody tr.req:nth-child(even) { background: var(--zebra); }\n.mapping tbody tr.req:nth-child(odd) { background: #fff; }\n.req.depth-0 td:first-child { padding-left: 1.4rem; }\n.req.depth-1 td:first-child { padding-left: 2.2rem; }\n.req.depth-2 td:first-child { padding-left: 3rem; }\n.req.depth-3 td:first-child { padding-left: 3.8rem; }\n.meta-line > span + span::before { content: \" · \"; }\n.satisfier + .satisfier { margin-top: 0.45rem; padding-top: 0.45rem; border-top: 1px dotted var(--line); }\n.tag { display: inline-block; margin-left: 0.35rem; padding: 0 0.4rem; border: 1px solid var(--line); border-radius: 3px; color: var(--muted); font-size: 0.74rem; white-space: nowrap; }\n\n/* Appendix and footer */\n.method dt { margin-top: 0.6rem; font-weight: 700; }\n.method dd { margin: 0.15rem 0 0 0; }\n.method ol, .method ul { margin: 0.25rem 0 0.75rem; padding-left: 1.4rem; }\n.colophon { margin-top: 2.5rem; padding-top: 0.75rem; border-top: 1px solid var(--line); color: var(--muted); font-size: 0.8rem; }\n\n@page {\n  size: A4;\n  margin: 18mm 14mm 18mm;\n}\n@media print {\n  html { font-size: 9.5pt; }\n  body { background: #fff; }\n  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }\n  .page { max-width: none; margin: 0; padding: 0; box-shadow: none; }\n  .cover { min-height: 250mm; display: flex; flex-direction: column; justify-content: center; border-bottom: none; break-after: page; }\n  .cover h1 { font-size: 2.1rem; }\n  .cover .organisation { font-size: 1.6rem; }\n  .front-matter { break-after: page; }\n  .new-page { break-before: page; }\n  h2, h3, caption, h2 + .lead, h3 + .lead { break-after: avoid; }\n  thead { display: table-header-group; }\n  tfoot { display: table-footer-group; }\n  tr, .figure, .verdict, .chart, .fact, .satisfier { break-inside: avoid; }\n  table { font-size: 0.85rem; }\n  a { color: inherit; text-decoration: none; }\n}\n@media (max-width: 40rem) {\n  .page { margin: 0; padding: 1.25rem; }\n  .facts { grid-template-columns: 1fr; }\n}\n</style>\n<style>\n/* The running header and footer of printed pages: client and report, date, marking, page N of M. */\n@page {\n  @top-left { content: "
    + alias3((lookupProperty(helpers,"css")||alias1(depth0, "css", {"start":{"line":270,"column":25},"end":{"line":270,"column":28}} )).call(alias4,lookupProperty(lookupProperty(depth0,"organization"),"name"),{"name":"css","hash":{},"data":data,"loc":{"start":{"line":270,"column":23},"end":{"line":270,"column":48}}}))
    + " \" \\b7  \" "
    + alias3((lookupProperty(helpers,"css")||alias1(depth0, "css", {"start":{"line":270,"column":60},"end":{"line":270,"column":63}} )).call(alias4,lookupProperty(lookupProperty(depth0,"meta"),"title"),{"name":"css","hash":{},"data":data,"loc":{"start":{"line":270,"column":58},"end":{"line":270,"column":76}}}))
    + "; color: #4a5665; font-size: 8pt; }\n  @top-right { content: "
    + alias3((lookupProperty(helpers,"css")||alias1(depth0, "css", {"start":{"line":271,"column":26},"end":{"line":271,"column":29}} )).call(alias4,lookupProperty(lookupProperty(lookupProperty(depth0,"meta"),"branding"),"confidentiality"),{"name":"css","hash":{},"data":data,"loc":{"start":{"line":271,"column":24},"end":{"line":271,"column":61}}}))
    + "; color: #a3222b; font-size: 8pt; font-weight: 600; }\n  @bottom-left { content: "
    + alias3((lookupProperty(helpers,"css")||alias1(depth0, "css", {"start":{"line":272,"column":28},"end":{"line":272,"column":31}} )).call(alias4,(lookupProperty(helpers,"date")||alias1(depth0, "date", {"start":{"line":272,"column":33},"end":{"line":272,"column":37}} )).call(alias4,lookupProperty(lookupProperty(depth0,"meta"),"asOf"),{"name":"date","hash":{},"data":data,"loc":{"start":{"line":272,"column":32},"end":{"line":272,"column":48}}}),{"name":"css","hash":{},"data":data,"loc":{"start":{"line":272,"column":26},"end":{"line":272,"column":50}}}))
    + ((stack1 = lookupProperty(helpers,"if").call(alias4,lookupProperty(lookupProperty(lookupProperty(depth0,"meta"),"branding"),"version"),{"name":"if","hash":{},"fn":container.program(0, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":272,"column":50},"end":{"line":272,"column":161}}})) != null ? stack1 : "")
    + "; color: #4a5665; font-size: 8pt; }\n  @bottom-right { content: "
    + alias3((lookupProperty(helpers,"cssCounters")||alias1(depth0, "cssCounters", {"start":{"line":273,"column":29},"end":{"line":273,"column":40}} )).call(alias4,(lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":273,"column":42},"end":{"line":273,"column":43}} )).call(alias4,"report.page.number",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":273,"column":41},"end":{"line":273,"column":65}}}),{"name":"cssCounters","hash":{},"data":data,"loc":{"start":{"line":273,"column":27},"end":{"line":273,"column":67}}}))
    + "; color: #4a5665; font-size: 8pt; }\n}\n@page :first {\n  @top-left { content: none; }\n  @top-right { content: none; }\n  @bottom-left { content: none; }\n  @bottom-right { content: none; }\n}\n</style>\n";
},"useData":true} },
{ name: "organisation-facts.hbs", partial: true, spec: {"0":function(container,depth0,helpers,partials,data) {
    var lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return container.escapeExpression(container.lambda(container.strict(lookupProperty(depth0,"organization"), "legalEntityName", {"start":{"line":6,"column":48},"end":{"line":6,"column":76}} ), depth0));
},"1":function(container,depth0,helpers,partials,data) {
    return "—";
},"2":function(container,depth0,helpers,partials,data) {
    var alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), alias3=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<span class=\"sub\">"
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":6,"column":149},"end":{"line":6,"column":150}} )).call(alias2,"report.cover.registrationId",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":6,"column":147},"end":{"line":6,"column":182}}}))
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":6,"column":184},"end":{"line":6,"column":185}} )).call(alias2,"report.punct.colon",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":6,"column":182},"end":{"line":6,"column":208}}}))
    + "<span class=\"id\">"
    + alias3(container.lambda(alias1(lookupProperty(depth0,"organization"), "registrationId", {"start":{"line":6,"column":227},"end":{"line":6,"column":254}} ), depth0))
    + "</span></span>";
},"3":function(container,depth0,helpers,partials,data) {
    var lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return container.escapeExpression(container.lambda(container.strict(lookupProperty(depth0,"organization"), "scopeStatement", {"start":{"line":10,"column":59},"end":{"line":10,"column":86}} ), depth0));
},"4":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "\n        <ul>\n"
    + ((stack1 = lookupProperty(helpers,"each").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(lookupProperty(depth0,"organization"),"services"),{"name":"each","hash":{},"fn":container.program(5, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":16,"column":10},"end":{"line":18,"column":19}}})) != null ? stack1 : "")
    + "        </ul>\n      ";
},"5":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "          <li><strong>"
    + container.escapeExpression((((helper = lookupProperty(helpers,"name") || container.strict(depth0, "name", {"start":{"line":17,"column":24},"end":{"line":17,"column":28}} ))),(typeof helper === "function" ? helper.call(alias1,{"name":"name","hash":{},"data":data,"loc":{"start":{"line":17,"column":22},"end":{"line":17,"column":30}}}) : helper)))
    + "</strong>"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"description"),{"name":"if","hash":{},"fn":container.program(6, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":17,"column":39},"end":{"line":17,"column":83}}})) != null ? stack1 : "")
    + "</li>\n";
},"6":function(container,depth0,helpers,partials,data) {
    var helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return " — "
    + container.escapeExpression((((helper = lookupProperty(helpers,"description") || container.strict(depth0, "description", {"start":{"line":17,"column":63},"end":{"line":17,"column":74}} ))),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"description","hash":{},"data":data,"loc":{"start":{"line":17,"column":61},"end":{"line":17,"column":76}}}) : helper)));
},"7":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "\n        <ul>\n"
    + ((stack1 = lookupProperty(helpers,"each").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(lookupProperty(depth0,"organization"),"categories"),{"name":"each","hash":{},"fn":container.program(8, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":26,"column":10},"end":{"line":28,"column":19}}})) != null ? stack1 : "")
    + "        </ul>\n      ";
},"8":function(container,depth0,helpers,partials,data) {
    var helper, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), alias3="function", alias4=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "          <li><span class=\"id\">"
    + alias4((((helper = lookupProperty(helpers,"number") || alias1(depth0, "number", {"start":{"line":27,"column":33},"end":{"line":27,"column":39}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"number","hash":{},"data":data,"loc":{"start":{"line":27,"column":31},"end":{"line":27,"column":41}}}) : helper)))
    + "</span> "
    + alias4((((helper = lookupProperty(helpers,"name") || alias1(depth0, "name", {"start":{"line":27,"column":51},"end":{"line":27,"column":55}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"name","hash":{},"data":data,"loc":{"start":{"line":27,"column":49},"end":{"line":27,"column":57}}}) : helper)))
    + "<span class=\"muted\">"
    + alias4((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":27,"column":79},"end":{"line":27,"column":80}} )).call(alias2,"report.punct.open",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":27,"column":77},"end":{"line":27,"column":102}}}))
    + alias4((((helper = lookupProperty(helpers,"code") || alias1(depth0, "code", {"start":{"line":27,"column":104},"end":{"line":27,"column":108}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"code","hash":{},"data":data,"loc":{"start":{"line":27,"column":102},"end":{"line":27,"column":110}}}) : helper)))
    + alias4((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":27,"column":112},"end":{"line":27,"column":113}} )).call(alias2,"report.punct.close",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":27,"column":110},"end":{"line":27,"column":136}}}))
    + "</span></li>\n";
},"9":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "\n        <ul>\n"
    + ((stack1 = lookupProperty(helpers,"each").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(lookupProperty(depth0,"organization"),"sites"),{"name":"each","hash":{},"fn":container.program(10, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":36,"column":10},"end":{"line":38,"column":19}}})) != null ? stack1 : "")
    + "        </ul>\n      ";
},"10":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "          <li><strong>"
    + container.escapeExpression((((helper = lookupProperty(helpers,"name") || container.strict(depth0, "name", {"start":{"line":37,"column":24},"end":{"line":37,"column":28}} ))),(typeof helper === "function" ? helper.call(alias1,{"name":"name","hash":{},"data":data,"loc":{"start":{"line":37,"column":22},"end":{"line":37,"column":30}}}) : helper)))
    + "</strong>"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"headcount"),{"name":"if","hash":{},"fn":container.program(11, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":37,"column":39},"end":{"line":37,"column":139}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"address"),{"name":"if","hash":{},"fn":container.program(12, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":37,"column":139},"end":{"line":37,"column":197}}})) != null ? stack1 : "")
    + "</li>\n";
},"11":function(container,depth0,helpers,partials,data) {
    var lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return " <span class=\"muted\">· "
    + container.escapeExpression((lookupProperty(helpers,"t")||container.strict(depth0, "t", {"start":{"line":37,"column":81},"end":{"line":37,"column":82}} )).call(depth0 != null ? depth0 : (container.nullContext || {}),"report.cover.headcount",{"name":"t","hash":{"count":lookupProperty(depth0,"headcount")},"data":data,"loc":{"start":{"line":37,"column":79},"end":{"line":37,"column":125}}}))
    + "</span>";
},"12":function(container,depth0,helpers,partials,data) {
    var helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<span class=\"sub\">"
    + container.escapeExpression((((helper = lookupProperty(helpers,"address") || container.strict(depth0, "address", {"start":{"line":37,"column":174},"end":{"line":37,"column":181}} ))),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"address","hash":{},"data":data,"loc":{"start":{"line":37,"column":172},"end":{"line":37,"column":183}}}) : helper)))
    + "</span>";
},"13":function(container,depth0,helpers,partials,data) {
    var lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return container.escapeExpression(container.lambda(container.strict(lookupProperty(depth0,"organization"), "managementRepresentative", {"start":{"line":48,"column":57},"end":{"line":48,"column":94}} ), depth0));
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), alias3=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<section id=\"organisation\" aria-labelledby=\"organisation-heading\">\n  <h2 id=\"organisation-heading\">"
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":2,"column":34},"end":{"line":2,"column":35}} )).call(alias2,"report.section.organisation",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":2,"column":32},"end":{"line":2,"column":67}}}))
    + "</h2>\n  <dl class=\"facts\">\n    <div class=\"fact\">\n      <dt>"
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":5,"column":12},"end":{"line":5,"column":13}} )).call(alias2,"report.cover.legalEntity",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":5,"column":10},"end":{"line":5,"column":42}}}))
    + "</dt>\n      <dd>"
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(lookupProperty(depth0,"organization"),"legalEntityName"),{"name":"if","hash":{},"fn":container.program(0, data, 0),"inverse":container.program(1, data, 0),"data":data,"loc":{"start":{"line":6,"column":10},"end":{"line":6,"column":94}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(lookupProperty(depth0,"organization"),"registrationId"),{"name":"if","hash":{},"fn":container.program(2, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":6,"column":94},"end":{"line":6,"column":277}}})) != null ? stack1 : "")
    + "</dd>\n    </div>\n    <div class=\"fact wide\">\n      <dt>"
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":9,"column":12},"end":{"line":9,"column":13}} )).call(alias2,"report.cover.scope",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":9,"column":10},"end":{"line":9,"column":36}}}))
    + "</dt>\n      <dd class=\"pre\">"
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(lookupProperty(depth0,"organization"),"scopeStatement"),{"name":"if","hash":{},"fn":container.program(3, data, 0),"inverse":container.program(1, data, 0),"data":data,"loc":{"start":{"line":10,"column":22},"end":{"line":10,"column":104}}})) != null ? stack1 : "")
    + "</dd>\n    </div>\n    <div class=\"fact wide\">\n      <dt>"
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":13,"column":12},"end":{"line":13,"column":13}} )).call(alias2,"report.cover.services",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":13,"column":10},"end":{"line":13,"column":39}}}))
    + "</dt>\n      <dd>"
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(lookupProperty(depth0,"organization"),"services"),{"name":"if","hash":{},"fn":container.program(4, data, 0),"inverse":container.program(1, data, 0),"data":data,"loc":{"start":{"line":14,"column":10},"end":{"line":20,"column":22}}})) != null ? stack1 : "")
    + "</dd>\n    </div>\n    <div class=\"fact\">\n      <dt>"
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":23,"column":12},"end":{"line":23,"column":13}} )).call(alias2,"report.cover.categories",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":23,"column":10},"end":{"line":23,"column":41}}}))
    + "</dt>\n      <dd>"
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(lookupProperty(depth0,"organization"),"categories"),{"name":"if","hash":{},"fn":container.program(7, data, 0),"inverse":container.program(1, data, 0),"data":data,"loc":{"start":{"line":24,"column":10},"end":{"line":30,"column":22}}})) != null ? stack1 : "")
    + "</dd>\n    </div>\n    <div class=\"fact\">\n      <dt>"
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":33,"column":12},"end":{"line":33,"column":13}} )).call(alias2,"report.cover.sites",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":33,"column":10},"end":{"line":33,"column":36}}}))
    + "</dt>\n      <dd>"
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(lookupProperty(depth0,"organization"),"sites"),{"name":"if","hash":{},"fn":container.program(9, data, 0),"inverse":container.program(1, data, 0),"data":data,"loc":{"start":{"line":34,"column":10},"end":{"line":40,"column":22}}})) != null ? stack1 : "")
    + "</dd>\n    </div>\n    <div class=\"fact\">\n      <dt>"
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":43,"column":12},"end":{"line":43,"column":13}} )).call(alias2,"report.cover.startDate",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":43,"column":10},"end":{"line":43,"column":40}}}))
    + "</dt>\n      <dd>"
    + alias3((lookupProperty(helpers,"date")||alias1(depth0, "date", {"start":{"line":44,"column":12},"end":{"line":44,"column":16}} )).call(alias2,lookupProperty(lookupProperty(depth0,"organization"),"startDate"),{"name":"date","hash":{},"data":data,"loc":{"start":{"line":44,"column":10},"end":{"line":44,"column":41}}}))
    + "</dd>\n    </div>\n    <div class=\"fact\">\n      <dt>"
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":47,"column":12},"end":{"line":47,"column":13}} )).call(alias2,"report.cover.representative",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":47,"column":10},"end":{"line":47,"column":45}}}))
    + "</dt>\n      <dd>"
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(lookupProperty(depth0,"organization"),"managementRepresentative"),{"name":"if","hash":{},"fn":container.program(13, data, 0),"inverse":container.program(1, data, 0),"data":data,"loc":{"start":{"line":48,"column":10},"end":{"line":48,"column":112}}})) != null ? stack1 : "")
    + "</dd>\n    </div>\n  </dl>\n</section>\n";
},"useData":true} },
{ name: "report-cover.hbs", partial: true, spec: {"0":function(container,depth0,helpers,partials,data) {
    var alias1=container.strict, alias2=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<img class=\"logo\" src=\""
    + alias2(container.lambda(alias1(lookupProperty(lookupProperty(depth0,"meta"),"branding"), "logo", {"start":{"line":2,"column":53},"end":{"line":2,"column":71}} ), depth0))
    + "\" alt=\""
    + alias2((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":2,"column":82},"end":{"line":2,"column":83}} )).call(depth0 != null ? depth0 : (container.nullContext || {}),"report.cover.logo",{"name":"t","hash":{"organisation":lookupProperty(lookupProperty(depth0,"organization"),"name")},"data":data,"loc":{"start":{"line":2,"column":80},"end":{"line":2,"column":136}}}))
    + "\">";
},"1":function(container,depth0,helpers,partials,data) {
    var lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<p class=\"internal-mark\">"
    + container.escapeExpression((lookupProperty(helpers,"t")||container.strict(depth0, "t", {"start":{"line":6,"column":50},"end":{"line":6,"column":51}} )).call(depth0 != null ? depth0 : (container.nullContext || {}),"report.cover.internal",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":6,"column":48},"end":{"line":6,"column":77}}}))
    + "</p>";
},"2":function(container,depth0,helpers,partials,data) {
    var alias1=container.strict, alias2=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "    <div class=\"fact\">\n      <dt>"
    + alias2((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":14,"column":12},"end":{"line":14,"column":13}} )).call(depth0 != null ? depth0 : (container.nullContext || {}),"report.cover.version",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":14,"column":10},"end":{"line":14,"column":38}}}))
    + "</dt>\n      <dd>"
    + alias2(container.lambda(alias1(lookupProperty(lookupProperty(depth0,"meta"),"branding"), "version", {"start":{"line":15,"column":12},"end":{"line":15,"column":33}} ), depth0))
    + "</dd>\n    </div>\n";
},"3":function(container,depth0,helpers,partials,data) {
    var alias1=container.strict, alias2=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "    <div class=\"fact\">\n      <dt>"
    + alias2((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":20,"column":12},"end":{"line":20,"column":13}} )).call(depth0 != null ? depth0 : (container.nullContext || {}),"report.cover.preparedBy",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":20,"column":10},"end":{"line":20,"column":41}}}))
    + "</dt>\n      <dd>"
    + alias2(container.lambda(alias1(lookupProperty(lookupProperty(depth0,"meta"),"branding"), "preparedBy", {"start":{"line":21,"column":12},"end":{"line":21,"column":36}} ), depth0))
    + "</dd>\n    </div>\n";
},"4":function(container,depth0,helpers,partials,data) {
    var lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<p class=\"confidentiality\">"
    + container.escapeExpression(container.lambda(container.strict(lookupProperty(lookupProperty(depth0,"meta"),"branding"), "confidentiality", {"start":{"line":29,"column":68},"end":{"line":29,"column":97}} ), depth0))
    + "</p>";
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), alias2=container.strict, alias3=container.lambda, alias4=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<header class=\"cover\">\n  "
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(lookupProperty(lookupProperty(depth0,"meta"),"branding"),"logo"),{"name":"if","hash":{},"fn":container.program(0, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":2,"column":2},"end":{"line":2,"column":145}}})) != null ? stack1 : "")
    + "\n  <p class=\"eyebrow\">"
    + alias4(alias3(alias2(lookupProperty(depth0,"meta"), "standard", {"start":{"line":3,"column":23},"end":{"line":3,"column":36}} ), depth0))
    + " · "
    + alias4((lookupProperty(helpers,"t")||alias2(depth0, "t", {"start":{"line":3,"column":43},"end":{"line":3,"column":44}} )).call(alias1,"report.cover.kind",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":3,"column":41},"end":{"line":3,"column":66}}}))
    + "</p>\n  <h1>"
    + alias4(alias3(alias2(lookupProperty(depth0,"meta"), "title", {"start":{"line":4,"column":8},"end":{"line":4,"column":18}} ), depth0))
    + "</h1>\n  <p class=\"organisation\">"
    + alias4(alias3(alias2(lookupProperty(depth0,"organization"), "name", {"start":{"line":5,"column":28},"end":{"line":5,"column":45}} ), depth0))
    + "</p>\n  "
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(lookupProperty(depth0,"meta"),"internal"),{"name":"if","hash":{},"fn":container.program(1, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":6,"column":2},"end":{"line":6,"column":88}}})) != null ? stack1 : "")
    + "\n  <dl class=\"cover-facts\">\n    <div class=\"fact\">\n      <dt>"
    + alias4((lookupProperty(helpers,"t")||alias2(depth0, "t", {"start":{"line":9,"column":12},"end":{"line":9,"column":13}} )).call(alias1,"report.cover.asOf",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":9,"column":10},"end":{"line":9,"column":35}}}))
    + "</dt>\n      <dd>"
    + alias4((lookupProperty(helpers,"date")||alias2(depth0, "date", {"start":{"line":10,"column":12},"end":{"line":10,"column":16}} )).call(alias1,lookupProperty(lookupProperty(depth0,"meta"),"asOf"),{"name":"date","hash":{},"data":data,"loc":{"start":{"line":10,"column":10},"end":{"line":10,"column":28}}}))
    + "</dd>\n    </div>\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(lookupProperty(lookupProperty(depth0,"meta"),"branding"),"version"),{"name":"if","hash":{},"fn":container.program(2, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":12,"column":4},"end":{"line":17,"column":11}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(lookupProperty(lookupProperty(depth0,"meta"),"branding"),"preparedBy"),{"name":"if","hash":{},"fn":container.program(3, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":18,"column":4},"end":{"line":23,"column":11}}})) != null ? stack1 : "")
    + "    <div class=\"fact\">\n      <dt>"
    + alias4((lookupProperty(helpers,"t")||alias2(depth0, "t", {"start":{"line":25,"column":12},"end":{"line":25,"column":13}} )).call(alias1,"report.cover.standard",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":25,"column":10},"end":{"line":25,"column":39}}}))
    + "</dt>\n      <dd>"
    + alias4(alias3(alias2(lookupProperty(depth0,"meta"), "standard", {"start":{"line":26,"column":12},"end":{"line":26,"column":25}} ), depth0))
    + "</dd>\n    </div>\n  </dl>\n  "
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(lookupProperty(lookupProperty(depth0,"meta"),"branding"),"confidentiality"),{"name":"if","hash":{},"fn":container.program(4, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":29,"column":2},"end":{"line":29,"column":110}}})) != null ? stack1 : "")
    + "\n</header>\n";
},"useData":true} },
{ name: "verdict-box.hbs", partial: true, spec: {"0":function(container,depth0,helpers,partials,data) {
    return "verdict-ready";
},"1":function(container,depth0,helpers,partials,data) {
    return "verdict-not-ready";
},"2":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "  <h3>"
    + container.escapeExpression((lookupProperty(helpers,"t")||container.strict(depth0, "t", {"start":{"line":4,"column":8},"end":{"line":4,"column":9}} )).call(alias1,"report.verdict.prerequisitesHeading",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":4,"column":6},"end":{"line":4,"column":49}}}))
    + "</h3>\n  <ul>\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias1,lookupProperty(lookupProperty(depth0,"verdict"),"prerequisites"),{"name":"each","hash":{},"fn":container.program(3, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":6,"column":4},"end":{"line":8,"column":13}}})) != null ? stack1 : "")
    + "  </ul>\n";
},"3":function(container,depth0,helpers,partials,data) {
    return "    <li>"
    + container.escapeExpression(container.lambda(depth0, depth0))
    + "</li>\n";
},"4":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "  <h3>"
    + container.escapeExpression((lookupProperty(helpers,"t")||container.strict(depth0, "t", {"start":{"line":12,"column":8},"end":{"line":12,"column":9}} )).call(alias1,"report.verdict.majorsHeading",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":12,"column":6},"end":{"line":12,"column":42}}}))
    + "</h3>\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(lookupProperty(lookupProperty(depth0,"verdict"),"majors"),"named"),{"name":"if","hash":{},"fn":container.program(5, data, 0),"inverse":container.program(8, data, 0),"data":data,"loc":{"start":{"line":13,"column":2},"end":{"line":21,"column":9}}})) != null ? stack1 : "");
},"5":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "  <ul>\n"
    + ((stack1 = lookupProperty(helpers,"each").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(lookupProperty(lookupProperty(depth0,"verdict"),"majors"),"named"),{"name":"each","hash":{},"fn":container.program(6, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":15,"column":4},"end":{"line":17,"column":13}}})) != null ? stack1 : "")
    + "  </ul>\n";
},"6":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "    <li>"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"clause"),{"name":"if","hash":{},"fn":container.program(7, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":16,"column":8},"end":{"line":16,"column":112}}})) != null ? stack1 : "")
    + container.escapeExpression((((helper = lookupProperty(helpers,"message") || container.strict(depth0, "message", {"start":{"line":16,"column":114},"end":{"line":16,"column":121}} ))),(typeof helper === "function" ? helper.call(alias1,{"name":"message","hash":{},"data":data,"loc":{"start":{"line":16,"column":112},"end":{"line":16,"column":123}}}) : helper)))
    + "</li>\n";
},"7":function(container,depth0,helpers,partials,data) {
    var helper, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), alias3="function", alias4=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<span class=\"clause-no\">"
    + alias4((((helper = lookupProperty(helpers,"clause") || alias1(depth0, "clause", {"start":{"line":16,"column":48},"end":{"line":16,"column":54}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"clause","hash":{},"data":data,"loc":{"start":{"line":16,"column":46},"end":{"line":16,"column":56}}}) : helper)))
    + "</span> "
    + alias4((((helper = lookupProperty(helpers,"clauseTitle") || alias1(depth0, "clauseTitle", {"start":{"line":16,"column":66},"end":{"line":16,"column":77}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"clauseTitle","hash":{},"data":data,"loc":{"start":{"line":16,"column":64},"end":{"line":16,"column":79}}}) : helper)))
    + alias4((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":16,"column":81},"end":{"line":16,"column":82}} )).call(alias2,"report.punct.colon",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":16,"column":79},"end":{"line":16,"column":105}}}));
},"8":function(container,depth0,helpers,partials,data) {
    var lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "  <p>"
    + container.escapeExpression((lookupProperty(helpers,"t")||container.strict(depth0, "t", {"start":{"line":20,"column":7},"end":{"line":20,"column":8}} )).call(depth0 != null ? depth0 : (container.nullContext || {}),"report.verdict.majorsCounted",{"name":"t","hash":{"count":lookupProperty(lookupProperty(lookupProperty(depth0,"verdict"),"majors"),"count")},"data":data,"loc":{"start":{"line":20,"column":5},"end":{"line":20,"column":68}}}))
    + "</p>\n";
},"9":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "  <ul>\n"
    + ((stack1 = lookupProperty(helpers,"each").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(lookupProperty(depth0,"verdict"),"others"),{"name":"each","hash":{},"fn":container.program(3, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":25,"column":4},"end":{"line":27,"column":13}}})) != null ? stack1 : "")
    + "  </ul>\n";
},"10":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return container.escapeExpression((lookupProperty(helpers,"date")||container.strict(depth0, "date", {"start":{"line":30,"column":127},"end":{"line":30,"column":131}} )).call(alias1,lookupProperty(lookupProperty(lookupProperty(depth0,"verdict"),"earliest"),"date"),{"name":"date","hash":{},"data":data,"loc":{"start":{"line":30,"column":125},"end":{"line":30,"column":155}}}))
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(lookupProperty(lookupProperty(depth0,"verdict"),"earliest"),"condition"),{"name":"if","hash":{},"fn":container.program(11, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":30,"column":155},"end":{"line":30,"column":252}}})) != null ? stack1 : "");
},"11":function(container,depth0,helpers,partials,data) {
    var alias1=container.strict, alias2=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return alias2((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":30,"column":191},"end":{"line":30,"column":192}} )).call(depth0 != null ? depth0 : (container.nullContext || {}),"report.punct.comma",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":30,"column":189},"end":{"line":30,"column":215}}}))
    + alias2(container.lambda(alias1(lookupProperty(lookupProperty(depth0,"verdict"),"earliest"), "condition", {"start":{"line":30,"column":217},"end":{"line":30,"column":243}} ), depth0));
},"12":function(container,depth0,helpers,partials,data) {
    var lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return container.escapeExpression(container.lambda(container.strict(lookupProperty(lookupProperty(depth0,"verdict"),"earliest"), "condition", {"start":{"line":30,"column":262},"end":{"line":30,"column":288}} ), depth0));
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), alias2=container.strict, alias3=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<div class=\"verdict "
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(lookupProperty(depth0,"verdict"),"ready"),{"name":"if","hash":{},"fn":container.program(0, data, 0),"inverse":container.program(1, data, 0),"data":data,"loc":{"start":{"line":1,"column":20},"end":{"line":1,"column":86}}})) != null ? stack1 : "")
    + "\">\n  <p class=\"verdict-label\">"
    + alias3(container.lambda(alias2(lookupProperty(depth0,"verdict"), "label", {"start":{"line":2,"column":29},"end":{"line":2,"column":42}} ), depth0))
    + "</p>\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(lookupProperty(depth0,"verdict"),"prerequisites"),{"name":"if","hash":{},"fn":container.program(2, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":3,"column":2},"end":{"line":10,"column":9}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(lookupProperty(lookupProperty(depth0,"verdict"),"majors"),"count"),{"name":"if","hash":{},"fn":container.program(4, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":11,"column":2},"end":{"line":22,"column":9}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(lookupProperty(depth0,"verdict"),"others"),{"name":"if","hash":{},"fn":container.program(9, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":23,"column":2},"end":{"line":29,"column":9}}})) != null ? stack1 : "")
    + "  <p class=\"earliest\"><strong>"
    + alias3((lookupProperty(helpers,"t")||alias2(depth0, "t", {"start":{"line":30,"column":32},"end":{"line":30,"column":33}} )).call(alias1,"report.verdict.earliest",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":30,"column":30},"end":{"line":30,"column":61}}}))
    + "</strong>"
    + alias3((lookupProperty(helpers,"t")||alias2(depth0, "t", {"start":{"line":30,"column":72},"end":{"line":30,"column":73}} )).call(alias1,"report.punct.colon",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":30,"column":70},"end":{"line":30,"column":96}}}))
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(lookupProperty(lookupProperty(depth0,"verdict"),"earliest"),"date"),{"name":"if","hash":{},"fn":container.program(10, data, 0),"inverse":container.program(12, data, 0),"data":data,"loc":{"start":{"line":30,"column":96},"end":{"line":30,"column":297}}})) != null ? stack1 : "")
    + "</p>\n</div>\n";
},"useData":true} }
];
