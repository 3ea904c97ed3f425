// Amendment 1:2024 asks whether climate change is a relevant issue (clause 4.1); say either way.
import type { Rule } from "./types.js";

export const climateChangeNotConsidered: Rule = {
  id: "climate-change-not-considered",
  severity: "observation",
  clauses: ["4.1"],
  messages: ["missing"],
  check(sms, { report }) {
    if (sms.description.context?.climateChange !== undefined) return;
    report({ messageId: "missing", requirementId: "context-issues", pointer: sms.description.context ? "/context" : "", atKey: true });
  },
};
