// How much a missing evidence file matters: as much as the requirement it leaves without cover.
import type { Catalog } from "../catalog/catalog.js";
import type { RequirementAssessment } from "./requirement-state.js";
import type { SmsIndex } from "./sms-index.js";
import type { Severity } from "../model/finding.js";

/**
 * The grade of an unusable evidence file at `pointer`: major when it leaves a mandatory requirement
 * without cover, minor when the requirement is covered otherwise (a document-control defect),
 * observation behind recommended items; undefined where a prerequisite or the dossier judges the
 * file (legal entity, audits, reviews, application files).
 */
export function evidenceGrade(pointer: string, sms: SmsIndex, catalog: Catalog, requirements: ReadonlyMap<string, RequirementAssessment>): Severity | undefined {
  const match = /^\/(documents|records\/registers|records\/nonconformities|organization\/penalties)\/(\d+)\/evidence$/.exec(pointer);
  if (!match) return undefined;
  const [, list, position] = match;
  if (list === "records/nonconformities") return "minor";
  if (list === "organization/penalties") return "observation";
  const entry = (list === "documents" ? sms.documents : sms.registers)[Number(position)];
  const supported = (entry?.value.satisfies ?? []).flatMap((id) => catalog.requirement(id) ?? []).filter((r) => r.mandatory);
  const applicable = supported.filter((r) => requirements.get(r.id)?.state !== "not-applicable");
  if (applicable.length === 0) return "observation";
  return applicable.some((r) => requirements.get(r.id)?.state !== "satisfied") ? "major" : "minor";
}
