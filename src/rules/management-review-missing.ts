// No management review of the running SMS with minutes to show, held after an internal audit that
// counts (so that top management saw its results): an application prerequisite.
import { nextPlanned } from "../engine/planned.js";
import type { Rule } from "./types.js";

export const managementReviewMissing: Rule = {
  id: "management-review-missing",
  severity: "major",
  clauses: [],
  blocking: true,
  messages: ["none", "planned", "plannedBeforeAudit", "notHeld", "beforeStart", "noMinutes", "beforeAudit"],
  check(sms, { asOf, operation, report }) {
    if (operation.reviews.length > 0) return;
    const where = { requirementId: "management-review-results" };
    const firstAudit = operation.audits[0]?.value;
    const held = sms.completedReviews(asOf).filter((r) => r.value.date >= operation.start);
    const afterAudit = firstAudit === undefined ? undefined : held.filter((r) => r.value.date >= firstAudit.date).at(-1);
    if (afterAudit) {
      const path = afterAudit.value.evidence;
      const params = { id: afterAudit.value.id, date: afterAudit.value.date, path: path ?? "" };
      report({ ...where, messageId: "noMinutes", params, pointer: path === undefined ? afterAudit.pointer : `${afterAudit.pointer}/evidence` });
      return;
    }
    const beforeAudit = held.at(-1);
    // Held on the running SMS, but before any audit that counts: wait for the audit when one is planned.
    const plannedAudit = firstAudit ? undefined : nextPlanned(sms.internalAudits, asOf, operation.start);
    const auditDate = firstAudit?.date ?? plannedAudit?.value.date;
    const planned = nextPlanned(sms.managementReviews, asOf, auditDate ?? operation.start);
    if (planned) {
      const params = { id: planned.value.id, date: planned.value.date };
      report({ ...where, messageId: "planned", params, pointer: `${planned.pointer}/date`, blockingUntil: planned.value.date });
      return;
    }
    if (beforeAudit) {
      const params = { id: beforeAudit.value.id, date: beforeAudit.value.date, audit: firstAudit?.date ?? "" };
      report({ ...where, messageId: "beforeAudit", params, pointer: `${beforeAudit.pointer}/date` });
      return;
    }
    const early = sms.completedReviews(asOf).at(-1);
    if (early) {
      report({ ...where, messageId: "beforeStart", params: { id: early.value.id, date: early.value.date, start: operation.start }, pointer: `${early.pointer}/date` });
      return;
    }
    const misplanned = nextPlanned(sms.managementReviews, asOf, operation.start);
    if (misplanned) {
      const params = { id: misplanned.value.id, date: misplanned.value.date, audit: auditDate ?? "" };
      report({ ...where, messageId: "plannedBeforeAudit", params, pointer: `${misplanned.pointer}/date` });
      return;
    }
    const listed = sms.managementReviews.length > 0;
    report({ ...where, messageId: listed ? "notHeld" : "none", pointer: listed ? "/records/managementReviews" : "/records", atKey: true });
  },
};
