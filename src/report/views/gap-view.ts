// The gap report: verdict, organisation, readiness by clause, the consultant's ratings, the action plan, documents and records.
import type { Catalog } from "../../catalog/catalog.js";
import type { EvidenceFacts } from "../../engine/evidence.js";
import { hasMessage, translator } from "../../i18n/translate.js";
import { distinctMajors } from "../../engine/verdict.js";
import type { Finding } from "../../model/finding.js";
import type { Sms } from "../../model/sms.js";
import type { CheckReport } from "../model.js";
import { actionPlanView } from "./action-plan-view.js";
import { assessmentView } from "./assessment-view.js";
import { documentView, recordsView } from "./document-view.js";
import { organizationView, reportMeta } from "./organization-view.js";
import type { GapView, Presentation } from "./types.js";
import { verdictView } from "./verdict-view.js";

/** Everything the gap report templates show, worded for the client. */
export function gapView(report: CheckReport, sms: Sms, catalog: Catalog, evidence: EvidenceFacts, presentation: Presentation): GapView {
  const t = translator(report.lang);
  const all = report.findings.filter((f) => f.category === "nonconformity");
  // A consultant's major rating that a checked major corroborates is one gap, as the verdict counts it.
  const majors = new Set(distinctMajors(all.filter((f) => f.severity === "major")));
  const nonconformities = all.filter((f) => f.severity !== "major" || majors.has(f));
  const count = (findings: Finding[], severity: Finding["severity"]) => findings.filter((f) => f.severity === severity).length;
  const within = (clause: string) => nonconformities.filter((f) => f.clause !== undefined && catalog.isWithin(f.clause, clause));

  return {
    meta: reportMeta("gap", report, presentation),
    organization: organizationView(sms, catalog, report.lang),
    verdict: verdictView(report, catalog, report.lang),
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
      majors: count(within(clause), "major"),
      minors: count(within(clause), "minor"),
      observations: count(within(clause), "observation"),
    })),
    counts: {
      major: count(nonconformities, "major"),
      minor: count(nonconformities, "minor"),
      observation: count(nonconformities, "observation"),
      prerequisites: report.verdict.counts.prerequisites,
      total: report.findings.length,
    },
    actionPlan: actionPlanView(report, catalog, report.lang, presentation.audience),
    documents: sms.documents.map((d) => documentView(d, evidence, t, catalog, report.lang)),
    records: recordsView(sms, report.asOf, t, catalog, report.lang),
    waivers: report.waivers.map((w) => ({
      id: w.id,
      target: [w.rule ? (hasMessage(`rule.${w.rule}.title`) ? t(`rule.${w.rule}.title`) : w.rule) : "", w.requirement ? (catalog.requirement(w.requirement)?.title[report.lang] ?? w.requirement) : ""].filter(Boolean).join(" / "),
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


/** Covered plus weakly claimed, over applicable: the chart draws the weak segment up to here. */
function claimed({ applicable, satisfied, weak }: { applicable: number; satisfied: number; weak: number }): number | null {
  return applicable === 0 ? null : (satisfied + weak) / applicable;
}
