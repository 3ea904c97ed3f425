// Minor nonconformities that pile up on one requirement are one systemic gap: an auditor grades the
// requirement as not under control, a major, rather than counting the minors one by one.
import type { Catalog } from "../catalog/catalog.js";
import { ruleNames } from "../i18n/translate.js";
import type { Problem } from "../model/finding.js";

/** How many minors against one requirement make a systemic gap. */
export const SYSTEMIC_MINORS = 3;

/** One major per requirement that at least SYSTEMIC_MINORS kept minors concern, placed at the first of them. */
export function systemicGaps(kept: Problem[], catalog: Catalog): Problem[] {
  const byRequirement = new Map<string, Problem[]>();
  for (const problem of kept) {
    if (problem.severity !== "minor" || problem.blocking || problem.requirementId === undefined) continue;
    const group = byRequirement.get(problem.requirementId);
    if (group) group.push(problem);
    else byRequirement.set(problem.requirementId, [problem]);
  }
  const gaps: Problem[] = [];
  for (const [requirementId, minors] of byRequirement) {
    if (minors.length < SYSTEMIC_MINORS) continue;
    const requirement = catalog.requirement(requirementId);
    gaps.push({
      ruleId: "systemic-gap",
      severity: "major",
      messageId: "rule.systemic-gap.minors",
      params: { requirement: requirement?.title ?? requirementId, count: minors.length, rules: ruleNames(minors.map((m) => m.ruleId)) },
      clause: requirement?.clauses[0] ?? minors[0].clause,
      requirementId,
      ...(minors[0].pointer === undefined ? {} : { pointer: minors[0].pointer }),
      ...(minors[0].atKey ? { atKey: true } : {}),
    });
  }
  return gaps;
}
