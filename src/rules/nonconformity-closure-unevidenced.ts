// A nonconformity marked closed with no record of its corrective action on file: the closure cannot
// be verified, so an auditor treats it as open, and one past its due date stands at its own grade.
// (A named record that is missing is evidence-missing's before the due date.)
import { daysBetween } from "../engine/dates.js";
import { entries } from "../engine/sms-index.js";
import { localized } from "../i18n/translate.js";
import type { Rule } from "./types.js";

export const nonconformityClosureUnevidenced: Rule = {
  id: "nonconformity-closure-unevidenced",
  severity: "minor",
  clauses: ["10.1"],
  messages: ["overdue", "unverified"],
  check(sms, { asOf, evidence, report }) {
    for (const { value: nc, pointer } of entries(sms.description.records?.nonconformities, "/records/nonconformities")) {
      if (nc.closed === undefined || nc.closed > asOf) continue;
      const state = nc.evidence === undefined ? undefined : (evidence.get(nc.evidence)?.state ?? "missing");
      if (state === "ok" || state === "outside-root") continue;
      const grade = localized((t) => t(`grade.${nc.grade}`));
      const common = { requirementId: "nonconformity-records", pointer: `${pointer}/closed` };
      if (nc.due !== undefined && nc.due < asOf) {
        const params = { id: nc.id, closed: nc.closed, due: nc.due, days: daysBetween(nc.due, asOf), grade };
        report({ messageId: "overdue", params, clause: nc.clause ?? "10.1", severity: nc.grade === "major" ? "major" : "minor", ...common });
      } else if (state === undefined) {
        report({ messageId: "unverified", params: { id: nc.id, closed: nc.closed, grade }, clause: "10.1", severity: "minor", ...common });
      }
    }
  },
};
