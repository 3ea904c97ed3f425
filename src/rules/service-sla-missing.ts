// A service in scope that no service level agreement in force covers (a draft SLA agrees nothing yet).
import { documentGap } from "../engine/cover.js";
import type { Rule } from "./types.js";

export const serviceSlaMissing: Rule = {
  id: "service-sla-missing",
  severity: "major",
  clauses: ["8.3.3"],
  messages: ["uncovered"],
  check(sms, { asOf, evidence, report }) {
    for (const { value: service, pointer } of sms.servicesNotCoveredBy("service-level-agreements", (d) => documentGap(d, asOf, evidence) === undefined))
      report({ messageId: "uncovered", params: { name: service.name, id: service.id }, requirementId: "service-level-agreements", pointer });
  },
};
