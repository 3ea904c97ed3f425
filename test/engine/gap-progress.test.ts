import { describe, expect, it } from "vitest";
import { gapProgress, type RatingsAt } from "../../src/engine/gap-progress.js";
import type { ActionStatus, Conformity } from "../../src/model/gap-assessment.js";

const at = (date: string, ratings: Record<string, Conformity>, actions: Record<string, ActionStatus> = {}): RatingsAt => ({
  date,
  ratings: new Map(Object.entries(ratings)),
  actions: new Map(Object.entries(actions)),
});

const CLAUSES = ["4.1", "8.6.1", "8.6.2", "8.6.3", "9.2", "9.3"];

describe("progress between two gap assessments", () => {
  it("sorts changes into improved, regressed and newly assessed, in clause order", () => {
    const before = at("2026-08-01", { "8.6.3": "initial", "8.6.1": "conforming", "9.2": "not-addressed", "9.3": "inconsistent", "4.1": "not-assessed" });
    const now = at("2026-11-01", { "8.6.3": "inconsistent", "8.6.1": "inconsistent", "9.2": "conforming", "9.3": "inconsistent", "4.1": "initial", "8.6.2": "conforming" });
    expect(gapProgress(before, now, CLAUSES)).toEqual({
      since: "2026-08-01",
      improved: [
        { clause: "8.6.3", from: "initial", to: "inconsistent" },
        { clause: "9.2", from: "not-addressed", to: "conforming" },
      ],
      regressed: [{ clause: "8.6.1", from: "conforming", to: "inconsistent" }],
      newlyAssessed: [
        { clause: "4.1", from: "not-assessed", to: "initial" },
        { clause: "8.6.2", from: "not-assessed", to: "conforming" },
      ],
      closedActions: [],
    });
  });

  it("leaves out a clause no longer rated and a move to or from not applicable", () => {
    const before = at("2026-08-01", { "8.6.3": "initial", "9.2": "not-applicable" });
    const now = at("2026-11-01", { "9.2": "conforming", "8.6.1": "not-applicable" });
    expect(gapProgress(before, now, CLAUSES)).toMatchObject({ improved: [], regressed: [], newlyAssessed: [{ clause: "8.6.1", from: "not-assessed", to: "not-applicable" }] });
  });

  it("counts an action closed when it was open or in progress before and is done or cancelled now", () => {
    const before = at("2026-08-01", {}, { "A-1": "open", "A-2": "in-progress", "A-3": "done", "A-4": "open" });
    const now = at("2026-11-01", {}, { "A-1": "done", "A-2": "cancelled", "A-3": "done", "A-4": "in-progress", "A-5": "done" });
    expect(gapProgress(before, now, CLAUSES).closedActions).toEqual(["A-1", "A-2"]);
  });
});
