// Progress between two gap assessments of one SMS: which clauses improved, which regressed, which
// were rated for the first time, and which actions were closed since.
import type { ActionStatus, Conformity, GapAssessment } from "../model/gap-assessment.js";

/** The ratings that form a scale; not assessed and not applicable stand outside it. */
const LADDER: Conformity[] = ["not-addressed", "initial", "inconsistent", "conforming"];

export interface RatingChange {
  clause: string;
  from: Conformity;
  to: Conformity;
}

export interface GapProgress {
  /** The earlier assessment's date. */
  since: string;
  improved: RatingChange[];
  regressed: RatingChange[];
  /** Rated now, not assessed (or left out) before. */
  newlyAssessed: RatingChange[];
  /** Actions done or cancelled now that were open or in progress before. */
  closedActions: string[];
}

export interface RatingsAt {
  date: string;
  ratings: ReadonlyMap<string, Conformity>;
  actions: ReadonlyMap<string, ActionStatus>;
}

export function gapProgress(before: RatingsAt, now: RatingsAt, clauses: readonly string[]): GapProgress {
  const progress: GapProgress = { since: before.date, improved: [], regressed: [], newlyAssessed: [], closedActions: [] };
  for (const clause of clauses) {
    const from = before.ratings.get(clause) ?? "not-assessed";
    const to = now.ratings.get(clause) ?? "not-assessed";
    if (from === to || to === "not-assessed") continue;
    const change = { clause, from, to };
    if (from === "not-assessed") progress.newlyAssessed.push(change);
    else if (LADDER.includes(from) && LADDER.includes(to)) (LADDER.indexOf(to) > LADDER.indexOf(from) ? progress.improved : progress.regressed).push(change);
    // Between the scale and not applicable: a change of scope rather than of conformity, left out.
  }
  const pending = (status: ActionStatus | undefined) => status === "open" || status === "in-progress";
  for (const [id, status] of now.actions) if (pending(before.actions.get(id)) && !pending(status)) progress.closedActions.push(id);
  return progress;
}

/** The ratings and action states of an assessment, as progress compares them. */
export function ratingsAt(assessment: GapAssessment): RatingsAt {
  return {
    date: assessment.assessment.date,
    ratings: new Map(assessment.items.map((item) => [item.clause, item.status])),
    actions: new Map((assessment.actions ?? []).map((action) => [action.id, action.status])),
  };
}

