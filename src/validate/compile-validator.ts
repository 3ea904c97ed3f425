// Compiles the SMS and gap assessment schemas with Ajv at run time; the bundle swaps this file for the validator
// generated at build time (scripts/build.mjs), so installed runs skip the ~50 ms compile.
import { _, Ajv2020, type ValidateFunction } from "ajv/dist/2020.js";
import { catalog } from "../catalog/catalog.js";
import { isCalendarDate } from "./date-format.js";
import { buildGapAssessmentSchema, GAP_ASSESSMENT_SCHEMA_ID } from "./gap-assessment-schema.js";
import { withoutAnnotations } from "./schema-parts.js";
import { buildSmsSchema, EDITOR_KEYWORDS, SMS_SCHEMA_ID } from "./sms-schema.js";

/** Ajv as iso20k configures it: every error, with the data that failed, strict about the schema. */
export function createAjv(): Ajv2020 {
  // code.formats: where the validator generated at build time finds the formats; scripts/build.mjs resolves the name.
  const code = { source: true, formats: _`require("iso20k:formats").formats` };
  const ajv = new Ajv2020({ allErrors: true, verbose: true, strict: true, strictRequired: false, code });
  ajv.addFormat("date", isCalendarDate);
  ajv.addVocabulary(EDITOR_KEYWORDS);
  return ajv;
}

/** The validators iso20k uses: a whole SMS file, one document (Markdown front matter), a gap assessment. */
export interface Validators {
  sms: ValidateFunction;
  document: ValidateFunction;
  gapAssessment: ValidateFunction;
}

export const DOCUMENT_SCHEMA_REF = `${SMS_SCHEMA_ID}#/$defs/document`;

export function loadValidators(): Validators {
  const ajv = createAjv();
  ajv.addSchema(withoutAnnotations(buildSmsSchema(catalog)) as object);
  ajv.addSchema(withoutAnnotations(buildGapAssessmentSchema(catalog)) as object);
  return {
    sms: ajv.getSchema(SMS_SCHEMA_ID) as ValidateFunction,
    document: ajv.getSchema(DOCUMENT_SCHEMA_REF) as ValidateFunction,
    gapAssessment: ajv.getSchema(GAP_ASSESSMENT_SCHEMA_ID) as ValidateFunction,
  };
}
