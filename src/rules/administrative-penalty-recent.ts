// An administrative penalty during the SMS's operation, or in the year before it was established,
// bars an application (seed 000, section 4). The window moves with the SMS, not with the calendar:
// there is no date on which such a penalty stops counting for this SMS.
import { addMonths } from "../engine/dates.js";
import { entries } from "../engine/sms-index.js";
import type { Rule } from "./types.js";

export const administrativePenaltyRecent: Rule = {
  id: "administrative-penalty-recent",
  severity: "major",
  clauses: [],
  blocking: true,
  messages: ["beforeEstablished", "duringOperation"],
  check(sms, { asOf, operation, report }) {
    const windowStart = addMonths(operation.startDate, -12);
    for (const { value: penalty, pointer } of entries(sms.organization.penalties, "/organization/penalties")) {
      if (penalty.date < windowStart || penalty.date > asOf) continue;
      report({
        messageId: penalty.date < operation.startDate ? "beforeEstablished" : "duringOperation",
        params: { date: penalty.date, authority: penalty.authority, start: operation.startDate, windowStart },
        pointer: `${pointer}/date`,
      });
    }
  },
};
