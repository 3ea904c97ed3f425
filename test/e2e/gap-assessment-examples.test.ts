// The consultant's gap assessments that ship with the examples, checked with their SMS as of the examples' day.
import { describe, expect, it } from "vitest";
import { runBinary } from "../helpers/cli.js";

interface Finding {
  ruleId: string;
  category: string;
  severity: string;
  clause?: string;
  file?: string;
}
interface Report {
  verdict: { status: string };
  findings: Finding[];
  gapAssessment: {
    items: { clause: string; status: string; grade?: string }[];
    actions: { id: string; status: string; overdue: boolean }[];
  };
}

function check(example: string): { code: number; report: Report } {
  const args = ["check", `examples/${example}/sms.yaml`, "--assessment", `examples/${example}/gap-assessment.yaml`, "--as-of", "2026-11-21", "--format", "json"];
  const result = runBinary(args);
  return { code: result.code, report: JSON.parse(result.stdout) as Report };
}

const graded = (report: Report, grade: string) => report.gapAssessment.items.filter((item) => item.grade === grade).map((item) => item.clause);
const byRule = (report: Report, ruleId: string) => report.findings.filter((f) => f.ruleId === ruleId);
const invalidIn = (report: Report, example: string) =>
  report.findings.filter((f) => f.category === "invalid" && f.file === `examples/${example}/gap-assessment.yaml`);

describe("examples/ready/gap-assessment.yaml: every clause conforming", () => {
  const { code, report } = check("ready");

  it("keeps the ready organisation ready, with no finding at all", () => {
    expect(code).toBe(0);
    expect(report.verdict.status).toBe("ready");
    expect(report.findings).toEqual([]);
  });

  it("rates all 57 items, conforming except internal suppliers, which the SMS has none of", () => {
    expect(report.gapAssessment.items).toHaveLength(57);
    expect(report.gapAssessment.items.filter((item) => item.status !== "conforming")).toEqual([
      expect.objectContaining({ clause: "8.3.4.2", status: "not-applicable" }),
    ]);
    expect(report.gapAssessment.actions.map((a) => a.status)).toEqual(["done", "done"]);
  });
});

describe("examples/early-stage/gap-assessment.yaml: a first visit two months into the SMS", () => {
  const { code, report } = check("early-stage");

  it("is not ready", () => {
    expect(code).toBe(1);
    expect(report.verdict.status).toBe("not-ready");
  });

  it("validates against the gap assessment schema", () => {
    expect(invalidIn(report, "early-stage")).toEqual([]);
  });

  // Nothing in place or only ad hoc practice: not-addressed or initial, a major each.
  const MAJOR = [
    "4.1", "4.2", "4.4", "5.1", "5.3", "6.2.1", "6.2.2", "6.3", "7.1", "7.2", "7.5.1", "7.5.4", "7.6",
    "8.1", "8.2.1", "8.2.2", "8.2.3", "8.2.6", "8.3.1", "8.3.2", "8.3.3", "8.3.4.1", "8.3.4.2", "8.4.3",
    "8.5.2.1", "8.5.2.2", "8.5.2.3", "8.5.3", "8.6.3", "8.7.1", "8.7.2", "8.7.3.2", "8.7.3.3",
    "9.1", "9.2", "9.3", "10.2",
  ];
  // Defined but applied unevenly: inconsistent, a minor each.
  const MINOR = ["4.3", "5.2.1", "7.4", "7.5.2", "7.5.3", "8.2.4", "8.5.1.1", "8.5.1.3", "8.6.1", "8.6.2", "8.7.3.1", "9.4", "10.1"];

  it("grades exactly the clauses the consultant rated below conforming", () => {
    expect(graded(report, "major")).toEqual(MAJOR);
    expect(graded(report, "minor")).toEqual(MINOR);
    const assessed = byRule(report, "assessed-nonconformity");
    expect(assessed.filter((f) => f.severity === "major").map((f) => f.clause)).toEqual(MAJOR);
    expect(assessed.filter((f) => f.severity === "minor").map((f) => f.clause)).toEqual(MINOR);
  });

  it("leaves five clauses for the second visit and says so once", () => {
    expect(report.gapAssessment.items.filter((item) => item.status === "not-assessed").map((item) => item.clause)).toEqual(["5.2.2", "7.3", "8.2.5", "8.4.1", "8.4.2"]);
    expect(byRule(report, "assessment-incomplete")).toEqual([expect.objectContaining({ severity: "observation" })]);
  });

  it("has a plan of 14 actions, none overdue, that covers every major rating", () => {
    expect(report.gapAssessment.actions).toHaveLength(14);
    expect(report.gapAssessment.actions.filter((a) => a.overdue)).toEqual([]);
    for (const ruleId of ["action-missing", "action-overdue", "action-without-owner"]) expect(byRule(report, ruleId)).toEqual([]);
  });

  it("backs its two conforming ratings (6.1, 8.5.1.2) with evidence the SMS file has and the SMS does not contradict", () => {
    for (const ruleId of ["assessment-unsupported", "assessment-evidence-unknown", "assessment-contradicted"]) expect(byRule(report, ruleId)).toEqual([]);
  });
});

