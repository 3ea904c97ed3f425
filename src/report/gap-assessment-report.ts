// The gap assessment as reports show it: every assessable item with its rating (a clause left out
// is "not assessed"), the ratings counted per top-level clause, and the remediation plan.
import type { Catalog } from "../catalog/catalog.js";
import type { Lang } from "../catalog/types.js";
import { GRADE_OF_RATING } from "../engine/conformity-grade.js";
import type { GapAssessmentIndex } from "../engine/gap-assessment-index.js";
import { gapProgress, ratingsAt, type RatingsAt } from "../engine/gap-progress.js";
import { CONFORMITY, type Conformity } from "../model/gap-assessment.js";
import type { GapAssessmentReport } from "./model.js";

export function gapAssessmentReport(gap: GapAssessmentIndex, catalog: Catalog, lang: Lang, asOf: string, previous?: RatingsAt): GapAssessmentReport {
  const items = catalog.assessmentItems().map((catalogued) => {
    const rated = gap.item(catalogued.clause)?.value;
    const status = rated?.status ?? "not-assessed";
    const grade = GRADE_OF_RATING[status];
    return {
      clause: catalogued.clause,
      title: catalog.clause(catalogued.clause)?.title[lang] ?? catalogued.clause,
      question: catalogued.question[lang],
      status,
      ...(grade === undefined ? {} : { grade }),
      evidence: rated?.evidence ?? [],
      ...(rated?.note === undefined ? {} : { note: rated.note }),
      assessor: rated?.assessor ?? gap.assessor,
      date: rated?.date ?? gap.date,
    };
  });
  const byClause = catalog
    .clauses()
    .filter((clause) => clause.parent === null)
    .map((clause) => {
      const counts = Object.fromEntries(CONFORMITY.map((status) => [status, 0])) as Record<Conformity, number>;
      for (const item of items) if (catalog.topLevelOf(item.clause) === clause.id) counts[item.status] += 1;
      return { clause: clause.id, title: clause.title[lang], counts };
    });
  const actions = gap.actions.map(({ value }) => ({
    id: value.id,
    action: value.action,
    ...(value.owner === undefined ? {} : { owner: value.owner }),
    due: value.due,
    status: value.status,
    items: value.items ?? [],
    requirements: value.requirements ?? [],
    overdue: (value.status === "open" || value.status === "in-progress") && value.due < asOf,
  }));
  const report: GapAssessmentReport = { file: gap.file, assessor: gap.assessor, date: gap.date, items, byClause, actions };
  if (previous) report.progress = gapProgress(previous, ratingsAt(gap.assessment), catalog.assessmentItems().map((i) => i.clause));
  return report;
}
