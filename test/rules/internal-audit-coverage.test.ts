import { describe, expect, it } from "vitest";
import { checkYaml, findingsOf, MINIMAL } from "../helpers/check-yaml.js";

const RULE = "internal-audit-coverage";

interface Audit {
  id: string;
  date: string;
  clauses: string[];
  status?: string;
}

// MINIMAL is 10 lines; `records:` is line 11, `internalAudits:` 12, and each audit takes four lines from
// line 13, its `clauses` value at column 16 of the audit's fourth line.
const withAudits = (...audits: Audit[]) =>
  `${MINIMAL}records:\n  internalAudits:\n` +
  audits
    .map((a) => `    - id: ${a.id}\n      date: ${a.date}\n      status: ${a.status ?? "completed"}\n      clauses: [${a.clauses.map((c) => `"${c}"`).join(", ")}]\n`)
    .join("");

const ALL = ["4", "5", "6", "7", "8", "9", "10"];

const uncovered = (index: number) => ({
  messageId: "uncovered",
  severity: "major",
  clause: "9.2",
  requirementId: "internal-audit-results",
  pointer: `/records/internalAudits/${index}/clauses`,
  line: 16 + 4 * index,
  column: 16,
});

const messageOf = (yaml: string) => checkYaml(yaml).findings.find((f) => f.ruleId === RULE)?.message;

// As-of is 2026-11-21; the twelve months start on 2025-11-21.
describe(RULE, () => {
  const cases = [
    { name: "one audit of clauses 4 to 10", yaml: withAudits({ id: "IA-1", date: "2026-06-10", clauses: ALL }), findings: [] },
    {
      name: "two audits that together cover everything",
      yaml: withAudits({ id: "IA-1", date: "2026-03-10", clauses: ["4", "5", "6", "7"] }, { id: "IA-2", date: "2026-09-10", clauses: ["8", "9", "10"] }),
      findings: [],
    },
    {
      name: "sub-clauses reach their clause and their process",
      yaml: withAudits({ id: "IA-1", date: "2026-06-10", clauses: ["4.1", "5.2.1", "6.1", "7.5.3", "8.1", "8.2.3", "8.3", "8.4.1", "8.5.1.1", "8.6", "8.7.3", "9.2", "10.1"] }),
      findings: [],
    },
    { name: "auditing 8.5 leaves the other processes of clause 8", yaml: withAudits({ id: "IA-1", date: "2026-06-10", clauses: ["4", "5", "6", "7", "8.5", "9", "10"] }), findings: [uncovered(0)] },
    {
      name: "an audit older than twelve months does not count; the latest audit is named",
      yaml: withAudits({ id: "IA-1", date: "2025-11-20", clauses: ALL }, { id: "IA-2", date: "2026-06-10", clauses: ["4", "5", "6", "7", "9", "10"] }),
      findings: [uncovered(1)],
    },
    {
      name: "an audit exactly twelve months old still counts",
      yaml: withAudits({ id: "IA-1", date: "2025-11-21", clauses: ["8"] }, { id: "IA-2", date: "2026-06-10", clauses: ["4", "5", "6", "7", "9", "10"] }),
      findings: [],
    },
    {
      name: "the latest audit by date, not by file order",
      yaml: withAudits({ id: "IA-2", date: "2026-09-10", clauses: ["4"] }, { id: "IA-1", date: "2026-03-10", clauses: ["5"] }),
      findings: [uncovered(0)],
    },
    {
      name: "a planned audit covers nothing",
      yaml: withAudits({ id: "IA-1", date: "2026-06-10", clauses: ["4", "5", "6", "7", "9", "10"] }, { id: "IA-2", date: "2026-10-10", clauses: ["8"], status: "planned" }),
      findings: [uncovered(0)],
    },
    {
      name: "a completed audit dated after as-of covers nothing",
      yaml: withAudits({ id: "IA-1", date: "2026-06-10", clauses: ["4", "5", "6", "7", "9", "10"] }, { id: "IA-2", date: "2026-11-22", clauses: ["8"] }),
      findings: [uncovered(0)],
    },
    { name: "no audit within twelve months: left to internal-audit-stale", yaml: withAudits({ id: "IA-1", date: "2025-01-10", clauses: ["4"] }), findings: [] },
    { name: "no audit at all: left to internal-audit-missing", yaml: MINIMAL, findings: [] },
  ];
  for (const c of cases) it(c.name, () => expect(findingsOf(checkYaml(c.yaml, { asOf: "2026-11-21" }), RULE)).toEqual(c.findings));

  it("lists clause 8 process by process", () => {
    expect(messageOf(withAudits({ id: "IA-1", date: "2026-06-10", clauses: ["4", "5", "6", "7", "8.5", "9", "10"] }))).toBe(
      "the internal audits of the last twelve months did not cover 8.1, 8.2, 8.3, 8.4, 8.6, 8.7",
    );
    expect(messageOf(withAudits({ id: "IA-1", date: "2026-06-10", clauses: ["9.2"] }))).toBe(
      "the internal audits of the last twelve months did not cover 4, 5, 6, 7, 8.1, 8.2, 8.3, 8.4, 8.5, 8.6, 8.7, 10",
    );
  });
});
