// A service in scope that no service level agreement covers.
import type { Rule } from "./types.js";

export const serviceSlaMissing: Rule = {
  id: "service-sla-missing",
  severity: "major",
  clauses: ["8.3.3"],
  messages: ["uncovered"],
  check(sms, { report }) {
    for (const { value: service, pointer } of sms.servicesNotCoveredBy("service-level-agreements"))
      report({ messageId: "uncovered", params: { service: service.id }, requirementId: "service-level-agreements", pointer });
  },
};
