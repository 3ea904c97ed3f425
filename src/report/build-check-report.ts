// Assembles the CheckReport: localises and positions findings, titles scores, words the verdict.
import type { GapAssessmentIndex } from "../engine/gap-assessment-index.js";
import type { RatingsAt } from "../engine/gap-progress.js";
import { gapAssessmentReport } from "./gap-assessment-report.js";
import type { Catalog } from "../catalog/catalog.js";
import type { Lang } from "../catalog/types.js";
import type { Assessment } from "../engine/assess.js";
import { hasMessage, translator, type Translate } from "../i18n/translate.js";
import { CATEGORIES, compareSeverity, type Finding, type Problem } from "../model/finding.js";
import { gapName } from "../rules/application-dossier-incomplete.js";
import { ALL_RULES } from "../rules/index.js";
import type { DocumentSource } from "../io/discover-documents.js";
import type { ValidatedFile } from "../validate/validate-file.js";
import { markBaseline } from "./baseline.js";
import { compareClauses } from "./clause-order.js";
import { compareByPosition, toFindings } from "./findings.js";
import type { CheckReport, RuleInfo, ToolInfo, Verdict } from "./model.js";

/** Documents read from Markdown front matter, appended to the SMS's own from `firstIndex` on. */
export interface DiscoveredDocuments {
  firstIndex: number;
  sources: DocumentSource[];
  /** Already placed in their files. */
  problems: Problem[];
}

export interface CheckReportInput {
  validated: ValidatedFile;
  discovered?: DiscoveredDocuments;
  /** Absent when the file did not parse or match the schema. */
  assessment?: Assessment;
  /** The gap assessment given with --assessment, and the problems of its file (placed in it). */
  gap?: { index?: GapAssessmentIndex; problems: Problem[]; previous?: RatingsAt };
  catalog: Catalog;
  lang: Lang;
  asOf: string;
  tool: ToolInfo;
  /** Findings of an earlier run (its --format json output), for --baseline. */
  baseline?: Finding[];
}

/** Invalid input first, then unmet prerequisites, then nonconformities by clause, severity and position: how an auditor reads a gap list. */
export function compareByClause(a: Finding, b: Finding): number {
  return (
    CATEGORIES.indexOf(a.category) - CATEGORIES.indexOf(b.category) ||
    compareClauses(a.clause, b.clause) ||
    compareSeverity(a.severity, b.severity) ||
    compareByPosition(a, b)
  );
}

export function buildCheckReport(input: CheckReportInput): CheckReport {
  const { validated, assessment, catalog, lang, asOf, tool } = input;
  const t = translator(lang);
  const place = (p: Problem): Problem => placeInSource(p, input.discovered) ?? { ...p, file: p.file ?? validated.file };
  const localise = (problems: Problem[]) => toFindings(problems.map(place), validated.locator, lang).sort(compareByClause);
  const findings = localise([...validated.problems, ...(input.discovered?.problems ?? []), ...(input.gap?.problems ?? []), ...(assessment?.kept ?? [])]);
  const marked = input.baseline ? markBaseline(findings, input.baseline) : { findings, fixed: undefined };

  const report: CheckReport = {
    kind: "check",
    tool,
    lang,
    asOf,
    standard: catalog.standard,
    file: validated.file,
    organization: validated.sms?.organization.name ?? "",
    valid: assessment !== undefined,
    verdict: assessment ? wordVerdict(assessment, findings, t) : invalidVerdict(findings, t),
    overall: ratio(assessment?.overall ?? { applicable: 0, satisfied: 0, weak: 0 }),
    scores: (assessment?.scores ?? []).map((s) => ({
      ...ratio(s),
      clause: s.clause,
      title: catalog.clause(s.clause)?.title[lang] ?? s.clause,
      depth: s.clause.includes(".") ? 1 : 0,
    })),
    requirements: (assessment?.requirements ?? []).map((a) => {
      const requirement = catalog.requirement(a.id)!;
      return {
        id: a.id,
        title: requirement.title[lang],
        summary: requirement.summary[lang],
        clauses: requirement.clauses,
        kind: requirement.kind,
        mandatory: requirement.mandatory,
        state: a.state,
        satisfiedBy: a.satisfiedBy,
      };
    }),
    findings: marked.findings,
    suppressed: assessment
      ? assessment.suppressed
          .map(({ waiver, ...problem }) => ({ ...localise([problem])[0], waiver }))
          .sort(compareByClause)
      : [],
    waivers: assessment?.waivers ?? [],
    dossier: (assessment?.dossier ?? []).map(({ item, state, evidence, gaps }) => ({
      number: item.number,
      id: item.id,
      title: item.title[lang],
      state,
      evidence,
      missing: gaps.map((gap) => gapName(gap, catalog, t, lang)),
    })),
    rules: describeRules(lang),
  };
  if (marked.fixed) report.fixed = marked.fixed;
  if (assessment && input.gap?.index) report.gapAssessment = gapAssessmentReport(input.gap.index, catalog, lang, asOf, input.gap.previous);
  return report;
}

