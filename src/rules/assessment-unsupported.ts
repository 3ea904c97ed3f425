// A clause rated conforming with no evidence cited: a conclusion an auditor cannot rely on.
import type { Rule } from "./types.js";

export const assessmentUnsupported: Rule = {
  id: "assessment-unsupported",
  severity: "minor",
  // Any clause: each finding carries the clause of the item it is about.
  clauses: ["4", "5", "6", "7", "8", "9", "10"],
  messages: ["noEvidence"],
  check(_sms, { gap, report }) {
    if (!gap) return;
    for (const { value: item, pointer } of gap.items)
      if (item.status === "conforming" && (item.evidence ?? []).length === 0)
        report({ messageId: "noEvidence", params: { clause: item.clause }, clause: item.clause, pointer: `${pointer}/status`, ...gap.place(`${pointer}/status`) });
  },
};
