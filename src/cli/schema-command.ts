// `iso20k schema [sms|gap-assessment]`: print the JSON Schema of sms.yaml or of a gap assessment file.
import { Argument, type Command } from "commander";
import { catalog } from "../catalog/catalog.js";
import { buildGapAssessmentSchema } from "../validate/gap-assessment-schema.js";
import { buildSmsSchema } from "../validate/sms-schema.js";
import type { CommandContext } from "./run.js";

/** The schema exactly as committed in schemas/sms.schema.json. */
export function smsSchemaText(): string {
  return JSON.stringify(buildSmsSchema(catalog), null, 2) + "\n";
}

/** The schema exactly as committed in schemas/gap-assessment.schema.json. */
export function gapAssessmentSchemaText(): string {
  return JSON.stringify(buildGapAssessmentSchema(catalog), null, 2) + "\n";
}

const SCHEMAS = { sms: smsSchemaText, "gap-assessment": gapAssessmentSchemaText };

export function registerSchema(program: Command, context: CommandContext): Command {
  return program
    .command("schema")
    .description("print the JSON Schema of the SMS description (schemas/sms.schema.json) or of a gap assessment")
    .addArgument(new Argument("[kind]", "which file's schema").choices(Object.keys(SCHEMAS)).default("sms"))
    .action((kind: keyof typeof SCHEMAS) => {
      context.io.stdout.write(SCHEMAS[kind]());
    });
}
