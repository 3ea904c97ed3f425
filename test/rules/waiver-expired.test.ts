import { describe, expect, it } from "vitest";
import { checkYaml, findingsOf, MINIMAL } from "../helpers/check-yaml.js";

const RULE = "waiver-expired";

// MINIMAL is 10 lines; `waivers:` is line 11 and each waiver takes five lines from line 12, its
// `expires` value on the fifth, column 14.
const withWaivers = (...expiries: string[]) =>
  `${MINIMAL}waivers:\n` +
  expiries
    .map((expires, i) => `  - id: W-${i + 1}\n    rule: site-incomplete\n    justification: Sites are listed in the application form\n    approver: Quality manager\n    expires: ${expires}\n`)
    .join("");

const expired = (index: number) => ({ messageId: "expired", severity: "minor", clause: "10.1", pointer: `/waivers/${index}/expires`, line: 16 + 5 * index, column: 14 });

// As-of is 2026-11-21 throughout.
describe(RULE, () => {
  const cases = [
    { name: "no waivers", yaml: MINIMAL, findings: [] },
    { name: "expires on the as-of day: still in force", yaml: withWaivers("2026-11-21"), findings: [] },
    { name: "expired the day before as-of", yaml: withWaivers("2026-11-20"), findings: [expired(0)] },
    { name: "only the expired one of two", yaml: withWaivers("2027-06-30", "2026-01-31"), findings: [expired(1)] },
  ];
  for (const c of cases) it(c.name, () => expect(findingsOf(checkYaml(c.yaml, { asOf: "2026-11-21" }), RULE)).toEqual(c.findings));

  it("names the waiver and its expiry", () => {
    const finding = checkYaml(withWaivers("2026-11-20"), { asOf: "2026-11-21" }).findings.find((f) => f.ruleId === RULE);
    expect(finding?.message).toBe("waiver W-1 expired on 2026-11-20 and no longer suppresses anything");
  });
});
