import { describe, expect, it } from "vitest";
import { checkYaml, findingsOf, MINIMAL } from "../helpers/check-yaml.js";

const RULE = "site-incomplete";

// `sites:` goes on line 3; the first site starts on line 4, column 7.
const withSites = (sites: string) => MINIMAL.replace("  name: Test Org\n", `  name: Test Org\n  sites:${sites}`);

const fields = (pointer: string, line: number) => ({ messageId: "fields", severity: "minor", clause: "4.3", pointer, line, column: 7 });

describe(RULE, () => {
  const cases = [
    { name: "no sites: reported on `organization`", yaml: MINIMAL, findings: [{ messageId: "none", severity: "minor", clause: "4.3", pointer: "/organization", line: 1, column: 1 }] },
    { name: "a site with address and headcount", yaml: withSites("\n    - name: Head office\n      address: 1 Main St, Shanghai\n      headcount: 40\n"), findings: [] },
    { name: "a site with a name only", yaml: withSites("\n    - name: Head office\n"), findings: [fields("/organization/sites/0", 4)] },
    {
      name: "the second of two sites lacks its headcount",
      yaml: withSites("\n    - name: Head office\n      address: 1 Main St, Shanghai\n      headcount: 40\n    - name: Data centre\n      address: 9 Park Rd, Suzhou\n"),
      findings: [fields("/organization/sites/1", 7)],
    },
  ];
  for (const c of cases) it(c.name, () => expect(findingsOf(checkYaml(c.yaml), RULE)).toEqual(c.findings));

  it("lists what a site lacks", () => {
    const messages = (yaml: string) => checkYaml(yaml).findings.filter((f) => f.ruleId === RULE).map((f) => f.message);
    expect(messages(withSites("\n    - name: Head office\n"))).toEqual(["site Head office lacks address, headcount"]);
    expect(messages(withSites("\n    - name: Head office\n      headcount: 40\n"))).toEqual(["site Head office lacks address"]);
    expect(messages(MINIMAL)).toEqual(["the organisation lists no sites"]);
  });

  it("an empty list is reported on its key", () => {
    expect(findingsOf(checkYaml(withSites(" []\n")), RULE)).toEqual([
      { messageId: "none", severity: "minor", clause: "4.3", pointer: "/organization/sites", line: 3, column: 3 },
    ]);
  });
});
