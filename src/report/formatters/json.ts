// Machine output of `check`: a stable JSON shape, no colour, described by schemas/check-report.schema.json.
//
// The shape (keys in this order; `fixed` only with --baseline):
//   schemaVersion 1; raised when a change could break a reader (a key renamed, removed or retyped), not
//                 when one is added. The schema's $id names the release that published this version.
//   tool          { name: "iso20k", version }
//   standard      "ISO/IEC 20000-1:2018"
//   file          the SMS file as given on the command line: data, like --baseline's input, not a link
//   asOf          YYYY-MM-DD, the day the check speaks for
//   organization  the organisation's name ("" when the file is not valid)
//   valid         false when the file did not parse or match the schema; then only findings are filled in
//   verdict       { status: "ready" | "not-ready", reasons: [{ ruleId, message }],
//                   counts: { prerequisites, majors, uncovered, invalid }, earliestApplicationDate?, earliestApplication? }
//   overall       { applicable, satisfied, weak, ratio }   documented-information coverage; ratio is 0..1, null when nothing applies
//   scores        [{ clause, title, depth, applicable, satisfied, weak, ratio }]   clauses 4..10, 8.1..8.7 at depth 1
//   requirements  [{ id, title, summary, clauses, kind, mandatory, state, satisfiedBy }]
//                 state: "satisfied" | "weak" | "missing" | "not-applicable"
//   findings      [{ ruleId, category, severity, messageId, params?, clause?, requirementId?, pointer?, file?, line?, column?,
//                    blocking?, blockingUntil?, message, remedy?, howToRecord?, baseline? }]   category: "invalid" | "prerequisite" | "nonconformity";
//                 severity: "major" | "minor" | "observation", a grade only for nonconformities (prerequisites and
//                 invalid input carry "major" so that --fail-on counts them);
//                 blockingUntil: YYYY-MM-DD, the day a time-bound prerequisite stops blocking;
//                 baseline: "new" | "unchanged", only with --baseline
//   suppressed    findings as above, each with the id of the `waiver` that suppressed it
//   waivers       [{ id, rule?, requirement?, justification, approver, expires, state: "active" | "expired", suppressed, refused }]
//   dossier       [{ number, id, title, state: "provided" | "partial" | "missing" | "generated", evidence, missing }]
//   gapAssessment { file, assessor, date, items, byClause, actions }, only with --assessment:
//                 items [{ clause, title, question, status, grade?, evidence, note?, assessor, date }] for every
//                 assessable clause (status "not-assessed" when the file does not rate it; grade: what a
//                 rating below conforming maps to); byClause [{ clause, title, counts: { <status>: n } }];
//                 actions [{ id, action, owner?, due, status, items, requirements, overdue }]
//   fixed         findings of the baseline that are gone now
//
// `check` of several files writes an array of these, one per file, in the order given.
import type { CheckReport } from "../model.js";
import { jsonText } from "./json-text.js";
import type { CheckFormatter } from "./types.js";

/** The version of the shape above; schemas/check-report.schema.json holds it as a const. */
export const SCHEMA_VERSION = 1;

export const json: CheckFormatter<CheckReport> = {
  name: "json",
  extension: ".json",
  render(report) {
    return jsonText(shapeOf(report));
  },
  renderMany(reports) {
    return jsonText(reports.map(shapeOf));
  },
};

function shapeOf(report: CheckReport) {
  const { tool, standard, file, asOf, organization, valid, verdict, overall, scores, requirements, findings, suppressed, waivers, dossier, gapAssessment, fixed } = report;
  return {
    schemaVersion: SCHEMA_VERSION,
    ...{ tool, standard, file, asOf, organization, valid, verdict, overall, scores, requirements, findings, suppressed, waivers, dossier },
    ...{ gapAssessment, fixed },
  };
}
