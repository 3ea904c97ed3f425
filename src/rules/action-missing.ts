// A clause rated as a major gap with no remediation action under way: the plan does not cover it.
import { GRADE_OF_RATING } from "../engine/conformity-grade.js";
import type { Rule } from "./types.js";

export const actionMissing: Rule = {
  id: "action-missing",
  severity: "minor",
  clauses: ["10.2"],
  messages: ["noAction"],
  check(_sms, { gap, report }) {
    if (!gap) return;
    for (const { value: item, pointer } of gap.items)
      if (GRADE_OF_RATING[item.status] === "major" && gap.pendingActionsFor(item.clause).length === 0)
        report({ messageId: "noAction", params: { clause: item.clause }, clause: item.clause, pointer: `${pointer}/clause`, ...gap.place(`${pointer}/clause`) });
  },
};
