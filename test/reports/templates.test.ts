import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { LANGS, type Lang } from "../../src/catalog/types.js";
import reportsEn from "../../src/i18n/reports.en.json" with { type: "json" };
import reportsZhCN from "../../src/i18n/reports.zh-CN.json" with { type: "json" };
import { REPORT_FORMATS, renderReport, type ReportFormat } from "../../src/report/render/render.js";
import { builtinTemplateDir } from "../../src/report/render/templates.js";
import type { ReportType } from "../../src/report/views/types.js";
import { dossierView, gapView, HOSTILE, mappingView, readyGapView } from "../fixtures/report-views.js";

const VIEWS: Record<ReportType, (lang: Lang) => object> = { gap: gapView, mapping: mappingView, dossier: dossierView };
const TYPES = Object.keys(REPORT_FORMATS) as ReportType[];
const CASES = TYPES.flatMap((type) =>
  REPORT_FORMATS[type].flatMap((format) => LANGS.map((lang) => ({ name: `${type}.${lang}.${format}`, type, format, lang }))),
);
const HTML_CASES = TYPES.flatMap((type) => LANGS.map((lang) => ({ name: `${type}.${lang}.html`, type, lang })));
const MD_CASES = TYPES.flatMap((type) => LANGS.map((lang) => ({ name: `${type}.${lang}.md`, type, lang })));
const CSV_CASES = (["mapping", "dossier"] as const).flatMap((type) => LANGS.map((lang) => ({ name: `${type}.${lang}.csv`, type, lang })));

