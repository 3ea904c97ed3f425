// A document whose file changed since its SHA-256 was recorded: an uncontrolled change.
import type { Rule } from "./types.js";

export const evidenceHashMismatch: Rule = {
  id: "evidence-hash-mismatch",
  severity: "minor",
  clauses: ["7.5.3"],
  messages: ["mismatch"],
  check(sms, { evidence, report }) {
    for (const { value: document, pointer } of sms.documents) {
      const fact = document.evidence === undefined ? undefined : evidence.get(document.evidence);
      // No hash computed (a file too large to hash) is evidence-hash-unchecked's to report.
      if (document.sha256 === undefined || fact?.state !== "ok" || fact.sha256 === undefined || fact.sha256 === document.sha256) continue;
      report({
        messageId: "mismatch",
        params: { document: document.id, path: document.evidence ?? "", recorded: document.sha256, actual: fact.sha256 },
        requirementId: document.satisfies[0],
        pointer: `${pointer}/sha256`,
      });
    }
  },
};
