// Applies the SMS's waivers: the organisation's own risk acceptance. An active one suppresses the
// minors and observations it names; it never suppresses a major or a prerequisite, and naming one is
// itself a finding. An expired waiver suppresses nothing.
import type { Problem } from "../model/finding.js";
import type { Waiver } from "../model/sms.js";
import type { WaiverStatus } from "../report/model.js";

export interface WaiverOutcome {
  kept: Problem[];
  suppressed: (Problem & { waiver: string })[];
  waivers: WaiverStatus[];
}

function matches(waiver: Waiver, problem: Problem): boolean {
  if (waiver.rule !== undefined && waiver.rule !== problem.ruleId) return false;
  if (waiver.requirement !== undefined && waiver.requirement !== problem.requirementId) return false;
  return true;
}

/** A certification body accepts no risk acceptance in place of conformity or of its own conditions. */
function acceptable(problem: Problem): boolean {
  return !problem.blocking && problem.severity !== "major";
}

// Waivers are indexed by the rule and requirement they name, so that many waivers over many findings stay linear.
function indexWaivers(waivers: { waiver: Waiver; index: number }[]): (problem: Problem) => { waiver: Waiver; index: number } | undefined {
  const byKey = new Map<string, { waiver: Waiver; index: number }>();
  for (const entry of waivers) {
    const key = `${entry.waiver.rule ?? "*"}\u0000${entry.waiver.requirement ?? "*"}`;
    if (!byKey.has(key)) byKey.set(key, entry);
  }
  return (problem) => {
    const candidates = [
      byKey.get(`${problem.ruleId}\u0000${problem.requirementId ?? "*"}`),
      byKey.get(`${problem.ruleId}\u0000*`),
      problem.requirementId === undefined ? undefined : byKey.get(`*\u0000${problem.requirementId}`),
    ].filter((c): c is { waiver: Waiver; index: number } => c !== undefined && matches(c.waiver, problem));
    return candidates.sort((a, b) => a.index - b.index)[0];
  };
}

export function applyWaivers(problems: Problem[], waivers: Waiver[], asOf: string): WaiverOutcome {
  const find = indexWaivers(waivers.map((waiver, index) => ({ waiver, index })).filter(({ waiver }) => waiver.expires >= asOf));
  const counts = new Map<string, number>();
  const refused = new Map<number, Problem[]>();
  const kept: Problem[] = [];
  const suppressed: WaiverOutcome["suppressed"] = [];
  for (const problem of problems) {
    const match = find(problem);
    if (!match) kept.push(problem);
    else if (!acceptable(problem)) {
      kept.push(problem);
      // Pushed, not copied: many majors under one waiver stay linear.
      const names = refused.get(match.index);
      if (names) names.push(problem);
      else refused.set(match.index, [problem]);
    } else {
      suppressed.push({ ...problem, waiver: match.waiver.id });
      counts.set(match.waiver.id, (counts.get(match.waiver.id) ?? 0) + 1);
    }
  }
  for (const [index, names] of [...refused.entries()].sort(([a], [b]) => a - b)) {
    const waiver = waivers[index];
    kept.push({
      ruleId: "waiver-not-acceptable",
      severity: "minor",
      messageId: names.some((p) => p.blocking) ? "rule.waiver-not-acceptable.prerequisite" : "rule.waiver-not-acceptable.major",
      params: { id: waiver.id, count: names.length },
      clause: "6.1",
      pointer: `/waivers/${index}`,
    });
  }
  const statuses: WaiverStatus[] = waivers.map((w, index) => ({
    ...w,
    state: w.expires >= asOf ? "active" : "expired",
    suppressed: counts.get(w.id) ?? 0,
    refused: refused.get(index)?.length ?? 0,
  }));
  return { kept, suppressed, waivers: statuses };
}
