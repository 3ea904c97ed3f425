// Turns the answers of `iso20k init` into an SMS description, and says which mandatory items it still lacks.
import type { Catalog } from "../catalog/catalog.js";
import type { Requirement } from "../catalog/types.js";
import { unclaimedRequirements } from "../engine/requirement-state.js";
import { SmsIndex } from "../engine/sms-index.js";
import type { Register, Service, Sms, SmsDocument } from "../model/sms.js";
import type { InitAnswers } from "./answers.js";

/** Clauses 4 to 10: an internal audit of the whole SMS. */
export const ALL_CLAUSES = ["4", "5", "6", "7", "8", "9", "10"];

/** The SMS description the answers give; ids are numbered DOC-01, REG-01, IA-<year>-01. */
export function buildSms(answers: InitAnswers): Sms {
  const { organization, scope, internalAudit, managementReview } = answers;
  const documents: SmsDocument[] = [];
  const registers: Register[] = [];
  const documentCount = answers.existing.filter((e) => e.kind === "document").length;
  const registerCount = answers.existing.length - documentCount;

  for (const item of answers.existing) {
    if (item.kind === "document") {
      documents.push(
        withoutUndefined({
          id: numberedId("DOC", documents.length + 1, documentCount),
          title: item.title,
          satisfies: [item.requirementId],
          owner: item.owner,
          version: item.version,
          status: item.status,
          approvalDate: item.approvalDate,
          processes: item.processes ? [...item.processes] : undefined,
          evidence: item.evidence,
        }),
      );
    } else {
      registers.push(
        withoutUndefined({
          id: numberedId("REG", registers.length + 1, registerCount),
          title: item.title,
          satisfies: [item.requirementId],
          owner: item.owner,
          evidence: item.evidence,
        }),
      );
    }
  }

  const sms: Sms = {
    organization: withoutUndefined({
      name: organization.name,
      legalEntity: organization.registrationId ? { registrationId: organization.registrationId } : undefined,
      sites: organization.sites.length > 0 ? organization.sites.map((site) => withoutUndefined({ ...site })) : undefined,
    }),
    scope: withoutUndefined({
      statement: scope.statement,
      services: scope.services.length > 0 ? serviceEntries(scope.services) : undefined,
      businessCategories: scope.businessCategories.length > 0 ? [...scope.businessCategories] : undefined,
    }),
    sms: withoutUndefined({ startDate: answers.startDate, managementRepresentative: answers.managementRepresentative }),
    documents,
  };

  const records = withoutUndefined({
    internalAudits: internalAudit
      ? [withoutUndefined({ id: `IA-${internalAudit.date.slice(0, 4)}-01`, date: internalAudit.date, status: "completed" as const, clauses: [...ALL_CLAUSES], evidence: internalAudit.evidence })]
      : undefined,
    managementReviews: managementReview
      ? [withoutUndefined({ id: `MR-${managementReview.date.slice(0, 4)}-01`, date: managementReview.date, status: "completed" as const, evidence: managementReview.evidence })]
      : undefined,
    registers: registers.length > 0 ? registers : undefined,
  });
  if (Object.keys(records).length > 0) sms.records = records;
  return sms;
}

/** Mandatory requirements that apply to `sms` and that nothing in it claims, in catalogue order: the to-do list. */
export function missingMandatory(sms: Sms, catalog: Catalog, asOf: string): Requirement[] {
  return unclaimedRequirements(catalog, new SmsIndex(sms), asOf, true);
}

/** "DOC-01" ... "DOC-99", "DOC-001" once there are a hundred or more. */
export function numberedId(prefix: string, n: number, total: number): string {
  return `${prefix}-${String(n).padStart(Math.max(2, String(total).length), "0")}`;
}

/** Service ids from names: "Service desk" gives service-desk; names without Latin letters or digits give service-1, service-2, ... */
export function serviceEntries(names: string[]): Service[] {
  const used = new Set<string>();
  return names.map((name, index) => {
    const slug = name
      .normalize("NFKD")
      .replace(/[\u0300-\u036f]/g, "")
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "")
      .slice(0, 40)
      .replace(/-+$/, "");
    let id = slug === "" ? `service-${index + 1}` : slug;
    for (let n = 2; used.has(id); n++) id = `${slug || "service"}-${n}`;
    used.add(id);
    return { id, name };
  });
}

function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}
