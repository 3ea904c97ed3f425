// The rules over the consultant's gap assessment: each finding placed in gap.yaml at its line and column.
import { describe, expect, it } from "vitest";
import { checkYaml, MINIMAL } from "../helpers/check-yaml.js";

const SMS = `${MINIMAL.replace("documents: []\n", "")}documents:
  - { id: D-1, title: Problem procedure, satisfies: [sms-processes] }
records:
  registers:
    - { id: REG-1, title: Problem log, satisfies: [problem-records] }
`;

// Header lines 1-3, `items:` line 4; each item is two lines (clause, status: value at column 13),
// three when it cites evidence.
const header = "assessment:\n  assessor: Ann Auditor\n  date: 2026-11-10\nitems:\n";
const item = (clause: string, status: string, evidence?: string) =>
  `  - clause: "${clause}"\n    status: ${status}\n${evidence === undefined ? "" : `    evidence: ${evidence}\n`}`;

function findings(gap: string, ...ruleIds: string[]) {
  return checkYaml(SMS, { gapAssessment: gap, asOf: "2026-11-21", files: { "notes/visit.md": "# Visit notes\n" } })
    .findings.filter((f) => ruleIds.includes(f.ruleId))
    .map(({ ruleId, severity, clause, file, line, column, message }) => ({ ruleId, severity, clause, file, line, column, message }));
}

describe("assessed-nonconformity", () => {
  it("grades not addressed and initial as majors, inconsistent as a minor, conforming and not applicable as nothing", () => {
    const gap = header + item("8.6.3", "initial") + item("8.6.1", "not-addressed") + item("9.2", "inconsistent") + item("4.1", "conforming", "[{ observation: seen }]") + item("8.3.4.1", "not-applicable");
    expect(findings(gap, "assessed-nonconformity")).toEqual([
      { ruleId: "assessed-nonconformity", severity: "major", clause: "8.6.1", file: "gap.yaml", line: 8, column: 13, message: "clause 8.6.1 rated not addressed by Ann Auditor on 2026-11-10" },
      { ruleId: "assessed-nonconformity", severity: "major", clause: "8.6.3", file: "gap.yaml", line: 6, column: 13, message: "clause 8.6.3 rated initial by Ann Auditor on 2026-11-10" },
      { ruleId: "assessed-nonconformity", severity: "minor", clause: "9.2", file: "gap.yaml", line: 10, column: 13, message: "clause 9.2 rated defined but applied inconsistently by Ann Auditor on 2026-11-10" },
    ]);
  });

  it("quotes the note and the item's own assessor and date", () => {
    const gap = `${header}  - clause: "8.6.3"\n    status: initial\n    note: Nothing recorded.\n    assessor: Bo\n    date: 2026-11-12\n`;
    expect(findings(gap, "assessed-nonconformity").map((f) => f.message)).toEqual(["clause 8.6.3 rated initial by Bo on 2026-11-12: Nothing recorded."]);
  });

  it("counts in the verdict, once per gap: a rated major where the check found none of its own adds one", () => {
    const without = checkYaml(SMS).verdict.counts.majors;
    const fresh = checkYaml(SMS, { gapAssessment: header + item("4.1", "initial") + "actions: []\n" });
    expect(fresh.findings.filter((f) => f.ruleId === "assessed-nonconformity").map((f) => f.clause)).toEqual(["4.1"]);
    expect(fresh.verdict.counts.majors).toBe(without + 1);
    // 8.6.3: the check itself finds the known-error records missing, a major; the rating is that gap again.
    const seenTwice = checkYaml(SMS, { gapAssessment: header + item("8.6.3", "initial") });
    expect(seenTwice.findings.some((f) => f.ruleId === "required-document-missing" && f.clause === "8.6.3" && f.severity === "major")).toBe(true);
    expect(seenTwice.findings.filter((f) => f.ruleId === "assessed-nonconformity").map((f) => f.clause)).toEqual(["8.6.3"]);
    expect(seenTwice.verdict.counts.majors).toBe(without);
    expect(seenTwice.verdict.status).toBe("not-ready");
  });
});

describe("assessment-unsupported", () => {
  it("flags conforming without evidence, at its status", () => {
    const gap = header + item("8.6.3", "conforming") + item("9.2", "conforming", "[{ interview: { role: Auditor, date: 2026-11-01 } }]");
    expect(findings(gap, "assessment-unsupported")).toEqual([
      { ruleId: "assessment-unsupported", severity: "minor", clause: "8.6.3", file: "gap.yaml", line: 6, column: 13, message: "clause 8.6.3 is rated conforming, but no evidence is cited" },
    ]);
  });
});

describe("assessment-incomplete", () => {
  it("lists, once, the clauses left out or marked not assessed", () => {
    const gap = header + item("4.1", "not-assessed") + item("4.2", "initial");
    const [finding] = findings(gap, "assessment-incomplete");
    expect(finding).toMatchObject({ severity: "observation", clause: "4.1", file: "gap.yaml", line: 4, column: 1 });
    expect(finding.message).toMatch(/^56 of 57 clauses not assessed yet: 4\.1, 4\.3, 4\.4, 5\.1, /);
    expect(finding.message).not.toMatch(/(: |, )4\.2,/);
  });
});

