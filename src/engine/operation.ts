// When the SMS began operating according to its documented system, and which audits and reviews count
// towards an application: the facts the prerequisites are judged on, worked out once.
import type { Catalog } from "../catalog/catalog.js";
import type { InternalAudit, ManagementReview, SmsDocument } from "../model/sms.js";
import { documentGap } from "./cover.js";
import { fileExists, type EvidenceFacts } from "./evidence.js";
import type { Entry, SmsIndex } from "./sms-index.js";

/** The issue of the documented system: the last core requirement to get a document in force. */
export interface DocumentedSystem {
  /** The day the last core document was first issued. */
  since: string;
  document: Entry<SmsDocument>;
}

export interface OperationFacts {
  /** sms.startDate as written. */
  startDate: string;
  /** Undefined when no core document is in force: nothing has been issued to operate by. */
  documented?: DocumentedSystem;
  /** Core requirements with no document in force: until they have one, the documented system is not complete. */
  undocumented: string[];
  /** The later of the start date and the issue of the documented system: three months count from here. */
  start: string;
  /** Completed audits held on the running SMS (from `start` to as-of) with a report that exists; earliest first. */
  audits: Entry<InternalAudit>[];
  /** The day of the first audit held on the running SMS, report or not: a review after it saw audit results. */
  firstAuditHeld?: string;
  /** Completed reviews held on the running SMS with minutes that exist, on or after that audit; earliest first. */
  reviews: Entry<ManagementReview>[];
}

/** The first issue of a document: firstIssued, else its approval; undefined when neither is known. */
export function issueDate(document: SmsDocument): string | undefined {
  return document.firstIssued ?? document.approvalDate;
}

function documentedSystem(index: SmsIndex, catalog: Catalog, asOf: string, evidence: EvidenceFacts): { latest?: DocumentedSystem; undocumented: string[] } {
  let latest: DocumentedSystem | undefined;
  const undocumented: string[] = [];
  for (const requirement of catalog.requirements()) {
    if (!requirement.core) continue;
    // The earliest issued document in force for this requirement; an undated one counts as issued at the start.
    let earliest: DocumentedSystem | undefined;
    for (const entry of index.documentsFor(requirement.id)) {
      if (documentGap(entry.value, asOf, evidence) !== undefined) continue;
      const since = issueDate(entry.value) ?? index.operation.startDate;
      if (earliest === undefined || since < earliest.since) earliest = { since, document: entry };
    }
    if (earliest === undefined) undocumented.push(requirement.id);
    else if (latest === undefined || earliest.since > latest.since) latest = earliest;
  }
  return { latest, undocumented };
}

export function operationFacts(index: SmsIndex, catalog: Catalog, asOf: string, evidence: EvidenceFacts): OperationFacts {
  const startDate = index.operation.startDate;
  const { latest: documented, undocumented } = documentedSystem(index, catalog, asOf, evidence);
  const start = documented !== undefined && documented.since > startDate ? documented.since : startDate;
  const onRunningSms = (date: string) => date >= start && date <= asOf;
  const held = index.completedAudits(asOf).filter((a) => onRunningSms(a.value.date));
  const audits = held.filter((a) => fileExists(evidence, a.value.evidence));
  // A missing audit report is the audit prerequisite's finding; the review still saw the results.
  const firstAuditHeld = held[0]?.value.date;
  const reviews =
    firstAuditHeld === undefined
      ? []
      : index.completedReviews(asOf).filter((r) => onRunningSms(r.value.date) && r.value.date >= firstAuditHeld && fileExists(evidence, r.value.evidence));
  return { startDate, documented, undocumented, start, ...(firstAuditHeld ? { firstAuditHeld } : {}), audits, reviews };
}
