// A remediation action nobody answers for.
import type { Rule } from "./types.js";

export const actionWithoutOwner: Rule = {
  id: "action-without-owner",
  severity: "minor",
  clauses: ["10.2"],
  messages: ["noOwner"],
  check(_sms, { gap, report }) {
    if (!gap) return;
    for (const { value: action, pointer } of gap.actions)
      if (action.owner === undefined && action.status !== "done" && action.status !== "cancelled")
        report({ messageId: "noOwner", params: { id: action.id }, clause: action.items?.[0], pointer, atKey: true, ...gap.place(pointer, true) });
  },
};
