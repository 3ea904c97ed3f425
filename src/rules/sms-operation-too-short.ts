// Certification bodies accept an application once the SMS has run three months according to its
// documented system: counted from the start date, or from the issue of the core documents if later.
import { addMonths, daysBetween } from "../engine/dates.js";
import type { Rule } from "./types.js";

export const MINIMUM_OPERATION_MONTHS = 3;

export const smsOperationTooShort: Rule = {
  id: "sms-operation-too-short",
  severity: "major",
  clauses: [],
  blocking: true,
  messages: ["tooShort", "notStarted", "documentedLater", "notDocumented", "incomplete"],
  check(sms, { asOf, catalog, operation, report }) {
    const { documented, undocumented, start, startDate } = operation;
    if (documented === undefined) {
      report({ messageId: "notDocumented", params: { start: startDate }, pointer: "/documents", atKey: true });
      return;
    }
    // Three months count from the issue of the last core document, which has not happened yet: no date.
    if (undocumented.length > 0) {
      const titles = undocumented.map((id) => catalog.requirement(id)?.title ?? { en: id, "zh-CN": id });
      const requirements = { en: titles.map((title) => `“${title.en}”`).join(", "), "zh-CN": titles.map((title) => `“${title["zh-CN"]}”`).join("、") };
      report({ messageId: "incomplete", params: { count: undocumented.length, requirements }, pointer: "/documents", atKey: true });
      return;
    }
    const eligible = addMonths(start, MINIMUM_OPERATION_MONTHS);
    if (eligible <= asOf) return;
    const params = { start, days: Math.max(daysBetween(start, asOf), 0), eligible, startDate, document: documented.document.value.id };
    if (start > startDate) {
      const field = documented.document.value.firstIssued !== undefined ? "firstIssued" : "approvalDate";
      report({ messageId: "documentedLater", params, pointer: `${documented.document.pointer}/${field}`, blockingUntil: eligible });
    } else report({ messageId: start <= asOf ? "tooShort" : "notStarted", params, pointer: "/sms/startDate", blockingUntil: eligible });
  },
};
