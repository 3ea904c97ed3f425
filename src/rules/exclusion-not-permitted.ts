// ISO/IEC 20000-1:2018 lets an organisation exclude nothing from clauses 4 to 10.
import { entries } from "../engine/sms-index.js";
import type { Rule } from "./types.js";

export const exclusionNotPermitted: Rule = {
  id: "exclusion-not-permitted",
  severity: "major",
  clauses: ["4.3"],
  messages: ["requirement", "clause"],
  check(sms, { catalog, report }) {
    for (const { value: exclusion, pointer } of entries(sms.scope.exclusions, "/scope/exclusions")) {
      const requirement = exclusion.requirement === undefined ? undefined : catalog.requirement(exclusion.requirement);
      const clause = exclusion.clause ?? requirement?.clauses[0];
      report({
        messageId: requirement ? "requirement" : "clause",
        params: { requirement: requirement?.title ?? "", clause: clause ?? "" },
        clause,
        requirementId: requirement?.id,
        pointer,
      });
    }
  },
};
