// `iso20k validate <file...>`: structure only (YAML syntax and schema), several files per run.
import { Command, Option } from "commander";
import { toFindings, compareByPosition } from "../report/findings.js";
import { validationFormatters } from "../report/formatters/validation.js";
import type { FileResult, ValidationReport } from "../report/model.js";
import { validateFile } from "../validate/validate-file.js";
import { colourFor } from "../io/colour.js";
import { sourcePathFrom } from "../report/formatters/source-path.js";
import { DEFAULT_MAX_SIZE_MB, LANG_CHOICES, parseMaxSize } from "./options.js";
import { InputError } from "../model/errors.js";
import { EXIT_FINDINGS, EXIT_OK, type CommandContext } from "./run.js";
import { readStdinSource, STDIN, STDIN_NAME } from "./stdin-source.js";
import { TOOL } from "./tool.js";
import type { Lang } from "../catalog/types.js";

interface ValidateOptions {
  format: keyof typeof validationFormatters;
  lang: Lang;
  maxSize: string;
  stdinFilename?: string;
}

export function registerValidate(program: Command, context: CommandContext): Command {
  return program
    .command("validate")
    .description("check that SMS files are well-formed YAML and match the schema")
    .argument("<file...>", "SMS description files (sms.yaml) or gap assessments; - reads one from standard input")
    .option("--stdin-filename <path>", "with -, the name to show for standard input")
    .addOption(new Option("-f, --format <format>", "output format").choices(Object.keys(validationFormatters)).default("stylish"))
    .addOption(new Option("--lang <lang>", "language of messages").choices(LANG_CHOICES).default(context.lang))
    .option("--max-size <megabytes>", "refuse input files larger than this", String(DEFAULT_MAX_SIZE_MB))
    .action((files: string[], options: ValidateOptions) => {
      const { io } = context;
      context.lang = options.lang;
      const maxBytes = parseMaxSize(options.maxSize);
      if (files.filter((file) => file === STDIN).length > 1) throw new InputError("cli.twoStdin");
      const results: FileResult[] = files.map((given) => {
        const file = given === STDIN ? (options.stdinFilename ?? STDIN_NAME) : given;
        const loaded = validateFile(file, io.cwd, maxBytes, given === STDIN ? readStdinSource(io, file, maxBytes) : undefined, { gapAssessments: true });
        const findings = toFindings(loaded.problems, loaded.locator, options.lang).sort(compareByPosition);
        return { file, valid: findings.every((f) => f.severity !== "major"), findings };
      });
      const report: ValidationReport = { kind: "validation", tool: TOOL, lang: options.lang, files: results };
      const formatter = validationFormatters[options.format];
      io.stdout.write(formatter.render(report, { colour: colourFor(io.stdout.isTTY, io.env), sourcePath: sourcePathFrom(io.cwd) }));
      context.setExitCode(results.every((r) => r.valid) ? EXIT_OK : EXIT_FINDINGS);
    });
}
