// Build step: prints the standalone (precompiled) Ajv validators of the SMS and gap assessment schemas as CommonJS;
// with the argument "check-report", the validator of the check report that --baseline reads.
import standaloneCode from "ajv/dist/standalone/index.js";
import checkReportSchema from "../schemas/check-report.schema.json" with { type: "json" };
import { catalog } from "../src/catalog/catalog.js";
import { createCheckReportAjv } from "../src/report/compile-check-report-validator.js";
import { createAjv, DOCUMENT_SCHEMA_REF } from "../src/validate/compile-validator.js";
import { buildGapAssessmentSchema, GAP_ASSESSMENT_SCHEMA_ID } from "../src/validate/gap-assessment-schema.js";
import { withoutAnnotations } from "../src/validate/schema-parts.js";
import { buildSmsSchema, SMS_SCHEMA_ID } from "../src/validate/sms-schema.js";

if (process.argv[2] === "check-report") {
  const ajv = createCheckReportAjv(true);
  const validate = ajv.compile(checkReportSchema as object);
  process.stdout.write(standaloneCode.default(ajv, validate));
} else {
  const ajv = createAjv();
  ajv.addSchema(withoutAnnotations(buildSmsSchema(catalog)) as object);
  ajv.addSchema(withoutAnnotations(buildGapAssessmentSchema(catalog)) as object);
  process.stdout.write(standaloneCode.default(ajv, { sms: SMS_SCHEMA_ID, document: DOCUMENT_SCHEMA_REF, gapAssessment: GAP_ASSESSMENT_SCHEMA_ID }));
}
