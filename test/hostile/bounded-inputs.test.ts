// Inputs that cost without bound when trusted: a glob that backtracks, evidence and Markdown files of
// gigabytes, templates that are pipes or devices, and templates that multiply their output through
// nested partials. Each is refused or bounded with an exact finding or a one-line exit 2. Huge files
// are sparse (truncateSync): gigabytes on paper, nothing on disk.
import { execFileSync } from "node:child_process";
import { closeSync, existsSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync, symlinkSync, truncateSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runCheck } from "../../src/cli/run-check.js";
import { openRegularFile } from "../../src/io/regular-file.js";
import { DEFAULT_MAX_BYTES } from "../../src/io/read-source.js";
import { MAX_HASH_BYTES } from "../../src/io/hash-file.js";
import { checkYaml, MINIMAL } from "../helpers/check-yaml.js";
import { ROOT, runInProcess } from "../helpers/cli.js";
import { AS_OF, HOSTILE, STACK_TRACE } from "./corpus.js";

const GB = 1024 * 1024 * 1024;

const folders: string[] = [];
afterAll(() => {
  for (const folder of folders) rmSync(folder, { recursive: true, force: true });
});
function scratch(): string {
  const folder = mkdtempSync(join(tmpdir(), "iso20k-bounded-"));
  folders.push(folder);
  return folder;
}

