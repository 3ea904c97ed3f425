"use strict";
module.exports = [
{ name: "dossier.md.hbs", partial: false, spec: {"0":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), alias3="function", alias4=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "| "
    + alias4((((helper = lookupProperty(helpers,"number") || alias1(depth0, "number", {"start":{"line":14,"column":4},"end":{"line":14,"column":10}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"number","hash":{},"data":data,"loc":{"start":{"line":14,"column":2},"end":{"line":14,"column":12}}}) : helper)))
    + " | **"
    + alias4((((helper = lookupProperty(helpers,"title") || alias1(depth0, "title", {"start":{"line":14,"column":19},"end":{"line":14,"column":24}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"title","hash":{},"data":data,"loc":{"start":{"line":14,"column":17},"end":{"line":14,"column":26}}}) : helper)))
    + "**<br>"
    + alias4((((helper = lookupProperty(helpers,"description") || alias1(depth0, "description", {"start":{"line":14,"column":34},"end":{"line":14,"column":45}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"description","hash":{},"data":data,"loc":{"start":{"line":14,"column":32},"end":{"line":14,"column":47}}}) : helper)))
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(depth0,"missing"),{"name":"if","hash":{},"fn":container.program(1, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":14,"column":47},"end":{"line":14,"column":225}}})) != null ? stack1 : "")
    + " | "
    + alias4((((helper = lookupProperty(helpers,"label") || alias1(depth0, "label", {"start":{"line":14,"column":230},"end":{"line":14,"column":235}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"label","hash":{},"data":data,"loc":{"start":{"line":14,"column":228},"end":{"line":14,"column":237}}}) : helper)))
    + " | "
    + ((stack1 = lookupProperty(helpers,"each").call(alias2,lookupProperty(depth0,"evidence"),{"name":"each","hash":{},"fn":container.program(4, data, 0),"inverse":container.program(6, data, 0),"data":data,"loc":{"start":{"line":14,"column":240},"end":{"line":14,"column":316}}})) != null ? stack1 : "")
    + " |\n";
},"1":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), alias3=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<br>"
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":14,"column":68},"end":{"line":14,"column":69}} )).call(alias2,"report.dossier.stillNeeded",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":14,"column":66},"end":{"line":14,"column":100}}}))
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":14,"column":102},"end":{"line":14,"column":103}} )).call(alias2,"report.punct.colon",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":14,"column":100},"end":{"line":14,"column":126}}}))
    + ((stack1 = lookupProperty(helpers,"each").call(alias2,lookupProperty(depth0,"missing"),{"name":"each","hash":{},"fn":container.program(2, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":14,"column":126},"end":{"line":14,"column":218}}})) != null ? stack1 : "");
},"2":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return container.escapeExpression(container.lambda(depth0, depth0))
    + ((stack1 = lookupProperty(helpers,"unless").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(data,"last"),{"name":"unless","hash":{},"fn":container.program(3, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":14,"column":151},"end":{"line":14,"column":209}}})) != null ? stack1 : "");
},"3":function(container,depth0,helpers,partials,data) {
    var lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return container.escapeExpression((lookupProperty(helpers,"t")||container.strict(depth0, "t", {"start":{"line":14,"column":170},"end":{"line":14,"column":171}} )).call(depth0 != null ? depth0 : (container.nullContext || {}),"report.punct.semicolon",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":14,"column":168},"end":{"line":14,"column":198}}}));
},"4":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return container.escapeExpression(container.lambda(depth0, depth0))
    + ((stack1 = lookupProperty(helpers,"unless").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(data,"last"),{"name":"unless","hash":{},"fn":container.program(5, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":14,"column":266},"end":{"line":14,"column":298}}})) != null ? stack1 : "");
},"5":function(container,depth0,helpers,partials,data) {
    return "<br>";
},"6":function(container,depth0,helpers,partials,data) {
    return "—";
},"7":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "| "
    + container.escapeExpression((((helper = lookupProperty(helpers,"title") || container.strict(depth0, "title", {"start":{"line":22,"column":4},"end":{"line":22,"column":9}} ))),(typeof helper === "function" ? helper.call(alias1,{"name":"title","hash":{},"data":data,"loc":{"start":{"line":22,"column":2},"end":{"line":22,"column":11}}}) : helper)))
    + " | "
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"met"),{"name":"if","hash":{},"fn":container.program(8, data, 0),"inverse":container.program(9, data, 0),"data":data,"loc":{"start":{"line":22,"column":14},"end":{"line":22,"column":62}}})) != null ? stack1 : "")
    + " | "
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"detail"),{"name":"if","hash":{},"fn":container.program(10, data, 0),"inverse":container.program(6, data, 0),"data":data,"loc":{"start":{"line":22,"column":65},"end":{"line":22,"column":105}}})) != null ? stack1 : "")
    + " |\n";
},"8":function(container,depth0,helpers,partials,data) {
    var helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return container.escapeExpression((((helper = lookupProperty(helpers,"label") || container.strict(depth0, "label", {"start":{"line":22,"column":27},"end":{"line":22,"column":32}} ))),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"label","hash":{},"data":data,"loc":{"start":{"line":22,"column":25},"end":{"line":22,"column":34}}}) : helper)));
},"9":function(container,depth0,helpers,partials,data) {
    var helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "**"
    + container.escapeExpression((((helper = lookupProperty(helpers,"label") || container.strict(depth0, "label", {"start":{"line":22,"column":46},"end":{"line":22,"column":51}} ))),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"label","hash":{},"data":data,"loc":{"start":{"line":22,"column":44},"end":{"line":22,"column":53}}}) : helper)))
    + "**";
},"10":function(container,depth0,helpers,partials,data) {
    var helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return container.escapeExpression((((helper = lookupProperty(helpers,"detail") || container.strict(depth0, "detail", {"start":{"line":22,"column":81},"end":{"line":22,"column":87}} ))),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"detail","hash":{},"data":data,"loc":{"start":{"line":22,"column":79},"end":{"line":22,"column":89}}}) : helper)));
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), alias3=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = container.invokePartial(lookupProperty(partials,"md-header"),depth0,{"name":"md-header","data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "")
    + "\n## "
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":3,"column":5},"end":{"line":3,"column":6}} )).call(alias2,"report.section.overall",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":3,"column":3},"end":{"line":3,"column":33}}}))
    + "\n\n"
    + ((stack1 = container.invokePartial(lookupProperty(partials,"md-verdict"),depth0,{"name":"md-verdict","data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "")
    + "\n## "
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":7,"column":5},"end":{"line":7,"column":6}} )).call(alias2,"report.section.checklist",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":7,"column":3},"end":{"line":7,"column":35}}}))
    + "\n\n"
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":9,"column":2},"end":{"line":9,"column":3}} )).call(alias2,"report.dossier.intro",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":9,"column":0},"end":{"line":9,"column":28}}}))
    + "\n\n| "
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":11,"column":4},"end":{"line":11,"column":5}} )).call(alias2,"report.column.number",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":11,"column":2},"end":{"line":11,"column":30}}}))
    + " | "
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":11,"column":35},"end":{"line":11,"column":36}} )).call(alias2,"report.column.item",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":11,"column":33},"end":{"line":11,"column":59}}}))
    + " | "
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":11,"column":64},"end":{"line":11,"column":65}} )).call(alias2,"report.column.status",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":11,"column":62},"end":{"line":11,"column":90}}}))
    + " | "
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":11,"column":95},"end":{"line":11,"column":96}} )).call(alias2,"report.column.evidence",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":11,"column":93},"end":{"line":11,"column":123}}}))
    + " |\n| ---: | --- | --- | --- |\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias2,lookupProperty(depth0,"items"),{"name":"each","hash":{},"fn":container.program(0, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":13,"column":0},"end":{"line":15,"column":9}}})) != null ? stack1 : "")
    + "\n## "
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":17,"column":5},"end":{"line":17,"column":6}} )).call(alias2,"report.section.prerequisites",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":17,"column":3},"end":{"line":17,"column":39}}}))
    + "\n\n| "
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":19,"column":4},"end":{"line":19,"column":5}} )).call(alias2,"report.column.prerequisite",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":19,"column":2},"end":{"line":19,"column":36}}}))
    + " | "
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":19,"column":41},"end":{"line":19,"column":42}} )).call(alias2,"report.column.result",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":19,"column":39},"end":{"line":19,"column":67}}}))
    + " | "
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":19,"column":72},"end":{"line":19,"column":73}} )).call(alias2,"report.column.detail",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":19,"column":70},"end":{"line":19,"column":98}}}))
    + " |\n| --- | --- | --- |\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias2,lookupProperty(depth0,"prerequisites"),{"name":"each","hash":{},"fn":container.program(7, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":21,"column":0},"end":{"line":23,"column":9}}})) != null ? stack1 : "")
    + "\n"
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
