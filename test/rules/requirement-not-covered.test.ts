import { describe, expect, it } from "vitest";
import { checkYaml, findingsOf, MINIMAL } from "../helpers/check-yaml.js";

const RULE = "requirement-not-covered";

// Lines 1-9 of MINIMAL, then `documents:` on line 10. The first document starts at line 11, column 5;
// its fourth line (status, or the first extra field) is line 14.
const HEAD = MINIMAL.replace("documents: []\n", "");

/** A document claiming `satisfies`, then `fields` in the order given, one a line. */
const doc = (id: string, satisfies: string[], fields: Record<string, string> = {}) =>
  `  - id: ${id}\n    title: Document ${id}\n    satisfies: [${satisfies.join(", ")}]\n` +
  Object.entries(fields)
    .map(([key, value]) => `    ${key}: ${value}\n`)
    .join("");
const withDocuments = (...documents: string[]) => `${HEAD}documents:\n${documents.join("")}`;

// MINIMAL, then `records:` on line 11 and `registers:` on line 12; the first register starts at line 13,
// column 7, and its fourth line (the first extra field) is line 16.
const register = (id: string, satisfies: string[], fields: Record<string, string> = {}) =>
  `    - id: ${id}\n      title: Register ${id}\n      satisfies: [${satisfies.join(", ")}]\n` +
  Object.entries(fields)
    .map(([key, value]) => `      ${key}: ${value}\n`)
    .join("");
const withRegisters = (...registers: string[]) => `${MINIMAL}records:\n  registers:\n${registers.join("")}`;

const notCovered = (messageId: string, requirementId: string, clause: string, pointer: string, line: number, column: number, severity = "major") => ({
  messageId,
  severity,
  clause,
  requirementId,
  pointer,
  line,
  column,
});

// sms-scope is mandatory, clause 4.3; context-issues recommended, clause 4.1.
const scope = (messageId: string, pointer: string, line: number, column: number) => notCovered(messageId, "sms-scope", "4.3", pointer, line, column);
// incident-records is mandatory, clause 8.6.1, fresh for 45 days.
const incidents = (messageId: string, pointer: string, line: number, column: number) => notCovered(messageId, "incident-records", "8.6.1", pointer, line, column);

const FILES = { "docs/scope.pdf": "x", "logs/incidents.xlsx": "x" };
const IN_FORCE = { status: "approved", approvalDate: "2026-02-01", evidence: "docs/scope.pdf" };
const KEPT = { evidence: "logs/incidents.xlsx", lastEntry: "2026-11-01" };

