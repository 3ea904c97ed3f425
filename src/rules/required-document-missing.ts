// A mandatory document or record that nothing in the SMS claims to satisfy.
import { unclaimedRequirements } from "../engine/requirement-state.js";
import type { Rule } from "./types.js";

export const requiredDocumentMissing: Rule = {
  id: "required-document-missing",
  severity: "major",
  clauses: ["7.5.4"],
  messages: ["document", "record"],
  check(sms, { catalog, asOf, report }) {
    for (const requirement of unclaimedRequirements(catalog, sms, asOf, true))
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
