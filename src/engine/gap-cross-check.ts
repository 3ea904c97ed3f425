// The consultant's judgement against the objective evidence: a clause rated conforming while its
// mandatory documented information is not in force, or while a major nonconformity stands against
// it, is a rating an auditor would not accept.
import type { Catalog } from "../catalog/catalog.js";
import { localized, ruleNames } from "../i18n/translate.js";
import type { Problem } from "../model/finding.js";
import type { GapAssessmentIndex } from "./gap-assessment-index.js";
import type { RequirementAssessment } from "./requirement-state.js";

/** Findings from the gap assessment itself do not count against it. */
const OWN_RULES = new Set(["assessed-nonconformity", "assessment-contradicted"]);

export function contradictedRatings(gap: GapAssessmentIndex, catalog: Catalog, requirements: ReadonlyMap<string, RequirementAssessment>, kept: Problem[]): Problem[] {
  const problems: Problem[] = [];
  for (const { value: item, pointer } of gap.items) {
    if (item.status !== "conforming") continue;
    const at = { pointer: `${pointer}/status`, ...gap.place(`${pointer}/status`) };
    const unmet = (catalog.assessmentItem(item.clause)?.requirements ?? []).filter((id) => {
      const requirement = catalog.requirement(id);
      const state = requirements.get(id)?.state;
      // Umbrella items (all records of 7.5.4 l, 8.1) go weak with any one record: that record's own
      // clause answers for it, not every clause the umbrella touches.
      return requirement?.mandatory === true && requirement.metByRecordsOf === undefined && (state === "missing" || state === "weak");
    });
    if (unmet.length > 0)
      problems.push({
        ruleId: "assessment-contradicted",
        severity: "minor",
        messageId: "rule.assessment-contradicted.documentedInformation",
        params: { clause: item.clause, requirements: localized((t, lang) => unmet.map((id) => catalog.requirement(id)?.title[lang] ?? id).join(t("list.separator"))) },
        clause: item.clause,
        requirementId: unmet[0],
        ...at,
      });
    const majors = kept.filter((p) => p.severity === "major" && !p.blocking && !OWN_RULES.has(p.ruleId) && p.clause !== undefined && catalog.isWithin(p.clause, item.clause));
    if (majors.length > 0)
      problems.push({
        ruleId: "assessment-contradicted",
        severity: "minor",
        messageId: "rule.assessment-contradicted.majorStands",
        params: { clause: item.clause, count: majors.length, rules: ruleNames(majors.map((m) => m.ruleId)) },
        clause: item.clause,
        ...at,
      });
  }
  return problems;
}
