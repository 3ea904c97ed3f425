// File names and front matter from a pull request that try to drive the terminal or the reader: escape
// sequences (colour, OSC 8 hyperlinks), a line break that forges a finding, bidirectional overrides, NUL and
// a lone surrogate, a Markdown image and link. Every format of check and every report is run on them.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Chalk } from "chalk";
import { XMLValidator } from "fast-xml-parser";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { printable } from "../../src/model/printable.js";
import { markdown } from "../../src/report/formatters/markdown.js";
import { asGiven } from "../../src/report/formatters/source-path.js";
import { escapeCsv, escapeMarkdown } from "../../src/report/render/escape.js";
import { notReadyReport } from "../fixtures/check-report.js";
import { runInProcess } from "../helpers/cli.js";
import { AS_OF } from "./corpus.js";

const ESC = "\u001b";
const BEL = "\u0007";
const FILE_NAMES = {
  colour: `red${ESC}[31mtext${ESC}[0m.md`,
  hyperlink: `${ESC}]8;;mailto:x@evil.example${BEL}click${ESC}]8;;${BEL}.md`,
  forged: "line\n  Major  forged finding  (evil-rule)  ok.md",
  bidi: "invoice\u202Edm.exe.md",
};
/** A double-quoted YAML scalar: escapes written as YAML reads them, since a lone surrogate cannot be UTF-8. */
const TITLE = String.raw`"Bell \a Clear \e[2J NUL \0 half \uD800 ![x](https://evil.example/pixel.png) [click](https://evil.example) www.evil.example \u202Eflipped \u2066isolated"`;

const FORMATS = ["stylish", "json", "junit", "sarif", "github", "markdown", "codequality"] as const;
const REPORTS = ["gap", "mapping", "dossier"].flatMap((type) => ["html", "md", "csv"].map((format) => [type, format] as const));

/** C0 controls a text format may hold as layout: tab, line feed, carriage return. */
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;
const BIDI = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

function policy(id: string, title: string, reviewed: string): string {
  return ["---", `id: ${id}`, `title: ${title}`, "satisfies: [service-level-agreements]", "owner: Service Owner", 'version: "1.0"', "status: approved", "approvalDate: 2025-01-01", `nextReviewDate: ${reviewed}`, "---", "", "# Policy", ""].join("\n");
}

function sms(): string {
  return [
    "organization:",
    String.raw`  name: "Evil \e]0;pwned\a Org \u202Egro ![logo](https://evil.example/o.png)"`,
    "  legalEntity: { name: Evil Ltd, registrationId: '1' }",
    "  sites: [{ name: HQ, address: 1 Road, headcount: 3 }]",
    "scope:",
    "  statement: Hosting.",
    "  services: [{ id: web, name: Web }]",
    '  businessCategories: ["06.02"]',
    "sms: { startDate: 2026-02-02, managementRepresentative: Ann }",
    "documentSources:",
    "  - policies/*.md",
    "documents: []",
    "",
  ].join("\n");
}

/** Everything the command wrote: stdout, stderr and the -o file. */
function everything(result: { stdout: string; stderr: string }, file?: string): string {
  return result.stdout + result.stderr + (file === undefined ? "" : readFileSync(file, "utf8"));
}

function expectNoRawControls(text: string, label: string): void {
  expect([label, CONTROL.exec(text)?.[0]]).toEqual([label, undefined]);
  expect([label, BIDI.exec(text)?.[0]]).toEqual([label, undefined]);
  expect([label, LONE_SURROGATE.exec(text)?.[0]]).toEqual([label, undefined]);
}

