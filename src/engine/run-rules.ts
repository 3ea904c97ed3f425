// Runs every rule over the indexed SMS and collects what they report as problems.
import type { Catalog } from "../catalog/catalog.js";
import type { Problem } from "../model/finding.js";
import type { Rule } from "../rules/types.js";
import type { EvidenceFacts } from "./evidence.js";
import type { SmsIndex } from "./sms-index.js";

export function runRules(rules: readonly Rule[], index: SmsIndex, catalog: Catalog, asOf: string, evidence: EvidenceFacts): Problem[] {
  const problems: Problem[] = [];
  for (const rule of rules) {
    rule.check(index, {
      catalog,
      asOf,
      evidence,
      report: ({ messageId, severity, clause, ...where }) =>
        problems.push({
          ruleId: rule.id,
          severity: severity ?? rule.severity,
          messageId: `rule.${rule.id}.${messageId}`,
          clause: clause ?? rule.clauses[0],
          ...(rule.blocking ? { blocking: true } : {}),
          ...where,
        }),
    });
  }
  return problems;
}
