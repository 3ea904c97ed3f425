// The gap assessment rated a clause below conforming: a finding at the grade the rating maps to.
import { GRADE_OF_RATING } from "../engine/conformity-grade.js";
import { localized } from "../i18n/translate.js";
import type { Rule } from "./types.js";

export const assessedNonconformity: Rule = {
  id: "assessed-nonconformity",
  severity: "major",
  // Any clause: each finding carries the clause of the item it is about.
  clauses: ["4", "5", "6", "7", "8", "9", "10"],
  messages: ["rated", "ratedWithNote"],
  check(_sms, { gap, report }) {
    if (!gap) return;
    for (const { value: item, pointer } of gap.items) {
      const severity = GRADE_OF_RATING[item.status];
      if (!severity) continue;
      const status = localized((t) => t(`conformity.${item.status}`));
      const params = { clause: item.clause, status, assessor: item.assessor ?? gap.assessor, date: item.date ?? gap.date, note: item.note ?? "" };
      report({ messageId: item.note ? "ratedWithNote" : "rated", params, clause: item.clause, severity, pointer: `${pointer}/status`, ...gap.place(`${pointer}/status`) });
    }
  },
};
