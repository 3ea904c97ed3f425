// A recommended document or record that nothing in the SMS claims: worth a look, not a nonconformity.
import { unclaimedRequirements } from "../engine/requirement-state.js";
import type { Rule } from "./types.js";

export const recommendedDocumentMissing: Rule = {
  id: "recommended-document-missing",
  severity: "observation",
  clauses: ["7.5.1"],
  messages: ["document", "record"],
  check(sms, { catalog, asOf, report }) {
    for (const requirement of unclaimedRequirements(catalog, sms, asOf, false))
      report({
        messageId: requirement.kind,
        params: { requirement: requirement.title, evidence: requirement.evidence },
        clause: requirement.clauses[0],
        requirementId: requirement.id,
        pointer: "/documents",
        atKey: true,
      });
  },
};
