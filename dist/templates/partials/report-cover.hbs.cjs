"use strict";module.exports={0:function(l,n,i,c,r){var t=l.strict,e=l.escapeExpression,o=l.lookupProperty||function(u,s){if(Object.prototype.hasOwnProperty.call(u,s))return u[s]};return'<img class="logo" src="'+e(l.lambda(t(o(o(n,"meta"),"branding"),"logo",{start:{line:2,column:53},end:{line:2,column:71}}),n))+'" alt="'+e((o(i,"t")||t(n,"t",{start:{line:2,column:82},end:{line:2,column:83}})).call(n??(l.nullContext||{}),"report.cover.logo",{name:"t",hash:{organisation:o(o(n,"organization"),"name")},data:r,loc:{start:{line:2,column:80},end:{line:2,column:136}}}))+'">'},1:function(l,n,i,c,r){var t=l.lookupProperty||function(e,o){if(Object.prototype.hasOwnProperty.call(e,o))return e[o]};return'<p class="internal-mark">'+l.escapeExpression((t(i,"t")||l.strict(n,"t",{start:{line:6,column:50},end:{line:6,column:51}})).call(n??(l.nullContext||{}),"report.cover.internal",{name:"t",hash:{},data:r,loc:{start:{line:6,column:48},end:{line:6,column:77}}}))+"</p>"},2:function(l,n,i,c,r){var t=l.strict,e=l.escapeExpression,o=l.lookupProperty||function(u,s){if(Object.prototype.hasOwnProperty.call(u,s))return u[s]};return`    <div class="fact">
      <dt>`+e((o(i,"t")||t(n,"t",{start:{line:14,column:12},end:{line:14,column:13}})).call(n??(l.nullContext||{}),"report.cover.version",{name:"t",hash:{},data:r,loc:{start:{line:14,column:10},end:{line:14,column:38}}}))+`</dt>
      <dd>`+e(l.lambda(t(o(o(n,"meta"),"branding"),"version",{start:{line:15,column:12},end:{line:15,column:33}}),n))+`</dd>
    </div>
`},3:function(l,n,i,c,r){var t=l.strict,e=l.escapeExpression,o=l.lookupProperty||function(u,s){if(Object.prototype.hasOwnProperty.call(u,s))return u[s]};return`    <div class="fact">
      <dt>`+e((o(i,"t")||t(n,"t",{start:{line:20,column:12},end:{line:20,column:13}})).call(n??(l.nullContext||{}),"report.cover.preparedBy",{name:"t",hash:{},data:r,loc:{start:{line:20,column:10},end:{line:20,column:41}}}))+`</dt>
      <dd>`+e(l.lambda(t(o(o(n,"meta"),"branding"),"preparedBy",{start:{line:21,column:12},end:{line:21,column:36}}),n))+`</dd>
    </div>
`},4:function(l,n,i,c,r){var t=l.lookupProperty||function(e,o){if(Object.prototype.hasOwnProperty.call(e,o))return e[o]};return'<p class="confidentiality">'+l.escapeExpression(l.lambda(l.strict(t(t(n,"meta"),"branding"),"confidentiality",{start:{line:29,column:68},end:{line:29,column:97}}),n))+"</p>"},compiler:[8,">= 4.3.0"],main:function(l,n,i,c,r){var t,e=n??(l.nullContext||{}),o=l.strict,u=l.lambda,s=l.escapeExpression,a=l.lookupProperty||function(m,d){if(Object.prototype.hasOwnProperty.call(m,d))return m[d]};return`<header class="cover">
  `+((t=a(i,"if").call(e,a(a(a(n,"meta"),"branding"),"logo"),{name:"if",hash:{},fn:l.program(0,r,0),inverse:l.noop,data:r,loc:{start:{line:2,column:2},end:{line:2,column:145}}}))!=null?t:"")+`
  <p class="eyebrow">`+s(u(o(a(n,"meta"),"standard",{start:{line:3,column:23},end:{line:3,column:36}}),n))+" \xB7 "+s((a(i,"t")||o(n,"t",{start:{line:3,column:43},end:{line:3,column:44}})).call(e,"report.cover.kind",{name:"t",hash:{},data:r,loc:{start:{line:3,column:41},end:{line:3,column:66}}}))+`</p>
  <h1>`+s(u(o(a(n,"meta"),"title",{start:{line:4,column:8},end:{line:4,column:18}}),n))+`</h1>
  <p class="organisation">`+s(u(o(a(n,"organization"),"name",{start:{line:5,column:28},end:{line:5,column:45}}),n))+`</p>
  `+((t=a(i,"if").call(e,a(a(n,"meta"),"internal"),{name:"if",hash:{},fn:l.program(1,r,0),inverse:l.noop,data:r,loc:{start:{line:6,column:2},end:{line:6,column:88}}}))!=null?t:"")+`
  <dl class="cover-facts">
    <div class="fact">
      <dt>`+s((a(i,"t")||o(n,"t",{start:{line:9,column:12},end:{line:9,column:13}})).call(e,"report.cover.asOf",{name:"t",hash:{},data:r,loc:{start:{line:9,column:10},end:{line:9,column:35}}}))+`</dt>
      <dd>`+s((a(i,"date")||o(n,"date",{start:{line:10,column:12},end:{line:10,column:16}})).call(e,a(a(n,"meta"),"asOf"),{name:"date",hash:{},data:r,loc:{start:{line:10,column:10},end:{line:10,column:28}}}))+`</dd>
    </div>
`+((t=a(i,"if").call(e,a(a(a(n,"meta"),"branding"),"version"),{name:"if",hash:{},fn:l.program(2,r,0),inverse:l.noop,data:r,loc:{start:{line:12,column:4},end:{line:17,column:11}}}))!=null?t:"")+((t=a(i,"if").call(e,a(a(a(n,"meta"),"branding"),"preparedBy"),{name:"if",hash:{},fn:l.program(3,r,0),inverse:l.noop,data:r,loc:{start:{line:18,column:4},end:{line:23,column:11}}}))!=null?t:"")+`    <div class="fact">
      <dt>`+s((a(i,"t")||o(n,"t",{start:{line:25,column:12},end:{line:25,column:13}})).call(e,"report.cover.standard",{name:"t",hash:{},data:r,loc:{start:{line:25,column:10},end:{line:25,column:39}}}))+`</dt>
      <dd>`+s(u(o(a(n,"meta"),"standard",{start:{line:26,column:12},end:{line:26,column:25}}),n))+`</dd>
    </div>
  </dl>
  `+((t=a(i,"if").call(e,a(a(a(n,"meta"),"branding"),"confidentiality"),{name:"if",hash:{},fn:l.program(4,r,0),inverse:l.noop,data:r,loc:{start:{line:29,column:2},end:{line:29,column:110}}}))!=null?t:"")+`
</header>
`},useData:!0};
