// The iso20k program: parses argv, runs one command, returns the exit code. Never exits the process.
import { Command, CommanderError } from "commander";
import type { Lang } from "../catalog/types.js";
import { InputError } from "../model/errors.js";
import { printable, printableParams } from "../model/printable.js";
import { translator } from "../i18n/translate.js";
import type { CliIO } from "./io.js";
import { registerCatalog } from "./catalog-command.js";
import { registerCheck } from "./check-command.js";
import { registerAssess } from "./assess-command.js";
import { registerInit } from "./init-command.js";
import { registerReport } from "./report-command.js";
import { registerExplain, registerRules } from "./rules-command.js";
import { registerSchema } from "./schema-command.js";
import { registerValidate } from "./validate-command.js";
import { TOOL } from "./tool.js";

export { nodeIO } from "./node-io.js";

export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_CANNOT_RUN = 2;

/** What a command's action reports back to run(). */
export interface CommandContext {
  io: CliIO;
  /** The language of messages; a command sets it from --lang before it can fail. */
  lang: Lang;
  setExitCode(code: number): void;
}

/** Runs iso20k with `argv` (without node and script); resolves to the exit code. */
export async function run(argv: string[], io: CliIO): Promise<number> {
  let exitCode = EXIT_OK;
  const context: CommandContext = { io, lang: langFromEnv(io), setExitCode: (code) => (exitCode = code) };
  const program = buildProgram(context);
  try {
    await program.parseAsync(argv, { from: "user" });
    return exitCode;
  } catch (error) {
    return handleError(error, context);
  }
}

function buildProgram(context: CommandContext): Command {
  const { io } = context;
  const program = new Command()
    .name("iso20k")
    .description("How far is an IT service provider from ISO/IEC 20000-1:2018 certification?")
    .version(TOOL.version, "-V, --version")
    .showSuggestionAfterError(true)
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(s),
    })
    .exitOverride();
  for (const register of [registerInit, registerAssess, registerValidate, registerCheck, registerReport, registerRules, registerExplain, registerCatalog, registerSchema]) {
    register(program, context).exitOverride();
  }
  return program;
}

function handleError(error: unknown, { io, lang }: CommandContext): number {
  if (error instanceof CommanderError) {
    const informational = ["commander.helpDisplayed", "commander.version", "commander.help"].includes(error.code);
    return informational ? EXIT_OK : EXIT_CANNOT_RUN;
  }
  const t = translator(lang);
  // Errors name files, values and keys from the command line and the files read: each is one printable line.
  if (error instanceof InputError) {
    io.stderr.write(`iso20k: ${t(error.messageId, printableParams(error.params))}\n`);
    return EXIT_CANNOT_RUN;
  }
  const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
  io.stderr.write(`iso20k: ${t("cli.unexpected", { message: printable(detail, "line-feeds") })}\n`);
  return EXIT_CANNOT_RUN;
}

// Until a command reads --lang, ISO20K_LANG decides.
function langFromEnv(io: CliIO): Lang {
  return io.env.ISO20K_LANG === "zh-CN" ? "zh-CN" : "en";
}
