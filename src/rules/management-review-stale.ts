// The latest management review is more than twelve months old.
import { addMonths } from "../engine/dates.js";
import type { Rule } from "./types.js";

export const managementReviewStale: Rule = {
  id: "management-review-stale",
  severity: "minor",
  clauses: ["9.3"],
  messages: ["stale"],
  check(sms, { asOf, report }) {
    const reviews = sms.completedReviews(asOf);
    const latest = reviews[reviews.length - 1];
    if (!latest || latest.value.date >= addMonths(asOf, -12)) return;
    report({ messageId: "stale", params: { id: latest.value.id, date: latest.value.date }, requirementId: "management-review-results", pointer: `${latest.pointer}/date` });
  },
};
