import { describe, expect, it } from "vitest";
import { checkYaml, findingsOf, MINIMAL } from "../helpers/check-yaml.js";

const RULE = "exclusion-not-permitted";

// `exclusions:` goes on line 4, its first entry on line 5, column 7.
const withExclusions = (exclusions: string) => MINIMAL.replace("scope:\n", `scope:\n  exclusions:${exclusions}`);

const requirementOnly = withExclusions(`
    - requirement: service-budget
      justification: We have no budget process
`);

const clauseOnly = withExclusions(`
    - clause: "8.5.3"
      justification: We release nothing
`);

const both = withExclusions(`
    - requirement: release-policy
      clause: "8.5"
    - requirement: capacity-plan
`);

const neither = withExclusions(`
    - justification: We would rather not
`);

describe(RULE, () => {
  const cases = [
    { name: "no exclusions", yaml: MINIMAL, findings: [] },
    { name: "an empty exclusion list", yaml: withExclusions(" []\n"), findings: [] },
    {
      name: "a requirement: reported with its first clause",
      yaml: requirementOnly,
      findings: [{ messageId: "requirement", severity: "major", clause: "8.4.1", requirementId: "service-budget", pointer: "/scope/exclusions/0", line: 5, column: 7 }],
    },
    {
      name: "a clause",
      yaml: clauseOnly,
      findings: [{ messageId: "clause", severity: "major", clause: "8.5.3", pointer: "/scope/exclusions/0", line: 5, column: 7 }],
    },
    {
      name: "a requirement with a clause given: the given clause wins; every exclusion is reported, in clause order",
      yaml: both,
      findings: [
        { messageId: "requirement", severity: "major", clause: "8.4.3", requirementId: "capacity-plan", pointer: "/scope/exclusions/1", line: 7, column: 7 },
        { messageId: "requirement", severity: "major", clause: "8.5", requirementId: "release-policy", pointer: "/scope/exclusions/0", line: 5, column: 7 },
      ],
    },
  ];
  for (const c of cases) it(c.name, () => expect(findingsOf(checkYaml(c.yaml), RULE)).toEqual(c.findings));

  it("names the requirement and clause", () => {
    const message = (yaml: string) => checkYaml(yaml).findings.find((f) => f.ruleId === RULE)?.message;
    expect(message(requirementOnly)).toBe('requirement "Service budget and accounting" (clause 8.4.1) cannot be excluded');
    expect(message(clauseOnly)).toBe("clause 8.5.3 cannot be excluded");
  });

  it("an exclusion naming neither a requirement nor a clause is a schema error at the entry", () => {
    const report = checkYaml(neither);
    expect(report.valid).toBe(false);
    expect(report.findings.map(({ ruleId, line, column, message }) => ({ ruleId, line, column, message }))).toEqual([
      { ruleId: "schema", line: 5, column: 7, message: "scope.exclusions[0]: an exclusion must name a requirement or a clause" },
    ]);
  });
});
