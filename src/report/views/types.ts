// What the report templates see. Every field is plain data: dates as YYYY-MM-DD (templates format
// them with the `date` helper), ratios as 0..1 or null (the `percent` helper), text already localised.
import type { Lang } from "../../catalog/types.js";
import type { Category, Severity } from "../../model/finding.js";
import type { RequirementState } from "../model.js";

export type ReportType = "gap" | "mapping" | "dossier";

/** Shared by every report: who, what, when. */
export interface ReportMeta {
  type: ReportType;
  lang: Lang;
  /** Localised report title, e.g. "Gap analysis". */
  title: string;
  standard: string;
  asOf: string;
  tool: { name: string; version: string };
  file: string;
}

export interface OrganizationView {
  name: string;
  legalEntityName: string;
  registrationId: string;
  scopeStatement: string;
  startDate: string;
  managementRepresentative: string;
  services: { id: string; name: string; description: string }[];
  categories: { code: string; number: string; name: string }[];
  sites: { name: string; address: string; headcount: string }[];
}

export interface FindingView {
  severity: Severity;
  category: Category;
  /** Localised grade, e.g. "major" / "严重不符合". */
  grade: string;
  clause: string;
  clauseTitle: string;
  ruleId: string;
  requirementId: string;
  message: string;
  remedy: string;
  /** "sms.yaml:12:7". */
  location: string;
}

export interface ScoreView {
  clause: string;
  title: string;
  /** 0 for clauses 4 to 10, 1 for 8.x processes. */
  depth: number;
  applicable: number;
  satisfied: number;
  /** Claimed only by entries not in force or not current. */
  weak: number;
  ratio: number | null;
  /** (satisfied + weak) / applicable: where the weak segment of the chart ends. */
  claimedRatio: number | null;
}

export interface DocumentView {
  id: string;
  title: string;
  satisfies: string[];
  owner: string;
  version: string;
  /** Localised status; "" when not given. */
  status: string;
  statusCode: string;
  approvalDate: string;
  nextReviewDate: string;
  evidence: string;
  /** Localised state of the evidence file: present, missing, outside the root, ... ("" when none named). */
  evidenceState: string;
  evidenceOk: boolean;
}

export interface RecordsView {
  internalAudits: { id: string; date: string; status: string; clauses: string; auditor: string; evidence: string }[];
  managementReviews: { id: string; date: string; status: string; evidence: string }[];
  nonconformities: { id: string; description: string; grade: string; clause: string; raised: string; due: string; closed: string; open: boolean }[];
  registers: { id: string; title: string; satisfies: string[]; owner: string; evidence: string; lastEntry: string }[];
}

export interface WaiverView {
  id: string;
  target: string;
  justification: string;
  approver: string;
  expires: string;
  state: string;
  active: boolean;
  suppressed: number;
}

export interface GapView {
  meta: ReportMeta;
  organization: OrganizationView;
  /** The earliest date comes with a proviso ("provided the 3 majors are closed") when majors remain. */
  verdict: { ready: boolean; label: string; reasons: string[]; earliestApplicationDate: string; proviso: string };
  overall: { applicable: number; satisfied: number; weak: number; ratio: number | null; claimedRatio: number | null };
  /** Clauses 4 to 10, with 8.1 to 8.7 after 8. */
  scores: ScoreView[];
  /** Nonconformities by grade; unmet prerequisites apart; total of all findings. */
  counts: { major: number; minor: number; observation: number; prerequisites: number; total: number };
  findingsByClause: { clause: string; title: string; findings: FindingView[] }[];
  /** Findings ordered by severity, then clause, numbered from 1. */
  actionPlan: (FindingView & { number: number })[];
  documents: DocumentView[];
  records: RecordsView;
  waivers: WaiverView[];
  /** The consultant's gap assessment; `present` is false without --assessment (templates are strict). */
  assessment: AssessmentView;
}

export interface AssessmentView {
  present: boolean;
  assessor: string;
  date: string;
  /** Every assessable clause in order; clause 8's are its processes. */
  items: { clause: string; title: string; depth: number; rating: string; ratingClass: string; evidence: string[]; note: string }[];
  actions: { id: string; action: string; owner: string; due: string; status: string; overdue: boolean; clauses: string }[];
}

export interface SatisfierView {
  id: string;
  title: string;
  kind: "document" | "register" | "audit" | "review" | "nonconformity";
  version: string;
  status: string;
  approvalDate: string;
  evidence: string;
}

export interface MappingRequirementView {
  id: string;
  title: string;
  kind: string;
  mandatory: boolean;
  state: RequirementState;
  /** Localised mark: satisfied, weak, missing, not applicable. */
  mark: string;
  satisfiers: SatisfierView[];
}

export interface MappingView {
  meta: ReportMeta;
  organization: OrganizationView;
  /** Every clause and sub-clause 4 to 10.2, in order. */
  clauses: { id: string; title: string; depth: number; processOnly: boolean; requirements: MappingRequirementView[] }[];
  /** Document (and register) to the requirements and clauses it serves. */
  reverse: { id: string; title: string; kind: "document" | "register"; version: string; status: string; requirements: string[]; clauses: string[] }[];
  /** Documents and registers that satisfy nothing in the catalogue. */
  unmapped: { id: string; title: string; kind: "document" | "register" }[];
  counts: { satisfied: number; weak: number; missing: number; notApplicable: number };
}

export type DossierState = "provided" | "partial" | "missing" | "generated";

export interface DossierView {
  meta: ReportMeta;
  organization: OrganizationView;
  items: { number: number; id: string; title: string; description: string; state: DossierState; label: string; evidence: string[]; missing: string[] }[];
  prerequisites: { id: string; title: string; met: boolean; label: string; detail: string }[];
  /** The one verdict, as check gives it. */
  ready: boolean;
  reasons: string[];
  earliestApplication: string;
}
