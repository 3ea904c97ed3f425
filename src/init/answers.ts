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
  /** YYYY-MM-DD of the internal audit held, if one was. */
  internalAuditDate?: string;
  managementReviewDate?: string;
}

/** Whether `value` is a real calendar day written YYYY-MM-DD. */
export function isCalendarDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const day = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return day.toISOString().slice(0, 10) === value;
}
