"use strict";
module.exports = [
{ name: "dossier.html.hbs", partial: false, spec: {"0":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), alias3="function", alias4=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "      <tr>\n        <td class=\"num\">"
    + alias4((((helper = lookupProperty(helpers,"number") || alias1(depth0, "number", {"start":{"line":45,"column":26},"end":{"line":45,"column":32}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"number","hash":{},"data":data,"loc":{"start":{"line":45,"column":24},"end":{"line":45,"column":34}}}) : helper)))
    + "</td>\n        <td><strong>"
    + alias4((((helper = lookupProperty(helpers,"title") || alias1(depth0, "title", {"start":{"line":46,"column":22},"end":{"line":46,"column":27}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"title","hash":{},"data":data,"loc":{"start":{"line":46,"column":20},"end":{"line":46,"column":29}}}) : helper)))
    + "</strong><span class=\"sub pre\">"
    + alias4((((helper = lookupProperty(helpers,"description") || alias1(depth0, "description", {"start":{"line":46,"column":62},"end":{"line":46,"column":73}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"description","hash":{},"data":data,"loc":{"start":{"line":46,"column":60},"end":{"line":46,"column":75}}}) : helper)))
    + "</span>"
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(depth0,"missing"),{"name":"if","hash":{},"fn":container.program(1, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":46,"column":82},"end":{"line":46,"column":281}}})) != null ? stack1 : "")
    + "</td>\n        <td><span class=\"mark "
    + ((stack1 = container.invokePartial(lookupProperty(partials,"mark-class"),depth0,{"name":"mark-class","data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "")
    + "\">"
    + alias4((((helper = lookupProperty(helpers,"label") || alias1(depth0, "label", {"start":{"line":47,"column":50},"end":{"line":47,"column":55}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"label","hash":{},"data":data,"loc":{"start":{"line":47,"column":48},"end":{"line":47,"column":57}}}) : helper)))
    + "</span></td>\n        <td>"
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(depth0,"evidence"),{"name":"if","hash":{},"fn":container.program(4, data, 0),"inverse":container.program(6, data, 0),"data":data,"loc":{"start":{"line":48,"column":12},"end":{"line":48,"column":129}}})) != null ? stack1 : "")
    + "</td>\n      </tr>\n";
},"1":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), alias3=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<span class=\"sub\">"
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":46,"column":117},"end":{"line":46,"column":118}} )).call(alias2,"report.dossier.stillNeeded",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":46,"column":115},"end":{"line":46,"column":149}}}))
    + alias3((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":46,"column":151},"end":{"line":46,"column":152}} )).call(alias2,"report.punct.colon",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":46,"column":149},"end":{"line":46,"column":175}}}))
    + ((stack1 = lookupProperty(helpers,"each").call(alias2,lookupProperty(depth0,"missing"),{"name":"each","hash":{},"fn":container.program(2, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":46,"column":175},"end":{"line":46,"column":267}}})) != null ? stack1 : "")
    + "</span>";
},"2":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return container.escapeExpression(container.lambda(depth0, depth0))
    + ((stack1 = lookupProperty(helpers,"unless").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(data,"last"),{"name":"unless","hash":{},"fn":container.program(3, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":46,"column":200},"end":{"line":46,"column":258}}})) != null ? stack1 : "");
},"3":function(container,depth0,helpers,partials,data) {
    var lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return container.escapeExpression((lookupProperty(helpers,"t")||container.strict(depth0, "t", {"start":{"line":46,"column":219},"end":{"line":46,"column":220}} )).call(depth0 != null ? depth0 : (container.nullContext || {}),"report.punct.semicolon",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":46,"column":217},"end":{"line":46,"column":247}}}));
},"4":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<ul class=\"plain-list\">"
    + ((stack1 = lookupProperty(helpers,"each").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"evidence"),{"name":"each","hash":{},"fn":container.program(5, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":48,"column":51},"end":{"line":48,"column":108}}})) != null ? stack1 : "")
    + "</ul>";
},"5":function(container,depth0,helpers,partials,data) {
    return "<li class=\"path\">"
    + container.escapeExpression(container.lambda(depth0, depth0))
    + "</li>";
},"6":function(container,depth0,helpers,partials,data) {
    return "—";
},"7":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), alias3="function", alias4=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "      <tr>\n        <td>"
    + alias4((((helper = lookupProperty(helpers,"title") || alias1(depth0, "title", {"start":{"line":68,"column":14},"end":{"line":68,"column":19}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"title","hash":{},"data":data,"loc":{"start":{"line":68,"column":12},"end":{"line":68,"column":21}}}) : helper)))
    + "</td>\n        <td><span class=\"mark "
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(depth0,"met"),{"name":"if","hash":{},"fn":container.program(8, data, 0),"inverse":container.program(9, data, 0),"data":data,"loc":{"start":{"line":69,"column":30},"end":{"line":69,"column":71}}})) != null ? stack1 : "")
    + "\">"
    + alias4((((helper = lookupProperty(helpers,"label") || alias1(depth0, "label", {"start":{"line":69,"column":75},"end":{"line":69,"column":80}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"label","hash":{},"data":data,"loc":{"start":{"line":69,"column":73},"end":{"line":69,"column":82}}}) : helper)))
    + "</span></td>\n        <td class=\"pre\">"
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(depth0,"detail"),{"name":"if","hash":{},"fn":container.program(10, data, 0),"inverse":container.program(6, data, 0),"data":data,"loc":{"start":{"line":70,"column":24},"end":{"line":70,"column":64}}})) != null ? stack1 : "")
    + "</td>\n      </tr>\n";
},"8":function(container,depth0,helpers,partials,data) {
    return "mark-ok";
},"9":function(container,depth0,helpers,partials,data) {
    return "mark-bad";
},"10":function(container,depth0,helpers,partials,data) {
    var helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return container.escapeExpression((((helper = lookupProperty(helpers,"detail") || container.strict(depth0, "detail", {"start":{"line":70,"column":40},"end":{"line":70,"column":46}} ))),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"detail","hash":{},"data":data,"loc":{"start":{"line":70,"column":38},"end":{"line":70,"column":48}}}) : helper)));
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=container.strict, alias2=container.escapeExpression, alias3=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<!DOCTYPE html>\n<html lang=\""
    + alias2(container.lambda(alias1(lookupProperty(depth0,"meta"), "lang", {"start":{"line":2,"column":14},"end":{"line":2,"column":23}} ), depth0))
    + "\">\n<head>\n"
    + ((stack1 = container.invokePartial(lookupProperty(partials,"html-head"),depth0,{"name":"html-head","data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "")
    + "</head>\n<body>\n<main class=\"page\">\n"
    + ((stack1 = container.invokePartial(lookupProperty(partials,"report-cover"),depth0,{"name":"report-cover","data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "")
    + "\n<div class=\"front-matter\">\n"
    + ((stack1 = container.invokePartial(lookupProperty(partials,"document-control"),depth0,{"name":"document-control","data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "")
    + "<nav class=\"toc\" aria-labelledby=\"toc-heading\">\n  <h2 id=\"toc-heading\">"
    + alias2((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":13,"column":25},"end":{"line":13,"column":26}} )).call(alias3,"report.nav.contents",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":13,"column":23},"end":{"line":13,"column":50}}}))
    + "</h2>\n  <ol>\n    <li><a href=\"#overall\">"
    + alias2((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":15,"column":29},"end":{"line":15,"column":30}} )).call(alias3,"report.section.overall",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":15,"column":27},"end":{"line":15,"column":57}}}))
    + "</a></li>\n    <li><a href=\"#organisation\">"
    + alias2((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":16,"column":34},"end":{"line":16,"column":35}} )).call(alias3,"report.section.organisation",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":16,"column":32},"end":{"line":16,"column":67}}}))
    + "</a></li>\n    <li><a href=\"#checklist\">"
    + alias2((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":17,"column":31},"end":{"line":17,"column":32}} )).call(alias3,"report.section.checklist",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":17,"column":29},"end":{"line":17,"column":61}}}))
    + "</a></li>\n    <li><a href=\"#prerequisites\">"
    + alias2((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":18,"column":35},"end":{"line":18,"column":36}} )).call(alias3,"report.section.prerequisites",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":18,"column":33},"end":{"line":18,"column":69}}}))
    + "</a></li>\n  </ol>\n</nav>\n</div>\n\n<section id=\"overall\" aria-labelledby=\"overall-heading\">\n  <h2 id=\"overall-heading\">"
    + alias2((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":24,"column":29},"end":{"line":24,"column":30}} )).call(alias3,"report.section.overall",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":24,"column":27},"end":{"line":24,"column":57}}}))
    + "</h2>\n"
    + ((stack1 = container.invokePartial(lookupProperty(partials,"verdict-box"),depth0,{"name":"verdict-box","data":data,"indent":"  ","helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "")
    + "</section>\n\n"
    + ((stack1 = container.invokePartial(lookupProperty(partials,"organisation-facts"),depth0,{"name":"organisation-facts","data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "")
    + "\n<section id=\"checklist\" aria-labelledby=\"checklist-heading\">\n  <h2 id=\"checklist-heading\">"
    + alias2((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":31,"column":31},"end":{"line":31,"column":32}} )).call(alias3,"report.section.checklist",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":31,"column":29},"end":{"line":31,"column":61}}}))
    + "</h2>\n  <p class=\"lead\">"
    + alias2((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":32,"column":20},"end":{"line":32,"column":21}} )).call(alias3,"report.dossier.intro",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":32,"column":18},"end":{"line":32,"column":46}}}))
    + "</p>\n  <table class=\"checklist\">\n    <thead>\n      <tr>\n        <th scope=\"col\" class=\"col-number num\">"
    + alias2((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":36,"column":49},"end":{"line":36,"column":50}} )).call(alias3,"report.column.number",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":36,"column":47},"end":{"line":36,"column":75}}}))
    + "</th>\n        <th scope=\"col\">"
    + alias2((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":37,"column":26},"end":{"line":37,"column":27}} )).call(alias3,"report.column.item",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":37,"column":24},"end":{"line":37,"column":50}}}))
    + "</th>\n        <th scope=\"col\" class=\"col-mark\">"
    + alias2((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":38,"column":43},"end":{"line":38,"column":44}} )).call(alias3,"report.column.status",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":38,"column":41},"end":{"line":38,"column":69}}}))
    + "</th>\n        <th scope=\"col\" class=\"col-evidence\">"
    + alias2((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":39,"column":47},"end":{"line":39,"column":48}} )).call(alias3,"report.column.evidence",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":39,"column":45},"end":{"line":39,"column":75}}}))
    + "</th>\n      </tr>\n    </thead>\n    <tbody>\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias3,lookupProperty(depth0,"items"),{"name":"each","hash":{},"fn":container.program(0, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":43,"column":6},"end":{"line":50,"column":15}}})) != null ? stack1 : "")
    + "    </tbody>\n  </table>\n</section>\n\n<section id=\"prerequisites\" aria-labelledby=\"prerequisites-heading\">\n  <h2 id=\"prerequisites-heading\">"
    + alias2((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":56,"column":35},"end":{"line":56,"column":36}} )).call(alias3,"report.section.prerequisites",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":56,"column":33},"end":{"line":56,"column":69}}}))
    + "</h2>\n  <table class=\"prerequisites\">\n    <thead>\n      <tr>\n        <th scope=\"col\">"
    + alias2((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":60,"column":26},"end":{"line":60,"column":27}} )).call(alias3,"report.column.prerequisite",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":60,"column":24},"end":{"line":60,"column":58}}}))
    + "</th>\n        <th scope=\"col\" class=\"col-mark\">"
    + alias2((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":61,"column":43},"end":{"line":61,"column":44}} )).call(alias3,"report.column.result",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":61,"column":41},"end":{"line":61,"column":69}}}))
    + "</th>\n        <th scope=\"col\">"
    + alias2((lookupProperty(helpers,"t")||alias1(depth0, "t", {"start":{"line":62,"column":26},"end":{"line":62,"column":27}} )).call(alias3,"report.column.detail",{"name":"t","hash":{},"data":data,"loc":{"start":{"line":62,"column":24},"end":{"line":62,"column":52}}}))
    + "</th>\n      </tr>\n    </thead>\n    <tbody>\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias3,lookupProperty(depth0,"prerequisites"),{"name":"each","hash":{},"fn":container.program(7, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":66,"column":6},"end":{"line":72,"column":15}}})) != null ? stack1 : "")
    + "    </tbody>\n  </table>\n</section>\n\n"
    + ((stack1 = container.invokePartial(lookupProperty(partials,"colophon"),depth0,{"name":"colophon","data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "")
    + "</main>\n</body>\n</html>\n";
},"usePartial":true,"useData":true} },
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
{ name: "mark-class.hbs", partial: true, spec: {"0":function(container,depth0,helpers,partials,data) {
    return "mark-ok";
},"1":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"if").call(alias1,(lookupProperty(helpers,"eq")||container.strict(depth0, "eq", {"start":{"line":1,"column":48},"end":{"line":1,"column":50}} )).call(alias1,lookupProperty(depth0,"state"),"weak",{"name":"eq","hash":{},"data":data,"loc":{"start":{"line":1,"column":47},"end":{"line":1,"column":64}}}),{"name":"if","hash":{},"fn":container.program(2, data, 0),"inverse":container.program(3, data, 0),"data":data,"loc":{"start":{"line":1,"column":37},"end":{"line":1,"column":260}}})) != null ? stack1 : "");
},"2":function(container,depth0,helpers,partials,data) {
    return "mark-partial";
},"3":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"if").call(alias1,(lookupProperty(helpers,"eq")||container.strict(depth0, "eq", {"start":{"line":1,"column":89},"end":{"line":1,"column":91}} )).call(alias1,lookupProperty(depth0,"state"),"missing",{"name":"eq","hash":{},"data":data,"loc":{"start":{"line":1,"column":88},"end":{"line":1,"column":108}}}),{"name":"if","hash":{},"fn":container.program(4, data, 0),"inverse":container.program(5, data, 0),"data":data,"loc":{"start":{"line":1,"column":78},"end":{"line":1,"column":260}}})) != null ? stack1 : "");
},"4":function(container,depth0,helpers,partials,data) {
    return "mark-bad";
},"5":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"if").call(alias1,(lookupProperty(helpers,"eq")||container.strict(depth0, "eq", {"start":{"line":1,"column":129},"end":{"line":1,"column":131}} )).call(alias1,lookupProperty(depth0,"state"),"provided",{"name":"eq","hash":{},"data":data,"loc":{"start":{"line":1,"column":128},"end":{"line":1,"column":149}}}),{"name":"if","hash":{},"fn":container.program(0, data, 0),"inverse":container.program(6, data, 0),"data":data,"loc":{"start":{"line":1,"column":118},"end":{"line":1,"column":260}}})) != null ? stack1 : "");
},"6":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"if").call(alias1,(lookupProperty(helpers,"eq")||container.strict(depth0, "eq", {"start":{"line":1,"column":169},"end":{"line":1,"column":171}} )).call(alias1,lookupProperty(depth0,"state"),"partial",{"name":"eq","hash":{},"data":data,"loc":{"start":{"line":1,"column":168},"end":{"line":1,"column":188}}}),{"name":"if","hash":{},"fn":container.program(2, data, 0),"inverse":container.program(7, data, 0),"data":data,"loc":{"start":{"line":1,"column":158},"end":{"line":1,"column":260}}})) != null ? stack1 : "");
},"7":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"if").call(alias1,(lookupProperty(helpers,"eq")||container.strict(depth0, "eq", {"start":{"line":1,"column":213},"end":{"line":1,"column":215}} )).call(alias1,lookupProperty(depth0,"state"),"generated",{"name":"eq","hash":{},"data":data,"loc":{"start":{"line":1,"column":212},"end":{"line":1,"column":234}}}),{"name":"if","hash":{},"fn":container.program(8, data, 0),"inverse":container.program(9, data, 0),"data":data,"loc":{"start":{"line":1,"column":202},"end":{"line":1,"column":260}}})) != null ? stack1 : "");
},"8":function(container,depth0,helpers,partials,data) {
    return "mark-info";
},"9":function(container,depth0,helpers,partials,data) {
    return "mark-na";
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"if").call(alias1,(lookupProperty(helpers,"eq")||container.strict(depth0, "eq", {"start":{"line":1,"column":7},"end":{"line":1,"column":9}} )).call(alias1,lookupProperty(depth0,"state"),"satisfied",{"name":"eq","hash":{},"data":data,"loc":{"start":{"line":1,"column":6},"end":{"line":1,"column":28}}}),{"name":"if","hash":{},"fn":container.program(0, data, 0),"inverse":container.program(1, data, 0),"data":data,"loc":{"start":{"line":1,"column":0},"end":{"line":1,"column":267}}})) != null ? stack1 : "");
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
