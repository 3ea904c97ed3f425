// An approved document or a register that names no evidence file: nothing to show the auditor.
import type { Rule } from "./types.js";

export const evidenceNotGiven: Rule = {
  id: "evidence-not-given",
  severity: "minor",
  clauses: ["7.5.3"],
  messages: ["document", "register"],
  check(sms, { report }) {
    for (const { value: document, pointer } of sms.documents) {
      if (document.status !== "approved" || document.evidence !== undefined) continue;
      report({ messageId: "document", params: { id: document.id }, requirementId: document.satisfies[0], pointer });
    }
    for (const { value: register, pointer } of sms.registers) {
      if (register.evidence !== undefined) continue;
      report({ messageId: "register", params: { id: register.id }, requirementId: register.satisfies[0], pointer });
    }
  },
};
