// Applies the SMS's waivers: an active one suppresses the findings it names; an expired one nothing.
import type { Problem } from "../model/finding.js";
import type { Waiver } from "../model/sms.js";
import type { WaiverStatus } from "../report/model.js";

export interface WaiverOutcome {
  kept: Problem[];
  suppressed: (Problem & { waiver: string })[];
  waivers: WaiverStatus[];
}

// Blocking findings are the certification body's prerequisites, not the organisation's to waive.
function matches(waiver: Waiver, problem: Problem): boolean {
  if (problem.blocking) return false;
  if (waiver.rule !== undefined && waiver.rule !== problem.ruleId) return false;
  if (waiver.requirement !== undefined && waiver.requirement !== problem.requirementId) return false;
  return true;
}

export function applyWaivers(problems: Problem[], waivers: Waiver[], asOf: string): WaiverOutcome {
  const active = waivers.filter((w) => w.expires >= asOf);
  const counts = new Map<string, number>();
  const kept: Problem[] = [];
  const suppressed: WaiverOutcome["suppressed"] = [];
  for (const problem of problems) {
    const waiver = active.find((w) => matches(w, problem));
    if (!waiver) {
      kept.push(problem);
      continue;
    }
    suppressed.push({ ...problem, waiver: waiver.id });
    counts.set(waiver.id, (counts.get(waiver.id) ?? 0) + 1);
  }
  const statuses: WaiverStatus[] = waivers.map((w) => ({
    ...w,
    state: w.expires >= asOf ? "active" : "expired",
    suppressed: counts.get(w.id) ?? 0,
  }));
  return { kept, suppressed, waivers: statuses };
}
