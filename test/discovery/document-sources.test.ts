import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCheck } from "../../src/cli/run-check.js";
import { DEFAULT_MAX_BYTES } from "../../src/io/read-source.js";
import { checkYaml, MINIMAL } from "../helpers/check-yaml.js";

// documentSources goes on line 10, its first pattern on line 11.
const withSources = (...patterns: string[]) =>
  MINIMAL.replace("documents: []\n", `documentSources:\n${patterns.map((p) => `  - "${p}"`).join("\n")}\ndocuments: []\n`);

const policy = (fields: string) => `---\n${fields}---\n\n# Body\n`;
const CHANGE = policy("id: POL-1\ntitle: Change policy\nsatisfies: [change-management-policy]\nowner: Change Manager\nversion: \"1.0\"\nstatus: approved\napprovalDate: 2026-01-10\nnextReviewDate: 2027-01-10\n");

const brief = (report: ReturnType<typeof checkYaml>, ...ruleIds: string[]) =>
  report.findings.filter((f) => ruleIds.includes(f.ruleId)).map(({ ruleId, file, line, column }) => ({ ruleId, file, line, column }));

describe("documents described by Markdown front matter", () => {
  it("reads nested files matched by a glob as documents, with the file as evidence", () => {
    const report = checkYaml(withSources("policies/**/*.md"), { files: { "policies/change/change.md": CHANGE } });
    expect(report.valid).toBe(true);
    expect(report.requirements.find((r) => r.id === "change-management-policy")).toMatchObject({ state: "satisfied", satisfiedBy: ["POL-1"] });
    expect(brief(report, "evidence-missing", "evidence-not-given")).toEqual([]);
  });

  it("places a finding about a discovered document at the front-matter key in the Markdown file", () => {
    const overdue = CHANGE.replace("nextReviewDate: 2027-01-10", "nextReviewDate: 2026-06-30");
    const report = checkYaml(withSources("policies/*.md"), { files: { "policies/change.md": overdue } });
    expect(brief(report, "document-review-overdue")).toEqual([{ ruleId: "document-review-overdue", file: "policies/change.md", line: 9, column: 17 }]);
  });

  it("reports a file without front matter at its first line, not a crash", () => {
    const report = checkYaml(withSources("policies/*.md"), { files: { "policies/change.md": CHANGE, "policies/README.md": "# Policies\n" } });
    expect(brief(report, "front-matter-missing")).toEqual([{ ruleId: "front-matter-missing", file: "policies/README.md", line: 1, column: 1 }]);
    expect(report.requirements.find((r) => r.id === "change-management-policy")?.state).toBe("satisfied");
  });

  it("reports invalid front matter at the line and column of the offending value", () => {
    const invalid = CHANGE.replace("status: approved", "status: aproved");
    const report = checkYaml(withSources("policies/*.md"), { files: { "policies/change.md": invalid } });
    expect(report.findings.filter((f) => f.ruleId === "schema").map(({ file, line, column, message }) => ({ file, line, column, message }))).toEqual([
      { file: "policies/change.md", line: 7, column: 9, message: "status must be one of draft, in-review, approved, retired" },
    ]);
  });

  it("reports broken front-matter YAML in the Markdown file", () => {
    const broken = policy("id: POL-1\ntitle: Change: policy\nsatisfies: [change-management-policy]\n");
    const report = checkYaml(withSources("policies/*.md"), { files: { "policies/change.md": broken } });
    expect(brief(report, "yaml-syntax")).toEqual([{ ruleId: "yaml-syntax", file: "policies/change.md", line: 3, column: 8 }]);
  });

  it("reports an id used both in sms.yaml and in a Markdown file at the Markdown file's id", () => {
    const yaml = withSources("policies/*.md").replace("documents: []\n", "documents:\n  - { id: POL-1, title: Old change policy, satisfies: [change-management-policy] }\n");
    const report = checkYaml(yaml, { files: { "policies/change.md": CHANGE } });
    expect(brief(report, "duplicate-id")).toEqual([{ ruleId: "duplicate-id", file: "policies/change.md", line: 2, column: 5 }]);
  });

  it("reports a glob that matches nothing, and one that leaves the folder, at the pattern in sms.yaml", () => {
    const report = checkYaml(withSources("nothing/*.md", "../outside/*.md"), {});
    expect(brief(report, "document-source-empty", "document-source-outside-root")).toEqual([
      { ruleId: "document-source-outside-root", file: "sms.yaml", line: 12, column: 5 },
      { ruleId: "document-source-empty", file: "sms.yaml", line: 11, column: 5 },
    ]);
  });

  it("reads each file once when two patterns match it", () => {
    const report = checkYaml(withSources("policies/*.md", "policies/**/*.md"), { files: { "policies/change.md": CHANGE } });
    expect(brief(report, "duplicate-id")).toEqual([]);
  });
});

// A discovered document's own file was just read, so the check takes it as present without opening it
// again: only when it lies inside the evidence root once links are resolved, as an evidence path must.
describe("the evidence of a discovered document", () => {
  const sms = withSources("policies/*.md");
  const run = (folder: string, file: string, root?: string) =>
    runCheck(file, { cwd: folder, asOf: "2026-11-21", lang: "en", maxBytes: DEFAULT_MAX_BYTES, root }).report.findings.filter((f) => f.ruleId.startsWith("evidence-")).map(({ ruleId, params }) => ({ ruleId, path: params?.path }));

  it("is outside a --root that does not hold it", () => {
    const folder = mkdtempSync(join(tmpdir(), "iso20k-sources-"));
    mkdirSync(join(folder, "policies"));
    mkdirSync(join(folder, "evidence"));
    writeFileSync(join(folder, "sms.yaml"), sms);
    writeFileSync(join(folder, "policies", "change.md"), CHANGE);
    expect(run(folder, "sms.yaml", "evidence")).toEqual([{ ruleId: "evidence-outside-root", path: "../policies/change.md" }]);
  });

  it.skipIf(process.platform === "win32")("is outside the root when the SMS folder is a link out of it", () => {
    const outside = mkdtempSync(join(tmpdir(), "iso20k-outside-"));
    mkdirSync(join(outside, "policies"));
    writeFileSync(join(outside, "sms.yaml"), sms);
    writeFileSync(join(outside, "policies", "change.md"), CHANGE);
    const root = mkdtempSync(join(tmpdir(), "iso20k-root-"));
    symlinkSync(outside, join(root, "client"));
    expect(run(root, "client/sms.yaml", ".")).toEqual([{ ruleId: "evidence-outside-root", path: "client/policies/change.md" }]);
    // From the folder itself, the same file is inside the root, and present.
    expect(run(outside, "sms.yaml")).toEqual([]);
  });
});
