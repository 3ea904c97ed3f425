"use strict";
module.exports = [
{ name: "mapping.html.hbs", partial: false, spec: {"0":function(container,depth0,helpers,partials,data,blockParams,depths) {
    var stack1, helper, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), alias3="function", alias4=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "    <tbody>\n      <tr class=\"clause-row depth-"
    + alias4((((helper = lookupProperty(helpers,"depth") || alias1(depth0, "depth", {"start":{"line":62,"column":36},"end":{"line":62,"column":41}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"depth","hash":{},"data":data,"loc":{"start":{"line":62,"column":34},"end":{"line":62,"column":43}}}) : helper)))
    + "\">\n        <td colspan=\"3\"><span class=\"clause-no\">"
    + alias4((((helper = lookupProperty(helpers,"id") || alias1(depth0, "id", {"start":{"line":63,"column":50},"end":{"line":63,"column":52}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"id","hash":{},"data":data,"loc":{"start":{"line":63,"column":48},"end":{"line":63,"column":54}}}) : helper)))
    + "</span> "
    + alias4((((helper = lookupProperty(helpers,"title") || alias1(depth0, "title", {"start":{"line":63,"column":64},"end":{"line":63,"column":69}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"title","hash":{},"data":data,"loc":{"start":{"line":63,"column":62},"end":{"line":63,"column":71}}}) : helper)))
    + "</td>\n      </tr>\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias2,lookupProperty(depth0,"requirements"),{"name":"each","hash":{},"fn":container.program(1, data, 0, blockParams, depths),"inverse":container.program(10, data, 0, blockParams, depths),"data":data,"loc":{"start":{"line":65,"column":6},"end":{"line":83,"column":15}}})) != null ? stack1 : "")
    + "    </tbody>\n";
},"1":function(container,depth0,helpers,partials,data,blockParams,depths) {
    var stack1, helper, alias1=container.strict, alias2=container.escapeExpression, alias3=depth0 != null ? depth0 : (container.nullContext || {}), alias4="function", lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "      <tr class=\"req depth-"
    + alias2(container.lambda(alias1(depths[1], "depth", {"start":{"line":66,"column":29},"end":{"line":66,"column":37}} ), depth0))
    + "\">\n        <td>"
    + alias2((((helper = lookupProperty(helpers,"title") || alias1(depth0, "title", {"start":{"line":67,"column":14},"end":{"line":67,"column":19}} ))),(typeof helper === alias4 ? helper.call(alias3,{"name":"title","hash":{},"data":data,"loc":{"start":{"line":67,"column":12},"end":{"line":67,"column":21}}}) : helper)))
    + "<span class=\"sub\"><span class=\"tag\">"
    + ((stack1 = container.invokePartial(lookupProperty(partials,"kind-label"),depth0,{"name":"kind-label","data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "")
    + "</span><span class=\"tag\">"
    + ((stack1 = lookupProperty(helpers,"if").call(alias3,lookupProperty(depth0,"mandatory"),{"name":"if","hash":{},"fn":container.program(2, data, 0, blockParams, depths),"inverse":container.program(3, data, 0, blockParams, depths),"data":data,"loc":{"start":{"line":67,"column":98},"end":{"line":67,"column":204}}})) != null ? stack1 : "")
    + "</span></span></td>\n        <td>\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias3,lookupProperty(depth0,"satisfiers"),{"name":"each","hash":{},"fn":container.program(4, data, 0, blockParams, depths),"inverse":container.program(9, data, 0, blockParams, depths),"data":data,"loc":{"start":{"line":69,"column":10},"end":{"line":73,"column":19}}})) != null ? stack1 : "")
    + "        </td>\n        <td><span class=\"mark "
    + alias2((((helper = lookupProperty(helpers,"markClass") || alias1(depth0, "markClass", {"start":{"line":75,"column":32},"end":{"line":75,"column":41}} ))),(typeof helper === alias4 ? helper.call(alias3,{"name":"markClass","hash":{},"data":data,"loc":{"start":{"line":75,"column":30},"end":{"line":75,"column":43}}}) : helper)))
    + "\">"
    + alias2((((helper = lookupProperty(helpers,"mark") || alias1(depth0, "mark", {"start":{"line":75,"column":47},"end":{"line":75,"column":51}} ))),(typeof helper === alias4 ? helper.call(alias3,{"name":"mark","hash":{},"data":data,"loc":{"start":{"line":75,"column":45},"end":{"line":75,"column":53}}}) : helper)))
    + "</span></td>\n      </tr>\n";
},"2":function(container,depth0,helpers,partials,data) {
    var lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return container.escapeExpression((lookupProperty(helpers,"t")||container.strict(depth0, "t", {"start":{"line":67,"column":117},"end":{"line":67,"column":118}} )).call(depth0 != null ? depth0 : (container.nullContext || {}),"report.requirement.mandatory",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":67,"column":115},"end":{"line":67,"column":151}}}));
},"3":function(container,depth0,helpers,partials,data) {
    var lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return container.escapeExpression((lookupProperty(helpers,"t")||container.strict(depth0, "t", {"start":{"line":67,"column":161},"end":{"line":67,"column":162}} )).call(depth0 != null ? depth0 : (container.nullContext || {}),"report.requirement.recommended",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":67,"column":159},"end":{"line":67,"column":197}}}));
},"4":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), alias3="function", alias4=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "          <div class=\"satisfier\"><span class=\"id\">"
    + alias4((((helper = lookupProperty(helpers,"id") || alias1(depth0, "id", {"start":{"line":70,"column":52},"end":{"line":70,"column":54}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"id","hash":{},"data":data,"loc":{"start":{"line":70,"column":50},"end":{"line":70,"column":56}}}) : helper)))
    + "</span> "
    + alias4((((helper = lookupProperty(helpers,"title") || alias1(depth0, "title", {"start":{"line":70,"column":66},"end":{"line":70,"column":71}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"title","hash":{},"data":data,"loc":{"start":{"line":70,"column":64},"end":{"line":70,"column":73}}}) : helper)))
    + "<span class=\"sub meta-line\"><span>"
    + ((stack1 = container.invokePartial(lookupProperty(partials,"kind-label"),depth0,{"name":"kind-label","data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "")
    + "</span>"
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(depth0,"version"),{"name":"if","hash":{},"fn":container.program(5, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":70,"column":130},"end":{"line":70,"column":209}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(depth0,"status"),{"name":"if","hash":{},"fn":container.program(6, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":70,"column":209},"end":{"line":70,"column":253}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(depth0,"approvalDate"),{"name":"if","hash":{},"fn":container.program(7, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":70,"column":253},"end":{"line":70,"column":345}}})) != null ? stack1 : "")
    + "</span>"
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(depth0,"evidence"),{"name":"if","hash":{},"fn":container.program(8, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":70,"column":352},"end":{"line":70,"column":417}}})) != null ? stack1 : "")
    + "</div>\n";
},"5":function(container,depth0,helpers,partials,data) {
    var helper, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), alias3=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<span>"
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":70,"column":153},"end":{"line":70,"column":154}} )).call(alias2,"report.satisfier.version",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":70,"column":151},"end":{"line":70,"column":183}}}))
    + " "
    + alias3((((helper = lookupProperty(helpers,"version") || alias1(depth0, "version", {"start":{"line":70,"column":186},"end":{"line":70,"column":193}} ))),(typeof helper === "function" ? helper.call(alias2,{"name":"version","hash":{},"data":data,"loc":{"start":{"line":70,"column":184},"end":{"line":70,"column":195}}}) : helper)))
    + "</span>";
},"6":function(container,depth0,helpers,partials,data) {
    var helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<span>"
    + container.escapeExpression((((helper = lookupProperty(helpers,"status") || container.strict(depth0, "status", {"start":{"line":70,"column":231},"end":{"line":70,"column":237}} ))),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"status","hash":{},"data":data,"loc":{"start":{"line":70,"column":229},"end":{"line":70,"column":239}}}) : helper)))
    + "</span>";
},"7":function(container,depth0,helpers,partials,data) {
    var alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), alias3=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<span>"
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":70,"column":281},"end":{"line":70,"column":282}} )).call(alias2,"report.satisfier.dated",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":70,"column":279},"end":{"line":70,"column":309}}}))
    + " "
    + alias3((lookupProperty(helpers,"date")||alias1(depth0, "date", {"start":{"line":70,"column":312},"end":{"line":70,"column":316}} )).call(alias2,lookupProperty(depth0,"approvalDate"),{"name":"date","hash":{},"data":data,"loc":{"start":{"line":70,"column":310},"end":{"line":70,"column":331}}}))
    + "</span>";
},"8":function(container,depth0,helpers,partials,data) {
    var helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<span class=\"sub path\">"
    + container.escapeExpression((((helper = lookupProperty(helpers,"evidence") || container.strict(depth0, "evidence", {"start":{"line":70,"column":393},"end":{"line":70,"column":401}} ))),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"evidence","hash":{},"data":data,"loc":{"start":{"line":70,"column":391},"end":{"line":70,"column":403}}}) : helper)))
    + "</span>";
},"9":function(container,depth0,helpers,partials,data) {
    var lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "          <span class=\"muted\">"
    + container.escapeExpression((lookupProperty(helpers,"t")||container.strict(depth0, "t", {"start":{"line":72,"column":32},"end":{"line":72,"column":33}} )).call(depth0 != null ? depth0 : (container.nullContext || {}),"report.mapping.nothing",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":72,"column":30},"end":{"line":72,"column":60}}}))
    + "</span>\n";
},"10":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"processOnly"),{"name":"if","hash":{},"fn":container.program(11, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":78,"column":6},"end":{"line":82,"column":13}}})) != null ? stack1 : "");
},"11":function(container,depth0,helpers,partials,data) {
    var helper, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), alias3=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "      <tr class=\"req depth-"
    + alias3((((helper = lookupProperty(helpers,"depth") || alias1(depth0, "depth", {"start":{"line":79,"column":29},"end":{"line":79,"column":34}} ))),(typeof helper === "function" ? helper.call(alias2,{"name":"depth","hash":{},"data":data,"loc":{"start":{"line":79,"column":27},"end":{"line":79,"column":36}}}) : helper)))
    + "\">\n        <td colspan=\"3\" class=\"muted\">"
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":80,"column":40},"end":{"line":80,"column":41}} )).call(alias2,"report.mapping.processOnly",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":80,"column":38},"end":{"line":80,"column":72}}}))
    + "</td>\n      </tr>\n";
},"12":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), alias3=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "  <table class=\"reverse\">\n    <thead>\n      <tr>\n        <th scope=\"col\">"
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":95,"column":26},"end":{"line":95,"column":27}} )).call(alias2,"report.column.id",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":95,"column":24},"end":{"line":95,"column":48}}}))
    + "</th>\n        <th scope=\"col\">"
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":96,"column":26},"end":{"line":96,"column":27}} )).call(alias2,"report.column.document",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":96,"column":24},"end":{"line":96,"column":54}}}))
    + "</th>\n        <th scope=\"col\">"
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":97,"column":26},"end":{"line":97,"column":27}} )).call(alias2,"report.column.version",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":97,"column":24},"end":{"line":97,"column":53}}}))
    + "</th>\n        <th scope=\"col\">"
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":98,"column":26},"end":{"line":98,"column":27}} )).call(alias2,"report.column.status",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":98,"column":24},"end":{"line":98,"column":52}}}))
    + "</th>\n        <th scope=\"col\">"
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":99,"column":26},"end":{"line":99,"column":27}} )).call(alias2,"report.column.requirements",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":99,"column":24},"end":{"line":99,"column":58}}}))
    + "</th>\n        <th scope=\"col\">"
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":100,"column":26},"end":{"line":100,"column":27}} )).call(alias2,"report.column.clauses",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":100,"column":24},"end":{"line":100,"column":53}}}))
    + "</th>\n      </tr>\n    </thead>\n    <tbody>\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias2,lookupProperty(depth0,"reverse"),{"name":"each","hash":{},"fn":container.program(13, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":104,"column":6},"end":{"line":113,"column":15}}})) != null ? stack1 : "")
    + "    </tbody>\n  </table>\n";
},"13":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), alias3="function", alias4=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "      <tr>\n        <td><span class=\"id\">"
    + alias4((((helper = lookupProperty(helpers,"id") || alias1(depth0, "id", {"start":{"line":106,"column":31},"end":{"line":106,"column":33}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"id","hash":{},"data":data,"loc":{"start":{"line":106,"column":29},"end":{"line":106,"column":35}}}) : helper)))
    + "</span></td>\n        <td>"
    + alias4((((helper = lookupProperty(helpers,"title") || alias1(depth0, "title", {"start":{"line":107,"column":14},"end":{"line":107,"column":19}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"title","hash":{},"data":data,"loc":{"start":{"line":107,"column":12},"end":{"line":107,"column":21}}}) : helper)))
    + "<span class=\"sub\">"
    + ((stack1 = container.invokePartial(lookupProperty(partials,"kind-label"),depth0,{"name":"kind-label","data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "")
    + "</span></td>\n        <td class=\"nowrap\">"
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(depth0,"version"),{"name":"if","hash":{},"fn":container.program(14, data, 0),"inverse":container.program(15, data, 0),"data":data,"loc":{"start":{"line":108,"column":27},"end":{"line":108,"column":69}}})) != null ? stack1 : "")
    + "</td>\n        <td class=\"nowrap\">"
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(depth0,"status"),{"name":"if","hash":{},"fn":container.program(16, data, 0),"inverse":container.program(15, data, 0),"data":data,"loc":{"start":{"line":109,"column":27},"end":{"line":109,"column":67}}})) != null ? stack1 : "")
    + "</td>\n        <td><ul class=\"plain-list\">"
    + ((stack1 = lookupProperty(helpers,"each").call(alias2,lookupProperty(depth0,"requirements"),{"name":"each","hash":{},"fn":container.program(17, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":110,"column":35},"end":{"line":110,"column":83}}})) != null ? stack1 : "")
    + "</ul></td>\n        <td>"
    + alias4((lookupProperty(helpers,"join")||alias1(depth0, "join", {"start":{"line":111,"column":14},"end":{"line":111,"column":18}} )).call(alias2,lookupProperty(depth0,"clauses"),(lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":111,"column":28},"end":{"line":111,"column":29}} )).call(alias2,"list.separator",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":111,"column":27},"end":{"line":111,"column":47}}}),{"name":"join","hash":{},"data":data,"loc":{"start":{"line":111,"column":12},"end":{"line":111,"column":49}}}))
    + "</td>\n      </tr>\n";
},"14":function(container,depth0,helpers,partials,data) {
    var helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return container.escapeExpression((((helper = lookupProperty(helpers,"version") || container.strict(depth0, "version", {"start":{"line":108,"column":44},"end":{"line":108,"column":51}} ))),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"version","hash":{},"data":data,"loc":{"start":{"line":108,"column":42},"end":{"line":108,"column":53}}}) : helper)));
},"15":function(container,depth0,helpers,partials,data) {
    return "—";
},"16":function(container,depth0,helpers,partials,data) {
    var helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return container.escapeExpression((((helper = lookupProperty(helpers,"status") || container.strict(depth0, "status", {"start":{"line":109,"column":43},"end":{"line":109,"column":49}} ))),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"status","hash":{},"data":data,"loc":{"start":{"line":109,"column":41},"end":{"line":109,"column":51}}}) : helper)));
},"17":function(container,depth0,helpers,partials,data) {
    return "<li>"
    + container.escapeExpression(container.lambda(depth0, depth0))
    + "</li>";
},"18":function(container,depth0,helpers,partials,data) {
    var lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "  <p class=\"empty\">"
    + container.escapeExpression((lookupProperty(helpers,"t")||container.strict(depth0, "t", {"start":{"line":117,"column":21},"end":{"line":117,"column":22}} )).call(depth0 != null ? depth0 : (container.nullContext || {}),"report.empty.reverse",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":117,"column":19},"end":{"line":117,"column":47}}}))
    + "</p>\n";
},"19":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), alias3=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "  <p class=\"lead\">"
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":124,"column":20},"end":{"line":124,"column":21}} )).call(alias2,"report.mapping.unmappedIntro",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":124,"column":18},"end":{"line":124,"column":54}}}))
    + "</p>\n  <table class=\"unmapped\">\n    <thead>\n      <tr>\n        <th scope=\"col\">"
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":128,"column":26},"end":{"line":128,"column":27}} )).call(alias2,"report.column.id",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":128,"column":24},"end":{"line":128,"column":48}}}))
    + "</th>\n        <th scope=\"col\">"
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":129,"column":26},"end":{"line":129,"column":27}} )).call(alias2,"report.column.document",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":129,"column":24},"end":{"line":129,"column":54}}}))
    + "</th>\n        <th scope=\"col\">"
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":130,"column":26},"end":{"line":130,"column":27}} )).call(alias2,"report.column.kind",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":130,"column":24},"end":{"line":130,"column":50}}}))
    + "</th>\n      </tr>\n    </thead>\n    <tbody>\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias2,lookupProperty(depth0,"unmapped"),{"name":"each","hash":{},"fn":container.program(20, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":134,"column":6},"end":{"line":140,"column":15}}})) != null ? stack1 : "")
    + "    </tbody>\n  </table>\n";
},"20":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), alias3="function", alias4=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "      <tr>\n        <td><span class=\"id\">"
    + alias4((((helper = lookupProperty(helpers,"id") || alias1(depth0, "id", {"start":{"line":136,"column":31},"end":{"line":136,"column":33}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"id","hash":{},"data":data,"loc":{"start":{"line":136,"column":29},"end":{"line":136,"column":35}}}) : helper)))
    + "</span></td>\n        <td>"
    + alias4((((helper = lookupProperty(helpers,"title") || alias1(depth0, "title", {"start":{"line":137,"column":14},"end":{"line":137,"column":19}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"title","hash":{},"data":data,"loc":{"start":{"line":137,"column":12},"end":{"line":137,"column":21}}}) : helper)))
    + "</td>\n        <td>"
    + ((stack1 = container.invokePartial(lookupProperty(partials,"kind-label"),depth0,{"name":"kind-label","data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "")
    + "</td>\n      </tr>\n";
},"21":function(container,depth0,helpers,partials,data) {
    var lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "  <p class=\"empty\">"
    + container.escapeExpression((lookupProperty(helpers,"t")||container.strict(depth0, "t", {"start":{"line":144,"column":21},"end":{"line":144,"column":22}} )).call(depth0 != null ? depth0 : (container.nullContext || {}),"report.empty.unmapped",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":144,"column":19},"end":{"line":144,"column":48}}}))
    + "</p>\n";
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data,blockParams,depths) {
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
    + "</h2>\n  <ol>\n    <li><a href=\"#summary\">"
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":15,"column":29},"end":{"line":15,"column":30}} )).call(alias4,"report.section.summary",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":15,"column":27},"end":{"line":15,"column":57}}}))
    + "</a></li>\n    <li><a href=\"#organisation\">"
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":16,"column":34},"end":{"line":16,"column":35}} )).call(alias4,"report.section.organisation",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":16,"column":32},"end":{"line":16,"column":67}}}))
    + "</a></li>\n    <li><a href=\"#comparison\">"
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":17,"column":32},"end":{"line":17,"column":33}} )).call(alias4,"report.section.comparison",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":17,"column":30},"end":{"line":17,"column":63}}}))
    + "</a></li>\n    <li><a href=\"#reverse\">"
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":18,"column":29},"end":{"line":18,"column":30}} )).call(alias4,"report.section.reverse",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":18,"column":27},"end":{"line":18,"column":57}}}))
    + "</a></li>\n    <li><a href=\"#unmapped\">"
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":19,"column":30},"end":{"line":19,"column":31}} )).call(alias4,"report.section.unmapped",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":19,"column":28},"end":{"line":19,"column":59}}}))
    + "</a></li>\n  </ol>\n</nav>\n</div>\n\n<section id=\"summary\" aria-labelledby=\"summary-heading\">\n  <h2 id=\"summary-heading\">"
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":25,"column":29},"end":{"line":25,"column":30}} )).call(alias4,"report.section.summary",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":25,"column":27},"end":{"line":25,"column":57}}}))
    + "</h2>\n  <p>"
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":26,"column":7},"end":{"line":26,"column":8}} )).call(alias4,"report.mapping.intro",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":26,"column":5},"end":{"line":26,"column":33}}}))
    + "</p>\n  <dl class=\"figures\">\n    <div class=\"figure figure-ok\">\n      <dt>"
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":29,"column":12},"end":{"line":29,"column":13}} )).call(alias4,"report.mapping.satisfied",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":29,"column":10},"end":{"line":29,"column":42}}}))
    + "</dt>\n      <dd>"
    + alias3(alias2(alias1(lookupProperty(depth0,"counts"), "satisfied", {"start":{"line":30,"column":12},"end":{"line":30,"column":28}} ), depth0))
    + "</dd>\n    </div>\n    <div class=\"figure figure-minor\">\n      <dt>"
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":33,"column":12},"end":{"line":33,"column":13}} )).call(alias4,"report.mapping.weak",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":33,"column":10},"end":{"line":33,"column":37}}}))
    + "</dt>\n      <dd>"
    + alias3(alias2(alias1(lookupProperty(depth0,"counts"), "weak", {"start":{"line":34,"column":12},"end":{"line":34,"column":23}} ), depth0))
    + "</dd>\n    </div>\n    <div class=\"figure figure-major\">\n      <dt>"
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":37,"column":12},"end":{"line":37,"column":13}} )).call(alias4,"report.mapping.missing",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":37,"column":10},"end":{"line":37,"column":40}}}))
    + "</dt>\n      <dd>"
    + alias3(alias2(alias1(lookupProperty(depth0,"counts"), "missing", {"start":{"line":38,"column":12},"end":{"line":38,"column":26}} ), depth0))
    + "</dd>\n    </div>\n    <div class=\"figure figure-na\">\n      <dt>"
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":41,"column":12},"end":{"line":41,"column":13}} )).call(alias4,"report.mapping.notApplicable",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":41,"column":10},"end":{"line":41,"column":46}}}))
    + "</dt>\n      <dd>"
    + alias3(alias2(alias1(lookupProperty(depth0,"counts"), "notApplicable", {"start":{"line":42,"column":12},"end":{"line":42,"column":32}} ), depth0))
    + "</dd>\n    </div>\n  </dl>\n  <p class=\"muted small\">"
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":45,"column":27},"end":{"line":45,"column":28}} )).call(alias4,"report.mapping.legend",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":45,"column":25},"end":{"line":45,"column":54}}}))
    + "</p>\n</section>\n\n"
    + ((stack1 = container.invokePartial(lookupProperty(partials,"organisation-facts"),depth0,{"name":"organisation-facts","data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "")
    + "\n<section id=\"comparison\" class=\"new-page\" aria-labelledby=\"comparison-heading\">\n  <h2 id=\"comparison-heading\">"
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":51,"column":32},"end":{"line":51,"column":33}} )).call(alias4,"report.section.comparison",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":51,"column":30},"end":{"line":51,"column":63}}}))
    + "</h2>\n  <table class=\"mapping\">\n    <thead>\n      <tr>\n        <th scope=\"col\">"
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":55,"column":26},"end":{"line":55,"column":27}} )).call(alias4,"report.column.requirement",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":55,"column":24},"end":{"line":55,"column":57}}}))
    + "</th>\n        <th scope=\"col\">"
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":56,"column":26},"end":{"line":56,"column":27}} )).call(alias4,"report.column.satisfiedBy",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":56,"column":24},"end":{"line":56,"column":57}}}))
    + "</th>\n        <th scope=\"col\" class=\"col-mark\">"
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":57,"column":43},"end":{"line":57,"column":44}} )).call(alias4,"report.column.result",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":57,"column":41},"end":{"line":57,"column":69}}}))
    + "</th>\n      </tr>\n    </thead>\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias4,lookupProperty(depth0,"clauses"),{"name":"each","hash":{},"fn":container.program(0, data, 0, blockParams, depths),"inverse":container.noop,"data":data,"loc":{"start":{"line":60,"column":4},"end":{"line":85,"column":13}}})) != null ? stack1 : "")
    + "  </table>\n</section>\n\n<section id=\"reverse\" class=\"new-page\" aria-labelledby=\"reverse-heading\">\n  <h2 id=\"reverse-heading\">"
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":90,"column":29},"end":{"line":90,"column":30}} )).call(alias4,"report.section.reverse",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":90,"column":27},"end":{"line":90,"column":57}}}))
    + "</h2>\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias4,lookupProperty(depth0,"reverse"),{"name":"if","hash":{},"fn":container.program(12, data, 0, blockParams, depths),"inverse":container.program(18, data, 0, blockParams, depths),"data":data,"loc":{"start":{"line":91,"column":2},"end":{"line":118,"column":9}}})) != null ? stack1 : "")
    + "</section>\n\n<section id=\"unmapped\" aria-labelledby=\"unmapped-heading\">\n  <h2 id=\"unmapped-heading\">"
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":122,"column":30},"end":{"line":122,"column":31}} )).call(alias4,"report.section.unmapped",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":122,"column":28},"end":{"line":122,"column":59}}}))
    + "</h2>\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias4,lookupProperty(depth0,"unmapped"),{"name":"if","hash":{},"fn":container.program(19, data, 0, blockParams, depths),"inverse":container.program(21, data, 0, blockParams, depths),"data":data,"loc":{"start":{"line":123,"column":2},"end":{"line":145,"column":9}}})) != null ? stack1 : "")
    + "</section>\n\n"
    + ((stack1 = container.invokePartial(lookupProperty(partials,"colophon"),depth0,{"name":"colophon","data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "")
    + "</main>\n</body>\n</html>\n";
},"usePartial":true,"useData":true,"useDepths":true} },
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
},"useData":true} }
];
