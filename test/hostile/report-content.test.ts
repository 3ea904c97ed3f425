// User text that tries to break out of its report: <script> in titles, {{ }} in names, Markdown pipes and line
// breaks, spreadsheet formulas. The HTML is opened in headless Chromium, the Markdown and CSV parsed.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { chromium, type Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { chromiumSuite, findChromium } from "../helpers/chromium.js";
import { runInProcess } from "../helpers/cli.js";
import { AS_OF, HOSTILE } from "./corpus.js";

const FIXTURE = join(HOSTILE, "report-content");
const CHROMIUM = findChromium(); // one already installed; none: the HTML tests are skipped
const TYPES = ["gap", "mapping", "dossier"] as const;

async function render(type: string, format: string, out: string, cwd = FIXTURE): Promise<string> {
  const result = await runInProcess(["report", type, "sms.yaml", "--format", format, "--as-of", AS_OF, "-o", out], { cwd });
  expect(result.code).toBe(0);
  return readFileSync(out, "utf8");
}

describe(chromiumSuite("report content: HTML in headless Chromium", CHROMIUM), () => {
  let browser: Browser;
  let dir: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "iso20k-report-content-"));
    if (CHROMIUM.path) browser = await chromium.launch({ executablePath: CHROMIUM.path, headless: true, args: ["--headless", "--no-sandbox", "--disable-gpu"] });
  }, 30_000);
  afterAll(async () => {
    await browser?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  for (const type of TYPES)
    it.skipIf(!CHROMIUM.path)(`${type}: no live script, no event handler, the hostile text shown as text`, async () => {
      const file = join(dir, `${type}.html`);
      await render(type, "html", file);
      const page = await browser.newPage();
      const errors: string[] = [];
      page.on("pageerror", (error) => errors.push(error.message));
      page.on("dialog", (dialog) => {
        errors.push(`dialog: ${dialog.message()}`);
        void dialog.dismiss();
      });
      await page.route("**/*", (route) => (route.request().url().startsWith("file:") ? route.continue() : route.abort("blockedbyclient")));
      try {
        await page.goto(pathToFileURL(file).href, { waitUntil: "load" });
        const seen = await page.evaluate(() => {
          const all = Array.from(document.querySelectorAll("*"));
          return {
            pwned: (window as unknown as { __pwned?: unknown }).__pwned,
            scripts: document.querySelectorAll("script").length,
            handlers: all.flatMap((element) => Array.from(element.attributes).filter((a) => /^on/i.test(a.name)).map((a) => `${element.tagName} ${a.name}`)),
            injected: document.querySelectorAll("img, svg, iframe, object, embed").length,
            javascriptUrls: all.filter((element) => /^\s*javascript:/i.test(element.getAttribute("href") ?? element.getAttribute("src") ?? "")).length,
            text: document.body.innerText,
            title: document.title,
          };
        });
        expect(seen.pwned).toBeUndefined();
        expect(seen.scripts).toBe(0);
        expect(seen.handlers).toEqual([]);
        expect(seen.javascriptUrls).toBe(0);
        expect(errors).toEqual([]);
        expect(seen.title).toContain("<script>window.__pwned=1</script>Evil | Org {{constructor}}");
        if (type === "gap") {
          expect(seen.injected).toBe(countSvgCharts(readFileSync(file, "utf8")));
          expect(seen.text).toContain("<script>window.__pwned=1</script>Evil | Org {{constructor}}");
          expect(seen.text).toContain('<img src=x onerror="window.__pwned=2">');
          expect(seen.text).toContain("{{#each this}}{{/each}} }} {{ {{{organization.name}}}");
        }
        if (type === "mapping") expect(seen.text).toContain("=1+1 </title><script>window.__pwned=3</script>");
      } finally {
        await page.close();
      }
    });
});

/** The gap report draws its charts as inline SVG: those are the only svg elements it may hold. */
function countSvgCharts(html: string): number {
  return (html.match(/<svg\b/g) ?? []).length;
}

// `document` and `window` exist only inside page.evaluate, which runs in the browser.
declare const document: {
  querySelectorAll(selector: string): { length: number } & Iterable<{ tagName: string; attributes: Iterable<{ name: string }>; getAttribute(name: string): string | null }>;
  body: { innerText: string };
  title: string;
};
declare const window: unknown;

/** Table rows of a Markdown text: runs of lines that start with a pipe, split on the given line ends. */
function tables(markdown: string, lineEnd: RegExp): string[][] {
  const blocks: string[][] = [];
  let current: string[] | undefined;
  for (const line of markdown.split(lineEnd)) {
    if (line.startsWith("|")) (current ??= (blocks.push([]), blocks[blocks.length - 1])).push(line);
    else {
      if (current && line.trim() !== "") current.push(line); // a line that continues a table without being a row
      current = undefined;
    }
  }
  return blocks;
}

