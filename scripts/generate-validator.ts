// Build step: prints the standalone (precompiled) Ajv validators of the SMS and gap assessment schemas as CommonJS.
import standaloneCode from "ajv/dist/standalone/index.js";
import { catalog } from "../src/catalog/catalog.js";
import { createAjv, DOCUMENT_SCHEMA_REF } from "../src/validate/compile-validator.js";
import { buildGapAssessmentSchema, GAP_ASSESSMENT_SCHEMA_ID } from "../src/validate/gap-assessment-schema.js";
import { withoutAnnotations } from "../src/validate/schema-parts.js";
import { buildSmsSchema, SMS_SCHEMA_ID } from "../src/validate/sms-schema.js";

const ajv = createAjv();
ajv.addSchema(withoutAnnotations(buildSmsSchema(catalog)) as object);
ajv.addSchema(withoutAnnotations(buildGapAssessmentSchema(catalog)) as object);
process.stdout.write(standaloneCode.default(ajv, { sms: SMS_SCHEMA_ID, document: DOCUMENT_SCHEMA_REF, gapAssessment: GAP_ASSESSMENT_SCHEMA_ID }));
