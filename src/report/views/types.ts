// What the report templates see. Every field is plain data: dates as YYYY-MM-DD (templates format
// them with the `date` helper), ratios as 0..1 or null (the `percent` helper), text already localised.
import type { Lang } from "../../catalog/types.js";
import type { Category, Severity } from "../../model/finding.js";
import type { RequirementState } from "../model.js";

export type ReportType = "gap" | "mapping" | "dossier";

/** Who a deliverable is for: the client (no file locations, no rule ids) or the consultant's own team. */
export const AUDIENCES = ["client", "internal"] as const;
export type Audience = (typeof AUDIENCES)[number];

/** How a deliverable presents itself: the `report:` block and flags, with the logo read and embedded. */
export interface BrandingView {
  preparedBy: string;
  version: string;
  confidentiality: string;
  distribution: string[];
  /** The client's logo as a data: URI; "" without one. */
  logo: string;
}

/** How the caller wants a deliverable presented: for whom, and under whose name. */
export interface Presentation {
  audience: Audience;
  branding: BrandingView;
}

/** Shared by every report: who, what, when. */
export interface ReportMeta {
  type: ReportType;
  lang: Lang;
  /** Localised report title, e.g. "Gap analysis". */
  title: string;
  standard: string;
  asOf: string;
  tool: { name: string; version: string };
  /** The SMS file by its base name: a deliverable shows no folders of the machine it was made on. */
  file: string;
  audience: Audience;
  /** True for the internal variant, which adds where each finding lies in the SMS file. */
  internal: boolean;
  branding: BrandingView;
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
  /** Nonconformities found within the clause, by grade. */
  majors: number;
  minors: number;
  observations: number;
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

/** The stage 1 verdict as the report's first page states it. */
export interface VerdictView {
  ready: boolean;
  label: string;
  /** Unmet application prerequisites, each in a sentence: they come before any nonconformity. */
  prerequisites: string[];
  majors: {
    count: number;
    /** The majors themselves when they are few enough to name; empty otherwise. */
    named: { clause: string; clauseTitle: string; message: string }[];
  };
  /** Reasons besides prerequisites and majors: uncovered requirements (when no major explains them), invalid input. */
  others: string[];
  /** One earliest application date ("" when none can be given yet) and what must hold by then. */
  earliest: { date: string; condition: string };
}

/** One step of the action plan: what to do about one finding, or one checklist of missing documented information. */
export interface ActionRowView {
  number: number;
  severity: Severity;
  category: Category;
  /** The clause (or process) it belongs to; "" for application prerequisites. */
  clause: string;
  clauseTitle: string;
  action: string;
  /** Documented information to prepare, by title, with what typically satisfies it. */
  checklist: { title: string; detail: string }[];
  /** The checklist as lines of text, "title: detail", for CSV. */
  checklistLines: string[];
  /** Why: the findings this step closes. */
  findings: string[];
  /** From the consultant's remediation plan where it covers the step; "" to fill in. */
  owner: string;
  due: string;
  status: string;
  overdue: boolean;
  /** The plan's action ids this step is taken from. */
  reference: string;
  /** Internal variant only: where in the SMS file ("sms.yaml:43:1"). */
  locations: string[];
}

export interface ActionGroupView {
  kind: "prerequisite" | Severity;
  title: string;
  intro: string;
  rows: ActionRowView[];
}

export interface GapView {
  meta: ReportMeta;
  organization: OrganizationView;
  verdict: VerdictView;
  overall: { applicable: number; satisfied: number; weak: number; ratio: number | null; claimedRatio: number | null };
  /** Clauses 4 to 10, with 8.1 to 8.7 after 8. */
  scores: ScoreView[];
  /** Nonconformities by grade; unmet prerequisites apart; total of all findings. */
  counts: { major: number; minor: number; observation: number; prerequisites: number; total: number };
  /** Prerequisites, majors, minors, then recommendations; only the groups that have steps. */
  actionPlan: ActionGroupView[];
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
  /** Localised mark: satisfied, weak, missing, not in place (recommended), not applicable. */
  mark: string;
  /** The mark's style: red only for a mandatory item that is missing. */
  markClass: string;
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
  /** The one verdict, as the gap report gives it. */
  verdict: VerdictView;
}
