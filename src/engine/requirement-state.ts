// Whether a catalogue requirement is covered: by a document in force, a register that shows the SMS
// running, or the audits, reviews and nonconformities the SMS keeps in their own lists.
import type { Catalog } from "../catalog/catalog.js";
import type { Requirement } from "../catalog/types.js";
import type { RequirementState } from "../report/model.js";
import { documentGap, nearerGap, registerGap, type CoverGap } from "./cover.js";
import type { EvidenceFacts } from "./evidence.js";
import type { OperationFacts } from "./operation.js";
import type { Register, SmsDocument } from "../model/sms.js";
import type { Entry, SmsIndex } from "./sms-index.js";

export interface RequirementAssessment {
  id: string;
  /** satisfied: covered; weak: claimed, but by nothing in force; missing: claimed by nothing. */
  state: RequirementState;
  /** Ids of every document and record that claims it, in force or not. */
  satisfiedBy: string[];
  /** For a weak requirement: the claim that comes nearest to covering it, and why it does not. */
  nearest?: { gap: CoverGap; pointer: string; entry: SmsDocument | Register };
}

/** Requirements the prerequisites judge (held on the running SMS, with a report): no gap rule repeats them. */
export const JUDGED_AS_PREREQUISITES: ReadonlySet<string> = new Set(["internal-audit-results", "management-review-results"]);

// Records the SMS keeps in their own lists rather than as registers: the entries that claim them.
const IMPLICIT_CLAIMS: Record<string, (index: SmsIndex, asOf: string) => string[]> = {
  "internal-audit-results": (index, asOf) => index.completedAudits(asOf).map((a) => a.value.id),
  "management-review-results": (index, asOf) => index.completedReviews(asOf).map((r) => r.value.id),
  "nonconformity-records": (index, asOf) => (index.description.records?.nonconformities ?? []).filter((n) => n.raised <= asOf).map((n) => n.id),
};

// Of those, audits and reviews cover their requirement only when the prerequisites count them; a raised
// nonconformity is its own record.
const IMPLICIT_COVER: Record<string, (operation: OperationFacts) => string[]> = {
  "internal-audit-results": (operation) => operation.audits.map((a) => a.value.id),
  "management-review-results": (operation) => operation.reviews.map((r) => r.value.id),
};

/** False only for requirements that depend on parties the organisation does not have. */
export function isApplicable(requirement: Requirement, index: SmsIndex): boolean {
  switch (requirement.appliesWhen) {
    case undefined:
      return true;
    case "internal-suppliers":
      return index.hasInternalSuppliers();
    case "external-suppliers":
      return index.hasExternalSuppliers();
    case "suppliers":
      return index.hasInternalSuppliers() || index.hasExternalSuppliers();
  }
}

/** True when some document, register or record list claims the requirement, in force or not. */
function isClaimed(index: SmsIndex, requirementId: string, asOf: string): boolean {
  return (
    index.documentsFor(requirementId).length > 0 ||
    index.registersFor(requirementId).length > 0 ||
    (IMPLICIT_CLAIMS[requirementId]?.(index, asOf).length ?? 0) > 0
  );
}

/**
 * Applicable requirements (mandatory or recommended ones) that nothing in the SMS claims: the gaps to
 * fill with an entry. Umbrella items are met through the records they stand for, and audit and
 * review results through the audits and reviews the prerequisites judge.
 */
export function unclaimedRequirements(catalog: Catalog, index: SmsIndex, asOf: string, mandatory: boolean): Requirement[] {
  return catalog
    .requirements()
    .filter(
      (r) =>
        r.mandatory === mandatory &&
        r.metByRecordsOf === undefined &&
        !JUDGED_AS_PREREQUISITES.has(r.id) &&
        isApplicable(r, index) &&
        !isClaimed(index, r.id, asOf),
    );
}

export interface CoverageContext {
  index: SmsIndex;
  catalog: Catalog;
  asOf: string;
  evidence: EvidenceFacts;
  operation: OperationFacts;
}

/** Every requirement's state, by id, in catalogue order; umbrella items after the records they stand for. */
export function assessRequirements(context: CoverageContext): Map<string, RequirementAssessment> {
  const { catalog } = context;
  const assessments = new Map<string, RequirementAssessment>();
  for (const requirement of catalog.requirements())
    if (requirement.metByRecordsOf === undefined) assessments.set(requirement.id, assessRequirement(requirement, context));
  const ordered = new Map<string, RequirementAssessment>();
  for (const requirement of catalog.requirements())
    ordered.set(requirement.id, assessments.get(requirement.id) ?? assessUmbrella(requirement, context, assessments));
  return ordered;
}

function assessRequirement(requirement: Requirement, { index, asOf, evidence, operation }: CoverageContext): RequirementAssessment {
  const documents = index.documentsFor(requirement.id);
  const registers = index.registersFor(requirement.id);
  const implicitClaims = IMPLICIT_CLAIMS[requirement.id]?.(index, asOf) ?? [];
  const implicitCover = IMPLICIT_COVER[requirement.id]?.(operation) ?? implicitClaims;
  const satisfiedBy = [...documents.map((d) => d.value.id), ...registers.map((r) => r.value.id), ...implicitClaims];
  if (!isApplicable(requirement, index)) return { id: requirement.id, state: "not-applicable", satisfiedBy };
  if (implicitCover.length > 0) return { id: requirement.id, state: "satisfied", satisfiedBy };
  let nearest: RequirementAssessment["nearest"];
  const consider = (gap: CoverGap | undefined, { pointer, value }: Entry<SmsDocument | Register>): boolean => {
    if (gap === undefined) return true;
    if (nearest === undefined || nearerGap(nearest.gap, gap) !== nearest.gap) nearest = { gap, pointer, entry: value };
    return false;
  };
  for (const d of documents) if (consider(documentGap(d.value, asOf, evidence), d)) return { id: requirement.id, state: "satisfied", satisfiedBy };
  for (const r of registers)
    if (consider(registerGap(r.value, requirement, operation.startDate, asOf, evidence), r)) return { id: requirement.id, state: "satisfied", satisfiedBy };
  if (satisfiedBy.length === 0) return { id: requirement.id, state: "missing", satisfiedBy };
  return { id: requirement.id, state: "weak", satisfiedBy, ...(nearest ? { nearest } : {}) };
}

/** An umbrella item is covered when every applicable mandatory record it stands for is; weak when some are. */
function assessUmbrella(requirement: Requirement, { index, catalog }: CoverageContext, assessments: Map<string, RequirementAssessment>): RequirementAssessment {
  const satisfiedBy = [...index.documentsFor(requirement.id), ...index.registersFor(requirement.id)].map((e) => e.value.id);
  const parts = catalog
    .records()
    .filter((r) => r.mandatory && r.metByRecordsOf === undefined && r.clauses.some((c) => requirement.metByRecordsOf!.some((u) => catalog.isWithin(c, u))))
    .map((r) => assessments.get(r.id)!)
    .filter((a) => a.state !== "not-applicable");
  const covered = parts.filter((a) => a.state === "satisfied").length;
  const state: RequirementState = covered === parts.length ? "satisfied" : covered > 0 ? "weak" : "missing";
  return { id: requirement.id, state, satisfiedBy };
}
