// Documents and records as the register tables show them.
import type { Catalog } from "../../catalog/catalog.js";
import type { Lang } from "../../catalog/types.js";
import type { EvidenceFacts } from "../../engine/evidence.js";
import type { Translate } from "../../i18n/translate.js";
import type { Sms, SmsDocument } from "../../model/sms.js";
import type { DocumentView, RecordsView } from "./types.js";

export function evidenceLabel(path: string | undefined, evidence: EvidenceFacts, t: Translate): { label: string; ok: boolean } {
  if (path === undefined) return { label: "", ok: false };
  const state = evidence.get(path)?.state ?? "missing";
  return { label: t(`view.evidence.${state}`), ok: state === "ok" };
}

/** Requirement ids as their titles: a deliverable names what a document is for, not our ids. */
function requirementTitles(ids: string[], catalog: Catalog, lang: Lang): string[] {
  return ids.map((id) => catalog.requirement(id)?.title[lang] ?? id);
}

export function documentView(document: SmsDocument, evidence: EvidenceFacts, t: Translate, catalog: Catalog, lang: Lang): DocumentView {
  const { label, ok } = evidenceLabel(document.evidence, evidence, t);
  return {
    id: document.id,
    title: document.title,
    satisfies: requirementTitles(document.satisfies, catalog, lang),
    owner: document.owner ?? "",
    version: document.version ?? "",
    status: document.status ? t(`view.status.${document.status}`) : "",
    statusCode: document.status ?? "",
    approvalDate: document.approvalDate ?? "",
    nextReviewDate: document.nextReviewDate ?? "",
    evidence: document.evidence ?? "",
    evidenceState: label,
    evidenceOk: ok,
  };
}

export function recordsView(sms: Sms, asOf: string, t: Translate, catalog: Catalog, lang: Lang): RecordsView {
  const records = sms.records ?? {};
  return {
    internalAudits: (records.internalAudits ?? []).map((a) => ({
      id: a.id,
      date: a.date,
      status: t(`view.held.${a.status}`),
      clauses: a.clauses.join(t("list.separator")),
      auditor: a.auditor ?? "",
      evidence: a.evidence ?? "",
    })),
    managementReviews: (records.managementReviews ?? []).map((r) => ({ id: r.id, date: r.date, status: t(`view.held.${r.status}`), evidence: r.evidence ?? "" })),
    nonconformities: (records.nonconformities ?? []).map((n) => ({
      id: n.id,
      description: n.description,
      grade: t(`grade.${n.grade}`),
      clause: n.clause ?? "",
      raised: n.raised,
      due: n.due ?? "",
      closed: n.closed ?? "",
      open: n.closed === undefined || n.closed > asOf,
    })),
    registers: (records.registers ?? []).map((r) => ({
      id: r.id,
      title: r.title,
      satisfies: requirementTitles(r.satisfies, catalog, lang),
      owner: r.owner ?? "",
      evidence: r.evidence ?? "",
      lastEntry: r.lastEntry ?? "",
    })),
  };
}
