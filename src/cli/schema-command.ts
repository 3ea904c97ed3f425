// `iso20k schema`: print the JSON Schema of sms.yaml.
import type { Command } from "commander";
import { catalog } from "../catalog/catalog.js";
import { buildSmsSchema } from "../validate/sms-schema.js";
import type { CommandContext } from "./run.js";

/** The schema exactly as committed in schemas/sms.schema.json. */
export function smsSchemaText(): string {
  return JSON.stringify(buildSmsSchema(catalog), null, 2) + "\n";
}

export function registerSchema(program: Command, context: CommandContext): Command {
  return program
    .command("schema")
    .description("print the JSON Schema of the SMS description (schemas/sms.schema.json)")
    .action(() => {
      context.io.stdout.write(smsSchemaText());
    });
}
