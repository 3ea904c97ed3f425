// A requirement claimed only by entries that do not put it into effect: drafts, documents not yet in
// force, registers with no records to show or none recent. Graded by what is at stake.
import { JUDGED_AS_PREREQUISITES } from "../engine/requirement-state.js";
import type { Rule } from "./types.js";

// Where the reason lies in the claiming entry.
const FIELD: Record<string, string | undefined> = {
  draft: "status",
  "in-review": "status",
  retired: "status",
  "approved-later": "approvalDate",
  "approved-after-review": "approvalDate",
  stale: "lastEntry",
  "before-start": "lastEntry",
};

export const requirementNotCovered: Rule = {
  id: "requirement-not-covered",
  severity: "major",
  clauses: ["7.5.3"],
  messages: ["draft", "in-review", "no-status", "retired", "approved-later", "approved-after-review", "no-evidence", "no-last-entry", "before-start", "stale"],
  check(_sms, { catalog, asOf, operation, requirements, report }) {
    for (const requirement of catalog.requirements()) {
      const nearest = requirements.get(requirement.id)?.nearest;
      // A missing file is evidence-missing's to report, graded the same way.
      if (!nearest || nearest.gap === "file-missing" || requirement.metByRecordsOf || JUDGED_AS_PREREQUISITES.has(requirement.id)) continue;
      const entry: { id: string; lastEntry?: string; approvalDate?: string; nextReviewDate?: string } = nearest.entry;
      const field = FIELD[nearest.gap];
      report({
        messageId: nearest.gap,
        params: {
          requirement: requirement.title,
          entry: entry.id,
          approvalDate: entry.approvalDate ?? "",
          nextReviewDate: entry.nextReviewDate ?? "",
          lastEntry: entry.lastEntry ?? "",
          start: operation.startDate,
          limit: requirement.freshnessDays ?? 0,
          asOf,
        },
        severity: requirement.mandatory ? "major" : "observation",
        clause: requirement.clauses[0],
        requirementId: requirement.id,
        pointer: field === undefined ? nearest.pointer : `${nearest.pointer}/${field}`,
      });
    }
  },
};
