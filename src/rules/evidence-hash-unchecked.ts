// A document whose recorded SHA-256 could not be checked: its file is over the hashing cap. The file is
// there, so nothing is missing; the reader is told that its integrity was not verified.
import { MAX_HASH_BYTES } from "../io/hash-file.js";
import type { Rule } from "./types.js";

export const evidenceHashUnchecked: Rule = {
  id: "evidence-hash-unchecked",
  severity: "observation",
  clauses: ["7.5.3"],
  messages: ["tooLarge"],
  check(sms, { evidence, report }) {
    for (const { value: document, pointer } of sms.documents) {
      const fact = document.evidence === undefined ? undefined : evidence.get(document.evidence);
      if (document.sha256 === undefined || fact?.state !== "ok" || !fact.tooLargeToHash) continue;
      report({
        messageId: "tooLarge",
        params: { document: document.id, path: document.evidence ?? "", limit: MAX_HASH_BYTES / (1024 * 1024) },
        requirementId: document.satisfies[0],
        pointer: `${pointer}/sha256`,
      });
    }
  },
};
