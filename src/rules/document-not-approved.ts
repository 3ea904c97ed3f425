// A requirement whose only documents are drafts or in review: written, but not yet in force.
import type { Rule } from "./types.js";

export const documentNotApproved: Rule = {
  id: "document-not-approved",
  severity: "minor",
  clauses: ["7.5.3"],
  messages: ["unapproved"],
  check(sms, { catalog, report }) {
    for (const requirement of catalog.requirements()) {
      const documents = sms.documentsFor(requirement.id);
      if (documents.length === 0 || documents.some((d) => d.value.status === "approved")) continue;
      const pending = documents.find((d) => d.value.status !== "retired");
      if (!pending) continue; // only retired ones: document-retired speaks
      report({
        messageId: "unapproved",
        params: { document: pending.value.id, status: pending.value.status ?? "—", requirement: requirement.id },
        clause: requirement.clauses[0],
        requirementId: requirement.id,
        pointer: pending.value.status === undefined ? pending.pointer : `${pending.pointer}/status`,
      });
    }
  },
};
