// An evidence path that leaves the root: absolute, climbing with .., or through a link. Never followed.
import type { Rule } from "./types.js";

export const evidenceOutsideRoot: Rule = {
  id: "evidence-outside-root",
  severity: "major",
  clauses: ["7.5.3"],
  messages: ["outside"],
  check(sms, { evidence, report }) {
    for (const reference of sms.evidenceReferences()) {
      if (evidence.get(reference.path)?.state !== "outside-root") continue;
      report({ messageId: "outside", params: { path: reference.path }, pointer: reference.pointer });
    }
  },
};
