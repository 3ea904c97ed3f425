// A service in scope that no service catalogue in force lists.
import { documentGap } from "../engine/cover.js";
import type { Rule } from "./types.js";

export const serviceNotCatalogued: Rule = {
  id: "service-not-catalogued",
  severity: "major",
  clauses: ["8.2.4"],
  messages: ["uncatalogued"],
  check(sms, { asOf, evidence, report }) {
    for (const { value: service, pointer } of sms.servicesNotCoveredBy("service-catalogue", (d) => documentGap(d, asOf, evidence) === undefined))
      report({ messageId: "uncatalogued", params: { name: service.name, id: service.id }, requirementId: "service-catalogue", pointer });
  },
};
