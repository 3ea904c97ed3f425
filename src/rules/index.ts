// The registry: every gap rule, sorted by id, plus the problems the loader and validator report.
import type { Severity } from "../model/finding.js";
import { administrativePenaltyRecent } from "./administrative-penalty-recent.js";
import { climateChangeNotConsidered } from "./climate-change-not-considered.js";
import { documentControlIncomplete } from "./document-control-incomplete.js";
import { documentNotApproved } from "./document-not-approved.js";
import { documentRetired } from "./document-retired.js";
import { documentReviewDueSoon } from "./document-review-due-soon.js";
import { documentReviewOverdue } from "./document-review-overdue.js";
import { duplicateId } from "./duplicate-id.js";
import { evidenceHashMismatch } from "./evidence-hash-mismatch.js";
import { evidenceMissing } from "./evidence-missing.js";
import { evidenceNotGiven } from "./evidence-not-given.js";
import { evidenceOutsideRoot } from "./evidence-outside-root.js";
import { exclusionNotPermitted } from "./exclusion-not-permitted.js";
import { internalAuditCoverage } from "./internal-audit-coverage.js";
import { internalAuditMissing } from "./internal-audit-missing.js";
import { internalAuditStale } from "./internal-audit-stale.js";
import { legalEntityEvidenceMissing } from "./legal-entity-evidence-missing.js";
import { managementReviewBeforeAudit } from "./management-review-before-audit.js";
import { managementReviewMissing } from "./management-review-missing.js";
import { managementReviewStale } from "./management-review-stale.js";
import { nonconformityOverdue } from "./nonconformity-overdue.js";
import { otherPartyUngoverned } from "./other-party-ungoverned.js";
import { recommendedDocumentMissing } from "./recommended-document-missing.js";
import { requiredDocumentMissing } from "./required-document-missing.js";
import { scopeCategoryMissing } from "./scope-category-missing.js";
import { scopeServicesMissing } from "./scope-services-missing.js";
import { serviceNotCatalogued } from "./service-not-catalogued.js";
import { serviceSlaMissing } from "./service-sla-missing.js";
import { siteIncomplete } from "./site-incomplete.js";
import { smsOperationTooShort } from "./sms-operation-too-short.js";
import type { Rule } from "./types.js";
import { unknownServiceReference } from "./unknown-service-reference.js";
import { waiverExpired } from "./waiver-expired.js";

export const RULES: readonly Rule[] = [
  administrativePenaltyRecent,
  climateChangeNotConsidered,
  documentControlIncomplete,
  documentNotApproved,
  documentRetired,
  documentReviewDueSoon,
  documentReviewOverdue,
  duplicateId,
  evidenceHashMismatch,
  evidenceMissing,
  evidenceNotGiven,
  evidenceOutsideRoot,
  exclusionNotPermitted,
  internalAuditCoverage,
  internalAuditMissing,
  internalAuditStale,
  legalEntityEvidenceMissing,
  managementReviewBeforeAudit,
  managementReviewMissing,
  managementReviewStale,
  nonconformityOverdue,
  otherPartyUngoverned,
  recommendedDocumentMissing,
  requiredDocumentMissing,
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
}

// Problems found before the rules run; their logic lives in load/, validate/ and io/discover-documents.
const LOAD_RULES: RuleMeta[] = [
  { id: "document-source-empty", severity: "minor", clauses: ["7.5.3"], blocking: false },
  { id: "document-source-outside-root", severity: "major", clauses: ["7.5.3"], blocking: false },
  { id: "front-matter-missing", severity: "minor", clauses: ["7.5.3"], blocking: false },
  { id: "file-encoding", severity: "major", clauses: [], blocking: false },
  { id: "schema", severity: "major", clauses: [], blocking: false },
  { id: "scope-category-unknown", severity: "major", clauses: ["4.3"], blocking: false },
  { id: "yaml-alias-limit", severity: "major", clauses: [], blocking: false },
  { id: "yaml-duplicate-key", severity: "major", clauses: [], blocking: false },
  { id: "yaml-empty", severity: "major", clauses: [], blocking: false },
  { id: "yaml-not-mapping", severity: "major", clauses: [], blocking: false },
  { id: "yaml-syntax", severity: "major", clauses: [], blocking: false },
  { id: "yaml-tab", severity: "major", clauses: [], blocking: false },
  { id: "yaml-too-deep", severity: "major", clauses: [], blocking: false },
];

export const ALL_RULES: readonly RuleMeta[] = [
  ...LOAD_RULES,
  ...RULES.map(({ id, severity, clauses, blocking }) => ({ id, severity, clauses, blocking: blocking === true })),
].sort((a, b) => (a.id < b.id ? -1 : 1));
