// A scope with no national business category: the application form needs at least one.
import type { Rule } from "./types.js";

export const scopeCategoryMissing: Rule = {
  id: "scope-category-missing",
  severity: "major",
  clauses: ["4.3"],
  messages: ["none"],
  check(sms, { report }) {
    if ((sms.scope.businessCategories ?? []).length > 0) return;
    report({ messageId: "none", pointer: sms.scope.businessCategories ? "/scope/businessCategories" : "/scope", atKey: true });
  },
};
