// The SMS description with the look-ups rules need, built once so that rules stay linear.
import type { InternalAudit, ManagementReview, Register, Service, Sms, SmsDocument } from "../model/sms.js";
import type { EvidenceReference } from "./evidence.js";

/** An item of a list in sms.yaml with the JSON pointer of its entry. */
export interface Entry<T> {
  value: T;
  pointer: string;
}

function entries<T>(list: T[] | undefined, pointer: string): Entry<T>[] {
  return (list ?? []).map((value, index) => ({ value, pointer: `${pointer}/${index}` }));
}

function groupBySatisfied<T extends { satisfies: string[] }>(list: Entry<T>[]): Map<string, Entry<T>[]> {
  const groups = new Map<string, Entry<T>[]>();
  for (const entry of list)
    for (const id of entry.value.satisfies) {
      const group = groups.get(id);
      if (group) group.push(entry);
      else groups.set(id, [entry]);
    }
  return groups;
}

export class SmsIndex {
  readonly documents: Entry<SmsDocument>[];
  readonly registers: Entry<Register>[];
  readonly internalAudits: Entry<InternalAudit>[];
  readonly managementReviews: Entry<ManagementReview>[];
  private readonly documentsByRequirement: Map<string, Entry<SmsDocument>[]>;
  private readonly registersByRequirement: Map<string, Entry<Register>[]>;
  private readonly documentIds: Set<string>;
  private references?: EvidenceReference[];

  constructor(readonly description: Sms) {
    this.documents = entries(description.documents, "/documents");
    this.registers = entries(description.records?.registers, "/records/registers");
    this.internalAudits = entries(description.records?.internalAudits, "/records/internalAudits");
    this.managementReviews = entries(description.records?.managementReviews, "/records/managementReviews");
    this.documentsByRequirement = groupBySatisfied(this.documents);
    this.registersByRequirement = groupBySatisfied(this.registers);
    this.documentIds = new Set(this.documents.map((d) => d.value.id));
  }

  get organization() {
    return this.description.organization;
  }

  get scope() {
    return this.description.scope;
  }

  /** When the SMS started and who represents it. */
  get operation() {
    return this.description.sms;
  }

  /** Documents that list `requirementId` in `satisfies`. */
  documentsFor(requirementId: string): Entry<SmsDocument>[] {
    return this.documentsByRequirement.get(requirementId) ?? [];
  }

  /** Registers that list `requirementId` in `satisfies`. */
  registersFor(requirementId: string): Entry<Register>[] {
    return this.registersByRequirement.get(requirementId) ?? [];
  }

  hasDocument(id: string): boolean {
    return this.documentIds.has(id);
  }

  /** Audits held on or before `asOf`, latest last. */
  completedAudits(asOf: string): Entry<InternalAudit>[] {
    return byDate(this.internalAudits.filter((a) => a.value.status === "completed" && a.value.date <= asOf));
  }

  /** Reviews held on or before `asOf`, latest last. */
  completedReviews(asOf: string): Entry<ManagementReview>[] {
    return byDate(this.managementReviews.filter((r) => r.value.status === "completed" && r.value.date <= asOf));
  }

  /**
   * Services in scope that no document in force claiming `requirementId` covers. A document without a
   * `services` list covers every service. With nothing claiming the requirement this returns none:
   * required-document-missing speaks for it.
   */
  servicesNotCoveredBy(requirementId: string, inForce: (document: SmsDocument) => boolean): Entry<Service>[] {
    const claims = this.documentsFor(requirementId);
    if (claims.length === 0) return [];
    const effective = claims.filter((d) => inForce(d.value));
    if (effective.some((d) => d.value.services === undefined)) return [];
    const covered = new Set(effective.flatMap((d) => d.value.services ?? []));
    return entries(this.scope.services, "/scope/services").filter((s) => !covered.has(s.value.id));
  }

  /** True when a party supplies the organisation from inside it (clause 8.3.4.2 applies). */
  hasInternalSuppliers(): boolean {
    return (this.scope.otherParties ?? []).some((p) => p.kind !== "external-supplier");
  }

  /** True when an external supplier operates part of the SMS (clause 8.3.4.1 applies). */
  hasExternalSuppliers(): boolean {
    return (this.scope.otherParties ?? []).some((p) => p.kind === "external-supplier");
  }

  /** Every evidence path in the file, in file order; built once (the pipeline and two rules read it). */
  evidenceReferences(): EvidenceReference[] {
    this.references ??= this.collectEvidenceReferences();
    return this.references;
  }

  private collectEvidenceReferences(): EvidenceReference[] {
    const { description } = this;
    const refs: EvidenceReference[] = [];
    const add = (path: string | undefined, pointer: string, sha256?: string) => {
      if (path !== undefined) refs.push({ path, pointer, sha256 });
    };
    add(description.organization.legalEntity?.evidence, "/organization/legalEntity/evidence");
    entries(description.organization.penalties, "/organization/penalties").forEach((p) => add(p.value.evidence, `${p.pointer}/evidence`));
    this.documents.forEach((d) => add(d.value.evidence, `${d.pointer}/evidence`, d.value.sha256));
    this.internalAudits.forEach((a) => add(a.value.evidence, `${a.pointer}/evidence`));
    this.managementReviews.forEach((r) => add(r.value.evidence, `${r.pointer}/evidence`));
    entries(description.records?.nonconformities, "/records/nonconformities").forEach((n) => add(n.value.evidence, `${n.pointer}/evidence`));
    this.registers.forEach((r) => add(r.value.evidence, `${r.pointer}/evidence`));
    for (const [key, path] of Object.entries(description.application ?? {})) add(path, `/application/${key}`);
    return refs;
  }
}

function byDate<T extends { date: string }>(list: Entry<T>[]): Entry<T>[] {
  return [...list].sort((a, b) => (a.value.date < b.value.date ? -1 : a.value.date > b.value.date ? 1 : 0));
}

export { entries };
