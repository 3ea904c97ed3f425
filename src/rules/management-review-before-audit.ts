// Top management has not reviewed the SMS since the latest internal audit, so it has not seen its results.
import type { Rule } from "./types.js";

export const managementReviewBeforeAudit: Rule = {
  id: "management-review-before-audit",
  severity: "major",
  clauses: ["9.3"],
  messages: ["beforeAudit"],
  check(sms, { asOf, report }) {
    const audits = sms.completedAudits(asOf);
    const reviews = sms.completedReviews(asOf);
    const audit = audits[audits.length - 1];
    const review = reviews[reviews.length - 1];
    if (!audit || !review || review.value.date >= audit.value.date) return;
    report({
      messageId: "beforeAudit",
      params: { review: review.value.id, reviewDate: review.value.date, audit: audit.value.id, auditDate: audit.value.date },
      requirementId: "management-review-results",
      pointer: `${review.pointer}/date`,
    });
  },
};