describe("assessment-evidence-unknown", () => {
  it("checks document and record ids against the SMS file, and cited files on disk", () => {
    const gap = header + item("8.6.3", "inconsistent", "[{ document: D-1 }, { document: D-9 }, { record: REG-1 }, { record: REG-9 }, { file: x.md }, { file: notes/visit.md }, { file: ../sms.yaml }]");
    expect(findings(gap, "assessment-evidence-unknown")).toEqual([
      { ruleId: "assessment-evidence-unknown", severity: "minor", clause: "8.6.3", file: "gap.yaml", line: 7, column: 35, message: "clause 8.6.3 cites document D-9, which the SMS file does not list" },
      { ruleId: "assessment-evidence-unknown", severity: "minor", clause: "8.6.3", file: "gap.yaml", line: 7, column: 73, message: "clause 8.6.3 cites record REG-9, which the SMS file lists as no register, audit, review or nonconformity" },
      { ruleId: "assessment-evidence-unknown", severity: "minor", clause: "8.6.3", file: "gap.yaml", line: 7, column: 100, message: "clause 8.6.3 cites the file x.md, which does not exist inside the gap assessment's folder" },
      { ruleId: "assessment-evidence-unknown", severity: "minor", clause: "8.6.3", file: "gap.yaml", line: 7, column: 142, message: "clause 8.6.3 cites the file ../sms.yaml, which does not exist inside the gap assessment's folder" },
    ]);
  });
});

describe("the remediation plan", () => {
  // Actions start on the line after the items; each is five lines (owner optional).
  const actions = (...list: { id: string; due: string; status: string; items?: string; owner?: boolean }[]) =>
    "actions:\n" +
    list
      .map((a) => `  - id: ${a.id}\n    action: Fix it\n${a.owner === false ? "" : "    owner: Service manager\n"}    due: ${a.due}\n    status: ${a.status}\n${a.items ? `    items: ${a.items}\n` : ""}`)
      .join("");

  it("action-missing: a major gap needs an open or in-progress action naming it", () => {
    const items = item("8.6.3", "initial") + item("8.6.1", "not-addressed") + item("8.6.2", "initial") + item("9.2", "inconsistent");
    const gap = header + items + actions({ id: "A-1", due: "2027-01-10", status: "in-progress", items: '["8.6.1"]' }, { id: "A-2", due: "2027-01-10", status: "done", items: '["8.6.2"]' });
    expect(findings(gap, "action-missing")).toEqual([
      { ruleId: "action-missing", severity: "minor", clause: "8.6.2", file: "gap.yaml", line: 9, column: 13, message: "clause 8.6.2 is a major gap, and no open action names it" },
      { ruleId: "action-missing", severity: "minor", clause: "8.6.3", file: "gap.yaml", line: 5, column: 13, message: "clause 8.6.3 is a major gap, and no open action names it" },
    ]);
  });

  it("action-overdue: open or in progress past its due date; the due day itself is not late", () => {
    const gap =
      header +
      item("9.2", "inconsistent") +
      actions(
        { id: "A-1", due: "2026-11-20", status: "open", items: '["9.2"]' },
        { id: "A-2", due: "2026-11-21", status: "open" },
        { id: "A-3", due: "2026-10-01", status: "done" },
        { id: "A-4", due: "2026-10-01", status: "in-progress" },
      );
    expect(findings(gap, "action-overdue")).toEqual([
      { ruleId: "action-overdue", severity: "minor", clause: "9.2", file: "gap.yaml", line: 11, column: 10, message: "action A-1 was due on 2026-11-20 and is not done" },
      { ruleId: "action-overdue", severity: "minor", clause: "10.2", file: "gap.yaml", line: 27, column: 10, message: "action A-4 was due on 2026-10-01 and is not done" },
    ]);
  });

  it("action-without-owner: an action not done that nobody owns", () => {
    const gap = header + item("9.2", "inconsistent") + actions({ id: "A-1", due: "2027-01-10", status: "open", owner: false }, { id: "A-2", due: "2027-01-10", status: "done", owner: false });
    expect(findings(gap, "action-without-owner")).toEqual([
      { ruleId: "action-without-owner", severity: "minor", clause: "10.2", file: "gap.yaml", line: 8, column: 5, message: "action A-1 has no owner" },
    ]);
  });
});

describe("an invalid gap assessment", () => {
  it("is invalid input at its line and column, and the check cannot say ready", () => {
    const report = checkYaml(SMS, { gapAssessment: `${header}  - clause: "8.6.3"\n    status: perfect\n` });
    const invalid = report.findings.filter((f) => f.category === "invalid");
    expect(invalid.map(({ ruleId, file, line, column }) => ({ ruleId, file, line, column }))).toEqual([{ ruleId: "schema", file: "gap.yaml", line: 6, column: 13 }]);
    expect(report.verdict.status).toBe("not-ready");
    expect(report.gapAssessment).toBeUndefined();
  });
});
