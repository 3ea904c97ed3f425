// The reports: everything a formatter needs, and nothing it has to compute.
import type { Lang } from "../catalog/types.js";
import type { Category, Finding, Severity } from "../model/finding.js";
import type { GapProgress } from "../engine/gap-progress.js";
import type { ActionStatus, Conformity, EvidenceSeen } from "../model/gap-assessment.js";

export interface ToolInfo {
  name: "iso20k";
  version: string;
}

export interface FileResult {
  file: string;
  valid: boolean;
  findings: Finding[];
}

/** What `validate` reports: structure only, for one or more files. */
export interface ValidationReport {
  kind: "validation";
  tool: ToolInfo;
  lang: Lang;
  files: FileResult[];
}

/** A rule as reports describe it (SARIF rules, `iso20k rules`), localised. */
export interface RuleInfo {
  id: string;
  severity: Severity;
  clauses: string[];
  title: string;
  description: string;
  remedy: string;
  /** How to record the fix in the SMS file, where the rule has such a text. */
  howToRecord?: string;
  /** True when its findings stop an application for certification. */
  blocking: boolean;
  /** Invalid input, application prerequisite or nonconformity: only nonconformities are graded. */
  category: Category;
}

/** Documented-information coverage of the applicable mandatory requirements. */
export interface Score {
  /** Applicable mandatory requirements. */
  applicable: number;
  /** Of those, covered by a document in force or a current record. */
  satisfied: number;
  /** Of those, claimed only by entries not in force or not current (drafts, stale records, missing files). */
  weak: number;
  /** satisfied / applicable, 0..1; null when nothing applies. */
  ratio: number | null;
}

export interface ClauseScore extends Score {
  /** "4" to "10", and "8.1" to "8.7". */
  clause: string;
  title: string;
  /** 0 for clauses 4 to 10, 1 for 8.x. */
  depth: number;
}

export interface Verdict {
  status: "ready" | "not-ready";
  /** Every reason the organisation cannot apply yet: unmet prerequisites first, then the counts. */
  reasons: { ruleId: string; message: string }[];
  /** Unmet application prerequisites, major nonconformities, uncovered mandatory requirements, invalid inputs. */
  counts: { prerequisites: number; majors: number; uncovered: number; invalid: number };
  /** When every unmet prerequisite is time-bound or planned: the first day all of them are met. */
  earliestApplicationDate?: string;
  /** The earliest date in words, with what must also be done by then ("provided the 3 majors are closed"). */
  earliestApplication?: string;
}

export type RequirementState = "satisfied" | "weak" | "missing" | "not-applicable";

/** One catalogue requirement and what satisfies it in this SMS. */
export interface RequirementStatus {
  id: string;
  title: string;
  summary: string;
  clauses: string[];
  kind: "document" | "record";
  mandatory: boolean;
  /** satisfied: covered; weak: claimed only by entries not in force or not current; missing: claimed by nothing. */
  state: RequirementState;
  /** Ids of the documents and records that claim to satisfy it. */
  satisfiedBy: string[];
}

export interface WaiverStatus {
  id: string;
  rule?: string;
  requirement?: string;
  justification: string;
  approver: string;
  expires: string;
  /** active: in force at as-of; expired: suppresses nothing. */
  state: "active" | "expired";
  /** How many findings it suppressed. */
  suppressed: number;
  /** How many majors or prerequisites it named and could not suppress. */
  refused: number;
}

/** A finding compared with a baseline run. */
export type BaselineState = "new" | "unchanged";

export interface CheckFinding extends Finding {
  /** Only when --baseline was given. */
  baseline?: BaselineState;
}

/** One item of the application dossier (seed 000 section 5) and what it still lacks. */
export interface DossierItemReport {
  number: number;
  id: string;
  title: string;
  state: "provided" | "partial" | "missing" | "generated";
  /** Evidence paths that make up the item, as written in the SMS file. */
  evidence: string[];
  /** What the item lacks, in the report's language. */
  missing: string[];
}

/** What `check` reports for one SMS file. */
export interface CheckReport {
  kind: "check";
  tool: ToolInfo;
  lang: Lang;
  /** The day the check speaks for, YYYY-MM-DD. */
  asOf: string;
  standard: string;
  /** The SMS file as given on the command line. */
  file: string;
  organization: string;
  /** False when the file did not parse or match the schema: then only findings are filled in. */
  valid: boolean;
  verdict: Verdict;
  overall: Score;
  /** Clauses 4 to 10, each followed by its 8.x processes where it is clause 8. */
  scores: ClauseScore[];
  requirements: RequirementStatus[];
  /** Sorted by clause, then severity, then position. */
  findings: CheckFinding[];
  /** Findings a waiver suppressed, with the waiver's id. */
  suppressed: (Finding & { waiver: string })[];
  waivers: WaiverStatus[];
  /** The application dossier, item by item; empty when the file is invalid. */
  dossier: DossierItemReport[];
  /** Findings of the baseline that are gone now; only when --baseline was given. */
  fixed?: Finding[];
  /** The consultant's gap assessment, when the check was given a valid one (--assessment). */
  gapAssessment?: GapAssessmentReport;
  /** Every rule that ran, for help texts. */
  rules: RuleInfo[];
}

/** One assessable item of the catalogue as the gap assessment rates it ("not-assessed" when it does not). */
export interface AssessedItemReport {
  clause: string;
  title: string;
  question: string;
  status: Conformity;
  /** The grade the rating maps to, when it is a gap. */
  grade?: Severity;
  evidence: EvidenceSeen[];
  note?: string;
  assessor: string;
  date: string;
}

/** How the items of one top-level clause are rated, as counts per status. */
export interface ClauseConformity {
  clause: string;
  title: string;
  counts: Record<Conformity, number>;
}

export interface ActionReport {
  id: string;
  action: string;
  owner?: string;
  due: string;
  status: ActionStatus;
  items: string[];
  requirements: string[];
  overdue: boolean;
}

export interface GapAssessmentReport {
  /** The gap assessment file as given on the command line. */
  file: string;
  assessor: string;
  date: string;
  /** Every assessable item of the catalogue, in clause order; those of clause 8 are its processes. */
  items: AssessedItemReport[];
  /** Clauses 4 to 10. */
  byClause: ClauseConformity[];
  actions: ActionReport[];
  /** Against an earlier assessment, with --previous-assessment. */
  progress?: GapProgress;
}
