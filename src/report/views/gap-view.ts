// The gap report: verdict, readiness, findings by clause, action plan, registers, waivers.
import type { Catalog } from "../../catalog/catalog.js";
import type { EvidenceFacts } from "../../engine/evidence.js";
import { translator } from "../../i18n/translate.js";
import { CATEGORIES, compareSeverity, type Finding } from "../../model/finding.js";
import type { Sms } from "../../model/sms.js";
import { compareClauses } from "../clause-order.js";
import type { CheckReport } from "../model.js";
import { assessmentView } from "./assessment-view.js";
import { documentView, recordsView } from "./document-view.js";
import { organizationView, reportMeta } from "./organization-view.js";
import type { FindingView, GapView } from "./types.js";

export function gapView(report: CheckReport, sms: Sms, catalog: Catalog, evidence: EvidenceFacts): GapView {
  const t = translator(report.lang);
  const headingOf = (clause: string) => (clause === "" ? "" : scoreClause(clause));
  const findingView = (f: Finding): FindingView => ({
    severity: f.severity,
    category: f.category,
    grade: f.category === "nonconformity" ? t(`grade.${f.severity}`) : t(`format.category.${f.category}`),
    clause: f.clause ?? "",
    clauseTitle: f.clause ? (catalog.clause(f.clause)?.title[report.lang] ?? "") : "",
    ruleId: f.ruleId,
    requirementId: f.requirementId ?? "",
    message: f.message,
    remedy: f.remedy ?? "",
    location: `${f.file}:${f.line}:${f.column}`,
  });

  const groups = new Map<string, FindingView[]>();
  const prerequisites: FindingView[] = [];
  for (const finding of report.findings) {
    if (finding.category === "prerequisite") {
      prerequisites.push(findingView(finding));
      continue;
    }
    const key = headingOf(finding.clause ?? "");
    groups.set(key, [...(groups.get(key) ?? []), findingView(finding)]);
  }
  const actionPlan = [...report.findings]
    .sort((a, b) => CATEGORIES.indexOf(a.category) - CATEGORIES.indexOf(b.category) || compareSeverity(a.severity, b.severity) || compareClauses(a.clause, b.clause))
    .map((f, i) => ({ ...findingView(f), number: i + 1 }));
  const nonconformities = report.findings.filter((f) => f.category === "nonconformity");
  const count = (severity: Finding["severity"]) => nonconformities.filter((f) => f.severity === severity).length;

  return {
    meta: reportMeta("gap", report),
    organization: organizationView(sms, catalog, report.lang),
    verdict: {
      ready: report.verdict.status === "ready",
      label: t(`view.verdict.${report.verdict.status}`),
      reasons: report.verdict.reasons.map((r) => r.message),
      earliestApplicationDate: report.verdict.earliestApplicationDate ?? "",
      proviso: report.verdict.earliestApplicationDate !== undefined && report.verdict.counts.majors > 0 ? t("verdict.proviso", { count: report.verdict.counts.majors }) : "",
    },
    overall: { ...report.overall, claimedRatio: claimed(report.overall) },
    scores: report.scores.map(({ clause, title, depth, applicable, satisfied, weak, ratio }) => ({
      clause,
      title,
      depth,
      applicable,
      satisfied,
      weak,
      ratio,
      claimedRatio: claimed({ applicable, satisfied, weak }),
    })),
    counts: {
      major: count("major"),
      minor: count("minor"),
      observation: count("observation"),
      prerequisites: report.verdict.counts.prerequisites,
      total: report.findings.length,
    },
    // Unmet prerequisites first, under a heading of their own: they belong to no clause.
    findingsByClause: [
      ...(prerequisites.length > 0 ? [{ clause: "", title: t("format.prerequisites"), findings: prerequisites }] : []),
      ...[...groups.entries()]
        .sort(([a], [b]) => compareClauses(a || undefined, b || undefined))
        .map(([clause, findings]) => ({ clause, title: clause ? (catalog.clause(clause)?.title[report.lang] ?? clause) : t("view.general"), findings })),
    ],
    actionPlan,
    documents: sms.documents.map((d) => documentView(d, evidence, t)),
    records: recordsView(sms, report.asOf, t),
    waivers: report.waivers.map((w) => ({
      id: w.id,
      target: [w.rule, w.requirement].filter(Boolean).join(" / "),
      justification: w.justification,
      approver: w.approver,
      expires: w.expires,
      state: t(`view.waiver.${w.state}`),
      active: w.state === "active",
      suppressed: w.suppressed,
    })),
    assessment: assessmentView(report.gapAssessment, t),
  };
}

/** The score-table row a clause belongs under: its top-level clause, or its 8.x process. */
function scoreClause(clause: string): string {
  const [top, second] = clause.split(".");
  return top === "8" && second !== undefined ? `8.${second}` : top;
}

/** Covered plus weakly claimed, over applicable: the chart draws the weak segment up to here. */
function claimed({ applicable, satisfied, weak }: { applicable: number; satisfied: number; weak: number }): number | null {
  return applicable === 0 ? null : (satisfied + weak) / applicable;
}
