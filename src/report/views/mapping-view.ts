// The clause-to-document comparison a certification body asks for with the application, and its reverse.
import type { Catalog } from "../../catalog/catalog.js";
import type { EvidenceFacts } from "../../engine/evidence.js";
import { translator, type Translate } from "../../i18n/translate.js";
import type { Sms } from "../../model/sms.js";
import { compareClauses } from "../clause-order.js";
import type { CheckReport, RequirementState } from "../model.js";
import { organizationView, reportMeta } from "./organization-view.js";
import type { MappingView, Presentation, SatisfierView } from "./types.js";

/** Everything that can satisfy a requirement, by id: documents, registers, audits, reviews, nonconformities. */
function satisfiersById(sms: Sms, t: Translate): Map<string, SatisfierView> {
  const byId = new Map<string, SatisfierView>();
  const add = (view: SatisfierView) => byId.set(view.id, view);
  for (const d of sms.documents)
    add({
      id: d.id,
      title: d.title,
      kind: "document",
      version: d.version ?? "",
      status: d.status ? t(`view.status.${d.status}`) : "",
      approvalDate: d.approvalDate ?? "",
      evidence: d.evidence ?? "",
    });
  const records = sms.records ?? {};
  for (const r of records.registers ?? []) add({ id: r.id, title: r.title, kind: "register", version: "", status: "", approvalDate: r.lastEntry ?? "", evidence: r.evidence ?? "" });
  for (const a of records.internalAudits ?? [])
    add({ id: a.id, title: t("view.kind.audit"), kind: "audit", version: "", status: t(`view.held.${a.status}`), approvalDate: a.date, evidence: a.evidence ?? "" });
  for (const r of records.managementReviews ?? [])
    add({ id: r.id, title: t("view.kind.review"), kind: "review", version: "", status: t(`view.held.${r.status}`), approvalDate: r.date, evidence: r.evidence ?? "" });
  for (const n of records.nonconformities ?? [])
    add({ id: n.id, title: n.description, kind: "nonconformity", version: "", status: "", approvalDate: n.raised, evidence: n.evidence ?? "" });
  return byId;
}

const MARK_CLASS: Record<RequirementState | "optional", string> = {
  satisfied: "mark-ok",
  weak: "mark-partial",
  missing: "mark-bad",
  optional: "mark-na",
  "not-applicable": "mark-na",
};

export function mappingView(report: CheckReport, sms: Sms, catalog: Catalog, _evidence: EvidenceFacts, presentation: Presentation): MappingView {
  const t = translator(report.lang);
  const satisfiers = satisfiersById(sms, t);
  const states = new Map(report.requirements.map((r) => [r.id, r]));
  const entries = [
    ...sms.documents.map((d) => ({ ...d, kind: "document" as const })),
    ...(sms.records?.registers ?? []).map((r) => ({ ...r, kind: "register" as const, version: "", status: undefined })),
  ];
  const clausesOf = (ids: string[]) =>
    [...new Set(ids.flatMap((id) => catalog.requirement(id)?.clauses ?? []))].sort((a, b) => compareClauses(a, b));

  return {
    meta: reportMeta("mapping", report, presentation),
    organization: organizationView(sms, catalog, report.lang),
    clauses: catalog.clauses().map((clause) => ({
      id: clause.id,
      title: clause.title[report.lang],
      depth: clause.id.split(".").length - 1,
      processOnly: clause.processOnly === true,
      requirements: catalog.requirementsOfClause(clause.id).map((requirement) => {
        const status = states.get(requirement.id);
        const state = status?.state ?? "missing";
        return {
          id: requirement.id,
          title: requirement.title[report.lang],
          kind: t(`catalog.kind.${requirement.kind}`),
          mandatory: requirement.mandatory,
          state,
          // A recommended item not in place is advice, not a failure: it is not marked red.
          mark: t(state === "missing" && !requirement.mandatory ? "view.mark.notInPlace" : `view.mark.${state}`),
          markClass: MARK_CLASS[state === "missing" && !requirement.mandatory ? "optional" : state],
          satisfiers: (status?.satisfiedBy ?? []).map((id) => satisfiers.get(id)).filter((s): s is SatisfierView => s !== undefined),
        };
      }),
    })),
    reverse: entries
      .filter((e) => e.satisfies.length > 0)
      .map((e) => ({
        id: e.id,
        title: e.title,
        kind: e.kind,
        version: e.version ?? "",
        status: e.status ? t(`view.status.${e.status}`) : "",
        requirements: e.satisfies.map((id) => catalog.requirement(id)?.title[report.lang] ?? id),
        clauses: clausesOf(e.satisfies),
      })),
    unmapped: entries.filter((e) => e.satisfies.length === 0).map((e) => ({ id: e.id, title: e.title, kind: e.kind })),
    counts: {
      satisfied: report.requirements.filter((r) => r.state === "satisfied").length,
      weak: report.requirements.filter((r) => r.state === "weak").length,
      missing: report.requirements.filter((r) => r.state === "missing").length,
      notApplicable: report.requirements.filter((r) => r.state === "not-applicable").length,
    },
  };
}
