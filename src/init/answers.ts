// What `iso20k init` learns from the person (or from flags and a folder scan), before it becomes an SMS.
import type { DocumentStatus } from "../model/sms.js";

export interface SiteAnswer {
  name: string;
  address?: string;
  headcount?: number;
}

/** A document or record the organisation already has, ticked in the list or found by the scan. */
export interface ExistingItem {
  requirementId: string;
  /** Where it ends up: a controlled document, or a register of records. */
  kind: "document" | "register";
  title: string;
  owner?: string;
  /** Documents only. */
  status?: DocumentStatus;
  version?: string;
  /** YYYY-MM-DD; approved documents only. */
  approvalDate?: string;
  /** Clauses of the one process a process document describes. */
  processes?: string[];
  /** A path relative to the SMS file's folder. */
  evidence?: string;
}

/** An internal audit or management review that was held, with its report or minutes if the scan found them. */
export interface HeldAnswer {
  /** YYYY-MM-DD. */
  date: string;
  /** A path relative to the SMS file's folder. */
  evidence?: string;
}

export interface InitAnswers {
  organization: {
    name: string;
    registrationId?: string;
    sites: SiteAnswer[];
  };
  scope: {
    statement?: string;
    /** Service names, in the order given. */
    services: string[];
    /** Category numbers, "04.02". */
    businessCategories: string[];
  };
  /** YYYY-MM-DD. */
  startDate: string;
  managementRepresentative?: string;
  existing: ExistingItem[];
  internalAudit?: HeldAnswer;
  managementReview?: HeldAnswer;
  /** Files the scan found that no answer uses, listed at the end of the file; relative to its folder. */
  unmatchedFiles?: string[];
}
