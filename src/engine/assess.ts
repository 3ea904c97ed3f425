// The whole gap analysis of one SMS: a pure function of the description, catalogue, date and evidence facts.
import type { Catalog } from "../catalog/catalog.js";
import type { Problem } from "../model/finding.js";
import type { Rule } from "../rules/types.js";
import { assessDossier, type DossierItemStatus } from "./dossier.js";
import type { GapAssessmentIndex } from "./gap-assessment-index.js";
import { contradictedRatings } from "./gap-cross-check.js";
import type { EvidenceFacts } from "./evidence.js";
import { operationFacts, type OperationFacts } from "./operation.js";
import { assessRequirements, type RequirementAssessment } from "./requirement-state.js";
import { runRules } from "./run-rules.js";
import { systemicGaps } from "./systemic-gaps.js";
import { tallyScores, type ClauseTally } from "./scores.js";
import type { SmsIndex } from "./sms-index.js";
import { decideVerdict, type VerdictAssessment } from "./verdict.js";
import { applyWaivers, type WaiverOutcome } from "./waivers.js";

export interface Assessment extends WaiverOutcome {
  operation: OperationFacts;
  requirements: RequirementAssessment[];
  dossier: DossierItemStatus[];
  scores: ClauseTally[];
  overall: Omit<ClauseTally, "clause">;
  verdict: VerdictAssessment;
}

export interface AssessOptions {
  catalog: Catalog;
  rules: readonly Rule[];
  asOf: string;
  evidence: EvidenceFacts;
  /** Problems that make an input file invalid, found before the rules (a Markdown document's front matter). */
  invalidInputs?: number;
  /** The consultant's gap assessment, when there is one. */
  gap?: GapAssessmentIndex;
}

export function assess(index: SmsIndex, { catalog, rules, asOf, evidence, invalidInputs = 0, gap }: AssessOptions): Assessment {
  const operation = operationFacts(index, catalog, asOf, evidence);
  const requirements = assessRequirements({ index, catalog, asOf, evidence, operation });
  const dossier = assessDossier({ index, catalog, asOf, evidence, operation, requirements });
  const problems: Problem[] = runRules(rules, index, { catalog, asOf, evidence, operation, requirements, dossier, gap });
  const outcome = applyWaivers(problems, index.description.waivers ?? [], asOf);
  outcome.kept.push(...systemicGaps(outcome.kept, catalog));
  if (gap) outcome.kept.push(...contradictedRatings(gap, catalog, requirements, outcome.kept));
  const assessments = [...requirements.values()];
  const { clauses, overall } = tallyScores(catalog, assessments);
  const uncovered = assessments.filter((a) => catalog.requirement(a.id)?.mandatory && a.state !== "satisfied" && a.state !== "not-applicable").length;
  const verdict = decideVerdict({ kept: outcome.kept, uncovered, invalid: invalidInputs });
  return { ...outcome, operation, requirements: assessments, dossier, scores: clauses, overall, verdict };
}
