// Documented-information coverage: the share of applicable mandatory requirements that are covered,
// per clause, with the weakly claimed ones (drafts, stale records) counted apart.
import type { Catalog } from "../catalog/catalog.js";
import type { RequirementAssessment } from "./requirement-state.js";

export interface ClauseTally {
  clause: string;
  applicable: number;
  satisfied: number;
  /** Claimed, but by nothing in force or current. */
  weak: number;
}

/** Clauses 4 to 10, with 8.1 to 8.7 after clause 8: the rows of every score table. */
export function scoredClauses(catalog: Catalog): string[] {
  return catalog
    .clauses()
    .map((c) => c.id)
    .filter((id) => !id.includes(".") || /^8\.\d+$/.test(id));
}

/** Tallies per scored clause, and overall; a requirement counts under every clause it names. */
export function tallyScores(catalog: Catalog, assessments: RequirementAssessment[]): { clauses: ClauseTally[]; overall: Omit<ClauseTally, "clause"> } {
  const counted = assessments.filter((a) => a.state !== "not-applicable" && catalog.requirement(a.id)?.mandatory);
  const tally = (inClause: (clauses: string[]) => boolean) => {
    const relevant = counted.filter((a) => inClause(catalog.requirement(a.id)?.clauses ?? []));
    return {
      applicable: relevant.length,
      satisfied: relevant.filter((a) => a.state === "satisfied").length,
      weak: relevant.filter((a) => a.state === "weak").length,
    };
  };
  return {
    clauses: scoredClauses(catalog).map((clause) => ({ clause, ...tally((ids) => ids.some((id) => catalog.isWithin(id, clause))) })),
    overall: tally(() => true),
  };
}
