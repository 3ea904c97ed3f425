// No management review of the running SMS with minutes to show, held after an internal audit (so that
// top management saw its results): an application prerequisite.
import { nextPlanned, notYetHeld } from "../engine/planned.js";
import type { MessageParams } from "../i18n/translate.js";
import type { Rule } from "./types.js";

export const managementReviewMissing: Rule = {
  id: "management-review-missing",
  severity: "major",
  clauses: [],
  blocking: true,
  messages: ["none", "planned", "completedLater", "plannedBeforeAudit", "notHeld", "beforeStart", "noMinutes", "beforeAudit", "beforeAuditPlanned"],
  check(sms, { asOf, operation, report }) {
    if (operation.reviews.length > 0) return;
    const where = { requirementId: "management-review-results" };
    const { firstAuditHeld } = operation;
    const held = sms.completedReviews(asOf).filter((r) => r.value.date >= operation.start);
    const afterAudit = firstAuditHeld === undefined ? undefined : held.filter((r) => r.value.date >= firstAuditHeld).at(-1);
    if (afterAudit) {
      const path = afterAudit.value.evidence;
      const params = { id: afterAudit.value.id, date: afterAudit.value.date, path: path ?? "" };
      report({ ...where, messageId: "noMinutes", params, pointer: path === undefined ? afterAudit.pointer : `${afterAudit.pointer}/evidence` });
      return;
    }
    // A review can come only after an audit: one held, else the next one planned.
    const auditDate = firstAuditHeld ?? nextPlanned(sms.internalAudits, asOf, operation.start)?.value.date;
    const planned = nextPlanned(sms.managementReviews, asOf, auditDate ?? operation.start);
    const plannedParams: MessageParams = planned ? { planned: planned.value.id, plannedDate: planned.value.date } : {};
    const timeBound = planned ? { blockingUntil: planned.value.date } : {};
    const beforeAudit = held.at(-1);
    if (beforeAudit) {
      const params = { id: beforeAudit.value.id, date: beforeAudit.value.date, ...plannedParams };
      report({ ...where, messageId: planned ? "beforeAuditPlanned" : "beforeAudit", params, pointer: `${beforeAudit.pointer}/date`, ...timeBound });
      return;
    }
    if (planned) {
      const params = { id: planned.value.id, date: planned.value.date };
      report({ ...where, messageId: notYetHeld(planned), params, pointer: `${planned.pointer}/date`, ...timeBound });
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
