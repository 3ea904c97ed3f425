// Runs every rule over the indexed SMS and collects what they report as problems.
import type { Problem } from "../model/finding.js";
import type { Rule, RuleContext } from "../rules/types.js";

export function runRules(rules: readonly Rule[], index: Parameters<Rule["check"]>[0], context: Omit<RuleContext, "report">): Problem[] {
  const problems: Problem[] = [];
  for (const rule of rules) {
    rule.check(index, {
      ...context,
      report: ({ messageId, severity, clause, ...where }) =>
        problems.push({
          ruleId: rule.id,
          severity: severity ?? rule.severity,
          messageId: `rule.${rule.id}.${messageId}`,
          // Prerequisites are the certification body's conditions, not clauses of the standard.
          ...(rule.blocking ? { blocking: true } : { clause: clause ?? rule.clauses[0] }),
          ...where,
        }),
    });
  }
  return problems;
}
