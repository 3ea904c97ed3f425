// What a gap rule is: metadata beside a check over the indexed SMS.
import type { Catalog } from "../catalog/catalog.js";
import type { DossierItemStatus } from "../engine/dossier.js";
import type { EvidenceFacts } from "../engine/evidence.js";
import type { GapAssessmentIndex } from "../engine/gap-assessment-index.js";
import type { OperationFacts } from "../engine/operation.js";
import type { RequirementAssessment } from "../engine/requirement-state.js";
import type { SmsIndex } from "../engine/sms-index.js";
import type { MessageParams } from "../i18n/translate.js";
import type { Severity } from "../model/finding.js";

/** What a rule says about one place in the SMS. */
export interface RuleReport {
  /** Key under rule.<rule-id>. in the message catalogues. */
  messageId: string;
  params?: MessageParams;
  pointer: string;
  atKey?: boolean;
  clause?: string;
  requirementId?: string;
  /** Overrides the rule's severity for this finding (a major-graded nonconformity, say). */
  severity?: Severity;
  /** For time-bound blockers: the first day this finding no longer blocks an application. */
  blockingUntil?: string;
  /** A finding placed in another file than sms.yaml (the gap assessment): its file, line and column. */
  file?: string;
  line?: number;
  column?: number;
}

export interface RuleContext {
  catalog: Catalog;
  /** The day the check speaks for, YYYY-MM-DD. */
  asOf: string;
  evidence: EvidenceFacts;
  /** When the SMS began running by its documented system, and the audits and reviews that count. */
  operation: OperationFacts;
  /** Every requirement's cover, by id. */
  requirements: ReadonlyMap<string, RequirementAssessment>;
  dossier: readonly DossierItemStatus[];
  /** The consultant's gap assessment, when the check was given one. */
  gap?: GapAssessmentIndex;
  report(finding: RuleReport): void;
}

export interface Rule {
  /** Kebab id, also the file name. */
  id: string;
  severity: Severity;
  /** The clauses the rule speaks for; a finding without its own clause takes the first. */
  clauses: string[];
  /** True for the certification body's application prerequisites: they block, carry no grade and no clause. */
  blocking?: boolean;
  /** The message ids it reports, each a key rule.<id>.<messageId>. */
  messages: readonly string[];
  check(sms: SmsIndex, context: RuleContext): void;
}
