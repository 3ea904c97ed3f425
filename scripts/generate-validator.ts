// Build step: prints the standalone (precompiled) Ajv validator of the SMS schema as CommonJS.
import standaloneCode from "ajv/dist/standalone/index.js";
import { catalog } from "../src/catalog/catalog.js";
import { createAjv } from "../src/validate/compile-validator.js";
import { buildSmsSchema } from "../src/validate/sms-schema.js";

const ajv = createAjv();
const validate = ajv.compile(buildSmsSchema(catalog));
process.stdout.write(standaloneCode.default(ajv, validate));