/** Markdown a GitHub comment would render as an image or a link. */
function expectNoLiveMarkdown(text: string, label: string): void {
  expect([label, text]).not.toEqual([label, expect.stringMatching(/(?<!\\)!\[|(?<!\\)\]\(http|(?<![\\`])https?:\/\/|(?<![\\`/])www\./)]);
}

describe("printable output: hostile file names and front matter in every format", () => {
  let dir: string;
  const outputs = new Map<string, string>();

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "iso20k-printable-"));
    mkdirSync(join(dir, "policies"));
    writeFileSync(join(dir, "sms.yaml"), sms());
    Object.values(FILE_NAMES).forEach((name, i) => writeFileSync(join(dir, "policies", name), policy(`POL-${i + 1}`, TITLE, "2026-01-01")));
    for (const format of FORMATS) {
      const file = join(dir, `check.${format}`);
      const result = await runInProcess(["check", "sms.yaml", "--as-of", AS_OF, "--format", `${format}:${file}`], { cwd: dir });
      expect([format, result.code, result.stderr]).toEqual([format, 1, ""]);
      outputs.set(`check ${format}`, readFileSync(file, "utf8"));
      const piped = await runInProcess(["check", "sms.yaml", "--as-of", AS_OF, "--format", format], { cwd: dir });
      outputs.set(`check ${format} (stdout)`, everything(piped));
    }
    for (const [type, format] of REPORTS) {
      const file = join(dir, `${type}.${format}`);
      const result = await runInProcess(["report", type, "sms.yaml", "--format", format, "--as-of", AS_OF, "-o", file], { cwd: dir });
      expect([type, format, result.code]).toEqual([type, format, 0]);
      outputs.set(`report ${type} ${format}`, everything(result, file));
      if (format !== "html") outputs.set(`report ${type} ${format} (stdout)`, everything(await runInProcess(["report", type, "sms.yaml", "--format", format, "--as-of", AS_OF], { cwd: dir })));
    }
    const validated = await runInProcess(["validate", "sms.yaml"], { cwd: dir });
    outputs.set("validate", everything(validated));
  }, 120_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("ran every format and report", () => {
    expect(outputs.size).toBe(2 * FORMATS.length + REPORTS.length + REPORTS.filter(([, format]) => format !== "html").length + 1);
    // The hostile names reach the outputs: otherwise this test would prove nothing.
    expect(outputs.get("check json")).toContain("red\\u001b[31mtext");
  });

  it("no output holds a control character (but layout), a bidirectional control or a lone surrogate", () => {
    for (const [label, text] of outputs) expectNoRawControls(text, label);
  });

  it("the stylish list shows a file name escaped, and its line break cannot start a line of its own", () => {
    const stylish = outputs.get("check stylish (stdout)")!;
    expect(stylish).toContain("policies/red\\u001b[31mtext\\u001b[0m.md");
    expect(stylish).toContain("policies/line\\u000a  Major  forged finding  (evil-rule)  ok.md");
    expect(stylish).toContain("policies/invoice<U+202E>dm.exe.md");
    expect(stylish).toContain("policies/\\u001b]8;;mailto:x@evil.example\\u0007click\\u001b]8;;\\u0007.md");
    expect(stylish).not.toMatch(/^\s*Major\s+forged/m);
    expect(stylish).toContain("Evil \\u001b]0;pwned\\u0007 Org <U+202E>gro ![logo](https://evil.example/o.png)");
  });

  it("github annotations keep their own escaping on top of printable text", () => {
    const github = outputs.get("check github")!;
    for (const line of github.trimEnd().split("\n")) expect(line).toMatch(/^::(error|warning|notice)( [^:]*)?::/);
    expect(github).toContain("file=policies/line\\u000a  Major  forged finding  (evil-rule)  ok.md");
  });

  it("JUnit is well-formed XML; SARIF and Code Quality hold no lone surrogate; JSON keeps the data as it was", () => {
    for (const label of ["check junit", "check junit (stdout)"]) expect([label, XMLValidator.validate(outputs.get(label)!)]).toEqual([label, true]);
    for (const label of ["check sarif", "check codequality"]) {
      const strings: string[] = [];
      JSON.parse(outputs.get(label)!, (_key, value: unknown) => (typeof value === "string" && strings.push(value), value));
      expect([label, strings.filter((text) => LONE_SURROGATE.test(text))]).toEqual([label, []]);
    }
    // The bidirectional override is written \u202e in the JSON text, and read back as it was.
    const json = JSON.parse(outputs.get("check json")!) as { organization: string };
    expect(json.organization).toBe(`Evil ${ESC}]0;pwned${BEL} Org \u202Egro ![logo](https://evil.example/o.png)`);
  });

  it("Markdown renders no image or link from the file, for the comment and the reports", () => {
    for (const [label, text] of outputs) if (label.startsWith("check markdown") || / md/.test(label)) expectNoLiveMarkdown(text, label);
    expect(outputs.get("check markdown")).toContain("Evil \\\\u001b\\]0;pwned\\\\u0007 Org &lt;U+202E&gt;gro !\\[logo\\](https\\://evil.example/o.png)");
    // Controls escaped (the doubled backslash shows one), the lone surrogate replaced, brackets and "://" escaped, bidi named.
    expect(outputs.get("report mapping md")).toContain(
      "| POL-1 | Bell \\\\u0007 Clear \\\\u001b\\[2J NUL \\\\u0000 half \uFFFD !\\[x\\](https\\://evil.example/pixel.png) \\[click\\](https\\://evil.example) www\\.evil.example &lt;U+202E&gt;flipped &lt;U+2066&gt;isolated |",
    );
  });

  it("the fixed list of --baseline shows the old file's text escaped", async () => {
    const report = JSON.parse(outputs.get("check json")!) as { findings: Record<string, unknown>[] };
    const [first] = report.findings;
    const old = { ...report, findings: [...report.findings, { ...first, ruleId: "evidence-missing", messageId: "gone", message: `gone ${ESC}[2J\u202E`, file: `gone${ESC}]0;x${BEL}.md` }] };
    writeFileSync(join(dir, "baseline.json"), JSON.stringify(old));
    const result = await runInProcess(["check", "sms.yaml", "--as-of", AS_OF, "--baseline", "baseline.json"], { cwd: dir });
    expect(result.stderr).toBe("");
    expect(result.stdout).toContain("gone \\u001b[2J<U+202E>");
    expect(result.stdout).toContain("gone\\u001b]0;x\\u0007.md");
    expectNoRawControls(result.stdout, "baseline");
  });

  it("an error that names a file shows its name escaped", async () => {
    const result = await runInProcess(["check", `missing${ESC}[31m\u202E.yaml`], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("missing\\u001b[31m<U+202E>.yaml");
    expectNoRawControls(result.stderr, "error");
  });

  it("init, scanning a client's folder of hostile names, prints them escaped", async () => {
    const folder = join(dir, `client${ESC}]0;pwned${BEL}\u202E`);
    mkdirSync(folder);
    for (const name of Object.values(FILE_NAMES)) writeFileSync(join(folder, name), "# Policy\n");
    const result = await runInProcess(["init", "--yes", "--org", "Evil", "--scan", folder, "-o", "init.yaml", "--force"], { cwd: dir, today: AS_OF });
    expect(result.code).toBe(0);
    expect(result.stderr).toContain("client\\u001b]0;pwned\\u0007<U+202E>");
    expectNoRawControls(result.stdout + result.stderr, "init");
  });
});

