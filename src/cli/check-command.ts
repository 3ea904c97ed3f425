// `iso20k check <file>`: the gap analysis, its scores and the stage 1 verdict, in a format for people or CI.
import { resolve } from "node:path";
import { Command, Option } from "commander";
import type { Lang } from "../catalog/types.js";
import { colourFor } from "../io/colour.js";
import { readSource } from "../load/read-source.js";
import { InputError } from "../model/errors.js";
import { atOrAbove, SEVERITIES, type Finding, type Severity } from "../model/finding.js";
import { checkFormatters, type CheckFormat } from "../report/formatters/index.js";
import type { CheckReport } from "../report/model.js";
import { DEFAULT_MAX_SIZE_MB, LANG_CHOICES, parseMaxSize, resolveAsOf } from "./options.js";
import { runCheck } from "./run-check.js";
import { EXIT_FINDINGS, EXIT_OK, type CommandContext } from "./run.js";
import { checkOutputPath, writeOutput } from "./write-output.js";

export type FailOn = Severity | "none";

interface CheckOptions {
  asOf?: string;
  root?: string;
  failOn: FailOn;
  failOnNew?: boolean;
  format: CheckFormat;
  output?: string;
  lang: Lang;
  baseline?: string;
  maxSize: string;
}

export function registerCheck(program: Command, context: CommandContext): Command {
  return program
    .command("check")
    .description("find the gaps between an SMS and ISO/IEC 20000-1:2018, score each clause and give the stage 1 verdict")
    .argument("<file>", "SMS description (sms.yaml)")
    .option("--as-of <date>", "the day to judge dates against, YYYY-MM-DD (default: SOURCE_DATE_EPOCH or today)")
    .option("--root <dir>", "folder evidence paths are relative to (default: the file's folder)")
    .addOption(new Option("--fail-on <grade>", "exit 1 when a finding is at or above this grade").choices([...SEVERITIES, "none"]).default("major"))
    .option("--fail-on-new", "with --baseline, exit 1 only for new findings")
    .addOption(new Option("-f, --format <format>", "output format").choices(Object.keys(checkFormatters)).default("stylish"))
    .option("-o, --output <file>", "write to a file instead of stdout")
    .addOption(new Option("--lang <lang>", "language of messages").choices(LANG_CHOICES).default(context.lang))
    .option("--baseline <file>", "an earlier --format json output: mark findings new or unchanged, list the fixed ones")
    .option("--max-size <megabytes>", "refuse input files larger than this", String(DEFAULT_MAX_SIZE_MB))
    .action(async (file: string, options: CheckOptions) => {
      const { io } = context;
      context.lang = options.lang;
      const asOf = resolveAsOf(options.asOf, io);
      const target = checkOutputPath(io, options.output, [file, ...(options.baseline ? [options.baseline] : [])]);
      const maxBytes = parseMaxSize(options.maxSize);
      const baseline = options.baseline === undefined ? undefined : readBaseline(resolve(io.cwd, options.baseline), options.baseline, maxBytes);
      const { report } = runCheck(file, { cwd: io.cwd, asOf, lang: options.lang, root: options.root, maxBytes, baseline });

      const formatter = await checkFormatters[options.format]();
      const rendered = formatter.render(report, { colour: colourFor(target ? false : io.stdout.isTTY, io.env) });
      writeOutput(io, target, rendered);
      context.setExitCode(failed(report, options.failOn, options.failOnNew === true) ? EXIT_FINDINGS : EXIT_OK);
    });
}

/** Invalid files always fail; otherwise any finding at or above the threshold (only new ones with --fail-on-new). */
export function failed(report: CheckReport, failOn: FailOn, onlyNew: boolean): boolean {
  if (!report.valid) return true;
  if (failOn === "none") return false;
  return report.findings.some((f) => atOrAbove(f.severity, failOn) && (!onlyNew || f.baseline !== "unchanged"));
}

function readBaseline(path: string, shown: string, maxBytes: number): Finding[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readSource(shown, path, maxBytes).text);
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError("cli.badBaseline", { file: shown });
  }
  const findings = (parsed as { findings?: unknown }).findings;
  if (!Array.isArray(findings)) throw new InputError("cli.badBaseline", { file: shown });
  return findings as Finding[];
}
