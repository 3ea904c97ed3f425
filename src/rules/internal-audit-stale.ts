// The latest internal audit is more than twelve months old: the audit programme has lapsed.
import { addMonths } from "../engine/dates.js";
import type { Rule } from "./types.js";

export const internalAuditStale: Rule = {
  id: "internal-audit-stale",
  severity: "minor",
  clauses: ["9.2"],
  messages: ["stale"],
  check(sms, { asOf, report }) {
    const audits = sms.completedAudits(asOf);
    const latest = audits[audits.length - 1];
    if (!latest || latest.value.date >= addMonths(asOf, -12)) return;
    report({ messageId: "stale", params: { id: latest.value.id, date: latest.value.date }, requirementId: "internal-audit-results", pointer: `${latest.pointer}/date` });
  },
};