function render(type: ReportType, format: ReportFormat, lang: Lang, view: object = VIEWS[type](lang)): string {
  return renderReport(type, format, view, { lang });
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
    const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
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
    expect(html).not.toMatch(/(?:src|href)\s*=\s*["']?\s*(?:[a-z]+:|\/\/)/i);
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

  it("names the organisation, the standard and the assessment date on the cover", () => {
    const cover = /<header class="cover">([\s\S]*?)<\/header>/.exec(html)![1];
    expect(cover).toContain(lang === "en" ? "Huaxin Zhilian IT Operations Co., Ltd." : "华信智联运维服务有限公司");
    expect(cover).toContain("ISO/IEC 20000-1:2018");
    expect(cover).toContain(lang === "en" ? "21 Nov 2026" : "2026年11月21日");
    expect(cover).toContain("iso20k 0.1.0");
    expect(cover).toContain("04.02");
    expect(cover).toContain(lang === "en" ? "58 staff" : "58 人");
  });
});

describe("gap.html", () => {
  const html = render("gap", "html", "en");
  const view = gapView("en");

  it("names an unmet prerequisite as such in the findings and the action plan, never as a grade", () => {
    const prerequisite = { ...view.actionPlan[0], category: "prerequisite" as const, severity: "major" as const, clause: "" };
    const withPrerequisite = { ...view, actionPlan: [prerequisite, ...view.actionPlan.slice(1)] };
    const markdown = render("gap", "md", "en", withPrerequisite);
    expect(markdown).toContain("| 1 | prerequisite |");
    expect(render("gap", "html", "zh-CN", { ...withPrerequisite, meta: { ...view.meta, lang: "zh-CN" } })).toContain('<span class="badge badge-prerequisite">申请条件</span>');
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

  it("shows the verdict with every reason", () => {
    expect(html).toContain('<div class="verdict verdict-not-ready">');
    for (const reason of view.verdict.reasons) expect(html).toContain(`<li>${reason.replace(/;/g, ";")}</li>`);
  });

  it("groups findings by clause in clause order and numbers the action plan by severity", () => {
    const findings = html.slice(html.indexOf('id="findings"'), html.indexOf('id="action-plan"'));
    const clauses = [...findings.matchAll(/<h3><span class="clause-no">([\d.]+)<\/span>/g)].map((m) => m[1]);
    expect(clauses).toEqual(["7.5.3", "8.4.2", "8.4.3", "8.5.1.3", "8.7.2", "8.7.3.2", "9.3", "10.1"]);
    const plan = html.slice(html.indexOf('id="action-plan"'), html.indexOf('id="documents"'));
    const numbers = [...plan.matchAll(/<td class="num">(\d+)<\/td>\s*<td><span class="badge badge-(\w+)">/g)];
    expect(numbers.map((m) => `${m[1]}:${m[2]}`)).toEqual(["1:major", "2:major", "3:minor", "4:minor", "5:minor", "6:minor", "7:observation", "8:observation"]);
  });

  it("shows hostile text as text", () => {
    expect(html).not.toContain(HOSTILE.script);
    expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(html).toContain("{{customer}} and }} fields");
    expect(html).toContain("&#x3D;cmd|&#x27; /C calc&#x27;!A0");
  });

  it("shows the earliest application date when time is the only blocker", () => {
    const waiting = { ...view, verdict: { ...view.verdict, reasons: ["The SMS has run for 2 months; 3 are needed"], earliestApplicationDate: "2027-02-08" } };
    expect(render("gap", "html", "en", waiting)).toContain("<p><strong>Earliest application date</strong>: 8 Feb 2027</p>");
    expect(render("gap", "md", "zh-CN", { ...gapView("zh-CN"), verdict: waiting.verdict })).toContain("\n**最早申请日期**：2027年2月8日\n");
    expect(html).not.toContain("Earliest application date");
  });

  it("adds the proviso to the earliest application date when majors remain", () => {
    const proviso = (text: string) => ({ ...view.verdict, earliestApplicationDate: "2027-02-08", proviso: text });
    expect(render("gap", "html", "en", { ...view, verdict: proviso("provided the 2 major nonconformit(ies) are closed by then") })).toContain(
      "<p><strong>Earliest application date</strong>: 8 Feb 2027, provided the 2 major nonconformit(ies) are closed by then</p>",
    );
    const zh = gapView("zh-CN");
    expect(render("gap", "md", "zh-CN", { ...zh, verdict: { ...zh.verdict, earliestApplicationDate: "2027-02-08", proviso: "前提是届时已关闭 2 项严重不符合" } })).toContain(
      "\n**最早申请日期**：2027年2月8日，前提是届时已关闭 2 项严重不符合\n",
    );
  });

  it("says so when there is nothing to list", () => {
    const ready = render("gap", "html", "en", readyGapView("en"));
    expect(ready).toContain('<div class="verdict verdict-ready">');
    expect(ready).toContain("Nothing stands in the way of an application for the stage 1 audit.");
    for (const text of ["No findings.", "No actions are needed.", "No internal audits are recorded.", "No waivers are in place."])
      expect(ready).toContain(`<p class="empty">${text}</p>`);
    expect(ready).not.toContain('class="findings"');
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
    expect(html).toContain('<p class="verdict-label">Not yet ready to apply</p>');
  });

  it("shows what each incomplete item still needs, and the verdict's reasons and earliest date", () => {
    expect(html).toContain('<span class="sub">Still needed: a process document for Capacity management; structure and list of the SMS documents</span>');
    expect(html).toContain('<ul class="reasons"><li>no management review of the running SMS has been held yet; MR-2026-01 is planned for 2026-12-15</li></ul>');
    expect(html).toContain("<p>Earliest application date: 2026-12-15</p>");
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
    expect(markdown).toContain("| minor | evidence file records/continuity-test-2026.pdf does not exist<br>(listed under REG-18 \\| continuity tests)<br>evidence-missing · continuity-test-reports |");
    expect(markdown).toContain("{{customer}} and }} fields");
  });

  it("renders the empty states of a ready organisation", () => {
    const ready = render("gap", "md", "zh-CN", readyGapView("zh-CN"));
    expect(ready).toContain("## 按条款列出的发现\n\n*未发现问题。*\n\n## 整改行动计划\n\n*无需整改。*\n");
    expect(ready).toContain("\n**可以申请第一阶段审核**\n\n没有妨碍申请第一阶段审核的事项。\n");
  });
});

// ---------------------------------------------------------------------------------------------- CSV

describe.each(CSV_CASES)("$name", ({ type, lang }) => {
  const csv = render(type, "csv", lang);
  const rows = parseCsv(csv.slice(1));

  it("starts with a byte order mark and a header row", () => {
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(rows[0]).toContain(lang === "en" ? "Evidence" : "证据文件");
  });

  it("has as many cells in every row as in the header", () => {
    expect(rows.length).toBeGreaterThan(5);
    for (const row of rows) expect(row, row.join(",")).toHaveLength(rows[0].length);
  });

  it("quotes every text cell and leaves nothing a spreadsheet would run as a formula", () => {
    for (const line of csv.slice(1).trimEnd().split("\n")) expect(line).toMatch(/^(|"([^"]|"")*"|\d+)(,(|"([^"]|"")*"|\d+))*$/);
    for (const row of rows) for (const cell of row) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
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
      "8.4.3", "Capacity management", "capacity-plan", "Capacity requirements and plan", "document", "Mandatory", "weak", "weak",
      "document", "HX-RL-01", "Capacity plan", "0.9", "in review", "", "docs/capacity-plan.xlsx",
    ]);
    expect(rows).toContainEqual(["5.1", "Leadership and commitment", "", "No documented information is required; met by operating the SMS.", "", "", "", "", "", "", "", "", "", "", ""]);
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
    expect(rows.at(-1)).toEqual(["总体情况", "", "", "尚不能提交申请", "", "not-ready", "", ""]);
    expect(rows.flat()).toContain("'@legal/营业执照.pdf");
    expect(rows.flat()).toContain("'-application/org-chart.pdf");
  });
});
