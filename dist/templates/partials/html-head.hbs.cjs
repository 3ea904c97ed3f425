"use strict";module.exports={0:function(o,n,i,f,t){var c=o.strict,r=n??(o.nullContext||{}),d=o.lookupProperty||function(a,l){if(Object.prototype.hasOwnProperty.call(a,l))return a[l]};return' " \\b7  " '+o.escapeExpression((d(i,"css")||c(n,"css",{start:{line:272,column:91},end:{line:272,column:94}})).call(r,(d(i,"t")||c(n,"t",{start:{line:272,column:96},end:{line:272,column:97}})).call(r,"report.footer.version",{name:"t",hash:{version:d(d(d(n,"meta"),"branding"),"version")},data:t,loc:{start:{line:272,column:95},end:{line:272,column:152}}}),{name:"css",hash:{},data:t,loc:{start:{line:272,column:89},end:{line:272,column:154}}}))},compiler:[8,">= 4.3.0"],main:function(o,n,i,f,t){var c,r=o.strict,d=o.lambda,a=o.escapeExpression,l=n??(o.nullContext||{}),e=o.lookupProperty||function(m,s){if(Object.prototype.hasOwnProperty.call(m,s))return m[s]};return`<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light">
<meta name="generator" content="`+a(d(r(e(e(n,"meta"),"tool"),"name",{start:{line:4,column:34},end:{line:4,column:48}}),n))+" "+a(d(r(e(e(n,"meta"),"tool"),"version",{start:{line:4,column:53},end:{line:4,column:70}}),n))+`">
<title>`+a(d(r(e(n,"meta"),"title",{start:{line:5,column:9},end:{line:5,column:19}}),n))+" \xB7 "+a(d(r(e(n,"organization"),"name",{start:{line:5,column:26},end:{line:5,column:43}}),n))+`</title>
<style>
:root {
  --ink: #1c2733;
  --muted: #4a5665;
  --heading: #0f2a4a;
  --accent: #1d4f91;
  --accent-soft: #e9eff8;
  --line: #d4dbe4;
  --head: #edf1f6;
  --zebra: #f6f8fb;
  --ok: #17603a;
  --ok-soft: #e6f3ea;
  --ok-line: #9ccdb0;
  --bad: #a3222b;
  --bad-soft: #fbeaea;
  --bad-line: #e5acb0;
  --warn: #854400;
  --warn-soft: #fdf1dc;
  --warn-line: #e9c88f;
  --info: #1d4f91;
  --info-soft: #e9eff8;
  --info-line: #b5c9e6;
  --na: #4a5665;
  --na-soft: #eef0f3;
  --na-line: #c9ced6;
}
*, *::before, *::after { box-sizing: border-box; }
html { font-size: 15px; -webkit-text-size-adjust: 100%; }
body {
  margin: 0;
  background: #e9edf2;
  color: var(--ink);
  font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", sans-serif;
  line-height: 1.5;
  font-variant-numeric: tabular-nums;
}
html:lang(zh-CN) body {
  font-family: "PingFang SC", "Noto Sans CJK SC", "Source Han Sans SC", "Hiragino Sans GB", "Microsoft YaHei", system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif;
  line-height: 1.6;
}
.page {
  max-width: 62rem;
  margin: 2rem auto;
  padding: 3rem 3.5rem 2.5rem;
  background: #fff;
  box-shadow: 0 1px 3px rgba(15, 42, 74, 0.12), 0 8px 24px rgba(15, 42, 74, 0.06);
}

/* Cover and front matter */
.cover { border-bottom: 3px solid var(--accent); padding-bottom: 1.5rem; margin-bottom: 1.5rem; }
.logo { display: block; max-width: 14rem; max-height: 5rem; margin: 0 0 1.5rem; object-fit: contain; }
.cover-facts { display: grid; grid-template-columns: repeat(2, minmax(0, 1fr)); gap: 0.9rem 2.5rem; margin: 1.5rem 0 0; }
.cover-facts dt { color: var(--muted); font-size: 0.75rem; font-weight: 600; letter-spacing: 0.05em; text-transform: uppercase; }
.cover-facts dd { margin: 0.15rem 0 0; }
.internal-mark { display: inline-block; margin: 0 0 0.5rem; padding: 0.1rem 0.6rem; border: 1px solid var(--warn-line); border-radius: 3px; background: var(--warn-soft); color: var(--warn); font-weight: 600; }
.confidentiality { margin: 1.5rem 0 0; color: var(--bad); font-weight: 700; letter-spacing: 0.04em; }
.control tbody th { background: var(--head); font-weight: 600; }
.control thead th:first-child { width: 12rem; }
.front-matter h2 { margin-top: 1.5rem; }
.eyebrow { margin: 0; color: var(--accent); font-size: 0.8rem; font-weight: 600; letter-spacing: 0.08em; text-transform: uppercase; }
h1 { margin: 0.35rem 0 0.15rem; color: var(--heading); font-size: 2rem; line-height: 1.2; font-weight: 700; }
.organisation { margin: 0 0 1.5rem; color: var(--muted); font-size: 1.25rem; }
.facts { display: grid; grid-template-columns: repeat(2, minmax(0, 1fr)); gap: 0.9rem 2.5rem; margin: 0; }
.fact { min-width: 0; }
.fact.wide { grid-column: 1 / -1; }
.fact dt { color: var(--muted); font-size: 0.75rem; font-weight: 600; letter-spacing: 0.05em; text-transform: uppercase; }
.fact dd { margin: 0.15rem 0 0; }
html:lang(zh-CN) .fact dt { font-size: 0.82rem; letter-spacing: 0.02em; }
.fact ul { margin: 0; padding: 0; list-style: none; }
.fact li + li { margin-top: 0.2rem; }
.toc { margin: 0 0 1rem; }
.toc ol { margin: 0; padding-left: 1.5rem; font-size: 1rem; line-height: 1.9; }
.toc a { color: var(--accent); text-decoration: none; }
.toc a:hover, .toc a:focus { text-decoration: underline; }

/* Headings and text */
h2 { margin: 2.5rem 0 1rem; padding-bottom: 0.4rem; border-bottom: 1px solid var(--line); color: var(--heading); font-size: 1.4rem; line-height: 1.3; }
h3 { margin: 1.75rem 0 0.6rem; color: var(--heading); font-size: 1.08rem; line-height: 1.35; }
p { margin: 0 0 0.75rem; }
.lead { color: var(--muted); }
.muted { color: var(--muted); }
.rating { white-space: nowrap; font-weight: 600; }
.rating-conforming { color: #1a7f37; }
.rating-inconsistent { color: #9a6700; }
.rating-initial, .rating-not-addressed { color: #b42318; }
.rating-not-assessed, .rating-not-applicable { color: var(--muted); font-weight: 400; }
.overdue { color: #b42318; }
table.conformity td:nth-child(2) { width: 17%; }
table.conformity td:nth-child(3) { width: 13%; }
table.conformity td:nth-child(4) { width: 22%; }
table.conformity tr.depth-2 td:first-child, table.conformity tr.depth-3 td:first-child { padding-left: 1.2em; }
.small { font-size: 0.85rem; }
.pre { white-space: pre-line; }
.id, .path, code {
  font-family: ui-monospace, "SFMono-Regular", "Cascadia Mono", Menlo, Consolas, "DejaVu Sans Mono", "Liberation Mono", monospace;
  font-size: 0.9em;
}
.sub .id, .sub .path, .sub.path { font-size: 0.95em; }
.id { white-space: nowrap; }
.path { overflow-wrap: anywhere; }
.clause-no { margin-right: 0.3em; color: var(--accent); font-weight: 700; }
.empty { padding: 0.75rem 1rem; border: 1px dashed var(--line); border-radius: 4px; color: var(--muted); }

/* Tables */
table { width: 100%; margin: 0.5rem 0 1.25rem; border-collapse: collapse; font-size: 0.87rem; }
caption { caption-side: top; padding: 0 0 0.35rem; color: var(--muted); font-size: 0.85rem; text-align: left; }
th, td { padding: 0.45rem 0.6rem; text-align: left; vertical-align: top; overflow-wrap: break-word; }
thead th { background: var(--head); border-bottom: 2px solid #b9c4d2; color: var(--ink); font-weight: 600; vertical-align: bottom; white-space: nowrap; }
tbody td, tbody th { border-bottom: 1px solid var(--line); }
tbody tr:nth-child(even) { background: var(--zebra); }
td.num, th.num { text-align: right; white-space: nowrap; }
td.nowrap { white-space: nowrap; }
.sub { display: block; margin-top: 0.15rem; color: var(--muted); font-size: 0.8rem; }
.col-grade { width: 7.5rem; }
.col-remedy { width: 34%; }
.col-location { width: 8.5rem; }
.action-plan .col-action { width: 33%; }
.action-plan .col-why { width: 24%; }
.action-plan .col-owner { width: 12%; }
.action-plan .col-due { width: 8%; }
.action-plan .col-status { width: 7%; }
.action-plan .clause-no { display: block; }
.checklist { margin: 0.35rem 0 0; padding-left: 1.1rem; }
.checklist li + li { margin-top: 0.3rem; }
td.fill { border-left: 1px dotted var(--line); }
h3.group-prerequisite, h3.group-major { color: var(--bad); }
h3.group-minor { color: var(--warn); }
.count-major { color: var(--bad); font-weight: 700; }
.count-minor { color: var(--warn); font-weight: 600; }
.verdict h3 { margin: 0.75rem 0 0.25rem; font-size: 0.95rem; color: inherit; }
.earliest { margin-top: 0.75rem; }
.col-number { width: 3rem; }
.col-clause { width: 4.5rem; }
.col-mark { width: 9rem; }
.documents .col-title { width: 30%; }
.documents .col-owner { width: 17%; }
.documents .col-evidence { width: 24%; }
.waivers .col-justification { width: 30%; }
.checklist .col-evidence { width: 30%; }
.plain-list { margin: 0; padding: 0; list-style: none; }
.plain-list li + li { margin-top: 0.2rem; }

/* Badges and marks: colour plus a symbol, so they survive black-and-white printing */
.badge, .mark {
  display: inline-block;
  padding: 0.05rem 0.55rem;
  border: 1px solid;
  border-radius: 999px;
  font-size: 0.78rem;
  font-weight: 600;
  line-height: 1.5;
  white-space: nowrap;
}
.badge-major { background: var(--bad-soft); border-color: var(--bad-line); color: var(--bad); }
.badge-minor { background: var(--warn-soft); border-color: var(--warn-line); color: var(--warn); }
.badge-prerequisite, .badge-invalid { background: var(--bad-soft); border-color: var(--bad-line); color: var(--bad); }
.badge-observation { background: var(--info-soft); border-color: var(--info-line); color: var(--info); }
.mark-ok { background: var(--ok-soft); border-color: var(--ok-line); color: var(--ok); }
.mark-ok::before { content: "\u2713 "; }
.mark-partial { background: var(--warn-soft); border-color: var(--warn-line); color: var(--warn); }
.mark-partial::before { content: "\u25D0 "; }
.mark-bad { background: var(--bad-soft); border-color: var(--bad-line); color: var(--bad); }
.mark-bad::before { content: "\u2717 "; }
.mark-info { background: var(--info-soft); border-color: var(--info-line); color: var(--info); }
.mark-info::before { content: "\u21BB "; }
.mark-na { background: var(--na-soft); border-color: var(--na-line); color: var(--na); }
.mark-na::before { content: "\u2013 "; }
.status { color: var(--muted); }
.status-approved { color: var(--ok); font-weight: 600; }
.status-draft, .status-in-review { color: var(--warn); font-weight: 600; }
.status-retired { color: var(--bad); font-weight: 600; }
.evidence-ok { color: var(--ok); }
.evidence-bad { color: var(--bad); font-weight: 600; }

/* Verdict and key figures */
.verdict { margin: 0 0 1.25rem; padding: 1rem 1.25rem; border: 1px solid; border-left-width: 6px; border-radius: 4px; }
.verdict-ready { background: var(--ok-soft); border-color: var(--ok-line); border-left-color: var(--ok); }
.verdict-not-ready { background: var(--bad-soft); border-color: var(--bad-line); border-left-color: var(--bad); }
.verdict-label { margin: 0 0 0.35rem; font-size: 1.3rem; font-weight: 700; }
.verdict-ready .verdict-label { color: var(--ok); }
.verdict-not-ready .verdict-label { color: var(--bad); }
.verdict ul { margin: 0.25rem 0 0.5rem; padding-left: 1.25rem; }
.verdict p:last-child, .verdict ul:last-child { margin-bottom: 0; }
.figures { display: grid; grid-template-columns: repeat(auto-fit, minmax(9rem, 1fr)); gap: 0.75rem; margin: 0 0 1rem; }
.figure { margin: 0; padding: 0.6rem 0.85rem 0.7rem; border: 1px solid var(--line); border-top: 4px solid var(--accent); border-radius: 3px; background: #fff; }
.figure dt { color: var(--muted); font-size: 0.8rem; }
.figure dd { margin: 0; color: var(--heading); font-size: 1.7rem; font-weight: 700; line-height: 1.2; }
.figure dd .sub { font-size: 0.78rem; font-weight: 400; }
.figure-major { border-top-color: var(--bad); }
.figure-minor { border-top-color: #c56a00; }
.figure-observation { border-top-color: var(--info); }
.figure-ok { border-top-color: var(--ok); }
.figure-na { border-top-color: #8a94a3; }

/* Readiness chart */
.chart { margin: 0.5rem 0 1.25rem; }
.chart svg { display: block; width: 100%; height: auto; }
.chart text { fill: var(--ink); font-size: 13px; }
.chart .axis { fill: var(--muted); font-size: 11px; }
.chart .grid { stroke: #c9d1dc; stroke-width: 1; stroke-dasharray: 2 3; }
.chart .track { fill: #edf0f4; }
.chart .bar-0 { fill: var(--accent); }
.chart .bar-1 { fill: #7fa3d3; }
.chart .label-1 { fill: var(--muted); }
.chart .value, .chart .clause { font-weight: 600; }
.chart .overall .label-0 { font-weight: 700; }
.chart .bar-overall { fill: var(--heading); }
.chart .bar-weak { fill: var(--warn-soft); stroke: var(--warn-line); stroke-width: 1; }
.chart .rule { stroke: #9aa6b5; stroke-width: 1; }
.chart figcaption { color: var(--muted); font-size: 0.85rem; }

/* Mapping */
.mapping td:first-child { width: 38%; }
.mapping td:last-child { width: 9rem; }
.clause-row td { background: var(--accent-soft); border-bottom: 1px solid var(--info-line); color: var(--heading); font-weight: 600; }
.clause-row.depth-0 td { background: #dfe7f3; font-size: 0.95rem; }
.clause-row.depth-1 td { padding-left: 1.4rem; }
.clause-row.depth-2 td { padding-left: 2.2rem; }
.clause-row.depth-3 td { padding-left: 3rem; }
.mapping tbody tr.req:nth-child(even) { background: var(--zebra); }
.mapping tbody tr.req:nth-child(odd) { background: #fff; }
.req.depth-0 td:first-child { padding-left: 1.4rem; }
.req.depth-1 td:first-child { padding-left: 2.2rem; }
.req.depth-2 td:first-child { padding-left: 3rem; }
.req.depth-3 td:first-child { padding-left: 3.8rem; }
.meta-line > span + span::before { content: " \xB7 "; }
.satisfier + .satisfier { margin-top: 0.45rem; padding-top: 0.45rem; border-top: 1px dotted var(--line); }
.tag { display: inline-block; margin-left: 0.35rem; padding: 0 0.4rem; border: 1px solid var(--line); border-radius: 3px; color: var(--muted); font-size: 0.74rem; white-space: nowrap; }

/* Appendix and footer */
.method dt { margin-top: 0.6rem; font-weight: 700; }
.method dd { margin: 0.15rem 0 0 0; }
.method ol, .method ul { margin: 0.25rem 0 0.75rem; padding-left: 1.4rem; }
.colophon { margin-top: 2.5rem; padding-top: 0.75rem; border-top: 1px solid var(--line); color: var(--muted); font-size: 0.8rem; }

@page {
  size: A4;
  margin: 18mm 14mm 18mm;
}
@media print {
  html { font-size: 9.5pt; }
  body { background: #fff; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  .page { max-width: none; margin: 0; padding: 0; box-shadow: none; }
  .cover { min-height: 250mm; display: flex; flex-direction: column; justify-content: center; border-bottom: none; break-after: page; }
  .cover h1 { font-size: 2.1rem; }
  .cover .organisation { font-size: 1.6rem; }
  .front-matter { break-after: page; }
  .new-page { break-before: page; }
  h2, h3, caption, h2 + .lead, h3 + .lead { break-after: avoid; }
  thead { display: table-header-group; }
  tfoot { display: table-footer-group; }
  tr, .figure, .verdict, .chart, .fact, .satisfier { break-inside: avoid; }
  table { font-size: 0.85rem; }
  a { color: inherit; text-decoration: none; }
}
@media (max-width: 40rem) {
  .page { margin: 0; padding: 1.25rem; }
  .facts { grid-template-columns: 1fr; }
}
</style>
<style>
/* The running header and footer of printed pages: client and report, date, marking, page N of M. */
@page {
  @top-left { content: `+a((e(i,"css")||r(n,"css",{start:{line:270,column:25},end:{line:270,column:28}})).call(l,e(e(n,"organization"),"name"),{name:"css",hash:{},data:t,loc:{start:{line:270,column:23},end:{line:270,column:48}}}))+' " \\b7  " '+a((e(i,"css")||r(n,"css",{start:{line:270,column:60},end:{line:270,column:63}})).call(l,e(e(n,"meta"),"title"),{name:"css",hash:{},data:t,loc:{start:{line:270,column:58},end:{line:270,column:76}}}))+`; color: #4a5665; font-size: 8pt; }
  @top-right { content: `+a((e(i,"css")||r(n,"css",{start:{line:271,column:26},end:{line:271,column:29}})).call(l,e(e(e(n,"meta"),"branding"),"confidentiality"),{name:"css",hash:{},data:t,loc:{start:{line:271,column:24},end:{line:271,column:61}}}))+`; color: #a3222b; font-size: 8pt; font-weight: 600; }
  @bottom-left { content: `+a((e(i,"css")||r(n,"css",{start:{line:272,column:28},end:{line:272,column:31}})).call(l,(e(i,"date")||r(n,"date",{start:{line:272,column:33},end:{line:272,column:37}})).call(l,e(e(n,"meta"),"asOf"),{name:"date",hash:{},data:t,loc:{start:{line:272,column:32},end:{line:272,column:48}}}),{name:"css",hash:{},data:t,loc:{start:{line:272,column:26},end:{line:272,column:50}}}))+((c=e(i,"if").call(l,e(e(e(n,"meta"),"branding"),"version"),{name:"if",hash:{},fn:o.program(0,t,0),inverse:o.noop,data:t,loc:{start:{line:272,column:50},end:{line:272,column:161}}}))!=null?c:"")+`; color: #4a5665; font-size: 8pt; }
  @bottom-right { content: `+a((e(i,"cssCounters")||r(n,"cssCounters",{start:{line:273,column:29},end:{line:273,column:40}})).call(l,(e(i,"t")||r(n,"t",{start:{line:273,column:42},end:{line:273,column:43}})).call(l,"report.page.number",{name:"t",hash:{},data:t,loc:{start:{line:273,column:41},end:{line:273,column:65}}}),{name:"cssCounters",hash:{},data:t,loc:{start:{line:273,column:27},end:{line:273,column:67}}}))+`; color: #4a5665; font-size: 8pt; }
}
@page :first {
  @top-left { content: none; }
  @top-right { content: none; }
  @bottom-left { content: none; }
  @bottom-right { content: none; }
}
</style>
`},useData:!0};
