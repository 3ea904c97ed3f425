// No management review held yet: an application prerequisite and a clause 9.3 requirement.
import type { Rule } from "./types.js";

export const managementReviewMissing: Rule = {
  id: "management-review-missing",
  severity: "major",
  clauses: ["9.3"],
  blocking: true,
  messages: ["none", "onlyPlanned"],
  check(sms, { asOf, report }) {
    if (sms.completedReviews(asOf).length > 0) return;
    const planned = sms.managementReviews.length > 0;
    report({
      messageId: planned ? "onlyPlanned" : "none",
      requirementId: "management-review-results",
      pointer: planned ? "/records/managementReviews" : "/records",
      atKey: true,
    });
  },
};
