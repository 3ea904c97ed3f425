// An administrative penalty within the last twelve months bars an application until a year has passed.
import { addMonths } from "../engine/dates.js";
import { entries } from "../engine/sms-index.js";
import type { Rule } from "./types.js";

export const administrativePenaltyRecent: Rule = {
  id: "administrative-penalty-recent",
  severity: "major",
  clauses: ["4.3"],
  blocking: true,
  messages: ["recent"],
  check(sms, { asOf, report }) {
    for (const { value: penalty, pointer } of entries(sms.organization.penalties, "/organization/penalties")) {
      const clears = addMonths(penalty.date, 12);
      if (penalty.date > asOf || clears <= asOf) continue;
      report({
        messageId: "recent",
        params: { date: penalty.date, authority: penalty.authority, clears },
        pointer: `${pointer}/date`,
        blockingUntil: clears,
      });
    }
  },
};
