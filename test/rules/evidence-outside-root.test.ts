import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { catalog } from "../../src/catalog/catalog.js";
import { assess } from "../../src/engine/assess.js";
import { SmsIndex } from "../../src/engine/sms-index.js";
import { inspectEvidence } from "../../src/io/inspect-evidence.js";
import { buildCheckReport } from "../../src/report/build-check-report.js";
import type { CheckReport } from "../../src/report/model.js";
import { RULES } from "../../src/rules/index.js";
import { validateFile } from "../../src/validate/validate-file.js";
import { checkYaml, findingsOf, MINIMAL } from "../helpers/check-yaml.js";

const RULE = "evidence-outside-root";

// Lines 1-9 of MINIMAL, then `documents:` on line 10; the evidence value is at line 14, column 15.
const HEAD = MINIMAL.replace("documents: []\n", "");
const withEvidence = (path: string) => `${HEAD}documents:
  - id: POL-1
    title: Service management policy
    satisfies: [service-management-policy]
    evidence: ${path}
`;

/** As checkYaml, but with symbolic links (name -> target) made in the root before the check. */
function checkWithLinks(yaml: string, files: Record<string, string>, links: Record<string, string>): CheckReport {
  const outside = mkdtempSync(join(tmpdir(), "iso20k-outside-"));
  writeFileSync(join(outside, "secret.txt"), "not evidence");
  const root = mkdtempSync(join(tmpdir(), "iso20k-rule-"));
  writeFileSync(join(root, "sms.yaml"), yaml);
  for (const [path, content] of Object.entries(files)) writeFileSync(join(root, path), content);
  mkdirSync(join(root, "docs"));
  for (const [name, target] of Object.entries(links)) symlinkSync(target.replace("$OUTSIDE", outside), join(root, name));
  const asOf = "2026-11-21";
  const validated = validateFile("sms.yaml", root);
  const index = new SmsIndex(validated.sms!);
  const assessment = assess(index, { catalog, rules: RULES, asOf, evidence: inspectEvidence(index.evidenceReferences(), root) });
  return buildCheckReport({ validated, assessment, catalog, lang: "en", asOf, tool: { name: "iso20k", version: "test" } });
}

const outside = { messageId: "outside", severity: "major", clause: "7.5.3", pointer: "/documents/0/evidence", line: 14, column: 15 };

describe(RULE, () => {
  const cases = [
    { name: "climbing out with ..", yaml: withEvidence("../../etc/passwd"), findings: [outside] },
    { name: "an absolute path", yaml: withEvidence("/etc/passwd"), findings: [outside] },
    { name: "a Windows drive path", yaml: withEvidence("C:/Windows/win.ini"), findings: [outside] },
    { name: "a .. that stays inside the root", yaml: withEvidence("docs/../policy.pdf"), findings: [] },
    { name: "a plain relative path", yaml: withEvidence("policy.pdf"), findings: [] },
    { name: "a missing file inside the root: left to evidence-missing", yaml: withEvidence("nowhere.pdf"), findings: [] },
  ];
  for (const c of cases) it(c.name, () => expect(findingsOf(checkYaml(c.yaml, { files: { "policy.pdf": "x", "docs/readme.txt": "x" } }), RULE)).toEqual(c.findings));

  it("a symbolic link in the root that points out of it", () => {
    const report = checkWithLinks(withEvidence("policy.pdf"), {}, { "policy.pdf": "$OUTSIDE/secret.txt" });
    expect(findingsOf(report, RULE)).toEqual([outside]);
    expect(findingsOf(report, "evidence-missing")).toEqual([]);
  });

  it("a symbolic folder link in the root that points out of it", () => {
    const report = checkWithLinks(withEvidence("shared/secret.txt"), {}, { shared: "$OUTSIDE" });
    expect(findingsOf(report, RULE)).toEqual([outside]);
  });

  it("a symbolic link that stays inside the root", () => {
    const report = checkWithLinks(withEvidence("docs/policy.pdf"), { "real-policy.pdf": "x" }, { "docs/policy.pdf": "../real-policy.pdf" });
    expect(findingsOf(report, RULE)).toEqual([]);
    expect(findingsOf(report, "evidence-missing")).toEqual([]);
  });

  // A folder's real path is found once and the file's own name looked at alone (src/io/inspect-evidence.ts).
  it("a symbolic folder link that stays inside the root, and a file link in it that points out", () => {
    const inside = checkWithLinks(withEvidence("current/readme.txt"), {}, { current: "docs", "docs/readme.txt": "../sms.yaml" });
    expect([findingsOf(inside, RULE), findingsOf(inside, "evidence-missing")]).toEqual([[], []]);
    const out = checkWithLinks(withEvidence("current/secret.txt"), {}, { current: "docs", "docs/secret.txt": "$OUTSIDE/secret.txt" });
    expect(findingsOf(out, RULE)).toEqual([outside]);
  });

  it("a link to nothing, and a file in a folder that does not exist: missing, not outside", () => {
    for (const path of ["docs/dangling.pdf", "no-such-folder/policy.pdf"]) {
      const report = checkWithLinks(withEvidence(path), {}, { "docs/dangling.pdf": "no-such-file.pdf" });
      expect([path, findingsOf(report, RULE), findingsOf(report, "evidence-missing").map((f) => f.messageId)]).toEqual([path, [], ["missing"]]);
    }
  });

  it("says it did not follow the path", () => {
    const finding = checkYaml(withEvidence("../../etc/passwd")).findings.find((f) => f.ruleId === RULE);
    expect(finding?.message).toBe("evidence path ../../etc/passwd points outside the root folder; it was not followed");
  });
});
