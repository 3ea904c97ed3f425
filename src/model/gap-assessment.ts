// The consultant's gap assessment: a dated work product about one SMS, kept in its own file so that
// successive assessments of a client stay comparable and the client's sms.yaml is never rewritten.
import type { ReportSettings } from "./report-settings.js";

/**
 * The rating scale, in order of conformity. "not-assessed" (no judgement yet) is distinct from
 * "not-addressed" (judged: nothing is in place).
 */
export const CONFORMITY = ["not-assessed", "not-addressed", "initial", "inconsistent", "conforming", "not-applicable"] as const;
export type Conformity = (typeof CONFORMITY)[number];

/** Evidence the assessor saw: an id in the SMS file, a file, an interview or an observation. */
export type EvidenceSeen =
  | { document: string }
  | { record: string }
  | { file: string }
  | { interview: { role: string; date: string; name?: string } }
  | { observation: string };

export interface AssessedItem {
  /** The catalogue's assessable item: a leaf clause of 4 to 10. */
  clause: string;
  status: Conformity;
  evidence?: EvidenceSeen[];
  note?: string;
  /** When someone other than the assessment's assessor rated the item, or on another day. */
  assessor?: string;
  date?: string;
}

export const ACTION_STATUSES = ["open", "in-progress", "done", "cancelled"] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

/** One step of the remediation plan. */
export interface RemediationAction {
  id: string;
  action: string;
  owner?: string;
  due: string;
  status: ActionStatus;
  /** The assessed items (clauses) the action closes. */
  items?: string[];
  /** The catalogue requirements whose findings the action closes. */
  requirements?: string[];
}

export interface GapAssessment {
  assessment: {
    /** The SMS file assessed, relative to this file. */
    sms?: string;
    assessor: string;
    date: string;
  };
  items: AssessedItem[];
  actions?: RemediationAction[];
  report?: ReportSettings;
}