const hasMkfifo = (() => {
  try {
    execFileSync("mkfifo", ["--version"], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
})();
const NO_MKFIFO = "mkfifo is not installed: named pipes cannot be made";

// documentSources goes on line 10, its first pattern on line 11.
const withSources = (...patterns: string[]) => MINIMAL.replace("documents: []\n", `documentSources:\n${patterns.map((p) => `  - "${p}"`).join("\n")}\ndocuments: []\n`);

const brief = (report: ReturnType<typeof checkYaml>, ...ruleIds: string[]) =>
  report.findings.filter((f) => ruleIds.includes(f.ruleId)).map(({ ruleId, messageId, severity, file, line, column }) => ({ ruleId, messageId, severity, file, line, column }));

describe("documentSources patterns", () => {
  // Compiled to a backtracking regular expression, this took 87 s on a 40-character name and over
  // 120 s on 50. The test's own timeout is the bound.
  it("a pattern of many stars against long names finishes, matching nothing: document-source-empty", () => {
    const files: Record<string, string> = {};
    for (const length of [40, 50, 200]) files[`p/${"a".repeat(length)}.md`] = "# not matched\n";
    const report = checkYaml(withSources("p/*a*a*a*a*a*a*a*a*a*a*a*ab.md"), { files });
    expect(brief(report, "document-source-empty", "document-source-unsupported", "front-matter-missing")).toEqual([
      { ruleId: "document-source-empty", messageId: "rule.document-source-empty.empty", severity: "minor", file: "sms.yaml", line: 11, column: 5 },
    ]);
  });

  it("the same many-star pattern still matches what it names", () => {
    const report = checkYaml(withSources("p/*a*a*a*a*a*a*a*a*a*a*a*ab.md"), { files: { [`p/${"a".repeat(40)}b.md`]: "# no front matter\n" } });
    expect(brief(report, "document-source-empty", "front-matter-missing")).toEqual([
      { ruleId: "front-matter-missing", messageId: "rule.front-matter-missing.missing", severity: "minor", file: `p/${"a".repeat(40)}b.md`, line: 1, column: 1 },
    ]);
  });

  it("a pattern over the limits (33 wildcards) is not followed: document-source-unsupported at its line", () => {
    const report = checkYaml(withSources("nothing/*.md", `p/${"*a".repeat(33)}.md`), { files: { "p/a.md": "# x\n" } });
    expect(brief(report, "document-source-unsupported")).toEqual([
      { ruleId: "document-source-unsupported", messageId: "rule.document-source-unsupported.tooComplex", severity: "minor", file: "sms.yaml", line: 12, column: 5 },
    ]);
    expect(report.findings.find((f) => f.ruleId === "document-source-unsupported")?.message).toBe(
      `document source p/${"*a".repeat(33)}.md is over the limits of 256 characters, 32 wildcards or 32 alternatives; it was not followed`,
    );
  });

  it("a pattern over 256 characters, or with braces expanding past 32 alternatives, is not followed", () => {
    const report = checkYaml(withSources(`p/${"a".repeat(260)}.md`, "p/{a,b}{a,b}{a,b}{a,b}{a,b}{a,b}.md"), {});
    expect(brief(report, "document-source-unsupported").map(({ messageId, line }) => ({ messageId, line }))).toEqual([
      { messageId: "rule.document-source-unsupported.tooComplex", line: 11 },
      { messageId: "rule.document-source-unsupported.tooComplex", line: 12 },
    ]);
  });

  it("extglob syntax is named as unsupported, not silently read as literal text", () => {
    const report = checkYaml(withSources("p/@(a|b).md"), { files: { "p/a.md": "# x\n" } });
    expect(brief(report, "document-source-unsupported", "document-source-empty")).toEqual([
      { ruleId: "document-source-unsupported", messageId: "rule.document-source-unsupported.syntax", severity: "minor", file: "sms.yaml", line: 11, column: 5 },
    ]);
  });
});

// The document's sha256 is on line 15, its value at column 13.
const withHashedDocument = (evidence: string) =>
  MINIMAL.replace(
    "documents: []\n",
    `documents:\n  - id: NW-CHG-01\n    title: Change policy\n    satisfies: [change-management-policy]\n    evidence: ${evidence}\n    sha256: "${"0".repeat(64)}"\n`,
  );

describe("evidence too large to hash", () => {
  it("a 3 GB file with a recorded sha256 is there (no evidence-missing), its checksum unchecked: an observation at sha256", () => {
    const report = checkYamlWithSparse(withHashedDocument("docs/huge.bin"), { "docs/huge.bin": 3 * GB });
    expect(brief(report, "evidence-missing", "evidence-hash-mismatch", "evidence-hash-unchecked")).toEqual([
      { ruleId: "evidence-hash-unchecked", messageId: "rule.evidence-hash-unchecked.tooLarge", severity: "observation", file: "sms.yaml", line: 15, column: 13 },
    ]);
    expect(report.findings.find((f) => f.ruleId === "evidence-hash-unchecked")?.message).toBe(
      `evidence file docs/huge.bin of document NW-CHG-01 is over ${MAX_HASH_BYTES / 1024 / 1024} MB; its recorded checksum was not checked`,
    );
    expect(report.requirements.find((r) => r.id === "change-management-policy")?.satisfiedBy).toEqual(["NW-CHG-01"]);
  });

  it("a file under the cap is still hashed (in chunks): a wrong sha256 on a 3 MB file is a mismatch", () => {
    const report = checkYaml(withHashedDocument("docs/small.md"), { files: { "docs/small.md": "x".repeat(3 * 1024 * 1024 + 7) } });
    expect(brief(report, "evidence-hash-mismatch", "evidence-hash-unchecked").map(({ ruleId, line, column }) => ({ ruleId, line, column }))).toEqual([
      { ruleId: "evidence-hash-mismatch", line: 15, column: 13 },
    ]);
  });

  it.skipIf(!hasMkfifo)("a named pipe opened as a file: refused at once by the descriptor's fstat, never blocking", () => {
    const folder = scratch();
    execFileSync("mkfifo", [join(folder, "pipe")]);
    expect(openRegularFile(join(folder, "pipe"), { followLinks: false })).toEqual({ kind: "not-a-file" });
  });
});

describe("a Markdown document source of 3 GB", () => {
  it("is refused before it is read: front-matter-missing tooLarge at its first line", () => {
    const report = checkYamlWithSparse(withSources("policies/*.md"), { "policies/huge.md": 3 * GB });
    expect(brief(report, "front-matter-missing", "document-source-empty")).toEqual([
      { ruleId: "front-matter-missing", messageId: "rule.front-matter-missing.tooLarge", severity: "major", file: "policies/huge.md", line: 1, column: 1 },
    ]);
  });
});

/** The check report for `yaml` in a fresh folder that also holds sparse files of the given sizes. */
function checkYamlWithSparse(yaml: string, sparse: Record<string, number>): ReturnType<typeof checkYaml> {
  const folder = scratch();
  writeFileSync(join(folder, "sms.yaml"), yaml);
  for (const [path, size] of Object.entries(sparse)) {
    mkdirSync(dirname(join(folder, path)), { recursive: true });
    writeFileSync(join(folder, path), "");
    truncateSync(join(folder, path), size);
  }
  return runCheck("sms.yaml", { cwd: folder, asOf: AS_OF, lang: "en", maxBytes: DEFAULT_MAX_BYTES }).report;
}

describe("templates from --template-dir that never end or multiply", () => {
  const SMS = join(HOSTILE, "report-content/sms.yaml");

  /** `iso20k report dossier --format md` with a template folder holding dossier.md.hbs as `make` leaves it. */
  async function renderWith(make: (template: string) => void) {
    const folder = scratch();
    mkdirSync(join(folder, "templates"));
    const template = join(folder, "templates/dossier.md.hbs");
    make(template);
    const out = join(folder, "dossier.md");
    const result = await runInProcess(["report", "dossier", SMS, "--format", "md", "--as-of", AS_OF, "--template-dir", join(folder, "templates"), "-o", out]);
    return { ...result, template, written: existsSync(out) };
  }

  const expectRefused = (result: Awaited<ReturnType<typeof renderWith>>, message: string) => {
    expect(result.stderr).toBe(`iso20k: ${message}\n`);
    expect(result.stderr).not.toMatch(STACK_TRACE);
    expect(result.code).toBe(2);
    expect(result.written).toBe(false);
  };

  it.skipIf(!hasMkfifo)("a named pipe nobody writes to: exit 2 at once, naming it", async () => {
    const result = await renderWith((template) => execFileSync("mkfifo", [template]));
    expectRefused(result, `template ${result.template} is not a regular file (a folder, pipe or device); it was not read`);
  });

  it("a link to /dev/zero: exit 2 at once, not read until memory runs out", async () => {
    const result = await renderWith((template) => symlinkSync("/dev/zero", template));
    expectRefused(result, `template ${result.template} is not a regular file (a folder, pipe or device); it was not read`);
  });

  it("a template over 1 MB (a sparse 3 GB file): exit 2 before it is read", async () => {
    const result = await renderWith((template) => {
      closeSync(openSync(template, "w"));
      truncateSync(template, 3 * GB);
    });
    expectRefused(result, `template ${result.template} is over 1 MB; it was not read`);
  });

  /** Inline partials p0..p<levels>, each calling the one below `fanOut` times; the template calls the top one. */
  const nestedPartials = (levels: number, fanOut: number, leaf: string) => {
    const lines = [`{{#*inline "p0"}}${leaf}{{/inline}}`];
    for (let level = 1; level <= levels; level++) lines.push(`{{#*inline "p${level}"}}${`{{> p${level - 1}}}`.repeat(fanOut)}{{/inline}}`);
    return `${lines.join("\n")}\n{{> p${levels}}}\n`;
  };

  // Ten levels of ten calls: 10^10 renderings of the leaf, which no loop bound counted.
  it("nested inline partials multiplying their output: stopped past 50 MB with exit 2, naming the template", async () => {
    const result = await renderWith((template) => writeFileSync(template, nestedPartials(10, 10, "x".repeat(1000))));
    expectRefused(result, `template ${result.template} writes more than 50 MB; rendering stopped`);
  });

  it("nested inline partials producing nothing, 10^10 times: stopped by the partial-call bound", async () => {
    const result = await renderWith((template) => writeFileSync(template, nestedPartials(10, 10, "")));
    expectRefused(result, `template ${result.template} calls partials more than 2000000 times; rendering stopped`);
  });

  it("partials nested 40 deep: stopped at a depth of 32 with exit 2", async () => {
    const result = await renderWith((template) => writeFileSync(template, nestedPartials(40, 1, "leaf")));
    expectRefused(result, `template ${result.template} nests partials more than 32 deep; rendering stopped`);
  });

  it("a loop whose items each write a large body: stopped past 50 MB of output", async () => {
    const body = "x".repeat(1000);
    // Six nested loops over the dossier's items: 8^6 (262,144) bodies of 1,000 characters, 262 MB.
    const loop = `${"{{#each @root.items}}".repeat(6)}${body}${"{{/each}}".repeat(6)}`;
    const result = await renderWith((template) => writeFileSync(template, `${loop}\n`));
    expectRefused(result, `template ${result.template} writes more than 50 MB; rendering stopped`);
  });

  // The bounds guard against templates; ours reach them only through the size of the file, so the
  // message is about the report, and names no template file the user never chose.
  it("our own mapping template past 50 MB (a 13 MB title on a document that five requirements list): the report is too large, exit 2, nothing written", async () => {
    const folder = scratch();
    const ready = readFileSync(join(ROOT, "examples/ready/sms.yaml"), "utf8");
    const title = "Service Management System Manual ".repeat(400_000);
    writeFileSync(join(folder, "sms.yaml"), ready.replace("title: Service Management System Manual\n", `title: ${title}\n`));
    const out = join(folder, "mapping.html");
    const result = await runInProcess(["report", "mapping", join(folder, "sms.yaml"), "--as-of", AS_OF, "--max-size", "20", "-o", out]);
    expect([result.code, result.stderr]).toEqual([2, "iso20k: the report of a file this large would be too large to open; rendering stopped. `iso20k check --format json` lists all of its findings\n"]);
    expect(existsSync(out)).toBe(false);
  });

  it("our own dossier template still renders (the bounds leave normal reports alone)", async () => {
    const folder = scratch();
    const out = join(folder, "dossier.md");
    const result = await runInProcess(["report", "dossier", SMS, "--format", "md", "--as-of", AS_OF, "-o", out]);
    expect(result.code).toBe(0);
    expect(result.stderr).not.toMatch(/iso20k:/);
    expect(existsSync(out)).toBe(true);
  });
});
