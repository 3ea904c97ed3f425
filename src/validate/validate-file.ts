// Reads, parses and validates one SMS file: the common first half of every command.
import { resolve } from "node:path";
import { parseYaml } from "../load/parse-yaml.js";
import { readSource, DEFAULT_MAX_BYTES, type Source } from "../io/read-source.js";
import type { Locator } from "../load/locator.js";
import type { Problem } from "../model/finding.js";
import type { Sms } from "../model/sms.js";
import { validateGapAssessment, validateSms } from "./validate-sms.js";

export interface ValidatedFile {
  file: string;
  text: string;
  /** Present only when the file parsed and matched the schema. */
  sms?: Sms;
  problems: Problem[];
  locator: Locator;
}

/** Loads `file`, relative to `cwd` (or takes its text already read from stdin); throws InputError when it cannot be read at all. */
export function validateFile(file: string, cwd: string, maxBytes = DEFAULT_MAX_BYTES, given?: Source, options: { gapAssessments?: boolean } = {}): ValidatedFile {
  const source = given ?? readSource(file, resolve(cwd, file), maxBytes);
  const parsed = parseYaml(source.text, file);
  const problems = [...source.problems, ...parsed.problems];
  const blocked = problems.some((p) => p.severity === "major");
  if (parsed.data === undefined || blocked) return { file, text: source.text, problems, locator: parsed.locator };
  // `validate` takes gap assessment files too: they say what they are by their top-level keys.
  if (options.gapAssessments && isGapAssessment(parsed.data)) {
    problems.push(...validateGapAssessment(parsed.data, file, parsed.locator));
    return { file, text: source.text, problems, locator: parsed.locator };
  }
  const schemaProblems = validateSms(parsed.data, file, parsed.locator);
  problems.push(...schemaProblems);
  const sms = schemaProblems.length === 0 ? (parsed.data as Sms) : undefined;
  return { file, text: source.text, sms, problems, locator: parsed.locator };
}

function isGapAssessment(data: unknown): boolean {
  return typeof data === "object" && data !== null && "assessment" in data && "items" in data && !("organization" in data);
}
