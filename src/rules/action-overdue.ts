// A remediation action still open after its due date.
import type { Rule } from "./types.js";

export const actionOverdue: Rule = {
  id: "action-overdue",
  severity: "minor",
  clauses: ["10.2"],
  messages: ["overdue"],
  check(_sms, { gap, asOf, report }) {
    if (!gap) return;
    for (const { value: action, pointer } of gap.actions)
      if ((action.status === "open" || action.status === "in-progress") && action.due < asOf)
        report({ messageId: "overdue", params: { id: action.id, due: action.due }, clause: action.items?.[0], pointer: `${pointer}/due`, ...gap.place(`${pointer}/due`) });
  },
};