describe("examples/zh-cn/gap-assessment.yaml: a moderately mature provider, in Chinese", () => {
  const { code, report } = check("zh-cn");

  it("is not ready", () => {
    expect(code).toBe(1);
    expect(report.verdict.status).toBe("not-ready");
  });

  it("validates against the gap assessment schema", () => {
    expect(invalidIn(report, "zh-cn")).toEqual([]);
  });

  it("grades the unapproved capacity plan major and nine patchy practices minor", () => {
    const minor = ["7.2", "7.5.2", "8.4.2", "8.5.1.3", "8.5.3", "8.6.2", "8.7.2", "8.7.3.2", "10.2"];
    expect(graded(report, "major")).toEqual(["8.4.3"]);
    expect(graded(report, "minor")).toEqual(minor);
    const assessed = byRule(report, "assessed-nonconformity");
    expect(assessed.filter((f) => f.severity === "major").map((f) => f.clause)).toEqual(["8.4.3"]);
    expect(assessed.filter((f) => f.severity === "minor").map((f) => f.clause)).toEqual(minor);
  });

  it("leaves three clauses it could not sample and rates internal suppliers not applicable", () => {
    const status = (wanted: string) => report.gapAssessment.items.filter((item) => item.status === wanted).map((item) => item.clause);
    expect(status("not-assessed")).toEqual(["8.4.1", "8.5.2.1", "8.5.2.3"]);
    expect(status("not-applicable")).toEqual(["8.3.4.2"]);
    expect(status("conforming")).toHaveLength(43);
  });

  it("has a plan of 10 actions, none overdue, that covers the major rating", () => {
    expect(report.gapAssessment.actions).toHaveLength(10);
    expect(report.gapAssessment.actions.filter((a) => a.overdue)).toEqual([]);
    for (const ruleId of ["action-missing", "action-overdue", "action-without-owner"]) expect(byRule(report, ruleId)).toEqual([]);
  });

  it("backs every conforming rating with evidence the SMS file has", () => {
    for (const ruleId of ["assessment-unsupported", "assessment-evidence-unknown"]) expect(byRule(report, ruleId)).toEqual([]);
  });

  // The SMS's only missing record is the continuity test report, which the consultant rates at 8.7.2. Document
  // control (7.5.1, 7.5.3, 7.5.4) and operational control (8.1) work, so their conforming ratings stand: the
  // umbrella requirements that one missing record makes weak do not contradict them.
  it("does not call the conforming ratings of 7.5.1, 7.5.3, 7.5.4 and 8.1 contradicted", () => {
    expect(byRule(report, "assessment-contradicted").map((f) => f.clause)).toEqual([]);
  });
});