/** Cells of a row: pipes not escaped with a backslash separate them. */
const cellCount = (row: string) => (row.match(/(?<!\\)\|/g) ?? []).length;

describe("report content: Markdown tables", () => {
  let dir: string;
  const markdown: Record<string, string> = {};
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "iso20k-report-md-"));
    for (const type of TYPES) markdown[type] = await render(type, "md", join(dir, `${type}.md`));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  for (const type of TYPES)
    it(`${type}: pipes, line feeds and HTML in cells keep every row one line with its table's cells`, () => {
      for (const table of tables(markdown[type], /\n/)) {
        const cells = cellCount(table[0]);
        for (const row of table) expect([row, cellCount(row)]).toEqual([row, cells]);
      }
      expect(markdown[type]).not.toMatch(/<script|<img|<svg/i);
    });

  it("the document whose title holds pipes and a line feed is one row of the register", () => {
    const rows = markdown.gap.split("\n").filter((line) => line.startsWith("| NW-SVC-03 |"));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toContain("pipe \\| in \\| title<br>and newline");
  });

  // CommonMark ends a line at a lone carriage return too; escapeMarkdown turns only \n and \r\n into <br>, so
  // "docs/sla.md\r| forged | row |" starts a new table row in every renderer.
  for (const type of TYPES)
    it(`${type}: a lone carriage return in a cell does not split the row (CommonMark line ends)`, () => {
      expect(markdown[type]).not.toMatch(/\r/);
      for (const table of tables(markdown[type], /\r\n|\r|\n/)) {
        const cells = cellCount(table[0]);
        for (const row of table) expect([row, cellCount(row)]).toEqual([row, cells]);
      }
    });
});

/** RFC 4180 fields, quotes undone. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") row.push(field), (field = "");
    else if (c === "\n") row.push(field), rows.push(row), (row = []), (field = "");
    else if (c !== "\r") field += c;
  }
  if (field !== "" || row.length > 0) row.push(field), rows.push(row);
  return rows;
}

describe("report content: CSV cells", () => {
  for (const type of ["mapping", "dossier"] as const)
    it(`${type}: every row has the header's fields and no cell starts a formula (=, +, -, @, tab, CR)`, async () => {
      const dir = mkdtempSync(join(tmpdir(), "iso20k-report-csv-"));
      // The dossier lists evidence paths only (the registration number "+1-2" no longer appears in it), and none
      // of the fixture's hostile paths reaches it: so give the legal entity a licence copy whose path is a formula.
      if (type === "dossier") {
        const sms = readFileSync(join(FIXTURE, "sms.yaml"), "utf8");
        const patched = sms.replace('    registrationId: "+1-2"\n', '    registrationId: "+1-2"\n    evidence: "+1-2/licence.pdf"\n');
        expect(patched).not.toBe(sms);
        writeFileSync(join(dir, "sms.yaml"), patched);
      }
      const text = await render(type, "csv", join(dir, `${type}.csv`), type === "dossier" ? dir : FIXTURE);
      expect(text.startsWith("\uFEFF")).toBe(true);
      const rows = parseCsv(text.slice(1));
      for (const row of rows) expect([row[0], row.length]).toEqual([row[0], rows[0].length]);
      // A clause or version number written ="8.10" is ours, so that Excel keeps it as text; nothing else starts a formula.
      const formulas = rows.flat().filter((cell) => /^[=+\-@\t\r]/.test(cell) && !/^="[\d.]+"$/.test(cell));
      expect(formulas).toEqual([]);
      const neutralised = rows.flat().filter((cell) => cell.startsWith("'"));
      expect(neutralised.length).toBeGreaterThan(0);
      if (type === "mapping") expect(neutralised).toContain("'=1+1 </title><script>window.__pwned=3</script>");
      if (type === "dossier") expect(neutralised).toContain("'+1-2/licence.pdf");
      rmSync(dir, { recursive: true, force: true });
    });
});

// Stylish output goes to a terminal (or a CI log that renders ANSI). evidence-missing already escapes control
// characters in paths; every other message (the organisation in the header, site names, evidence-outside-root)
// passes ESC sequences from the file straight through: here they clear the screen and retitle the window.
describe("report content: the terminal", () => {
  it("check's stylish output carries no control characters from the file (NO_COLOR set, so no ESC at all)", async () => {
    const result = await runInProcess(["check", "terminal.yaml", "--as-of", AS_OF], { cwd: FIXTURE });
    expect(result.code).toBe(1);
    expect(result.stdout).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f]/);
  });
});
