// An approved document that names no evidence file: nothing to show the auditor. (A register without
// one shows no records at all: requirement-not-covered speaks.)
import type { Rule } from "./types.js";

export const evidenceNotGiven: Rule = {
  id: "evidence-not-given",
  severity: "minor",
  clauses: ["7.5.3"],
  messages: ["document"],
  check(sms, { report }) {
    for (const { value: document, pointer } of sms.documents) {
      if (document.status !== "approved" || document.evidence !== undefined) continue;
      report({ messageId: "document", params: { id: document.id }, requirementId: document.satisfies[0], pointer });
    }
  },
};
