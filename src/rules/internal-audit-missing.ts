// No internal audit held yet: an application prerequisite and a clause 9.2 requirement.
import type { Rule } from "./types.js";

export const internalAuditMissing: Rule = {
  id: "internal-audit-missing",
  severity: "major",
  clauses: ["9.2"],
  blocking: true,
  messages: ["none", "onlyPlanned"],
  check(sms, { asOf, report }) {
    if (sms.completedAudits(asOf).length > 0) return;
    const planned = sms.internalAudits.length > 0;
    report({
      messageId: planned ? "onlyPlanned" : "none",
      requirementId: "internal-audit-results",
      pointer: planned ? "/records/internalAudits" : "/records",
      atKey: true,
    });
  },
};
