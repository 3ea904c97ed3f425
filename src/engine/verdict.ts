// The stage 1 verdict: ready only with no blocking prerequisite open and no major finding.
import type { Problem } from "../model/finding.js";

export interface VerdictAssessment {
  status: "ready" | "not-ready";
  /** The blocking problems, then the major ones. */
  blockers: Problem[];
  majors: number;
  /** When every blocker is time-bound and nothing else stands in the way. */
  earliestApplicationDate?: string;
}

export function decideVerdict(problems: Problem[]): VerdictAssessment {
  const blockers = problems.filter((p) => p.blocking);
  const majors = problems.filter((p) => !p.blocking && p.severity === "major").length;
  if (blockers.length === 0 && majors === 0) return { status: "ready", blockers, majors };
  const onlyTime = majors === 0 && blockers.every((p) => p.blockingUntil !== undefined);
  const earliest = onlyTime ? blockers.map((p) => p.blockingUntil as string).sort().at(-1) : undefined;
  return { status: "not-ready", blockers, majors, ...(earliest ? { earliestApplicationDate: earliest } : {}) };
}
