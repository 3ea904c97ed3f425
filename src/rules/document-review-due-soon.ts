// An approved document due for review within the next 30 days: plan it before the auditor asks.
import { addDays, daysBetween } from "../engine/dates.js";
import type { Rule } from "./types.js";

export const DUE_SOON_DAYS = 30;

export const documentReviewDueSoon: Rule = {
  id: "document-review-due-soon",
  severity: "observation",
  clauses: ["7.5.3"],
  messages: ["dueSoon"],
  check(sms, { asOf, report }) {
    const horizon = addDays(asOf, DUE_SOON_DAYS);
    for (const { value: document, pointer } of sms.documents) {
      const due = document.nextReviewDate;
      if (document.status !== "approved" || due === undefined || due < asOf || due > horizon) continue;
      report({
        messageId: "dueSoon",
        params: { document: document.id, due, days: daysBetween(asOf, due) },
        requirementId: document.satisfies[0],
        pointer: `${pointer}/nextReviewDate`,
      });
    }
  },
};
