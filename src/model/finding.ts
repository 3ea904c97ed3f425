// One problem, from a YAML syntax error to a missing policy.
import type { MessageParams } from "../i18n/translate.js";

export const SEVERITIES = ["major", "minor", "observation"] as const;
export type Severity = (typeof SEVERITIES)[number];

/**
 * What kind of problem a finding is; the three are never counted together. Only nonconformities
 * carry an audit grade: an invalid file is invalid, an unmet prerequisite blocks the application.
 * (Both keep severity "major" so that --fail-on treats them as failures.)
 */
export const CATEGORIES = ["invalid", "prerequisite", "nonconformity"] as const;
export type Category = (typeof CATEGORIES)[number];

/** What a stage reports: a message id and where, before localisation and positioning. */
export interface Problem {
  /** Stable kebab id, e.g. "required-document-missing", "schema", "yaml-syntax". */
  ruleId: string;
  severity: Severity;
  /** i18n key of the message; tests assert ids rather than wording. */
  messageId: string;
  params?: MessageParams;
  clause?: string;
  requirementId?: string;
  /** JSON pointer into the YAML; resolved to line:col once, before output. */
  pointer?: string;
  /** Place the finding on the key of the pointed-at member rather than on its value. */
  atKey?: boolean;
  file?: string;
  /** 1-based; set directly by the loader, otherwise resolved from the pointer. */
  line?: number;
  column?: number;
  /** True when the finding stops an application for certification. */
  blocking?: boolean;
  /** For time-bound blockers: the first day the finding no longer blocks. */
  blockingUntil?: string;
}

/** A problem ready for output: localised, with a position. */
export interface Finding extends Problem {
  category: Category;
  message: string;
  /** What to do about it, in words for the client: never how to edit the SMS file. */
  remedy?: string;
  /** How to record the fix in the SMS file: for the terminal and `explain`, never for deliverables. */
  howToRecord?: string;
}

/** The message key of what a finding is called in output: its grade, or "prerequisite" / "invalid". */
export function gradeKey(finding: { category: Category; severity: Severity }): string {
  return finding.category === "nonconformity" ? `format.grade.${finding.severity}` : `format.category.${finding.category}`;
}

/** Negative when a is more severe than b. */
export function compareSeverity(a: Severity, b: Severity): number {
  return SEVERITIES.indexOf(a) - SEVERITIES.indexOf(b);
}

/** True when severity is at or above the threshold ("major" is the top). */
export function atOrAbove(severity: Severity, threshold: Severity): boolean {
  return compareSeverity(severity, threshold) <= 0;
}
