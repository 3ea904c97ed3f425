// How a rating of the gap assessment becomes a grade: nothing in place, or only ad hoc practice, is
// a major nonconformity (the requirement is not met as a system); a defined practice applied
// unevenly is a minor one (lapses in a working system). Conforming and not applicable are no finding.
import type { Conformity } from "../model/gap-assessment.js";
import type { Severity } from "../model/finding.js";

export const GRADE_OF_RATING: Partial<Record<Conformity, Severity>> = {
  "not-addressed": "major",
  initial: "major",
  inconsistent: "minor",
};
