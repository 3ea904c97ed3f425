// The consultant's ratings against the objective evidence: a "conforming" the evidence contradicts
// is a finding at the rating, in the gap assessment file.
import { describe, expect, it } from "vitest";
import { catalog } from "../../src/catalog/catalog.js";
import { GapAssessmentIndex } from "../../src/engine/gap-assessment-index.js";
import { contradictedRatings } from "../../src/engine/gap-cross-check.js";
import type { RequirementAssessment } from "../../src/engine/requirement-state.js";
import type { RequirementState } from "../../src/report/model.js";
import { parseYaml } from "../../src/load/parse-yaml.js";
import type { Problem } from "../../src/model/finding.js";
import type { GapAssessment } from "../../src/model/gap-assessment.js";

// Lines 1-3 the header; each item takes two lines from line 5, its status value at column 13.
function gap(...items: [clause: string, status: string][]): GapAssessmentIndex {
  const text = `assessment:\n  assessor: Ann\n  date: 2026-11-10\nitems:\n${items.map(([clause, status]) => `  - clause: "${clause}"\n    status: ${status}\n`).join("")}`;
  const parsed = parseYaml(text, "gap.yaml");
  return new GapAssessmentIndex("gap.yaml", parsed.data as GapAssessment, parsed.locator);
}

/** Every requirement satisfied, except those given. */
function requirements(states: Record<string, RequirementState> = {}): Map<string, RequirementAssessment> {
  return new Map(catalog.requirements().map((r) => [r.id, { id: r.id, state: states[r.id] ?? "satisfied", satisfiedBy: [] }]));
}

const major = (ruleId: string, clause: string, extra: Partial<Problem> = {}): Problem => ({ ruleId, severity: "major", messageId: `rule.${ruleId}.x`, clause, ...extra });

const at = (index: number) => ({ pointer: `/items/${index}/status`, file: "gap.yaml", line: 6 + 2 * index, column: 13 });

describe("contradicted ratings", () => {
  const cases: { name: string; gap: GapAssessmentIndex; states?: Record<string, RequirementState>; kept?: Problem[]; expected: object[] }[] = [
    { name: "conforming, its documented information in force, no major: none", gap: gap(["8.6.3", "conforming"]), expected: [] },
    {
      name: "conforming while a mandatory record of the clause is missing",
      gap: gap(["8.6.3", "conforming"]),
      states: { "problem-records": "missing" },
      expected: [{ messageId: "rule.assessment-contradicted.documentedInformation", params: { clause: "8.6.3", requirements: { en: "Problem records", "zh-CN": "问题记录" } }, requirementId: "problem-records", ...at(0) }],
    },
    {
      name: "weak cover counts as not in force; every unmet one is named",
      gap: gap(["8.6.3", "conforming"]),
      states: { "problem-records": "weak", "known-error-records": "missing" },
      expected: [{ messageId: "rule.assessment-contradicted.documentedInformation", params: { clause: "8.6.3", requirements: { en: "Problem records, Known errors", "zh-CN": "问题记录、已知错误" } }, requirementId: "problem-records", ...at(0) }],
    },
    { name: "a recommended requirement missing does not contradict", gap: gap(["4.1", "conforming"]), states: { "context-issues": "missing" }, expected: [] },
    {
      name: "a major standing against a sub-clause of the rated clause",
      gap: gap(["4.1", "conforming"], ["8.5.1.3", "conforming"]),
      kept: [major("evidence-missing", "8.5.1.3"), major("required-document-missing", "8.5.1.3")],
      expected: [{ messageId: "rule.assessment-contradicted.majorStands", params: { clause: "8.5.1.3", count: 2, rules: { en: "evidence-missing, required-document-missing", "zh-CN": "找不到证据文件、缺少强制要求的成文信息" } }, ...at(1) }],
    },
    {
      name: "majors of other clauses, prerequisites and the assessment's own findings do not count",
      gap: gap(["8.5.1.3", "conforming"]),
      kept: [major("evidence-missing", "8.5.1.2"), major("internal-audit-missing", "8.5.1.3", { blocking: true }), major("assessed-nonconformity", "8.5.1.3"), { ...major("document-review-overdue", "8.5.1.3"), severity: "minor" }],
      expected: [],
    },
    { name: "a rating below conforming is not checked here", gap: gap(["8.6.3", "initial"]), states: { "problem-records": "missing" }, kept: [major("x", "8.6.3")], expected: [] },
  ];
  for (const c of cases)
    it(c.name, () => {
      const found = contradictedRatings(c.gap, catalog, requirements(c.states), c.kept ?? []);
      expect(found.every((p) => p.ruleId === "assessment-contradicted" && p.severity === "minor")).toBe(true);
      expect(found.map(({ ruleId, severity, clause, ...rest }) => rest)).toEqual(c.expected);
    });
});

describe("umbrella requirements", () => {
  it("do not contradict a rating: one missing record makes them weak, and its own clause answers for it", () => {
    const found = contradictedRatings(gap(["7.5.3", "conforming"], ["8.1", "conforming"]), catalog, requirements({ "conformity-records": "weak", "operational-control-records": "weak" }), []);
    expect(found).toEqual([]);
  });
});