// As-of is 2026-11-21; the SMS started on 2026-01-05.
describe(RULE, () => {
  describe("documents", () => {
    const cases = [
      { name: "nothing claims the requirement: left to required-document-missing", yaml: MINIMAL, findings: [] },
      { name: "a document in force covers it", yaml: withDocuments(doc("SCOPE-1", ["sms-scope"], IN_FORCE)), findings: [] },
      { name: "a draft", yaml: withDocuments(doc("SCOPE-1", ["sms-scope"], { status: "draft" })), findings: [scope("draft", "/documents/0/status", 14, 13)] },
      { name: "a document in review", yaml: withDocuments(doc("SCOPE-1", ["sms-scope"], { status: "in-review" })), findings: [scope("in-review", "/documents/0/status", 14, 13)] },
      { name: "a retired document", yaml: withDocuments(doc("SCOPE-1", ["sms-scope"], { status: "retired" })), findings: [scope("retired", "/documents/0/status", 14, 13)] },
      { name: "a document without a status", yaml: withDocuments(doc("SCOPE-1", ["sms-scope"])), findings: [scope("no-status", "/documents/0", 11, 5)] },
      {
        name: "a document approved after as-of",
        yaml: withDocuments(doc("SCOPE-1", ["sms-scope"], { status: "approved", approvalDate: "2026-11-22" })),
        findings: [scope("approved-later", "/documents/0/approvalDate", 15, 19)],
      },
      { name: "a document approved on the as-of day covers it", yaml: withDocuments(doc("SCOPE-1", ["sms-scope"], { status: "approved", approvalDate: "2026-11-21" })), findings: [] },
      {
        name: "a document approved after its own next review date",
        yaml: withDocuments(doc("SCOPE-1", ["sms-scope"], { status: "approved", approvalDate: "2026-06-01", nextReviewDate: "2026-05-01" })),
        findings: [scope("approved-after-review", "/documents/0/approvalDate", 15, 19)],
      },
      {
        name: "an approved document past its next review date still covers it",
        yaml: withDocuments(doc("SCOPE-1", ["sms-scope"], { status: "approved", approvalDate: "2025-06-01", nextReviewDate: "2026-06-01" })),
        findings: [],
      },
      {
        name: "an approved document whose only problem is a missing file: left to evidence-missing",
        yaml: withDocuments(doc("SCOPE-1", ["sms-scope"], { status: "approved", approvalDate: "2026-02-01", evidence: "docs/nowhere.pdf" })),
        findings: [],
      },
      {
        name: "a recommended requirement resting on a draft: an observation",
        yaml: withDocuments(doc("CTX-1", ["context-issues"], { status: "draft" })),
        findings: [notCovered("draft", "context-issues", "4.1", "/documents/0/status", 14, 13, "observation")],
      },
      {
        name: "a draft beside a document in force: covered",
        yaml: withDocuments(doc("SCOPE-1", ["sms-scope"], { status: "draft" }), doc("SCOPE-2", ["sms-scope"], IN_FORCE)),
        findings: [],
      },
      {
        name: "two drafts: one finding for the requirement",
        yaml: withDocuments(doc("SCOPE-1", ["sms-scope"], { status: "draft" }), doc("SCOPE-2", ["sms-scope"], { status: "draft" })),
        findings: [scope("draft", "/documents/0/status", 14, 13)],
      },
      {
        // A draft (lines 11-14), then a document approved after as-of from line 15: its approvalDate is line 19.
        name: "the nearest claim speaks: a document approved after as-of rather than a draft",
        yaml: withDocuments(doc("SCOPE-1", ["sms-scope"], { status: "draft" }), doc("SCOPE-2", ["sms-scope"], { status: "approved", approvalDate: "2026-12-01" })),
        findings: [scope("approved-later", "/documents/1/approvalDate", 19, 19)],
      },
      {
        name: "the nearest claim speaks: a document in review rather than a retired one",
        yaml: withDocuments(doc("SCOPE-1", ["sms-scope"], { status: "retired" }), doc("SCOPE-2", ["sms-scope"], { status: "in-review" })),
        findings: [scope("in-review", "/documents/1/status", 18, 13)],
      },
      {
        name: "a missing file is the nearest gap: left to evidence-missing even beside a draft",
        yaml: withDocuments(doc("SCOPE-1", ["sms-scope"], { status: "draft" }), doc("SCOPE-2", ["sms-scope"], { status: "approved", evidence: "docs/nowhere.pdf" })),
        findings: [],
      },
      {
        name: "one draft claiming two requirements: one finding for each, at its clause",
        yaml: withDocuments(doc("POL-1", ["sms-scope", "context-issues"], { status: "draft" })),
        findings: [
          notCovered("draft", "context-issues", "4.1", "/documents/0/status", 14, 13, "observation"),
          scope("draft", "/documents/0/status", 14, 13),
        ],
      },
    ];
    for (const c of cases) it(c.name, () => expect(findingsOf(checkYaml(c.yaml, { files: FILES }), RULE)).toEqual(c.findings));

    it("leaves an overdue review to document-review-overdue", () => {
      const report = checkYaml(withDocuments(doc("SCOPE-1", ["sms-scope"], { status: "approved", approvalDate: "2025-06-01", nextReviewDate: "2026-06-01" })));
      expect(findingsOf(report, RULE)).toEqual([]);
      expect(findingsOf(report, "document-review-overdue").map((f) => f.severity)).toEqual(["minor"]);
    });

    it("leaves a missing file to evidence-missing, graded major", () => {
      const report = checkYaml(withDocuments(doc("SCOPE-1", ["sms-scope"], { status: "approved", evidence: "docs/nowhere.pdf" })));
      expect(findingsOf(report, RULE)).toEqual([]);
      expect(findingsOf(report, "evidence-missing").map((f) => [f.messageId, f.severity, f.pointer])).toEqual([["missing", "major", "/documents/0/evidence"]]);
    });
  });

  describe("registers", () => {
    const cases = [
      { name: "a register with records and a recent last entry covers it", yaml: withRegisters(register("LOG-1", ["incident-records"], KEPT)), findings: [] },
      {
        name: "a register without an evidence file",
        yaml: withRegisters(register("LOG-1", ["incident-records"], { lastEntry: "2026-11-01" })),
        findings: [incidents("no-evidence", "/records/registers/0", 13, 7)],
      },
      {
        name: "a register without a last entry",
        yaml: withRegisters(register("LOG-1", ["incident-records"], { evidence: "logs/incidents.xlsx" })),
        findings: [incidents("no-last-entry", "/records/registers/0", 13, 7)],
      },
      {
        name: "a register last written to before the SMS started",
        yaml: withRegisters(register("LOG-1", ["incident-records"], { evidence: "logs/incidents.xlsx", lastEntry: "2026-01-04" })),
        findings: [incidents("before-start", "/records/registers/0/lastEntry", 17, 18)],
      },
      {
        name: "a register last written to on the start date, within its freshness",
        yaml: withRegisters(register("LOG-1", ["incident-records"], { evidence: "logs/incidents.xlsx", lastEntry: "2026-01-05" })),
        findings: [],
        asOf: "2026-02-01",
      },
      {
        name: "a register last written to 46 days before as-of (incident records: 45)",
        yaml: withRegisters(register("LOG-1", ["incident-records"], { evidence: "logs/incidents.xlsx", lastEntry: "2026-10-06" })),
        findings: [incidents("stale", "/records/registers/0/lastEntry", 17, 18)],
      },
      {
        name: "a register last written to exactly 45 days before as-of is current",
        yaml: withRegisters(register("LOG-1", ["incident-records"], { evidence: "logs/incidents.xlsx", lastEntry: "2026-10-07" })),
        findings: [],
      },
      {
        name: "a stale register beside a current one: covered",
        yaml: withRegisters(register("LOG-1", ["incident-records"], { evidence: "logs/incidents.xlsx", lastEntry: "2026-03-01" }), register("LOG-2", ["incident-records"], KEPT)),
        findings: [],
      },
      {
        name: "a recommended record not kept since the start: an observation",
        yaml: withRegisters(register("KB-1", ["knowledge-base"], { evidence: "logs/incidents.xlsx", lastEntry: "2025-12-31" })),
        findings: [notCovered("before-start", "knowledge-base", "7.6", "/records/registers/0/lastEntry", 17, 18, "observation")],
      },
    ];
    for (const c of cases) it(c.name, () => expect(findingsOf(checkYaml(c.yaml, { files: FILES, asOf: c.asOf }), RULE)).toEqual(c.findings));
  });

  it("words the gap", () => {
    const message = (yaml: string) => checkYaml(yaml, { files: FILES }).findings.find((f) => f.ruleId === RULE)?.message;
    expect(message(withDocuments(doc("SCOPE-1", ["sms-scope"], { status: "draft" })))).toBe('"Scope of the SMS" rests only on document SCOPE-1, which is a draft: nothing is in force yet');
    expect(message(withDocuments(doc("SCOPE-1", ["sms-scope"], { status: "approved", approvalDate: "2026-11-22" })))).toBe(
      '"Scope of the SMS" rests only on document SCOPE-1, approved on 2026-11-22, after the assessment date 2026-11-21: it was not in force then',
    );
    expect(message(withRegisters(register("LOG-1", ["incident-records"], { evidence: "logs/incidents.xlsx", lastEntry: "2026-10-06" })))).toBe(
      '"Incident records" rests only on register LOG-1, last written to on 2026-10-06, more than 45 days before 2026-11-21: the records do not show the process running',
    );
    expect(message(withRegisters(register("LOG-1", ["incident-records"], { evidence: "logs/incidents.xlsx", lastEntry: "2026-01-04" })))).toBe(
      '"Incident records" rests only on register LOG-1, whose last entry (2026-01-04) predates the SMS start (2026-01-05): nothing was recorded while the SMS ran',
    );
  });

  it("is a nonconformity, not a blocker, and not reported twice as missing", () => {
    const report = checkYaml(withDocuments(doc("SCOPE-1", ["sms-scope"], { status: "draft" })));
    const finding = report.findings.find((f) => f.ruleId === RULE);
    expect(finding).toMatchObject({ category: "nonconformity", requirementId: "sms-scope", clause: "4.3" });
    expect(finding?.blocking).toBeUndefined();
    expect(findingsOf(report, "required-document-missing").filter((f) => f.requirementId === "sms-scope")).toEqual([]);
  });
});
