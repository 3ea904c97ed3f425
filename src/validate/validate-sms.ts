// Validates parsed SMS data against the generated schema and turns Ajv errors into problems.
import type { ErrorObject, ValidateFunction } from "ajv";
import type { Locator } from "../load/locator.js";
import type { Problem } from "../model/finding.js";
import type { Sms } from "../model/sms.js";
import { describeSchemaError } from "./describe-error.js";
import { loadValidators, type Validators } from "./compile-validator.js";

/** Ajv has no cap on errors; past this many a file gets one summary problem. */
export const MAX_SCHEMA_PROBLEMS = 100;

let compiled: Validators | undefined;

// Loaded on first use: commands that never validate do not pay for it.
function validators(): Validators {
  compiled ??= loadValidators();
  return compiled;
}

/** Checks the shape of `data`; returns the problems, or none when `data` is a valid Sms. */
export function validateSms(data: unknown, file: string, locator: Locator): Problem[] {
  return problemsOf(validators().sms, data, file, locator);
}

/** Checks one document description: the front matter of a Markdown file in `documentSources`. */
export function validateDocument(data: unknown, file: string, locator: Locator): Problem[] {
  return problemsOf(validators().document, data, file, locator);
}

/** Checks the shape of a gap assessment file. */
export function validateGapAssessment(data: unknown, file: string, locator: Locator): Problem[] {
  return problemsOf(validators().gapAssessment, data, file, locator);
}

function problemsOf(validate: ValidateFunction, data: unknown, file: string, locator: Locator): Problem[] {
  if (validate(data)) return [];
  const problems = significantErrors(validate.errors ?? []).map((error) => describeSchemaError(error, file, locator));
  if (problems.length <= MAX_SCHEMA_PROBLEMS) return problems;
  const rest = problems.length - MAX_SCHEMA_PROBLEMS;
  return [
    ...problems.slice(0, MAX_SCHEMA_PROBLEMS),
    { ...problems[MAX_SCHEMA_PROBLEMS], ruleId: "schema", messageId: "schema.more", params: { count: rest } },
  ];
}

// One error per value is enough: a number where a requirement id belongs fails both
// `type` and `enum`. anyOf branches are replaced by the anyOf error itself.
function significantErrors(errors: ErrorObject[]): ErrorObject[] {
  const seen = new Set<string>();
  const kept: ErrorObject[] = [];
  for (const error of errors) {
    if (/\/anyOf\/\d+\//.test(error.schemaPath)) continue;
    const perProperty = error.keyword === "required" || error.keyword === "additionalProperties";
    const key = perProperty ? `${error.instancePath}|${JSON.stringify(error.params)}` : error.instancePath;
    if (seen.has(key)) continue;
    seen.add(key);
    kept.push(error);
  }
  return kept;
}
