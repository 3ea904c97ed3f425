// Documents and records as the register tables show them.
import type { EvidenceFacts } from "../../engine/evidence.js";
import type { Translate } from "../../i18n/translate.js";
import type { Sms, SmsDocument } from "../../model/sms.js";
import type { DocumentView, RecordsView } from "./types.js";

export function evidenceLabel(path: string | undefined, evidence: EvidenceFacts, t: Translate): { label: string; ok: boolean } {
  if (path === undefined) return { label: "", ok: false };
  const state = evidence.get(path)?.state ?? "missing";
  return { label: t(`view.evidence.${state}`), ok: state === "ok" };
}

export function documentView(document: SmsDocument, evidence: EvidenceFacts, t: Translate): DocumentView {
  const { label, ok } = evidenceLabel(document.evidence, evidence, t);
  return {
    id: document.id,
    title: document.title,
    satisfies: document.satisfies,
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

export function recordsView(sms: Sms, asOf: string, t: Translate): RecordsView {
  const records = sms.records ?? {};
  return {
    internalAudits: (records.internalAudits ?? []).map((a) => ({
      id: a.id,
      date: a.date,
      status: t(`view.held.${a.status}`),
      clauses: a.clauses.join(", "),
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
      satisfies: r.satisfies,
      owner: r.owner ?? "",
      evidence: r.evidence ?? "",
      lastEntry: r.lastEntry ?? "",
    })),
  };
}
