// A document that claims to cover a service the scope does not list: a typo or a stale scope.
import type { Rule } from "./types.js";

export const unknownServiceReference: Rule = {
  id: "unknown-service-reference",
  severity: "minor",
  clauses: ["4.3"],
  messages: ["unknown"],
  check(sms, { report }) {
    const known = new Set((sms.scope.services ?? []).map((s) => s.id));
    for (const { value: document, pointer } of sms.documents)
      (document.services ?? []).forEach((service, index) => {
        if (!known.has(service))
          report({ messageId: "unknown", params: { document: document.id, service }, requirementId: document.satisfies[0], pointer: `${pointer}/services/${index}` });
      });
  },
};