describe("printable text", () => {
  it("escapes controls, names bidirectional controls and replaces what is not text", () => {
    expect(printable(`a${ESC}[31mb\u0085c\nd\te`)).toBe("a\\u001b[31mb\\u0085c\\u000ad\\u0009e");
    expect(printable("x\u202Ey\u2066z\u200F\u061C")).toBe("x<U+202E>y<U+2066>z<U+200F><U+061C>");
    expect(printable("\uD800 \uDC00 \uFFFE \uD83D\uDE00")).toBe("\uFFFD \uFFFD \uFFFD \uD83D\uDE00");
  });

  it("keeps what the caller lays out, and nothing else", () => {
    expect(printable("a\nb\r\tc", "line-feeds")).toBe("a\nb\\u000d\\u0009c");
    expect(printable("a\nb\r\tc\u000b", "layout")).toBe("a\nb\r\tc\\u000b");
  });

  it("is idempotent, so text made printable twice reads as once", () => {
    const hostile = `${ESC}]8;;x${BEL}\u202E\uD800\n\\u001b <U+202E>`;
    for (const kept of ["none", "line-feeds", "layout"] as const) expect(printable(printable(hostile, kept), kept)).toBe(printable(hostile, kept));
  });
});

describe("Markdown and CSV escaping", () => {
  it("shows links, images and bare URLs as text outside code spans, and leaves code spans as they are", () => {
    expect(escapeMarkdown("![x](https://e.example/p.png) [a](http://e.example) <https://e.example> www.e.example `[b](https://c.example)`")).toBe(
      "!\\[x\\](https\\://e.example/p.png) \\[a\\](http\\://e.example) &lt;https\\://e.example&gt; www\\.e.example `[b](https://c.example)`",
    );
  });

  it("makes cells printable: controls escaped, bidirectional controls named, line breaks as before", () => {
    expect(escapeMarkdown(`a${ESC}[2J\u202Eb\nc`)).toBe("a\\\\u001b\\[2J&lt;U+202E&gt;b<br>c");
    expect(escapeCsv(`=${ESC}\uD800`)).toBe(`"'=\\u001b\uFFFD"`);
  });

  it("a file name with backticks stays inside its code span in the pull-request comment", () => {
    const [first, ...rest] = notReadyReport.findings;
    const report = { ...notReadyReport, findings: [{ ...first, file: "a``b![x](https://e.example).md", line: 3 }, ...rest] };
    const output = markdown.render(report, { colour: new Chalk({ level: 0 }), sourcePath: asGiven });
    expect(output).toContain("| ``` a``b![x](https://e.example).md:3 ``` |");
  });
});
