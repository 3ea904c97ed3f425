// A nonconformity still open after its corrective action was due; graded as the nonconformity itself.
import { daysBetween } from "../engine/dates.js";
import { entries } from "../engine/sms-index.js";
import { localized } from "../i18n/translate.js";
import type { Rule } from "./types.js";

export const nonconformityOverdue: Rule = {
  id: "nonconformity-overdue",
  severity: "minor",
  clauses: ["10.1"],
  messages: ["overdue"],
  check(sms, { asOf, report }) {
    for (const { value: nc, pointer } of entries(sms.description.records?.nonconformities, "/records/nonconformities")) {
      if ((nc.closed !== undefined && nc.closed <= asOf) || nc.due === undefined || nc.due >= asOf) continue;
      report({
        messageId: "overdue",
        params: { id: nc.id, due: nc.due, days: daysBetween(nc.due, asOf), grade: localized((t) => t(`grade.${nc.grade}`)) },
        clause: nc.clause ?? "10.1",
        requirementId: "nonconformity-records",
        severity: nc.grade === "major" ? "major" : "minor",
        pointer: `${pointer}/due`,
      });
    }
  },
};
