import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { LANGS, type Lang } from "../../src/catalog/types.js";
import reportsEn from "../../src/i18n/reports.en.json" with { type: "json" };
import reportsZhCN from "../../src/i18n/reports.zh-CN.json" with { type: "json" };
import { loadRenderer, REPORT_FORMATS, type ReportFormat } from "../../src/report/render/render.js";
import { builtinTemplateDir } from "../../src/report/render/template-files.js";
import type { ReportType } from "../../src/report/views/types.js";
import { dossierView, gapView, HOSTILE, mappingView, readyGapView } from "../fixtures/report-views.js";

const VIEWS: Record<ReportType, (lang: Lang) => object> = { gap: gapView, mapping: mappingView, dossier: dossierView };
const TYPES: ReportType[] = ["gap", "mapping", "dossier"];
const CASES = TYPES.flatMap((type) =>
  REPORT_FORMATS.flatMap((format) => LANGS.map((lang) => ({ name: `${type}.${lang}.${format}`, type, format, lang }))),
);
const HTML_CASES = TYPES.flatMap((type) => LANGS.map((lang) => ({ name: `${type}.${lang}.html`, type, lang })));
const MD_CASES = TYPES.flatMap((type) => LANGS.map((lang) => ({ name: `${type}.${lang}.md`, type, lang })));
const CSV_CASES = (["gap", "mapping", "dossier"] as const).flatMap((type) => LANGS.map((lang) => ({ name: `${type}.${lang}.csv`, type, lang })));

const renderer = await loadRenderer();

function render(type: ReportType, format: ReportFormat, lang: Lang, view: object = VIEWS[type](lang)): string {
  return renderer.render(type, format, view, lang);
}

// ----------------------------------------------------------------------------------------- helpers

/** h1..h6 levels in document order. */
function headingLevels(html: string): number[] {
  return [...html.matchAll(/<h([1-6])\b/g)].map((m) => Number(m[1]));
}

function openingTags(html: string, tag: string): string[] {
  return [...html.matchAll(new RegExp(`<${tag}\\b[^>]*>`, "g"))].map((m) => m[0]);
}

/** Cells of a GFM table row: split at pipes that are not escaped. */
function markdownCells(row: string): string[] {
  return row.replace(/^\|/, "").replace(/\|$/, "").split(/(?<!\\)\|/);
}

/** Every GFM table in a Markdown text: runs of lines that start with a pipe. */
function markdownTables(markdown: string): string[][] {
  const tables: string[][] = [];
  let current: string[] | undefined;
  for (const line of markdown.split("\n")) {
    if (line.startsWith("|")) (current ??= []).push(line);
    else if (current) {
      tables.push(current);
      current = undefined;
    }
  }
  if (current) tables.push(current);
  return tables;
}

