// Reads, parses and validates a gap assessment file (check --assessment, report --assessment, assess).
import { resolve } from "node:path";
import type { Locator } from "../load/locator.js";
import { parseYaml } from "../load/parse-yaml.js";
import { readSource, type Source } from "../io/read-source.js";
import type { Problem } from "../model/finding.js";
import type { GapAssessment } from "../model/gap-assessment.js";
import { validateGapAssessment } from "./validate-sms.js";

export interface ValidatedGapAssessment {
  file: string;
  text: string;
  /** Present only when the file parsed and matched the schema. */
  assessment?: GapAssessment;
  problems: Problem[];
  locator: Locator;
}

/** Loads `file`, relative to `cwd` (or takes its text when already read); throws InputError when it cannot be read at all. */
export function validateGapAssessmentFile(file: string, cwd: string, maxBytes: number, given?: Source): ValidatedGapAssessment {
  const source = given ?? readSource(file, resolve(cwd, file), maxBytes);
  const parsed = parseYaml(source.text, file);
  const read = { file, text: source.text, locator: parsed.locator };
  const problems = [...source.problems, ...parsed.problems].map((p) => ({ ...p, file }));
  if (parsed.data === undefined || problems.some((p) => p.severity === "major")) return { ...read, problems };
  const schemaProblems = validateGapAssessment(parsed.data, file, parsed.locator).map((p) => ({ ...p, file }));
  if (schemaProblems.length > 0) return { ...read, problems: [...problems, ...schemaProblems] };
  return { ...read, assessment: parsed.data as GapAssessment, problems };
}
