// The whole gap analysis of one SMS: a pure function of the description, catalogue, date and evidence facts.
import type { Catalog } from "../catalog/catalog.js";
import type { Problem } from "../model/finding.js";
import type { Rule } from "../rules/types.js";
import type { EvidenceFacts } from "./evidence.js";
import { assessRequirement, type RequirementAssessment } from "./requirement-state.js";
import { runRules } from "./run-rules.js";
import { tallyScores, type ClauseTally } from "./scores.js";
import type { SmsIndex } from "./sms-index.js";
import { decideVerdict, type VerdictAssessment } from "./verdict.js";
import { applyWaivers, type WaiverOutcome } from "./waivers.js";

export interface Assessment extends WaiverOutcome {
  requirements: RequirementAssessment[];
  scores: ClauseTally[];
  overall: Omit<ClauseTally, "clause">;
  verdict: VerdictAssessment;
}

export interface AssessOptions {
  catalog: Catalog;
  rules: readonly Rule[];
  asOf: string;
  evidence: EvidenceFacts;
}

export function assess(index: SmsIndex, { catalog, rules, asOf, evidence }: AssessOptions): Assessment {
  const problems: Problem[] = runRules(rules, index, catalog, asOf, evidence);
  const outcome = applyWaivers(problems, index.description.waivers ?? [], asOf);
  const requirements = catalog.requirements().map((r) => assessRequirement(r, index, asOf, evidence));
  const { clauses, overall } = tallyScores(catalog, requirements);
  return { ...outcome, requirements, scores: clauses, overall, verdict: decideVerdict(outcome.kept) };
}
