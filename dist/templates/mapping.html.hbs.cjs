"use strict";module.exports={0:function(l,n,t,d,e,c,u){var a,o,m=l.strict,s=n??(l.nullContext||{}),i="function",r=l.escapeExpression,p=l.lookupProperty||function(f,y){if(Object.prototype.hasOwnProperty.call(f,y))return f[y]};return`    <tbody>
      <tr class="clause-row depth-`+r((o=p(t,"depth")||m(n,"depth",{start:{line:62,column:36},end:{line:62,column:41}}),typeof o===i?o.call(s,{name:"depth",hash:{},data:e,loc:{start:{line:62,column:34},end:{line:62,column:43}}}):o))+`">
        <td colspan="3"><span class="clause-no">`+r((o=p(t,"id")||m(n,"id",{start:{line:63,column:50},end:{line:63,column:52}}),typeof o===i?o.call(s,{name:"id",hash:{},data:e,loc:{start:{line:63,column:48},end:{line:63,column:54}}}):o))+"</span> "+r((o=p(t,"title")||m(n,"title",{start:{line:63,column:64},end:{line:63,column:69}}),typeof o===i?o.call(s,{name:"title",hash:{},data:e,loc:{start:{line:63,column:62},end:{line:63,column:71}}}):o))+`</td>
      </tr>
`+((a=p(t,"each").call(s,p(n,"requirements"),{name:"each",hash:{},fn:l.program(1,e,0,c,u),inverse:l.program(10,e,0,c,u),data:e,loc:{start:{line:65,column:6},end:{line:83,column:15}}}))!=null?a:"")+`    </tbody>
`},1:function(l,n,t,d,e,c,u){var a,o,m=l.strict,s=l.escapeExpression,i=n??(l.nullContext||{}),r="function",p=l.lookupProperty||function(f,y){if(Object.prototype.hasOwnProperty.call(f,y))return f[y]};return'      <tr class="req depth-'+s(l.lambda(m(u[1],"depth",{start:{line:66,column:29},end:{line:66,column:37}}),n))+`">
        <td>`+s((o=p(t,"title")||m(n,"title",{start:{line:67,column:14},end:{line:67,column:19}}),typeof o===r?o.call(i,{name:"title",hash:{},data:e,loc:{start:{line:67,column:12},end:{line:67,column:21}}}):o))+'<span class="sub"><span class="tag">'+((a=l.invokePartial(p(d,"kind-label"),n,{name:"kind-label",data:e,helpers:t,partials:d,decorators:l.decorators}))!=null?a:"")+'</span><span class="tag">'+((a=p(t,"if").call(i,p(n,"mandatory"),{name:"if",hash:{},fn:l.program(2,e,0,c,u),inverse:l.program(3,e,0,c,u),data:e,loc:{start:{line:67,column:98},end:{line:67,column:204}}}))!=null?a:"")+`</span></span></td>
        <td>
`+((a=p(t,"each").call(i,p(n,"satisfiers"),{name:"each",hash:{},fn:l.program(4,e,0,c,u),inverse:l.program(9,e,0,c,u),data:e,loc:{start:{line:69,column:10},end:{line:73,column:19}}}))!=null?a:"")+`        </td>
        <td><span class="mark `+s((o=p(t,"markClass")||m(n,"markClass",{start:{line:75,column:32},end:{line:75,column:41}}),typeof o===r?o.call(i,{name:"markClass",hash:{},data:e,loc:{start:{line:75,column:30},end:{line:75,column:43}}}):o))+'">'+s((o=p(t,"mark")||m(n,"mark",{start:{line:75,column:47},end:{line:75,column:51}}),typeof o===r?o.call(i,{name:"mark",hash:{},data:e,loc:{start:{line:75,column:45},end:{line:75,column:53}}}):o))+`</span></td>
      </tr>
`},2:function(l,n,t,d,e){var c=l.lookupProperty||function(u,a){if(Object.prototype.hasOwnProperty.call(u,a))return u[a]};return l.escapeExpression((c(t,"t")||l.strict(n,"t",{start:{line:67,column:117},end:{line:67,column:118}})).call(n??(l.nullContext||{}),"report.requirement.mandatory",{name:"t",hash:{},data:e,loc:{start:{line:67,column:115},end:{line:67,column:151}}}))},3:function(l,n,t,d,e){var c=l.lookupProperty||function(u,a){if(Object.prototype.hasOwnProperty.call(u,a))return u[a]};return l.escapeExpression((c(t,"t")||l.strict(n,"t",{start:{line:67,column:161},end:{line:67,column:162}})).call(n??(l.nullContext||{}),"report.requirement.recommended",{name:"t",hash:{},data:e,loc:{start:{line:67,column:159},end:{line:67,column:197}}}))},4:function(l,n,t,d,e){var c,u,a=l.strict,o=n??(l.nullContext||{}),m="function",s=l.escapeExpression,i=l.lookupProperty||function(r,p){if(Object.prototype.hasOwnProperty.call(r,p))return r[p]};return'          <div class="satisfier"><span class="id">'+s((u=i(t,"id")||a(n,"id",{start:{line:70,column:52},end:{line:70,column:54}}),typeof u===m?u.call(o,{name:"id",hash:{},data:e,loc:{start:{line:70,column:50},end:{line:70,column:56}}}):u))+"</span> "+s((u=i(t,"title")||a(n,"title",{start:{line:70,column:66},end:{line:70,column:71}}),typeof u===m?u.call(o,{name:"title",hash:{},data:e,loc:{start:{line:70,column:64},end:{line:70,column:73}}}):u))+'<span class="sub meta-line"><span>'+((c=l.invokePartial(i(d,"kind-label"),n,{name:"kind-label",data:e,helpers:t,partials:d,decorators:l.decorators}))!=null?c:"")+"</span>"+((c=i(t,"if").call(o,i(n,"version"),{name:"if",hash:{},fn:l.program(5,e,0),inverse:l.noop,data:e,loc:{start:{line:70,column:130},end:{line:70,column:209}}}))!=null?c:"")+((c=i(t,"if").call(o,i(n,"status"),{name:"if",hash:{},fn:l.program(6,e,0),inverse:l.noop,data:e,loc:{start:{line:70,column:209},end:{line:70,column:253}}}))!=null?c:"")+((c=i(t,"if").call(o,i(n,"approvalDate"),{name:"if",hash:{},fn:l.program(7,e,0),inverse:l.noop,data:e,loc:{start:{line:70,column:253},end:{line:70,column:345}}}))!=null?c:"")+"</span>"+((c=i(t,"if").call(o,i(n,"evidence"),{name:"if",hash:{},fn:l.program(8,e,0),inverse:l.noop,data:e,loc:{start:{line:70,column:352},end:{line:70,column:417}}}))!=null?c:"")+`</div>
`},5:function(l,n,t,d,e){var c,u=l.strict,a=n??(l.nullContext||{}),o=l.escapeExpression,m=l.lookupProperty||function(s,i){if(Object.prototype.hasOwnProperty.call(s,i))return s[i]};return"<span>"+o((m(t,"t")||u(n,"t",{start:{line:70,column:153},end:{line:70,column:154}})).call(a,"report.satisfier.version",{name:"t",hash:{},data:e,loc:{start:{line:70,column:151},end:{line:70,column:183}}}))+" "+o((c=m(t,"version")||u(n,"version",{start:{line:70,column:186},end:{line:70,column:193}}),typeof c=="function"?c.call(a,{name:"version",hash:{},data:e,loc:{start:{line:70,column:184},end:{line:70,column:195}}}):c))+"</span>"},6:function(l,n,t,d,e){var c,u=l.lookupProperty||function(a,o){if(Object.prototype.hasOwnProperty.call(a,o))return a[o]};return"<span>"+l.escapeExpression((c=u(t,"status")||l.strict(n,"status",{start:{line:70,column:231},end:{line:70,column:237}}),typeof c=="function"?c.call(n??(l.nullContext||{}),{name:"status",hash:{},data:e,loc:{start:{line:70,column:229},end:{line:70,column:239}}}):c))+"</span>"},7:function(l,n,t,d,e){var c=l.strict,u=n??(l.nullContext||{}),a=l.escapeExpression,o=l.lookupProperty||function(m,s){if(Object.prototype.hasOwnProperty.call(m,s))return m[s]};return"<span>"+a((o(t,"t")||c(n,"t",{start:{line:70,column:281},end:{line:70,column:282}})).call(u,"report.satisfier.dated",{name:"t",hash:{},data:e,loc:{start:{line:70,column:279},end:{line:70,column:309}}}))+" "+a((o(t,"date")||c(n,"date",{start:{line:70,column:312},end:{line:70,column:316}})).call(u,o(n,"approvalDate"),{name:"date",hash:{},data:e,loc:{start:{line:70,column:310},end:{line:70,column:331}}}))+"</span>"},8:function(l,n,t,d,e){var c,u=l.lookupProperty||function(a,o){if(Object.prototype.hasOwnProperty.call(a,o))return a[o]};return'<span class="sub path">'+l.escapeExpression((c=u(t,"evidence")||l.strict(n,"evidence",{start:{line:70,column:393},end:{line:70,column:401}}),typeof c=="function"?c.call(n??(l.nullContext||{}),{name:"evidence",hash:{},data:e,loc:{start:{line:70,column:391},end:{line:70,column:403}}}):c))+"</span>"},9:function(l,n,t,d,e){var c=l.lookupProperty||function(u,a){if(Object.prototype.hasOwnProperty.call(u,a))return u[a]};return'          <span class="muted">'+l.escapeExpression((c(t,"t")||l.strict(n,"t",{start:{line:72,column:32},end:{line:72,column:33}})).call(n??(l.nullContext||{}),"report.mapping.nothing",{name:"t",hash:{},data:e,loc:{start:{line:72,column:30},end:{line:72,column:60}}}))+`</span>
`},10:function(l,n,t,d,e){var c,u=l.lookupProperty||function(a,o){if(Object.prototype.hasOwnProperty.call(a,o))return a[o]};return(c=u(t,"if").call(n??(l.nullContext||{}),u(n,"processOnly"),{name:"if",hash:{},fn:l.program(11,e,0),inverse:l.noop,data:e,loc:{start:{line:78,column:6},end:{line:82,column:13}}}))!=null?c:""},11:function(l,n,t,d,e){var c,u=l.strict,a=n??(l.nullContext||{}),o=l.escapeExpression,m=l.lookupProperty||function(s,i){if(Object.prototype.hasOwnProperty.call(s,i))return s[i]};return'      <tr class="req depth-'+o((c=m(t,"depth")||u(n,"depth",{start:{line:79,column:29},end:{line:79,column:34}}),typeof c=="function"?c.call(a,{name:"depth",hash:{},data:e,loc:{start:{line:79,column:27},end:{line:79,column:36}}}):c))+`">
        <td colspan="3" class="muted">`+o((m(t,"t")||u(n,"t",{start:{line:80,column:40},end:{line:80,column:41}})).call(a,"report.mapping.processOnly",{name:"t",hash:{},data:e,loc:{start:{line:80,column:38},end:{line:80,column:72}}}))+`</td>
      </tr>
`},12:function(l,n,t,d,e){var c,u=l.strict,a=n??(l.nullContext||{}),o=l.escapeExpression,m=l.lookupProperty||function(s,i){if(Object.prototype.hasOwnProperty.call(s,i))return s[i]};return`  <table class="reverse">
    <thead>
      <tr>
        <th scope="col">`+o((m(t,"t")||u(n,"t",{start:{line:95,column:26},end:{line:95,column:27}})).call(a,"report.column.id",{name:"t",hash:{},data:e,loc:{start:{line:95,column:24},end:{line:95,column:48}}}))+`</th>
        <th scope="col">`+o((m(t,"t")||u(n,"t",{start:{line:96,column:26},end:{line:96,column:27}})).call(a,"report.column.document",{name:"t",hash:{},data:e,loc:{start:{line:96,column:24},end:{line:96,column:54}}}))+`</th>
        <th scope="col">`+o((m(t,"t")||u(n,"t",{start:{line:97,column:26},end:{line:97,column:27}})).call(a,"report.column.version",{name:"t",hash:{},data:e,loc:{start:{line:97,column:24},end:{line:97,column:53}}}))+`</th>
        <th scope="col">`+o((m(t,"t")||u(n,"t",{start:{line:98,column:26},end:{line:98,column:27}})).call(a,"report.column.status",{name:"t",hash:{},data:e,loc:{start:{line:98,column:24},end:{line:98,column:52}}}))+`</th>
        <th scope="col">`+o((m(t,"t")||u(n,"t",{start:{line:99,column:26},end:{line:99,column:27}})).call(a,"report.column.requirements",{name:"t",hash:{},data:e,loc:{start:{line:99,column:24},end:{line:99,column:58}}}))+`</th>
        <th scope="col">`+o((m(t,"t")||u(n,"t",{start:{line:100,column:26},end:{line:100,column:27}})).call(a,"report.column.clauses",{name:"t",hash:{},data:e,loc:{start:{line:100,column:24},end:{line:100,column:53}}}))+`</th>
      </tr>
    </thead>
    <tbody>
`+((c=m(t,"each").call(a,m(n,"reverse"),{name:"each",hash:{},fn:l.program(13,e,0),inverse:l.noop,data:e,loc:{start:{line:104,column:6},end:{line:113,column:15}}}))!=null?c:"")+`    </tbody>
  </table>
`},13:function(l,n,t,d,e){var c,u,a=l.strict,o=n??(l.nullContext||{}),m="function",s=l.escapeExpression,i=l.lookupProperty||function(r,p){if(Object.prototype.hasOwnProperty.call(r,p))return r[p]};return`      <tr>
        <td><span class="id">`+s((u=i(t,"id")||a(n,"id",{start:{line:106,column:31},end:{line:106,column:33}}),typeof u===m?u.call(o,{name:"id",hash:{},data:e,loc:{start:{line:106,column:29},end:{line:106,column:35}}}):u))+`</span></td>
        <td>`+s((u=i(t,"title")||a(n,"title",{start:{line:107,column:14},end:{line:107,column:19}}),typeof u===m?u.call(o,{name:"title",hash:{},data:e,loc:{start:{line:107,column:12},end:{line:107,column:21}}}):u))+'<span class="sub">'+((c=l.invokePartial(i(d,"kind-label"),n,{name:"kind-label",data:e,helpers:t,partials:d,decorators:l.decorators}))!=null?c:"")+`</span></td>
        <td class="nowrap">`+((c=i(t,"if").call(o,i(n,"version"),{name:"if",hash:{},fn:l.program(14,e,0),inverse:l.program(15,e,0),data:e,loc:{start:{line:108,column:27},end:{line:108,column:69}}}))!=null?c:"")+`</td>
        <td class="nowrap">`+((c=i(t,"if").call(o,i(n,"status"),{name:"if",hash:{},fn:l.program(16,e,0),inverse:l.program(15,e,0),data:e,loc:{start:{line:109,column:27},end:{line:109,column:67}}}))!=null?c:"")+`</td>
        <td><ul class="plain-list">`+((c=i(t,"each").call(o,i(n,"requirements"),{name:"each",hash:{},fn:l.program(17,e,0),inverse:l.noop,data:e,loc:{start:{line:110,column:35},end:{line:110,column:83}}}))!=null?c:"")+`</ul></td>
        <td>`+s((i(t,"join")||a(n,"join",{start:{line:111,column:14},end:{line:111,column:18}})).call(o,i(n,"clauses"),(i(t,"t")||a(n,"t",{start:{line:111,column:28},end:{line:111,column:29}})).call(o,"list.separator",{name:"t",hash:{},data:e,loc:{start:{line:111,column:27},end:{line:111,column:47}}}),{name:"join",hash:{},data:e,loc:{start:{line:111,column:12},end:{line:111,column:49}}}))+`</td>
      </tr>
`},14:function(l,n,t,d,e){var c,u=l.lookupProperty||function(a,o){if(Object.prototype.hasOwnProperty.call(a,o))return a[o]};return l.escapeExpression((c=u(t,"version")||l.strict(n,"version",{start:{line:108,column:44},end:{line:108,column:51}}),typeof c=="function"?c.call(n??(l.nullContext||{}),{name:"version",hash:{},data:e,loc:{start:{line:108,column:42},end:{line:108,column:53}}}):c))},15:function(l,n,t,d,e){return"\u2014"},16:function(l,n,t,d,e){var c,u=l.lookupProperty||function(a,o){if(Object.prototype.hasOwnProperty.call(a,o))return a[o]};return l.escapeExpression((c=u(t,"status")||l.strict(n,"status",{start:{line:109,column:43},end:{line:109,column:49}}),typeof c=="function"?c.call(n??(l.nullContext||{}),{name:"status",hash:{},data:e,loc:{start:{line:109,column:41},end:{line:109,column:51}}}):c))},17:function(l,n,t,d,e){return"<li>"+l.escapeExpression(l.lambda(n,n))+"</li>"},18:function(l,n,t,d,e){var c=l.lookupProperty||function(u,a){if(Object.prototype.hasOwnProperty.call(u,a))return u[a]};return'  <p class="empty">'+l.escapeExpression((c(t,"t")||l.strict(n,"t",{start:{line:117,column:21},end:{line:117,column:22}})).call(n??(l.nullContext||{}),"report.empty.reverse",{name:"t",hash:{},data:e,loc:{start:{line:117,column:19},end:{line:117,column:47}}}))+`</p>
`},19:function(l,n,t,d,e){var c,u=l.strict,a=n??(l.nullContext||{}),o=l.escapeExpression,m=l.lookupProperty||function(s,i){if(Object.prototype.hasOwnProperty.call(s,i))return s[i]};return'  <p class="lead">'+o((m(t,"t")||u(n,"t",{start:{line:124,column:20},end:{line:124,column:21}})).call(a,"report.mapping.unmappedIntro",{name:"t",hash:{},data:e,loc:{start:{line:124,column:18},end:{line:124,column:54}}}))+`</p>
  <table class="unmapped">
    <thead>
      <tr>
        <th scope="col">`+o((m(t,"t")||u(n,"t",{start:{line:128,column:26},end:{line:128,column:27}})).call(a,"report.column.id",{name:"t",hash:{},data:e,loc:{start:{line:128,column:24},end:{line:128,column:48}}}))+`</th>
        <th scope="col">`+o((m(t,"t")||u(n,"t",{start:{line:129,column:26},end:{line:129,column:27}})).call(a,"report.column.document",{name:"t",hash:{},data:e,loc:{start:{line:129,column:24},end:{line:129,column:54}}}))+`</th>
        <th scope="col">`+o((m(t,"t")||u(n,"t",{start:{line:130,column:26},end:{line:130,column:27}})).call(a,"report.column.kind",{name:"t",hash:{},data:e,loc:{start:{line:130,column:24},end:{line:130,column:50}}}))+`</th>
      </tr>
    </thead>
    <tbody>
`+((c=m(t,"each").call(a,m(n,"unmapped"),{name:"each",hash:{},fn:l.program(20,e,0),inverse:l.noop,data:e,loc:{start:{line:134,column:6},end:{line:140,column:15}}}))!=null?c:"")+`    </tbody>
  </table>
`},20:function(l,n,t,d,e){var c,u,a=l.strict,o=n??(l.nullContext||{}),m="function",s=l.escapeExpression,i=l.lookupProperty||function(r,p){if(Object.prototype.hasOwnProperty.call(r,p))return r[p]};return`      <tr>
        <td><span class="id">`+s((u=i(t,"id")||a(n,"id",{start:{line:136,column:31},end:{line:136,column:33}}),typeof u===m?u.call(o,{name:"id",hash:{},data:e,loc:{start:{line:136,column:29},end:{line:136,column:35}}}):u))+`</span></td>
        <td>`+s((u=i(t,"title")||a(n,"title",{start:{line:137,column:14},end:{line:137,column:19}}),typeof u===m?u.call(o,{name:"title",hash:{},data:e,loc:{start:{line:137,column:12},end:{line:137,column:21}}}):u))+`</td>
        <td>`+((c=l.invokePartial(i(d,"kind-label"),n,{name:"kind-label",data:e,helpers:t,partials:d,decorators:l.decorators}))!=null?c:"")+`</td>
      </tr>
`},21:function(l,n,t,d,e){var c=l.lookupProperty||function(u,a){if(Object.prototype.hasOwnProperty.call(u,a))return u[a]};return'  <p class="empty">'+l.escapeExpression((c(t,"t")||l.strict(n,"t",{start:{line:144,column:21},end:{line:144,column:22}})).call(n??(l.nullContext||{}),"report.empty.unmapped",{name:"t",hash:{},data:e,loc:{start:{line:144,column:19},end:{line:144,column:48}}}))+`</p>
`},compiler:[8,">= 4.3.0"],main:function(l,n,t,d,e,c,u){var a,o=l.strict,m=l.lambda,s=l.escapeExpression,i=n??(l.nullContext||{}),r=l.lookupProperty||function(p,f){if(Object.prototype.hasOwnProperty.call(p,f))return p[f]};return`<!DOCTYPE html>
<html lang="`+s(m(o(r(n,"meta"),"lang",{start:{line:2,column:14},end:{line:2,column:23}}),n))+`">
<head>
`+((a=l.invokePartial(r(d,"html-head"),n,{name:"html-head",data:e,helpers:t,partials:d,decorators:l.decorators}))!=null?a:"")+`</head>
<body>
<main class="page">
`+((a=l.invokePartial(r(d,"report-cover"),n,{name:"report-cover",data:e,helpers:t,partials:d,decorators:l.decorators}))!=null?a:"")+`
<div class="front-matter">
`+((a=l.invokePartial(r(d,"document-control"),n,{name:"document-control",data:e,helpers:t,partials:d,decorators:l.decorators}))!=null?a:"")+`<nav class="toc" aria-labelledby="toc-heading">
  <h2 id="toc-heading">`+s((r(t,"t")||o(n,"t",{start:{line:13,column:25},end:{line:13,column:26}})).call(i,"report.nav.contents",{name:"t",hash:{},data:e,loc:{start:{line:13,column:23},end:{line:13,column:50}}}))+`</h2>
  <ol>
    <li><a href="#summary">`+s((r(t,"t")||o(n,"t",{start:{line:15,column:29},end:{line:15,column:30}})).call(i,"report.section.summary",{name:"t",hash:{},data:e,loc:{start:{line:15,column:27},end:{line:15,column:57}}}))+`</a></li>
    <li><a href="#organisation">`+s((r(t,"t")||o(n,"t",{start:{line:16,column:34},end:{line:16,column:35}})).call(i,"report.section.organisation",{name:"t",hash:{},data:e,loc:{start:{line:16,column:32},end:{line:16,column:67}}}))+`</a></li>
    <li><a href="#comparison">`+s((r(t,"t")||o(n,"t",{start:{line:17,column:32},end:{line:17,column:33}})).call(i,"report.section.comparison",{name:"t",hash:{},data:e,loc:{start:{line:17,column:30},end:{line:17,column:63}}}))+`</a></li>
    <li><a href="#reverse">`+s((r(t,"t")||o(n,"t",{start:{line:18,column:29},end:{line:18,column:30}})).call(i,"report.section.reverse",{name:"t",hash:{},data:e,loc:{start:{line:18,column:27},end:{line:18,column:57}}}))+`</a></li>
    <li><a href="#unmapped">`+s((r(t,"t")||o(n,"t",{start:{line:19,column:30},end:{line:19,column:31}})).call(i,"report.section.unmapped",{name:"t",hash:{},data:e,loc:{start:{line:19,column:28},end:{line:19,column:59}}}))+`</a></li>
  </ol>
</nav>
</div>

<section id="summary" aria-labelledby="summary-heading">
  <h2 id="summary-heading">`+s((r(t,"t")||o(n,"t",{start:{line:25,column:29},end:{line:25,column:30}})).call(i,"report.section.summary",{name:"t",hash:{},data:e,loc:{start:{line:25,column:27},end:{line:25,column:57}}}))+`</h2>
  <p>`+s((r(t,"t")||o(n,"t",{start:{line:26,column:7},end:{line:26,column:8}})).call(i,"report.mapping.intro",{name:"t",hash:{},data:e,loc:{start:{line:26,column:5},end:{line:26,column:33}}}))+`</p>
  <dl class="figures">
    <div class="figure figure-ok">
      <dt>`+s((r(t,"t")||o(n,"t",{start:{line:29,column:12},end:{line:29,column:13}})).call(i,"report.mapping.satisfied",{name:"t",hash:{},data:e,loc:{start:{line:29,column:10},end:{line:29,column:42}}}))+`</dt>
      <dd>`+s(m(o(r(n,"counts"),"satisfied",{start:{line:30,column:12},end:{line:30,column:28}}),n))+`</dd>
    </div>
    <div class="figure figure-minor">
      <dt>`+s((r(t,"t")||o(n,"t",{start:{line:33,column:12},end:{line:33,column:13}})).call(i,"report.mapping.weak",{name:"t",hash:{},data:e,loc:{start:{line:33,column:10},end:{line:33,column:37}}}))+`</dt>
      <dd>`+s(m(o(r(n,"counts"),"weak",{start:{line:34,column:12},end:{line:34,column:23}}),n))+`</dd>
    </div>
    <div class="figure figure-major">
      <dt>`+s((r(t,"t")||o(n,"t",{start:{line:37,column:12},end:{line:37,column:13}})).call(i,"report.mapping.missing",{name:"t",hash:{},data:e,loc:{start:{line:37,column:10},end:{line:37,column:40}}}))+`</dt>
      <dd>`+s(m(o(r(n,"counts"),"missing",{start:{line:38,column:12},end:{line:38,column:26}}),n))+`</dd>
    </div>
    <div class="figure figure-na">
      <dt>`+s((r(t,"t")||o(n,"t",{start:{line:41,column:12},end:{line:41,column:13}})).call(i,"report.mapping.notApplicable",{name:"t",hash:{},data:e,loc:{start:{line:41,column:10},end:{line:41,column:46}}}))+`</dt>
      <dd>`+s(m(o(r(n,"counts"),"notApplicable",{start:{line:42,column:12},end:{line:42,column:32}}),n))+`</dd>
    </div>
  </dl>
  <p class="muted small">`+s((r(t,"t")||o(n,"t",{start:{line:45,column:27},end:{line:45,column:28}})).call(i,"report.mapping.legend",{name:"t",hash:{},data:e,loc:{start:{line:45,column:25},end:{line:45,column:54}}}))+`</p>
</section>

`+((a=l.invokePartial(r(d,"organisation-facts"),n,{name:"organisation-facts",data:e,helpers:t,partials:d,decorators:l.decorators}))!=null?a:"")+`
<section id="comparison" class="new-page" aria-labelledby="comparison-heading">
  <h2 id="comparison-heading">`+s((r(t,"t")||o(n,"t",{start:{line:51,column:32},end:{line:51,column:33}})).call(i,"report.section.comparison",{name:"t",hash:{},data:e,loc:{start:{line:51,column:30},end:{line:51,column:63}}}))+`</h2>
  <table class="mapping">
    <thead>
      <tr>
        <th scope="col">`+s((r(t,"t")||o(n,"t",{start:{line:55,column:26},end:{line:55,column:27}})).call(i,"report.column.requirement",{name:"t",hash:{},data:e,loc:{start:{line:55,column:24},end:{line:55,column:57}}}))+`</th>
        <th scope="col">`+s((r(t,"t")||o(n,"t",{start:{line:56,column:26},end:{line:56,column:27}})).call(i,"report.column.satisfiedBy",{name:"t",hash:{},data:e,loc:{start:{line:56,column:24},end:{line:56,column:57}}}))+`</th>
        <th scope="col" class="col-mark">`+s((r(t,"t")||o(n,"t",{start:{line:57,column:43},end:{line:57,column:44}})).call(i,"report.column.result",{name:"t",hash:{},data:e,loc:{start:{line:57,column:41},end:{line:57,column:69}}}))+`</th>
      </tr>
    </thead>
`+((a=r(t,"each").call(i,r(n,"clauses"),{name:"each",hash:{},fn:l.program(0,e,0,c,u),inverse:l.noop,data:e,loc:{start:{line:60,column:4},end:{line:85,column:13}}}))!=null?a:"")+`  </table>
</section>

<section id="reverse" class="new-page" aria-labelledby="reverse-heading">
  <h2 id="reverse-heading">`+s((r(t,"t")||o(n,"t",{start:{line:90,column:29},end:{line:90,column:30}})).call(i,"report.section.reverse",{name:"t",hash:{},data:e,loc:{start:{line:90,column:27},end:{line:90,column:57}}}))+`</h2>
`+((a=r(t,"if").call(i,r(n,"reverse"),{name:"if",hash:{},fn:l.program(12,e,0,c,u),inverse:l.program(18,e,0,c,u),data:e,loc:{start:{line:91,column:2},end:{line:118,column:9}}}))!=null?a:"")+`</section>

<section id="unmapped" aria-labelledby="unmapped-heading">
  <h2 id="unmapped-heading">`+s((r(t,"t")||o(n,"t",{start:{line:122,column:30},end:{line:122,column:31}})).call(i,"report.section.unmapped",{name:"t",hash:{},data:e,loc:{start:{line:122,column:28},end:{line:122,column:59}}}))+`</h2>
`+((a=r(t,"if").call(i,r(n,"unmapped"),{name:"if",hash:{},fn:l.program(19,e,0,c,u),inverse:l.program(21,e,0,c,u),data:e,loc:{start:{line:123,column:2},end:{line:145,column:9}}}))!=null?a:"")+`</section>

`+((a=l.invokePartial(r(d,"colophon"),n,{name:"colophon",data:e,helpers:t,partials:d,decorators:l.decorators}))!=null?a:"")+`</main>
</body>
</html>
`},usePartial:!0,useData:!0,useDepths:!0};
