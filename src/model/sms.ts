// The SMS description as read from sms.yaml, after schema validation.
// Dates are ISO strings "YYYY-MM-DD"; YAML 1.2 keeps them as strings.

import type { ReportSettings } from "./report-settings.js";

export type DocumentStatus = "draft" | "in-review" | "approved" | "retired";
export type PartyKind = "external-supplier" | "internal-supplier" | "customer-as-supplier";

export interface Sms {
  organization: Organization;
  scope: Scope;
  sms: SmsOperation;
  context?: Context;
  /** Glob patterns of Markdown files whose front matter describes a document. */
  documentSources?: string[];
  documents: SmsDocument[];
  records?: Records;
  waivers?: Waiver[];
  application?: ApplicationEvidence;
  report?: ReportSettings;
}

export interface Organization {
  name: string;
  legalEntity?: LegalEntity;
  sites?: Site[];
  penalties?: Penalty[];
}

export interface LegalEntity {
  name?: string;
  registrationId?: string;
  evidence?: string;
}

export interface Site {
  name: string;
  address?: string;
  headcount?: number;
}

export interface Penalty {
  date: string;
  authority: string;
  description: string;
  evidence?: string;
}

export interface Scope {
  statement?: string;
  services?: Service[];
  businessCategories?: string[];
  otherParties?: OtherParty[];
  exclusions?: Exclusion[];
}

export interface Service {
  id: string;
  name: string;
  description?: string;
}

export interface OtherParty {
  name: string;
  kind: PartyKind;
  /** Clause ids of the processes (or parts) the party operates, e.g. "8.6.1". */
  processes?: string[];
  /** Ids of documents (contracts, agreements, procedures) that show how the party is governed. */
  governedBy?: string[];
}

export interface Exclusion {
  requirement?: string;
  clause?: string;
  justification?: string;
}

export interface SmsOperation {
  /** The day the SMS started operating with records. */
  startDate: string;
  managementRepresentative?: string;
}

export interface Context {
  /** 4.1 as amended in 2024: whether climate change is a relevant issue, and why. */
  climateChange?: { relevant: boolean; rationale?: string };
}

export interface SmsDocument {
  id: string;
  title: string;
  /** Requirement ids from the catalogue. */
  satisfies: string[];
  /** Service ids this document covers (SLAs, catalogue entries); absent means all services in scope. */
  services?: string[];
  owner?: string;
  version?: string;
  status?: DocumentStatus;
  approvalDate?: string;
  /** The day the first version was issued; where absent, approvalDate stands in for it. */
  firstIssued?: string;
  nextReviewDate?: string;
  /** Clauses of the processes this document describes, e.g. "8.6.3" (a process manual or procedure). */
  processes?: string[];
  evidence?: string;
  sha256?: string;
}

export interface Records {
  internalAudits?: InternalAudit[];
  managementReviews?: ManagementReview[];
  nonconformities?: Nonconformity[];
  registers?: Register[];
}

export interface InternalAudit {
  id: string;
  date: string;
  status: "planned" | "completed";
  /** Clauses covered, at any depth: "4", "8.5.1". */
  clauses: string[];
  auditor?: string;
  evidence?: string;
}

export interface ManagementReview {
  id: string;
  date: string;
  status: "planned" | "completed";
  evidence?: string;
}

export interface Nonconformity {
  id: string;
  description: string;
  grade: "major" | "minor";
  clause?: string;
  raised: string;
  due?: string;
  closed?: string;
  evidence?: string;
}

/** A set of records kept over time (incident log, competence matrix, change log). */
export interface Register {
  id: string;
  title: string;
  satisfies: string[];
  owner?: string;
  evidence?: string;
  /** The last day the register holds an entry for. */
  lastEntry?: string;
}

export interface Waiver {
  id: string;
  /** A rule id, a requirement id, or both: the waiver suppresses findings that match every one given. */
  rule?: string;
  requirement?: string;
  justification: string;
  approver: string;
  expires: string;
}

/** Evidence for the application dossier that is not a controlled SMS document. */
export interface ApplicationEvidence {
  organizationProfile?: string;
  organizationChart?: string;
  businessProcesses?: string;
  documentList?: string;
  confidentialityStatement?: string;
}
