// Certification bodies accept applications only after the SMS has run three months with records.
import { addMonths, daysBetween } from "../engine/dates.js";
import type { Rule } from "./types.js";

export const MINIMUM_OPERATION_MONTHS = 3;

export const smsOperationTooShort: Rule = {
  id: "sms-operation-too-short",
  severity: "major",
  clauses: ["4.4"],
  blocking: true,
  messages: ["tooShort", "notStarted"],
  check(sms, { asOf, report }) {
    const start = sms.operation.startDate;
    const eligible = addMonths(start, MINIMUM_OPERATION_MONTHS);
    if (eligible <= asOf) return;
    const started = start <= asOf;
    report({
      messageId: started ? "tooShort" : "notStarted",
      params: { start, days: Math.max(daysBetween(start, asOf), 0), eligible },
      pointer: "/sms/startDate",
      blockingUntil: eligible,
    });
  },
};
