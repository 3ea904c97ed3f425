"use strict";module.exports={0:function(l,n,o,s,e){var a,t,r=l.strict,c=n??(l.nullContext||{}),i="function",m=l.escapeExpression,u=l.lookupProperty||function(d,h){if(Object.prototype.hasOwnProperty.call(d,h))return d[h]};return`      <tr>
        <td class="num">`+m((t=u(o,"number")||r(n,"number",{start:{line:45,column:26},end:{line:45,column:32}}),typeof t===i?t.call(c,{name:"number",hash:{},data:e,loc:{start:{line:45,column:24},end:{line:45,column:34}}}):t))+`</td>
        <td><strong>`+m((t=u(o,"title")||r(n,"title",{start:{line:46,column:22},end:{line:46,column:27}}),typeof t===i?t.call(c,{name:"title",hash:{},data:e,loc:{start:{line:46,column:20},end:{line:46,column:29}}}):t))+'</strong><span class="sub pre">'+m((t=u(o,"description")||r(n,"description",{start:{line:46,column:62},end:{line:46,column:73}}),typeof t===i?t.call(c,{name:"description",hash:{},data:e,loc:{start:{line:46,column:60},end:{line:46,column:75}}}):t))+"</span>"+((a=u(o,"if").call(c,u(n,"missing"),{name:"if",hash:{},fn:l.program(1,e,0),inverse:l.noop,data:e,loc:{start:{line:46,column:82},end:{line:46,column:281}}}))!=null?a:"")+`</td>
        <td><span class="mark `+((a=l.invokePartial(u(s,"mark-class"),n,{name:"mark-class",data:e,helpers:o,partials:s,decorators:l.decorators}))!=null?a:"")+'">'+m((t=u(o,"label")||r(n,"label",{start:{line:47,column:50},end:{line:47,column:55}}),typeof t===i?t.call(c,{name:"label",hash:{},data:e,loc:{start:{line:47,column:48},end:{line:47,column:57}}}):t))+`</span></td>
        <td>`+((a=u(o,"if").call(c,u(n,"evidence"),{name:"if",hash:{},fn:l.program(4,e,0),inverse:l.program(6,e,0),data:e,loc:{start:{line:48,column:12},end:{line:48,column:129}}}))!=null?a:"")+`</td>
      </tr>
`},1:function(l,n,o,s,e){var a,t=l.strict,r=n??(l.nullContext||{}),c=l.escapeExpression,i=l.lookupProperty||function(m,u){if(Object.prototype.hasOwnProperty.call(m,u))return m[u]};return'<span class="sub">'+c((i(o,"t")||t(n,"t",{start:{line:46,column:117},end:{line:46,column:118}})).call(r,"report.dossier.stillNeeded",{name:"t",hash:{},data:e,loc:{start:{line:46,column:115},end:{line:46,column:149}}}))+c((i(o,"t")||t(n,"t",{start:{line:46,column:151},end:{line:46,column:152}})).call(r,"report.punct.colon",{name:"t",hash:{},data:e,loc:{start:{line:46,column:149},end:{line:46,column:175}}}))+((a=i(o,"each").call(r,i(n,"missing"),{name:"each",hash:{},fn:l.program(2,e,0),inverse:l.noop,data:e,loc:{start:{line:46,column:175},end:{line:46,column:267}}}))!=null?a:"")+"</span>"},2:function(l,n,o,s,e){var a,t=l.lookupProperty||function(r,c){if(Object.prototype.hasOwnProperty.call(r,c))return r[c]};return l.escapeExpression(l.lambda(n,n))+((a=t(o,"unless").call(n??(l.nullContext||{}),t(e,"last"),{name:"unless",hash:{},fn:l.program(3,e,0),inverse:l.noop,data:e,loc:{start:{line:46,column:200},end:{line:46,column:258}}}))!=null?a:"")},3:function(l,n,o,s,e){var a=l.lookupProperty||function(t,r){if(Object.prototype.hasOwnProperty.call(t,r))return t[r]};return l.escapeExpression((a(o,"t")||l.strict(n,"t",{start:{line:46,column:219},end:{line:46,column:220}})).call(n??(l.nullContext||{}),"report.punct.semicolon",{name:"t",hash:{},data:e,loc:{start:{line:46,column:217},end:{line:46,column:247}}}))},4:function(l,n,o,s,e){var a,t=l.lookupProperty||function(r,c){if(Object.prototype.hasOwnProperty.call(r,c))return r[c]};return'<ul class="plain-list">'+((a=t(o,"each").call(n??(l.nullContext||{}),t(n,"evidence"),{name:"each",hash:{},fn:l.program(5,e,0),inverse:l.noop,data:e,loc:{start:{line:48,column:51},end:{line:48,column:108}}}))!=null?a:"")+"</ul>"},5:function(l,n,o,s,e){return'<li class="path">'+l.escapeExpression(l.lambda(n,n))+"</li>"},6:function(l,n,o,s,e){return"\u2014"},7:function(l,n,o,s,e){var a,t,r=l.strict,c=n??(l.nullContext||{}),i="function",m=l.escapeExpression,u=l.lookupProperty||function(d,h){if(Object.prototype.hasOwnProperty.call(d,h))return d[h]};return`      <tr>
        <td>`+m((t=u(o,"title")||r(n,"title",{start:{line:68,column:14},end:{line:68,column:19}}),typeof t===i?t.call(c,{name:"title",hash:{},data:e,loc:{start:{line:68,column:12},end:{line:68,column:21}}}):t))+`</td>
        <td><span class="mark `+((a=u(o,"if").call(c,u(n,"met"),{name:"if",hash:{},fn:l.program(8,e,0),inverse:l.program(9,e,0),data:e,loc:{start:{line:69,column:30},end:{line:69,column:71}}}))!=null?a:"")+'">'+m((t=u(o,"label")||r(n,"label",{start:{line:69,column:75},end:{line:69,column:80}}),typeof t===i?t.call(c,{name:"label",hash:{},data:e,loc:{start:{line:69,column:73},end:{line:69,column:82}}}):t))+`</span></td>
        <td class="pre">`+((a=u(o,"if").call(c,u(n,"detail"),{name:"if",hash:{},fn:l.program(10,e,0),inverse:l.program(6,e,0),data:e,loc:{start:{line:70,column:24},end:{line:70,column:64}}}))!=null?a:"")+`</td>
      </tr>
`},8:function(l,n,o,s,e){return"mark-ok"},9:function(l,n,o,s,e){return"mark-bad"},10:function(l,n,o,s,e){var a,t=l.lookupProperty||function(r,c){if(Object.prototype.hasOwnProperty.call(r,c))return r[c]};return l.escapeExpression((a=t(o,"detail")||l.strict(n,"detail",{start:{line:70,column:40},end:{line:70,column:46}}),typeof a=="function"?a.call(n??(l.nullContext||{}),{name:"detail",hash:{},data:e,loc:{start:{line:70,column:38},end:{line:70,column:48}}}):a))},compiler:[8,">= 4.3.0"],main:function(l,n,o,s,e){var a,t=l.strict,r=l.escapeExpression,c=n??(l.nullContext||{}),i=l.lookupProperty||function(m,u){if(Object.prototype.hasOwnProperty.call(m,u))return m[u]};return`<!DOCTYPE html>
<html lang="`+r(l.lambda(t(i(n,"meta"),"lang",{start:{line:2,column:14},end:{line:2,column:23}}),n))+`">
<head>
`+((a=l.invokePartial(i(s,"html-head"),n,{name:"html-head",data:e,helpers:o,partials:s,decorators:l.decorators}))!=null?a:"")+`</head>
<body>
<main class="page">
`+((a=l.invokePartial(i(s,"report-cover"),n,{name:"report-cover",data:e,helpers:o,partials:s,decorators:l.decorators}))!=null?a:"")+`
<div class="front-matter">
`+((a=l.invokePartial(i(s,"document-control"),n,{name:"document-control",data:e,helpers:o,partials:s,decorators:l.decorators}))!=null?a:"")+`<nav class="toc" aria-labelledby="toc-heading">
  <h2 id="toc-heading">`+r((i(o,"t")||t(n,"t",{start:{line:13,column:25},end:{line:13,column:26}})).call(c,"report.nav.contents",{name:"t",hash:{},data:e,loc:{start:{line:13,column:23},end:{line:13,column:50}}}))+`</h2>
  <ol>
    <li><a href="#overall">`+r((i(o,"t")||t(n,"t",{start:{line:15,column:29},end:{line:15,column:30}})).call(c,"report.section.overall",{name:"t",hash:{},data:e,loc:{start:{line:15,column:27},end:{line:15,column:57}}}))+`</a></li>
    <li><a href="#organisation">`+r((i(o,"t")||t(n,"t",{start:{line:16,column:34},end:{line:16,column:35}})).call(c,"report.section.organisation",{name:"t",hash:{},data:e,loc:{start:{line:16,column:32},end:{line:16,column:67}}}))+`</a></li>
    <li><a href="#checklist">`+r((i(o,"t")||t(n,"t",{start:{line:17,column:31},end:{line:17,column:32}})).call(c,"report.section.checklist",{name:"t",hash:{},data:e,loc:{start:{line:17,column:29},end:{line:17,column:61}}}))+`</a></li>
    <li><a href="#prerequisites">`+r((i(o,"t")||t(n,"t",{start:{line:18,column:35},end:{line:18,column:36}})).call(c,"report.section.prerequisites",{name:"t",hash:{},data:e,loc:{start:{line:18,column:33},end:{line:18,column:69}}}))+`</a></li>
  </ol>
</nav>
</div>

<section id="overall" aria-labelledby="overall-heading">
  <h2 id="overall-heading">`+r((i(o,"t")||t(n,"t",{start:{line:24,column:29},end:{line:24,column:30}})).call(c,"report.section.overall",{name:"t",hash:{},data:e,loc:{start:{line:24,column:27},end:{line:24,column:57}}}))+`</h2>
`+((a=l.invokePartial(i(s,"verdict-box"),n,{name:"verdict-box",data:e,indent:"  ",helpers:o,partials:s,decorators:l.decorators}))!=null?a:"")+`</section>

`+((a=l.invokePartial(i(s,"organisation-facts"),n,{name:"organisation-facts",data:e,helpers:o,partials:s,decorators:l.decorators}))!=null?a:"")+`
<section id="checklist" aria-labelledby="checklist-heading">
  <h2 id="checklist-heading">`+r((i(o,"t")||t(n,"t",{start:{line:31,column:31},end:{line:31,column:32}})).call(c,"report.section.checklist",{name:"t",hash:{},data:e,loc:{start:{line:31,column:29},end:{line:31,column:61}}}))+`</h2>
  <p class="lead">`+r((i(o,"t")||t(n,"t",{start:{line:32,column:20},end:{line:32,column:21}})).call(c,"report.dossier.intro",{name:"t",hash:{},data:e,loc:{start:{line:32,column:18},end:{line:32,column:46}}}))+`</p>
  <table class="checklist">
    <thead>
      <tr>
        <th scope="col" class="col-number num">`+r((i(o,"t")||t(n,"t",{start:{line:36,column:49},end:{line:36,column:50}})).call(c,"report.column.number",{name:"t",hash:{},data:e,loc:{start:{line:36,column:47},end:{line:36,column:75}}}))+`</th>
        <th scope="col">`+r((i(o,"t")||t(n,"t",{start:{line:37,column:26},end:{line:37,column:27}})).call(c,"report.column.item",{name:"t",hash:{},data:e,loc:{start:{line:37,column:24},end:{line:37,column:50}}}))+`</th>
        <th scope="col" class="col-mark">`+r((i(o,"t")||t(n,"t",{start:{line:38,column:43},end:{line:38,column:44}})).call(c,"report.column.status",{name:"t",hash:{},data:e,loc:{start:{line:38,column:41},end:{line:38,column:69}}}))+`</th>
        <th scope="col" class="col-evidence">`+r((i(o,"t")||t(n,"t",{start:{line:39,column:47},end:{line:39,column:48}})).call(c,"report.column.evidence",{name:"t",hash:{},data:e,loc:{start:{line:39,column:45},end:{line:39,column:75}}}))+`</th>
      </tr>
    </thead>
    <tbody>
`+((a=i(o,"each").call(c,i(n,"items"),{name:"each",hash:{},fn:l.program(0,e,0),inverse:l.noop,data:e,loc:{start:{line:43,column:6},end:{line:50,column:15}}}))!=null?a:"")+`    </tbody>
  </table>
</section>

<section id="prerequisites" aria-labelledby="prerequisites-heading">
  <h2 id="prerequisites-heading">`+r((i(o,"t")||t(n,"t",{start:{line:56,column:35},end:{line:56,column:36}})).call(c,"report.section.prerequisites",{name:"t",hash:{},data:e,loc:{start:{line:56,column:33},end:{line:56,column:69}}}))+`</h2>
  <table class="prerequisites">
    <thead>
      <tr>
        <th scope="col">`+r((i(o,"t")||t(n,"t",{start:{line:60,column:26},end:{line:60,column:27}})).call(c,"report.column.prerequisite",{name:"t",hash:{},data:e,loc:{start:{line:60,column:24},end:{line:60,column:58}}}))+`</th>
        <th scope="col" class="col-mark">`+r((i(o,"t")||t(n,"t",{start:{line:61,column:43},end:{line:61,column:44}})).call(c,"report.column.result",{name:"t",hash:{},data:e,loc:{start:{line:61,column:41},end:{line:61,column:69}}}))+`</th>
        <th scope="col">`+r((i(o,"t")||t(n,"t",{start:{line:62,column:26},end:{line:62,column:27}})).call(c,"report.column.detail",{name:"t",hash:{},data:e,loc:{start:{line:62,column:24},end:{line:62,column:52}}}))+`</th>
      </tr>
    </thead>
    <tbody>
`+((a=i(o,"each").call(c,i(n,"prerequisites"),{name:"each",hash:{},fn:l.program(7,e,0),inverse:l.noop,data:e,loc:{start:{line:66,column:6},end:{line:72,column:15}}}))!=null?a:"")+`    </tbody>
  </table>
</section>

`+((a=l.invokePartial(i(s,"colophon"),n,{name:"colophon",data:e,helpers:o,partials:s,decorators:l.decorators}))!=null?a:"")+`</main>
</body>
</html>
`},usePartial:!0,useData:!0};
