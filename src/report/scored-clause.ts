// The row of the score tables a clause belongs under, shared by the terminal list and the action plan.
import type { ClauseScore } from "./model.js";

/** The most specific scored clause that holds `clause`: "8.5.1.1" -> "8.5", "7.5.4" -> "7". */
export function scoredClause(clause: string, scores: readonly Pick<ClauseScore, "clause">[]): string | undefined {
  let best: string | undefined;
  for (const { clause: scored } of scores) {
    if ((clause === scored || clause.startsWith(`${scored}.`)) && (best === undefined || scored.length > best.length)) best = scored;
  }
  return best;
}
