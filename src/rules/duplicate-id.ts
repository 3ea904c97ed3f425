// Two documents or registers with one id: `satisfies`, `governedBy` and reports can no longer tell them apart.
import type { Rule } from "./types.js";

export const duplicateId: Rule = {
  id: "duplicate-id",
  severity: "minor",
  clauses: ["7.5.2"],
  messages: ["duplicate"],
  check(sms, { report }) {
    // Named by title: a reader knows "Capacity plan", not where it sits in the file.
    const first = new Map<string, string>();
    for (const { value, pointer } of [...sms.documents, ...sms.registers]) {
      const earlier = first.get(value.id);
      if (earlier === undefined) first.set(value.id, value.title);
      else report({ messageId: "duplicate", params: { id: value.id, title: value.title, first: earlier }, pointer: `${pointer}/id` });
    }
  },
};
