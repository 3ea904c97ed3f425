// --previous-assessment: an earlier gap assessment file, or an earlier `check --assessment --format
// json` output, read for the ratings and action states that progress compares against.
import { resolve } from "node:path";
import { ratingsAt, type RatingsAt } from "../engine/gap-progress.js";
import { readSource } from "../io/read-source.js";
import { InputError } from "../model/errors.js";
import type { ActionStatus, Conformity } from "../model/gap-assessment.js";
import { validateGapAssessmentFile } from "../validate/validate-gap-assessment-file.js";

interface JsonGapAssessment {
  date?: unknown;
  items?: { clause?: unknown; status?: unknown }[];
  actions?: { id?: unknown; status?: unknown }[];
}

export function readPreviousAssessment(file: string, cwd: string, maxBytes: number): RatingsAt {
  const source = readSource(file, resolve(cwd, file), maxBytes);
  if (source.text.trimStart().startsWith("{")) return fromJsonReport(source.text, file);
  const validated = validateGapAssessmentFile(file, cwd, maxBytes, source);
  if (!validated.assessment) {
    const first = validated.problems[0];
    throw new InputError("cli.badPreviousAssessment", { file, line: first?.line ?? 1, column: first?.column ?? 1 });
  }
  return ratingsAt(validated.assessment);
}

function fromJsonReport(text: string, file: string): RatingsAt {
  let gap: JsonGapAssessment | undefined;
  try {
    gap = (JSON.parse(text) as { gapAssessment?: JsonGapAssessment }).gapAssessment;
  } catch {
    gap = undefined;
  }
  if (!gap || typeof gap.date !== "string" || !Array.isArray(gap.items)) throw new InputError("cli.previousNotAssessment", { file });
  return {
    date: gap.date,
    ratings: new Map(gap.items.map((item) => [String(item.clause), item.status as Conformity])),
    actions: new Map((gap.actions ?? []).map((action) => [String(action.id), action.status as ActionStatus])),
  };
}
