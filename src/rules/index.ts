// The registry: every gap rule, sorted by id, plus the problems the loader and validator report.
import type { Category, Severity } from "../model/finding.js";
import { actionMissing } from "./action-missing.js";
import { actionOverdue } from "./action-overdue.js";
import { actionWithoutOwner } from "./action-without-owner.js";
import { administrativePenaltyRecent } from "./administrative-penalty-recent.js";
import { applicationDossierIncomplete } from "./application-dossier-incomplete.js";
import { assessedNonconformity } from "./assessed-nonconformity.js";
import { assessmentEvidenceUnknown } from "./assessment-evidence-unknown.js";
import { assessmentIncomplete } from "./assessment-incomplete.js";
import { assessmentUnsupported } from "./assessment-unsupported.js";
import { climateChangeNotConsidered } from "./climate-change-not-considered.js";
import { documentControlIncomplete } from "./document-control-incomplete.js";
import { documentReviewDueSoon } from "./document-review-due-soon.js";
import { documentReviewOverdue } from "./document-review-overdue.js";
import { duplicateId } from "./duplicate-id.js";
import { evidenceHashMismatch } from "./evidence-hash-mismatch.js";
import { evidenceHashUnchecked } from "./evidence-hash-unchecked.js";
import { evidenceMissing } from "./evidence-missing.js";
import { evidenceNotGiven } from "./evidence-not-given.js";
import { evidenceOutsideRoot } from "./evidence-outside-root.js";
import { exclusionNotPermitted } from "./exclusion-not-permitted.js";
import { internalAuditCoverage } from "./internal-audit-coverage.js";
import { internalAuditMissing } from "./internal-audit-missing.js";
import { internalAuditStale } from "./internal-audit-stale.js";
import { legalEntityEvidenceMissing } from "./legal-entity-evidence-missing.js";
import { managementReviewMissing } from "./management-review-missing.js";
import { managementReviewStale } from "./management-review-stale.js";
import { nonconformityClosureUnevidenced } from "./nonconformity-closure-unevidenced.js";
import { nonconformityOverdue } from "./nonconformity-overdue.js";
import { otherPartyUngoverned } from "./other-party-ungoverned.js";
import { recommendedDocumentMissing } from "./recommended-document-missing.js";
import { requiredDocumentMissing } from "./required-document-missing.js";
import { requirementNotCovered } from "./requirement-not-covered.js";
import { scopeCategoryMissing } from "./scope-category-missing.js";
import { scopeServicesMissing } from "./scope-services-missing.js";
import { serviceNotCatalogued } from "./service-not-catalogued.js";
import { serviceSlaMissing } from "./service-sla-missing.js";
import { siteIncomplete } from "./site-incomplete.js";
import { smsOperationTooShort } from "./sms-operation-too-short.js";
import { unknownServiceReference } from "./unknown-service-reference.js";
import { waiverExpired } from "./waiver-expired.js";
import type { Rule } from "./types.js";

export const RULES: readonly Rule[] = [
  actionMissing,
  actionOverdue,
  actionWithoutOwner,
  administrativePenaltyRecent,
  applicationDossierIncomplete,
  assessedNonconformity,
  assessmentEvidenceUnknown,
  assessmentIncomplete,
  assessmentUnsupported,
  climateChangeNotConsidered,
  documentControlIncomplete,
  documentReviewDueSoon,
  documentReviewOverdue,
  duplicateId,
  evidenceHashMismatch,
  evidenceHashUnchecked,
  evidenceMissing,
  evidenceNotGiven,
  evidenceOutsideRoot,
  exclusionNotPermitted,
  internalAuditCoverage,
  internalAuditMissing,
  internalAuditStale,
  legalEntityEvidenceMissing,
  managementReviewMissing,
  managementReviewStale,
  nonconformityClosureUnevidenced,
  nonconformityOverdue,
  otherPartyUngoverned,
  recommendedDocumentMissing,
  requiredDocumentMissing,
  requirementNotCovered,
  scopeCategoryMissing,
  scopeServicesMissing,
  serviceNotCatalogued,
  serviceSlaMissing,
  siteIncomplete,
  smsOperationTooShort,
  unknownServiceReference,
  waiverExpired,
];

/** What every rule, including the loader's and validator's, says about itself. */
export interface RuleMeta {
  id: string;
  severity: Severity;
  clauses: string[];
  blocking: boolean;
  category: Category;
}

// Problems found before the rules run, and the engine's own; their logic lives in load/, validate/,
// io/discover-documents, engine/waivers and engine/systemic-gaps.
const invalid = (id: string): RuleMeta => ({ id, severity: "major", clauses: [], blocking: false, category: "invalid" });
const OTHER_RULES: RuleMeta[] = [
  { id: "document-source-empty", severity: "minor", clauses: ["7.5.3"], blocking: false, category: "nonconformity" },
  { id: "document-source-outside-root", severity: "major", clauses: ["7.5.3"], blocking: false, category: "nonconformity" },
  { id: "document-source-unsupported", severity: "minor", clauses: ["7.5.3"], blocking: false, category: "nonconformity" },
  { id: "front-matter-missing", severity: "minor", clauses: ["7.5.3"], blocking: false, category: "nonconformity" },
  { id: "waiver-not-acceptable", severity: "minor", clauses: ["6.1"], blocking: false, category: "nonconformity" },
  { id: "systemic-gap", severity: "major", clauses: [], blocking: false, category: "nonconformity" },
  { id: "assessment-contradicted", severity: "minor", clauses: ["4", "5", "6", "7", "8", "9", "10"], blocking: false, category: "nonconformity" },
  invalid("file-encoding"),
  invalid("schema"),
  invalid("scope-category-unknown"),
  invalid("yaml-alias-limit"),
  invalid("yaml-duplicate-key"),
  invalid("yaml-empty"),
  invalid("yaml-not-mapping"),
  invalid("yaml-syntax"),
  invalid("yaml-tab"),
  invalid("yaml-too-deep"),
];

export const ALL_RULES: readonly RuleMeta[] = [
  ...OTHER_RULES,
  ...RULES.map(({ id, severity, clauses, blocking }): RuleMeta => ({
    id,
    severity,
    clauses,
    blocking: blocking === true,
    category: blocking ? "prerequisite" : "nonconformity",
  })),
].sort((a, b) => (a.id < b.id ? -1 : 1));

const CATEGORY = new Map(ALL_RULES.map((r) => [r.id, r.category]));

/** Invalid input, prerequisite or nonconformity: what kind of problem a rule's findings are. */
export function categoryOf(ruleId: string): Category {
  return CATEGORY.get(ruleId) ?? "nonconformity";
}
