// A requirement whose only documents are retired: the SMS relies on something withdrawn.
import type { Rule } from "./types.js";

export const documentRetired: Rule = {
  id: "document-retired",
  severity: "major",
  clauses: ["7.5.3"],
  messages: ["retired"],
  check(sms, { catalog, report }) {
    for (const requirement of catalog.requirements()) {
      const documents = sms.documentsFor(requirement.id);
      if (documents.length === 0 || !documents.every((d) => d.value.status === "retired")) continue;
      const last = documents[documents.length - 1];
      report({
        messageId: "retired",
        params: { document: last.value.id, requirement: requirement.id },
        clause: requirement.clauses[0],
        requirementId: requirement.id,
        pointer: `${last.pointer}/status`,
      });
    }
  },
};