/** RFC 4180: fields separated by commas, optionally quoted with doubled quotes, records by CRLF or LF. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  let i = 0;
  while (i < text.length) {
    const char = text[i];
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"';
        i += 2;
        continue;
      }
      if (char === '"') quoted = false;
      else field += char;
      i++;
      continue;
    }
    if (char === '"') {
      if (field !== "") throw new Error(`stray quote in unquoted field at offset ${i}`);
      quoted = true;
    } else if (char === ",") {
      row.push(field);
      field = "";
    } else if (char === "\n" || char === "\r") {
      if (char === "\r" && text[i + 1] === "\n") i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
    } else field += char;
    i++;
  }
  if (quoted) throw new Error("unterminated quoted field");
  if (field !== "" || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

// ---------------------------------------------------------------------------------------- catalogues

describe("report message catalogues", () => {
  const templateText = readdirSync(builtinTemplateDir(), { recursive: true, encoding: "utf8" })
    .filter((file) => file.endsWith(".hbs"))
    .map((file) => readFileSync(join(builtinTemplateDir(), file), "utf8"))
    .join("\n");
  const used = new Set([...templateText.matchAll(/\bt "(report\.[\w.]+)"/g)].map((m) => m[1]));

  it("have the same keys in English and Chinese, all prefixed report. and none empty", () => {
    expect(Object.keys(reportsZhCN).sort()).toEqual(Object.keys(reportsEn).sort());
    for (const catalogue of [reportsEn, reportsZhCN])
      for (const [key, text] of Object.entries(catalogue)) {
        expect(key).toMatch(/^report\.[\w.]+$/);
        expect(text.trim()).not.toBe("");
      }
  });

  it("hold every key the templates use, and no key they do not", () => {
    expect([...used].sort()).toEqual(Object.keys(reportsEn).sort());
  });

  it("use the same placeholders in both languages", () => {
    // "{count}" and "{count, plural, ...}" name the same parameter.
    const placeholders = (text: string) => [...new Set([...text.matchAll(/\{(\w+)(?:\}|, plural, )/g)].map((m) => m[1]))].sort();
    for (const [key, text] of Object.entries(reportsEn))
      expect(placeholders((reportsZhCN as Record<string, string>)[key]), key).toEqual(placeholders(text));
  });

  it("put Chinese text and full-width punctuation in the Chinese catalogue", () => {
    const untranslated = Object.entries(reportsZhCN).filter(([, text]) => !/[\u4e00-\u9fff\uff08\uff09\uff0c\uff1a\uff1b\u3002]/.test(text));
    expect(untranslated).toEqual([]);
  });
});

// ------------------------------------------------------------------------------------------- golden

describe("golden files", () => {
  it.each(CASES.filter((c) => c.format !== "html"))("$name", async ({ type, format, lang }) => {
    await expect(render(type, format, lang)).toMatchFileSnapshot(`./__golden__/${type}.${lang}.${format}`);
  });

  it.each(CASES)("$name is deterministic", ({ type, format, lang }) => {
    expect(render(type, format, lang)).toBe(render(type, format, lang));
  });
});

// --------------------------------------------------------------------------------------------- HTML

describe.each(HTML_CASES)("$name", ({ type, lang }) => {
  const html = render(type, "html", lang);

  it("is one HTML document in the report's language", () => {
    expect(html.startsWith("<!DOCTYPE html>\n")).toBe(true);
    expect(openingTags(html, "html")).toEqual([`<html lang="${lang}">`]);
    expect(html).toContain('<meta charset="utf-8">');
    expect(html.trimEnd().endsWith("</html>")).toBe(true);
  });

  it("runs no script and loads nothing remote", () => {
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/\son[a-z]+\s*=/i);
    // The one data: URI allowed is an embedded logo image.
    expect(html.replace(/<img class="logo" src="data:image\/(?:png|jpeg|svg\+xml);base64,[A-Za-z0-9+/&#x;]+"/g, "")).not.toMatch(/(?:src|href)\s*=\s*["']?\s*(?:[a-z]+:|\/\/)/i);
    expect(html).not.toMatch(/url\(\s*["']?\s*(?:[a-z]+:|\/\/)/i);
    expect(html).not.toMatch(/@import|@font-face/i);
    expect(html).not.toMatch(/https?:\/\//i);
    for (const tag of openingTags(html, "a")) expect(tag).toMatch(/^<a href="#[\w-]+">$/);
  });

  it("links only to anchors that exist", () => {
    for (const [, id] of html.matchAll(/href="#([\w-]+)"/g)) expect(html).toContain(` id="${id}"`);
  });

  it("has exactly one h1 and never skips a heading level", () => {
    const levels = headingLevels(html);
    expect(levels.filter((level) => level === 1)).toHaveLength(1);
    expect(levels[0]).toBe(1);
    for (let i = 1; i < levels.length; i++) expect(levels[i], `heading ${i}`).toBeLessThanOrEqual(levels[i - 1] + 1);
  });

  it("gives every table a header row of column headers, and every header a scope", () => {
    const tables = [...html.matchAll(/<table\b[\s\S]*?<\/table>/g)].map((m) => m[0]);
    expect(tables.length).toBeGreaterThan(0);
    for (const table of tables) {
      const head = /<thead>([\s\S]*?)<\/thead>/.exec(table);
      expect(head, table.slice(0, 80)).not.toBeNull();
      const headers = openingTags(head![1], "th");
      expect(headers.length).toBeGreaterThan(0);
      for (const th of headers) expect(th).toMatch(/^<th scope="col"[ >]/);
    }
    for (const th of openingTags(html, "th")) expect(th).toMatch(/ scope="(col|row)"/);
  });

  it("closes every element it opens", () => {
    for (const tag of ["main", "header", "section", "nav", "table", "thead", "tbody", "tfoot", "tr", "th", "td", "ul", "ol", "li", "dl", "dt", "dd", "div", "p", "span", "strong", "figure", "svg", "g"])
      expect(openingTags(html, tag).length, tag).toBe((html.match(new RegExp(`</${tag}>`, "g")) ?? []).length);
  });

  it("prints on A4 with repeating table headers and page breaks between sections", () => {
    const css = /<style>([\s\S]*?)<\/style>/.exec(html)![1];
    expect(css).toMatch(/@page\s*\{[^}]*size:\s*A4/);
    const print = css.slice(css.indexOf("@media print"));
    expect(print).toMatch(/thead\s*\{\s*display:\s*table-header-group;?\s*\}/);
    expect(print).toMatch(/\.new-page\s*\{\s*break-before:\s*page;?\s*\}/);
    expect(print).toMatch(/tr,[^{]*\{\s*break-inside:\s*avoid;?\s*\}/);
    expect(css).toContain('"Noto Sans CJK SC"');
    expect(css).toContain('"PingFang SC"');
    expect(css).toContain('"Microsoft YaHei"');
  });

  it("names the organisation, the standard and the assessment date on the cover, and the rest in the front matter", () => {
    const cover = /<header class="cover">([\s\S]*?)<\/header>/.exec(html)![1];
    expect(cover).toContain(lang === "en" ? "Huaxin Zhilian IT Operations Co., Ltd." : "华信智联运维服务有限公司");
    expect(cover).toContain("ISO/IEC 20000-1:2018");
    expect(cover).toContain(lang === "en" ? "21 Nov 2026" : "2026年11月21日");
    expect(cover).toContain(lang === "en" ? "Zhou Min, Huaxin Advisory" : "周敏，华信咨询");
    expect(cover).toMatch(/<img class="logo" src="data:image\/png;base64,[^"]+" alt="[^"]+">/);
    const control = /<section class="document-control"[\s\S]*?<\/section>/.exec(html)![0];
    expect(control).toContain("iso20k 0.1.0");
    expect(control).toContain(lang === "en" ? "the SMS description sms.yaml" : "服务管理体系描述文件 sms.yaml");
    expect(control).toContain(lang === "en" ? "<li>Wang Jianguo, Director of Operations</li>" : "<li>王建国，运维总监</li>");
    const organisation = /<section id="organisation"[\s\S]*?<\/section>/.exec(html)![0];
    expect(organisation).toContain("04.02");
    expect(organisation).toContain(lang === "en" ? "58 staff" : "58 人");
  });

  it("prints a running header and page N of M, with the marking escaped inside the CSS string", () => {
    const css = [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((m) => m[1]).join("\n");
    expect(css).toMatch(/@top-left \{ content: "[^"<]*"/);
    expect(css).toContain(lang === "en" ? '"Page " counter(page) " of " counter(pages)' : '"\\7b2c  " counter(page) " \\9875 \\ff0c \\5171  " counter(pages) " \\9875 "');
    expect(css).toMatch(/@page :first \{/);
    // The hostile marking is in the page (escaped as text) and in the CSS only as hex escapes.
    expect(html.match(/<\/style>/g)).toHaveLength(2);
    expect(css).not.toContain("<");
    expect(css).toContain('@top-right { content: "Confidential \\22 \\3c \\2f style\\3e \\3c script\\3e alert\\28 2\\29 ');
  });
});

describe("gap.html", () => {
  const html = render("gap", "html", "en");
  const view = gapView("en");
  const plan = html.slice(html.indexOf('id="action-plan"'), html.indexOf('id="documents"'));

  it("names the prerequisites, then the majors by clause, then one earliest date with its condition", () => {
    const verdict = /<div class="verdict verdict-not-ready">([\s\S]*?)<p class="earliest">([\s\S]*?)<\/p>/.exec(html)!;
    expect(verdict[1].indexOf("Application prerequisites not met")).toBeLessThan(verdict[1].indexOf("Major nonconformities to close"));
    expect(verdict[1]).toContain("<li>no management review of the running SMS has been held yet; MR-2026-01 is planned for 15 Dec 2026</li>");
    expect(verdict[1]).toContain('<li><span class="clause-no">8.4.3</span> Capacity management: &quot;Capacity requirements and plan&quot;');
    expect(verdict[2]).toBe("<strong>Earliest application date</strong>: 15 Dec 2026, provided that by then the 2 major nonconformities are closed");
  });

  it("counts the majors instead of naming them when there are many", () => {
    const many = { ...view, verdict: { ...view.verdict, majors: { count: 31, named: [] } } };
    expect(render("gap", "html", "en", many)).toContain("<p>31 major nonconformities must be closed; the action plan lists them.</p>");
    const zh = gapView("zh-CN");
    expect(render("gap", "md", "zh-CN", { ...zh, verdict: { ...zh.verdict, majors: { count: 31, named: [] } } })).toContain("- 须关闭 31 项严重不符合，详见整改行动计划。\n");
  });

  it("says when no date can be given yet", () => {
    const undated = { ...view, verdict: { ...view.verdict, earliest: { date: "", condition: "none can be given until the 2 major nonconformities are closed" } } };
    expect(render("gap", "html", "en", undated)).toContain('<p class="earliest"><strong>Earliest application date</strong>: none can be given until the 2 major nonconformities are closed</p>');
  });

  it("draws the readiness chart as an accessible inline SVG, one bar per clause and process", () => {
    const svg = /<svg\b[^>]*>/.exec(html)![0];
    expect(svg).toContain('role="img"');
    expect(svg).toContain('aria-labelledby="readiness-chart-title readiness-chart-desc"');
    expect(html).toContain('<title id="readiness-chart-title">Documented-information coverage by clause</title>');
    const desc = /<desc id="readiness-chart-desc">([^<]*)<\/desc>/.exec(html)![1];
    expect(desc).toContain("8.4 Supply and demand: 0% (0/1);");
    expect(desc).toContain("Documented-information coverage: 89% (41/46).");
    expect(render("gap", "html", "zh-CN")).toContain("8.4 供应和需求：0%（0/1）；8.5 服务设计、构建和转换：100%（4/4）；");
    expect(openingTags(html, "rect").filter((r) => /class="bar-[01]"/.test(r))).toHaveLength(view.scores.length);
    // Weak cover (claimed, not in effect) is drawn under the covered bar: 8.4 has 0 of 1 covered, 1 weak.
    expect(html).toMatch(/<rect class="bar-weak" x="340" y="7" width="300" height="12"\/>\s*<rect class="bar-1" x="340" y="7" width="0" height="12"\/>/);
    expect(html).toContain('<g class="row depth-1" transform="translate(0 130)">');
    expect(html).toMatch(/<text class="label-1" x="26" y="17"><tspan class="clause">8\.1<\/tspan> Operational planning and control<\/text>/);
    expect(html).toContain('<rect class="bar-0" x="340" y="5" width="259" height="16"/>');
    expect(html).toContain('viewBox="0 0 700 416"');
  });

  it("counts the nonconformities of each clause in the readiness table", () => {
    expect(html).toMatch(/<td><span class="muted">8\.4<\/span><\/td>\s*<td><span class="muted">Supply and demand<\/span><\/td>\s*<td class="num">0 \/ 1<\/td>\s*<td class="num">0%<\/td>\s*<td class="num count-major">1<\/td>\s*<td class="num">0<\/td>\s*<td class="num">1<\/td>/);
  });

  it("lists the plan in one table per group, numbered across groups, with no grade column and no location", () => {
    expect([...plan.matchAll(/<h3 class="group-(\w+)">([^<]+)<\/h3>/g)].map((m) => `${m[1]}:${m[2]}`)).toEqual(["major:Major nonconformities", "minor:Minor nonconformities", "observation:Recommendations"]);
    expect([...plan.matchAll(/<td class="num">(\d+)<\/td>/g)].map((m) => Number(m[1]))).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(plan).not.toContain("badge");
    expect(plan).not.toContain("sms.yaml");
    expect(plan).not.toContain(">Location<");
  });

  it("fills owner, due date and status from the remediation plan, and leaves them empty to fill in otherwise", () => {
    expect(plan).toContain('<td class="fill">Service manager</td>\n        <td class="fill nowrap">1 Nov 2026<span class="sub overdue">overdue</span></td>\n        <td class="fill">open</td>');
    expect(plan).toContain('<span class="sub">Remediation plan: A-1</span>');
    expect(plan.match(/<td class="fill"><\/td>/g)!.length).toBe(2 * 8);
  });

  it("shows a checklist of documented information to prepare as a list", () => {
    expect(plan).toContain('<ul class="checklist">');
    expect(plan).toContain("<li><strong>Service budget</strong><span class=\"sub\">A budget with {{customer}} placeholders</span></li>");
  });

  it("adds locations only for the internal audience", () => {
    const internal = {
      ...view,
      meta: { ...view.meta, audience: "internal" as const, internal: true },
      actionPlan: view.actionPlan.map((group) => ({ ...group, rows: group.rows.map((row) => ({ ...row, locations: ["sms.yaml:12:3"] })) })),
    };
    const rendered = render("gap", "html", "en", internal);
    expect(rendered).toContain('<th scope="col" class="col-location">Location</th>');
    expect(rendered.match(/<span class="path">sms\.yaml:12:3<\/span>/g)).toHaveLength(9);
    expect(rendered).toContain('<p class="internal-mark">');
    expect(render("gap", "md", "en", internal)).toContain(" | Location |");
  });

  it("shows hostile text as text", () => {
    expect(html).not.toContain(HOSTILE.script);
    expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(html).toContain("{{customer}} and }} fields");
    expect(html).toContain("&#x3D;cmd|&#x27; /C calc&#x27;!A0");
  });

  it("says so when there is nothing to list", () => {
    const ready = render("gap", "html", "en", readyGapView("en"));
    expect(ready).toContain('<div class="verdict verdict-ready">');
    expect(ready).toContain('<p class="earliest"><strong>Earliest application date</strong>: 21 Nov 2026, nothing stands in the way of applying</p>');
    for (const text of ["No actions are needed.", "No internal audits are recorded."]) expect(ready).toContain(`<p class="empty">${text}</p>`);
    expect(ready).not.toContain('id="waivers"');
    expect(ready).not.toContain('class="action-plan"');
  });
});

describe("mapping.html", () => {
  const html = render("mapping", "html", "zh-CN");
  const view = mappingView("zh-CN");

  it("lists every clause from 4 to 10.2 in order, indented by depth", () => {
    const rows = [...html.matchAll(/<tr class="clause-row depth-(\d)">\s*<td colspan="3"><span class="clause-no">([\d.]+)<\/span>/g)];
    expect(rows.map((m) => m[2])).toEqual(view.clauses.map((c) => c.id));
    expect(rows.map((m) => Number(m[1]))).toEqual(view.clauses.map((c) => c.depth));
    expect(rows.at(-1)![2]).toBe("10.2");
  });

  it("has a row per requirement with its mark, and names every satisfier", () => {
    const requirements = view.clauses.flatMap((c) => c.requirements);
    expect(html.match(/<tr class="req depth-\d">\s*<td>/g)).toHaveLength(requirements.length);
    expect(html).toContain('<span class="mark mark-partial">待完善</span>');
    expect(html).toContain('<span class="mark mark-na">不适用</span>');
    expect(html).toContain('<span class="mark mark-bad">缺失</span>');
    expect(html).toContain(
      '<div class="satisfier"><span class="id">HX-RL-01</span> 容量计划<span class="sub meta-line"><span>文件</span><span>版本 0.9</span><span>评审中</span></span><span class="sub path">docs/容量计划.xlsx</span></div>',
    );
    expect(html).toContain("不要求成文信息；通过体系的实际运行来满足。");
  });

  it("shows hostile text as text", () => {
    expect(html).not.toContain(HOSTILE.script);
    expect(html).toContain("备份 | 恢复操作手册 &lt;script&gt;alert(1)&lt;/script&gt;");
    expect(html).toContain("月度服务报告 {{month}}");
  });
});

describe("dossier.html", () => {
  const html = render("dossier", "html", "en");

  it("lists the eight items with their state and the prerequisites", () => {
    expect(html.match(/<td class="num">\d<\/td>/g)).toHaveLength(8);
    expect(html).toContain('<span class="mark mark-bad">missing</span>');
    expect(html).toContain('<span class="mark mark-info">generated by iso20k</span>');
    expect(html).toContain('<span class="mark mark-partial">partly provided</span>');
    expect(html).toContain('<td><span class="mark mark-bad">not met</span></td>');
    expect(html).toContain('<p class="verdict-label">Not ready to apply for the stage 1 audit</p>');
  });

  it("shows what each incomplete item still needs, and the verdict's reasons and earliest date", () => {
    expect(html).toContain('<span class="sub">Still needed: a process document for Capacity management; structure and list of the SMS documents</span>');
    expect(html).toContain("<li>no management review of the running SMS has been held yet; MR-2026-01 is planned for 15 Dec 2026</li>");
    expect(html).toContain('<p class="earliest"><strong>Earliest application date</strong>: 15 Dec 2026, provided that by then the 2 major nonconformities are closed</p>');
    expect(render("dossier", "html", "zh-CN")).toContain('<span class="sub">尚缺：容量管理的过程文件；体系文件的结构和清单</span>');
  });
});

// ----------------------------------------------------------------------------------------- Markdown

describe.each(MD_CASES)("$name", ({ type, lang }) => {
  const markdown = render(type, "md", lang);

  it("keeps the column count of every table row despite pipes and newlines in the data", () => {
    const tables = markdownTables(markdown);
    expect(tables.length).toBeGreaterThan(1);
    for (const table of tables) {
      const width = markdownCells(table[0]).length;
      expect(table[1]).toMatch(/^\|(?: -{3}:? \|)+$/);
      for (const row of table) expect(markdownCells(row), row).toHaveLength(width);
    }
  });

  it("has one title and headings that do not skip a level", () => {
    const levels = markdown.split("\n").filter((l) => /^#{1,6} /.test(l)).map((l) => l.indexOf(" "));
    expect(levels.filter((level) => level === 1)).toHaveLength(1);
    expect(levels[0]).toBe(1);
    for (let i = 1; i < levels.length; i++) expect(levels[i]).toBeLessThanOrEqual(levels[i - 1] + 1);
  });

  it("has no raw HTML other than line breaks", () => {
    expect(markdown.replace(/<br>/g, "")).not.toMatch(/<[a-z/]/i);
    expect(markdown).not.toContain("\n\n\n");
    expect(markdown.endsWith("\n")).toBe(true);
  });
});

describe("gap.md", () => {
  const markdown = render("gap", "md", "en");

  it("escapes the hostile title in every table it appears in", () => {
    expect(markdown).not.toContain(HOSTILE.script);
    expect(markdown).toContain("| HX-YW-07 | Backup \\| restore runbook &lt;script&gt;alert(1)&lt;/script&gt; | 0.3 | draft | — | — | — | service-continuity-plan | ../outside/runbooks/backup.docx (outside the root folder) |");
    expect(markdown).toContain("| evidence file records/continuity-test-2026.pdf does not exist<br>(listed under REG-18 \\| continuity tests) |");
    expect(markdown).toContain("{{customer}} and }} fields");
  });

  it("lists the plan by group, the checklist in the action cell, owner, due date and status in their columns", () => {
    expect(markdown).toContain("\n### Major nonconformities\n");
    expect(markdown).toContain("| Service manager | 1 Nov 2026 **overdue** | open |");
    expect(markdown).toContain("Consider preparing the following documented information:<br>• **Service budget**: A budget with {{customer}} placeholders<br>• **=cmd\\|' /C calc'!A0** |");
  });

  it("renders the empty states of a ready organisation", () => {
    const ready = render("gap", "md", "zh-CN", readyGapView("zh-CN"));
    expect(ready).toContain("## 整改行动计划\n\n*无需整改。*\n");
    expect(ready).toContain("\n**可以申请第一阶段审核**\n\n**最早申请日期**：2026年11月21日，已无妨碍申请的事项\n");
  });
});

describe("gap.csv", () => {
  const rows = parseCsv(render("gap", "csv", "en").slice(1));

  it("has a row per step of the action plan, the checklist and findings one per line in their cells", () => {
    expect(rows[0]).toEqual(["No.", "Group", "Clause", "Clause title", "Action", "To prepare", "Finding", "Owner", "Due", "Status", "Plan reference"]);
    expect(rows).toHaveLength(1 + 9);
    expect(rows[1].slice(0, 4)).toEqual(["1", "Major nonconformities", "=\"8.4.3\"", "Capacity management"]);
    expect(rows[1].slice(7)).toEqual(["Service manager", "2026-11-01", "open", "A-1"]);
    // A formula is dangerous only at the start of a cell.
    expect(rows[9][5]).toBe(`Service budget: A budget with {{customer}} placeholders\n${HOSTILE.formula}`);
  });
});

// ---------------------------------------------------------------------------------------------- CSV

describe.each(CSV_CASES)("$name", ({ type, lang }) => {
  const csv = render(type, "csv", lang);
  const rows = parseCsv(csv.slice(1));

  it("starts with a byte order mark and a header row", () => {
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(rows[0]).toContain(type === "gap" ? (lang === "en" ? "Action" : "整改措施") : lang === "en" ? "Evidence" : "证据文件");
  });

  it("has as many cells in every row as in the header", () => {
    expect(rows.length).toBeGreaterThan(5);
    for (const row of rows) expect(row, row.join(",")).toHaveLength(rows[0].length);
  });

  it("quotes every text cell and leaves nothing a spreadsheet would run as a formula", () => {
    expect(csv.slice(1)).toMatch(/^((|"([^"]|"")*"|\d+)(,(|"([^"]|"")*"|\d+))*\n)+$/);
    // Only a clause or version number is written as a formula, ="8.5", so that Excel keeps it as text.
    for (const row of rows) for (const cell of row) expect(cell.replace(/^="[\d.]+"$/, "")).not.toMatch(/^[=+\-@\t\r]/);
  });
});

describe("mapping.csv", () => {
  const view = mappingView("en");
  const rows = parseCsv(render("mapping", "csv", "en").slice(1));

  it("has a row per clause, requirement and satisfier", () => {
    const expected = view.clauses.reduce(
      (sum, clause) => sum + (clause.requirements.length === 0 ? 1 : clause.requirements.reduce((n, r) => n + Math.max(1, r.satisfiers.length), 0)),
      0,
    );
    expect(rows).toHaveLength(expected + 1);
    expect(rows[0]).toEqual([
      "Clause", "Clause title", "Requirement ID", "Required documented information", "Type code", "Obligation", "State code", "Result",
      "Document or record type code", "Document or record ID", "Document or record title", "Version", "Status", "Approved", "Evidence",
    ]);
    expect(rows).toContainEqual([
      '="8.4.3"', "Capacity management", "capacity-plan", "Capacity requirements and plan", "document", "Mandatory", "weak", "weak",
      "document", "HX-RL-01", "Capacity plan", '="0.9"', "in review", "", "docs/capacity-plan.xlsx",
    ]);
    expect(rows).toContainEqual(['="5.1"', "Leadership and commitment", "", "No documented information is required; met by operating the SMS.", "", "", "", "", "", "", "", "", "", "", ""]);
  });

  it("neutralises the formula and keeps braces, pipes and tags literal", () => {
    const cells = rows.flat();
    expect(cells).toContain(`'${HOSTILE.formula}`);
    expect(cells).toContain("Monthly service report {{month}}");
    expect(cells).toContain(`Backup | restore runbook ${HOSTILE.script}`);
    expect(cells).toContain("'+records/incident-log.xlsx");
  });
});

describe("dossier.csv", () => {
  const view = dossierView("zh-CN");
  const rows = parseCsv(render("dossier", "csv", "zh-CN").slice(1));

  it("has a row per item and evidence file, per prerequisite, and an overall line", () => {
    const items = view.items.reduce((sum, item) => sum + Math.max(1, item.evidence.length), 0);
    expect(rows).toHaveLength(1 + items + view.prerequisites.length + 1);
    expect(rows[0]).toEqual(["部分", "序号", "编号", "名称", "描述", "状态代码", "状态", "证据文件"]);
    expect(rows).toContainEqual(["申请前提条件", "", "management-review", "已完成至少一次管理评审", "MR-2026-01 计划于 2026-12-15 进行", "not-met", "不满足", ""]);
    expect(rows.at(-1)).toEqual(["总体情况", "", "", "尚不能申请第一阶段审核", "", "not-ready", "", ""]);
    expect(rows.flat()).toContain("'@legal/营业执照.pdf");
    expect(rows.flat()).toContain("'-application/org-chart.pdf");
  });
});
