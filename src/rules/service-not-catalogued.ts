// A service in scope that the service catalogue does not list.
import type { Rule } from "./types.js";

export const serviceNotCatalogued: Rule = {
  id: "service-not-catalogued",
  severity: "major",
  clauses: ["8.2.4"],
  messages: ["uncatalogued"],
  check(sms, { report }) {
    for (const { value: service, pointer } of sms.servicesNotCoveredBy("service-catalogue"))
      report({ messageId: "uncatalogued", params: { service: service.id }, requirementId: "service-catalogue", pointer });
  },
};
