// An approved document whose next review date has passed.
import { daysBetween } from "../engine/dates.js";
import type { Rule } from "./types.js";

export const documentReviewOverdue: Rule = {
  id: "document-review-overdue",
  severity: "minor",
  clauses: ["7.5.3"],
  messages: ["overdue"],
  check(sms, { asOf, report }) {
    for (const { value: document, pointer } of sms.documents) {
      const due = document.nextReviewDate;
      if (document.status !== "approved" || due === undefined || due >= asOf) continue;
      report({
        messageId: "overdue",
        params: { document: document.id, due, days: daysBetween(due, asOf) },
        requirementId: document.satisfies[0],
        pointer: `${pointer}/nextReviewDate`,
      });
    }
  },
};
