// An evidence path that leaves the root: absolute, climbing with .., or through a link. Never followed,
// so graded as a missing file.
import { evidenceGrade } from "../engine/evidence-grade.js";
import type { Rule } from "./types.js";

export const evidenceOutsideRoot: Rule = {
  id: "evidence-outside-root",
  severity: "major",
  clauses: ["7.5.3"],
  messages: ["outside"],
  check(sms, { catalog, evidence, requirements, report }) {
    for (const reference of sms.evidenceReferences()) {
      if (evidence.get(reference.path)?.state !== "outside-root") continue;
      // Files a prerequisite judges are still named here: a path outside the root is never followed.
      const severity = evidenceGrade(reference.pointer, sms, catalog, requirements) ?? "major";
      report({ messageId: "outside", params: { path: reference.path }, pointer: reference.pointer, severity });
    }
  },
};
