// The verdict page: prerequisites first, the blockers named when they are few, one earliest application date.
import type { Catalog } from "../../catalog/catalog.js";
import type { Lang } from "../../catalog/types.js";
import { translator } from "../../i18n/translate.js";
import type { Finding } from "../../model/finding.js";
import { compareClauses } from "../clause-order.js";
import { wordForPeople } from "./words-for-people.js";
import type { CheckReport } from "../model.js";
import type { VerdictView } from "./types.js";

/** Up to this many majors, the verdict names each; beyond, it counts them and points at the action plan. */
const NAMED_MAJORS = 5;

/** The engine's verdict as the report's first page states it. */
export function verdictView(report: CheckReport, catalog: Catalog, lang: Lang): VerdictView {
  const t = translator(lang);
  const { verdict } = report;
  const words = (f: Finding) => wordForPeople(f, lang).message;
  const prerequisites = report.findings.filter((f) => f.category === "prerequisite");
  const majors = report.findings
    .filter((f) => f.category === "nonconformity" && f.severity === "major")
    .sort((a, b) => compareClauses(a.clause, b.clause));
  const count = verdict.counts.majors;
  const others = [
    // Every uncovered requirement is also a major; said on its own only when waivers took the majors away.
    ...(verdict.counts.uncovered > 0 && count === 0 ? [t("verdict.uncovered", { count: verdict.counts.uncovered })] : []),
    ...(verdict.counts.invalid > 0 ? [t("verdict.invalidInputs", { count: verdict.counts.invalid })] : []),
  ];
  return {
    ready: verdict.status === "ready",
    label: t(`view.verdict.${verdict.status}`),
    prerequisites: prerequisites.map(words),
    majors: {
      count,
      named:
        majors.length <= NAMED_MAJORS
          ? majors.map((f) => ({ clause: f.clause ?? "", clauseTitle: f.clause ? (catalog.clause(f.clause)?.title[lang] ?? "") : "", message: words(f) }))
          : [],
    },
    others,
    earliest: earliestApplication(report, prerequisites, lang),
  };
}

/**
 * The one date to give the client: the latest day a time-bound prerequisite is met (three months of
 * operation, a planned audit or review), with what else must be done by then. No date when nothing is dated.
 */
function earliestApplication(report: CheckReport, prerequisites: Finding[], lang: Lang): VerdictView["earliest"] {
  const t = translator(lang);
  if (report.verdict.status === "ready") return { date: report.asOf, condition: t("view.earliest.readyNow") };
  const dated = prerequisites.filter((f) => f.blockingUntil !== undefined);
  const date = dated.map((f) => f.blockingUntil as string).sort().at(-1) ?? "";
  const undated = prerequisites.length - dated.length;
  const conditions = [
    ...(undated > 0 ? [t(dated.length > 0 ? "view.earliest.otherPrerequisites" : "view.earliest.prerequisites", { count: undated })] : []),
    ...(report.verdict.counts.majors > 0 ? [t("view.earliest.majorsClosed", { count: report.verdict.counts.majors })] : []),
    ...(report.verdict.counts.invalid > 0 ? [t("view.earliest.inputsValid")] : []),
  ];
  const joined = conditions.join(t("view.earliest.and"));
  if (date === "") return { date: "", condition: t("view.earliest.noDate", { conditions: joined }) };
  return { date, condition: conditions.length > 0 ? t("view.earliest.provided", { conditions: joined }) : "" };
}
