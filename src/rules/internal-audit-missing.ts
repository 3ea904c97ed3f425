// No internal audit of the running SMS with a report to show: an application prerequisite. An audit
// counts when completed between the start of operation and the assessment date, with its report file.
import { nextPlanned, notYetHeld } from "../engine/planned.js";
import type { Rule } from "./types.js";

export const internalAuditMissing: Rule = {
  id: "internal-audit-missing",
  severity: "major",
  clauses: [],
  blocking: true,
  messages: ["none", "planned", "completedLater", "notHeld", "beforeStart", "noReport"],
  check(sms, { asOf, operation, report }) {
    if (operation.audits.length > 0) return;
    const where = { requirementId: "internal-audit-results" };
    const held = sms.completedAudits(asOf);
    const unreported = held.filter((a) => a.value.date >= operation.start).at(-1);
    if (unreported) {
      const path = unreported.value.evidence;
      const params = { id: unreported.value.id, date: unreported.value.date, path: path ?? "" };
      report({ ...where, messageId: "noReport", params, pointer: path === undefined ? unreported.pointer : `${unreported.pointer}/evidence` });
      return;
    }
    const early = held.at(-1);
    if (early) {
      report({ ...where, messageId: "beforeStart", params: { id: early.value.id, date: early.value.date, start: operation.start }, pointer: `${early.pointer}/date` });
      return;
    }
    const planned = nextPlanned(sms.internalAudits, asOf, operation.start);
    if (planned) {
      const params = { id: planned.value.id, date: planned.value.date };
      report({ ...where, messageId: notYetHeld(planned), params, pointer: `${planned.pointer}/date`, blockingUntil: planned.value.date });
      return;
    }
    const listed = sms.internalAudits.length > 0;
    report({ ...where, messageId: listed ? "notHeld" : "none", pointer: listed ? "/records/internalAudits" : "/records", atKey: true });
  },
};