/** A problem about a document read from Markdown, placed in that file; undefined for the SMS file's own. */
function placeInSource(problem: Problem, discovered: DiscoveredDocuments | undefined): Problem | undefined {
  const match = discovered && problem.line === undefined && /^\/documents\/(\d+)(\/.*)?$/.exec(problem.pointer ?? "");
  if (!match || !discovered) return undefined;
  const source = discovered.sources[Number(match[1]) - discovered.firstIndex];
  if (!source) return undefined;
  return { ...problem, file: source.file, ...source.locator.locate(match[2] ?? "", problem.atKey) };
}

function ratio(tally: { applicable: number; satisfied: number; weak: number }) {
  return { applicable: tally.applicable, satisfied: tally.satisfied, weak: tally.weak, ratio: tally.applicable === 0 ? null : tally.satisfied / tally.applicable };
}

/** The file could not be judged: no grade, no score, only what makes it invalid. */
function invalidVerdict(findings: Finding[], t: Translate): Verdict {
  const invalid = findings.filter((f) => f.category === "invalid").length;
  return { status: "not-ready", reasons: [{ ruleId: "invalid-input", message: t("verdict.invalid", { count: invalid }) }], counts: { prerequisites: 0, majors: 0, uncovered: 0, invalid } };
}

/** The engine's verdict in words: each unmet prerequisite by its message, then the counts. */
function wordVerdict(assessment: Assessment, findings: Finding[], t: Translate): Verdict {
  const { verdict } = assessment;
  const counts = { prerequisites: verdict.prerequisites.length, majors: verdict.majors, uncovered: verdict.uncovered, invalid: verdict.invalid };
  const reasons = findings.filter((f) => f.category === "prerequisite").map((f) => ({ ruleId: f.ruleId, message: f.message }));
  if (counts.majors > 0) reasons.push({ ruleId: "major-nonconformities", message: t("verdict.majors", { count: counts.majors }) });
  if (counts.uncovered > 0) reasons.push({ ruleId: "uncovered-requirements", message: t("verdict.uncovered", { count: counts.uncovered }) });
  if (counts.invalid > 0) reasons.push({ ruleId: "invalid-input", message: t("verdict.invalidInputs", { count: counts.invalid }) });
  const date = verdict.earliestApplicationDate;
  if (date === undefined) return { status: verdict.status, reasons, counts };
  const earliestApplication = counts.majors > 0 ? t("verdict.earliestProvided", { date, count: counts.majors }) : t("verdict.earliest", { date });
  return { status: verdict.status, reasons, counts, earliestApplicationDate: date, earliestApplication };
}

/** Every rule with its texts in `lang`, for SARIF rules and `iso20k rules`. */
export function describeRules(lang: Lang): RuleInfo[] {
  const t = translator(lang);
  return ALL_RULES.map((rule) => ({
    id: rule.id,
    severity: rule.severity,
    clauses: rule.clauses,
    blocking: rule.blocking,
    category: rule.category,
    title: t(`rule.${rule.id}.title`),
    description: t(`rule.${rule.id}.description`),
    remedy: t(`rule.${rule.id}.remedy`),
    ...(hasMessage(`rule.${rule.id}.howToRecord`) ? { howToRecord: t(`rule.${rule.id}.howToRecord`) } : {}),
  }));
}
