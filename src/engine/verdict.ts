// The one stage 1 verdict, used by every command and format: ready only when every prerequisite is
// met, no major nonconformity stands, every mandatory requirement is covered, the dossier is
// complete (its gaps are prerequisites) and the input files are valid.
import { clauseWithin } from "../catalog/catalog.js";
import type { Problem } from "../model/finding.js";

export interface VerdictAssessment {
  status: "ready" | "not-ready";
  /** The unmet application prerequisites. */
  prerequisites: Problem[];
  /** Major nonconformities that stand after waivers, each gap once (see distinctMajors). */
  majors: number;
  /** Applicable mandatory requirements without a document in force or a current record. */
  uncovered: number;
  /** Problems that make an input file invalid (a Markdown document's front matter, say). */
  invalid: number;
  /** When every unmet prerequisite is time-bound or planned: the first day all of them are met. */
  earliestApplicationDate?: string;
}

export interface VerdictInput {
  kept: Problem[];
  uncovered: number;
  invalid: number;
}

export function decideVerdict({ kept, uncovered, invalid }: VerdictInput): VerdictAssessment {
  const prerequisites = kept.filter((p) => p.blocking);
  const majors = distinctMajors(kept.filter((p) => !p.blocking && p.severity === "major")).length;
  const ready = prerequisites.length === 0 && majors === 0 && uncovered === 0 && invalid === 0;
  const timeBound = prerequisites.length > 0 && prerequisites.every((p) => p.blockingUntil !== undefined);
  const earliest = timeBound && invalid === 0 ? prerequisites.map((p) => p.blockingUntil as string).sort().at(-1) : undefined;
  return { status: ready ? "ready" : "not-ready", prerequisites, majors, uncovered, invalid, ...(earliest ? { earliestApplicationDate: earliest } : {}) };
}

/**
 * A consultant's major rating of a clause where the check found a major of its own is the same gap
 * seen twice: it counts once. Both findings stay listed.
 */
export function distinctMajors<T extends Problem>(majors: T[]): T[] {
  const checked = majors.filter((p) => p.ruleId !== "assessed-nonconformity" && p.clause !== undefined);
  const corroborated = (rated: Problem) => rated.clause !== undefined && checked.some((p) => clauseWithin(p.clause!, rated.clause!));
  return majors.filter((p) => p.ruleId !== "assessed-nonconformity" || !corroborated(p));
}

