// An evidence path that names no readable file under the root, graded by what it leaves uncovered.
import { evidenceGrade } from "../engine/evidence-grade.js";
import type { Rule } from "./types.js";

export const evidenceMissing: Rule = {
  id: "evidence-missing",
  severity: "major",
  clauses: ["7.5.3"],
  messages: ["missing", "not-a-file", "unreadable", "invalid"],
  check(sms, { catalog, evidence, requirements, report }) {
    for (const reference of sms.evidenceReferences()) {
      const state = evidence.get(reference.path)?.state ?? "missing";
      if (state === "ok" || state === "outside-root") continue;
      const severity = evidenceGrade(reference.pointer, sms, catalog, requirements);
      if (severity !== undefined) report({ messageId: state, params: { path: reference.path }, pointer: reference.pointer, severity });
    }
  },
};
