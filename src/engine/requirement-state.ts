// Whether a catalogue requirement is met: by an approved, current document or a kept record.
import type { Catalog } from "../catalog/catalog.js";
import type { Requirement } from "../catalog/types.js";
import type { SmsDocument } from "../model/sms.js";
import type { RequirementState } from "../report/model.js";
import type { EvidenceFacts } from "./evidence.js";
import type { SmsIndex } from "./sms-index.js";

export interface RequirementAssessment {
  id: string;
  state: RequirementState;
  /** Ids of every document and record that claims it, current or not. */
  satisfiedBy: string[];
}

// Records the SMS keeps in their own lists rather than as registers.
const IMPLICIT_RECORDS: Record<string, (index: SmsIndex, asOf: string) => string[]> = {
  "internal-audit-results": (index, asOf) => index.completedAudits(asOf).map((a) => a.value.id),
  "management-review-results": (index, asOf) => index.completedReviews(asOf).map((r) => r.value.id),
  "nonconformity-records": (index, asOf) => (index.description.records?.nonconformities ?? []).filter((n) => n.raised <= asOf).map((n) => n.id),
};

/** False only for requirements that depend on parties the organisation does not have. */
export function isApplicable(requirement: Requirement, index: SmsIndex): boolean {
  return requirement.appliesWhen !== "internal-suppliers" || index.hasInternalSuppliers();
}

/** Usable evidence: either none was named (another rule says so) or the file is there. */
function evidenceUsable(path: string | undefined, evidence: EvidenceFacts): boolean {
  return path === undefined || evidence.get(path)?.state === "ok";
}

/** Approved, not overdue for review, and its evidence file (if named) is there. */
export function isCurrentDocument(document: SmsDocument, asOf: string, evidence: EvidenceFacts): boolean {
  return (
    document.status === "approved" &&
    (document.nextReviewDate === undefined || document.nextReviewDate >= asOf) &&
    evidenceUsable(document.evidence, evidence)
  );
}

/** True when some document, register or record list claims the requirement, current or not. */
export function isClaimed(index: SmsIndex, requirementId: string, asOf: string): boolean {
  return (
    index.documentsFor(requirementId).length > 0 ||
    index.registersFor(requirementId).length > 0 ||
    (IMPLICIT_RECORDS[requirementId]?.(index, asOf).length ?? 0) > 0
  );
}

/** Applicable requirements (mandatory or recommended ones) that nothing in the SMS claims. */
export function unclaimedRequirements(catalog: Catalog, index: SmsIndex, asOf: string, mandatory: boolean): Requirement[] {
  return catalog.requirements().filter((r) => r.mandatory === mandatory && isApplicable(r, index) && !isClaimed(index, r.id, asOf));
}

export function assessRequirement(requirement: Requirement, index: SmsIndex, asOf: string, evidence: EvidenceFacts): RequirementAssessment {
  const documents = index.documentsFor(requirement.id);
  const registers = index.registersFor(requirement.id);
  const implicit = IMPLICIT_RECORDS[requirement.id]?.(index, asOf) ?? [];
  const satisfiedBy = [...documents.map((d) => d.value.id), ...registers.map((r) => r.value.id), ...implicit];
  if (!isApplicable(requirement, index)) return { id: requirement.id, state: "not-applicable", satisfiedBy };
  const current =
    implicit.length > 0 ||
    documents.some((d) => isCurrentDocument(d.value, asOf, evidence)) ||
    registers.some((r) => evidenceUsable(r.value.evidence, evidence));
  const state: RequirementState = current ? "satisfied" : satisfiedBy.length > 0 ? "weak" : "missing";
  return { id: requirement.id, state, satisfiedBy };
}
