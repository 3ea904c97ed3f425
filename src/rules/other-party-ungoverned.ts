// A party that operates part of the SMS with no document showing how the organisation governs it.
import { entries } from "../engine/sms-index.js";
import type { Rule } from "./types.js";

export const otherPartyUngoverned: Rule = {
  id: "other-party-ungoverned",
  severity: "minor",
  clauses: ["8.2.3"],
  messages: ["ungoverned", "unknownDocument"],
  check(sms, { report }) {
    for (const { value: party, pointer } of entries(sms.scope.otherParties, "/scope/otherParties")) {
      const governedBy = party.governedBy ?? [];
      if (governedBy.length === 0) {
        report({ messageId: "ungoverned", params: { party: party.name }, requirementId: "other-party-governance", pointer });
        continue;
      }
      governedBy.forEach((id, index) => {
        if (!sms.hasDocument(id))
          report({ messageId: "unknownDocument", params: { party: party.name, document: id }, requirementId: "other-party-governance", pointer: `${pointer}/governedBy/${index}` });
      });
    }
  },
};
