// A scope with no services: nothing for the certificate to name.
import type { Rule } from "./types.js";

export const scopeServicesMissing: Rule = {
  id: "scope-services-missing",
  severity: "major",
  clauses: ["4.3"],
  messages: ["none"],
  check(sms, { report }) {
    if ((sms.scope.services ?? []).length > 0) return;
    report({ messageId: "none", requirementId: "sms-scope", pointer: sms.scope.services ? "/scope/services" : "/scope", atKey: true });
  },
};
