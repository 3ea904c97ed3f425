// Whether one document or register puts a requirement into effect, and if not, why not.
import type { Requirement } from "../catalog/types.js";
import type { Register, SmsDocument } from "../model/sms.js";
import { daysBetween } from "./dates.js";
import { fileExists, type EvidenceFacts } from "./evidence.js";

/** Why an entry that claims a requirement does not cover it; the order is how close it comes, nearest first. */
export const COVER_GAPS = [
  "file-missing",
  "approved-after-review",
  "approved-later",
  "stale",
  "before-start",
  "no-last-entry",
  "no-evidence",
  "in-review",
  "draft",
  "no-status",
  "retired",
] as const;
export type CoverGap = (typeof COVER_GAPS)[number];

/**
 * A document covers what it claims once it is approved, in effect by `asOf` and consistent, and its
 * file (if named) is there. A late review does not take it out of force: that is a minor of its own.
 */
export function documentGap(document: SmsDocument, asOf: string, evidence: EvidenceFacts): CoverGap | undefined {
  const { status, approvalDate, nextReviewDate } = document;
  if (status === undefined) return "no-status";
  if (status !== "approved") return status;
  if (approvalDate !== undefined && approvalDate > asOf) return "approved-later";
  if (approvalDate !== undefined && nextReviewDate !== undefined && approvalDate > nextReviewDate) return "approved-after-review";
  if (document.evidence !== undefined && !fileExists(evidence, document.evidence)) return "file-missing";
  return undefined;
}

/**
 * A register shows the SMS running for a requirement when its records can be seen (an evidence file
 * that is there) and its latest entry falls after the SMS started and within the requirement's
 * freshness window. A last entry after `asOf` is taken as current.
 */
export function registerGap(register: Register, requirement: Requirement, operationStart: string, asOf: string, evidence: EvidenceFacts): CoverGap | undefined {
  if (register.evidence === undefined) return "no-evidence";
  if (!fileExists(evidence, register.evidence)) return "file-missing";
  const last = register.lastEntry;
  if (last === undefined) return "no-last-entry";
  if (last < operationStart) return "before-start";
  if (requirement.freshnessDays !== undefined && daysBetween(last, asOf) > requirement.freshnessDays) return "stale";
  return undefined;
}

/** The nearer of two gaps. */
export function nearerGap(a: CoverGap | undefined, b: CoverGap): CoverGap {
  return a !== undefined && COVER_GAPS.indexOf(a) <= COVER_GAPS.indexOf(b) ? a : b;
}
