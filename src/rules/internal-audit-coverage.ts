// The internal audits of the last twelve months, taken together, must reach every clause and process.
import { addMonths } from "../engine/dates.js";
import { localized } from "../i18n/translate.js";
import type { Rule } from "./types.js";

/** Clauses 4 to 10, with clause 8 taken process by process. */
export function auditableUnits(clauseIds: readonly string[]): string[] {
  return clauseIds.filter((id) => (!id.includes(".") && id !== "8") || /^8\.\d+$/.test(id));
}

export const internalAuditCoverage: Rule = {
  id: "internal-audit-coverage",
  severity: "major",
  clauses: ["9.2"],
  messages: ["uncovered"],
  check(sms, { catalog, asOf, report }) {
    const since = addMonths(asOf, -12);
    const audits = sms.completedAudits(asOf).filter((a) => a.value.date >= since);
    if (audits.length === 0) return; // internal-audit-missing or internal-audit-stale speaks
    const covered = audits.flatMap((a) => a.value.clauses);
    const touches = (unit: string) => covered.some((c) => catalog.isWithin(c, unit) || catalog.isWithin(unit, c));
    const uncovered = auditableUnits(catalog.clauses().map((c) => c.id)).filter((unit) => !touches(unit));
    if (uncovered.length === 0) return;
    const latest = audits[audits.length - 1];
    report({
      messageId: "uncovered",
      params: { clauses: localized((t) => uncovered.join(t("list.separator"))), count: audits.length },
      requirementId: "internal-audit-results",
      pointer: `${latest.pointer}/clauses`,
    });
  },
};
