// The reports: everything a formatter needs, and nothing it has to compute.
import type { Lang } from "../catalog/types.js";
import type { Finding, Severity } from "../model/finding.js";

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
  /** True when its findings stop an application for certification. */
  blocking: boolean;
}

export interface Score {
  /** Applicable mandatory requirements. */
  applicable: number;
  /** Of those, satisfied by an approved, current document or record. */
  satisfied: number;
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
  /** Every reason the organisation cannot apply yet, most serious first. */
  reasons: { ruleId: string; message: string }[];
  /** When time is the only blocker: the first day the organisation may apply. */
  earliestApplicationDate?: string;
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
  /** satisfied: an approved, current entry; weak: only draft, overdue or retired entries; missing: none. */
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
}

/** A finding compared with a baseline run. */
export type BaselineState = "new" | "unchanged";

export interface CheckFinding extends Finding {
  /** Only when --baseline was given. */
  baseline?: BaselineState;
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
  /** Findings of the baseline that are gone now; only when --baseline was given. */
  fixed?: Finding[];
  /** Every rule that ran, for help texts. */
  rules: RuleInfo[];
}
