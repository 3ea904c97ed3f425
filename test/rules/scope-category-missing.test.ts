import { describe, expect, it } from "vitest";
import { checkYaml, findingsOf, MINIMAL } from "../helpers/check-yaml.js";

const RULE = "scope-category-missing";

const CATEGORIES = '  businessCategories: ["06.04"]\n';

describe(RULE, () => {
  const cases = [
    { name: "a category by number", yaml: MINIMAL, findings: [] },
    { name: "a category by letter code", yaml: MINIMAL.replace(CATEGORIES, "  businessCategories: [M]\n"), findings: [] },
    {
      name: "an empty list: reported on its key",
      yaml: MINIMAL.replace(CATEGORIES, "  businessCategories: []\n"),
      findings: [{ messageId: "none", severity: "major", clause: "4.3", pointer: "/scope/businessCategories", line: 7, column: 3 }],
    },
    {
      name: "no list: reported on `scope`",
      yaml: MINIMAL.replace(CATEGORIES, ""),
      findings: [{ messageId: "none", severity: "major", clause: "4.3", pointer: "/scope", line: 3, column: 1 }],
    },
  ];
  for (const c of cases) it(c.name, () => expect(findingsOf(checkYaml(c.yaml), RULE)).toEqual(c.findings));

  it("words the finding", () => {
    const finding = checkYaml(MINIMAL.replace(CATEGORIES, "")).findings.find((f) => f.ruleId === RULE);
    expect(finding?.message).toBe("the scope names no business category");
  });
});
