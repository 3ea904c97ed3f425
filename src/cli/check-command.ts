// `iso20k check <file...>`: the gap analysis, its scores and the stage 1 verdict, in a format for people or CI;
// several files are checked one after the other and reported in one output, with one exit code.
import { resolve } from "node:path";
import { Command, Option } from "commander";
import type { Lang } from "../catalog/types.js";
import { colourFor } from "../io/colour.js";
import { sourcePathFrom } from "../report/formatters/source-path.js";
import { InputError } from "../model/errors.js";
import { atOrAbove, SEVERITIES, type Severity } from "../model/finding.js";
import { checkFormatters } from "../report/formatters/index.js";
import type { CheckFinding, CheckReport } from "../report/model.js";
import { DEFAULT_MAX_SIZE_MB, LANG_CHOICES, parseMaxSize, resolveAsOf } from "./options.js";
import { runCheck } from "./run-check.js";
import { EXIT_FINDINGS, EXIT_OK, type CommandContext } from "./run.js";
import { collectFormat, parseOutputs } from "./outputs.js";
import { readStdinSource, STDIN, STDIN_NAME } from "./stdin-source.js";
import { refuseFilesRead, writeOutput } from "./write-output.js";

export type FailOn = Severity | "none";

interface CheckOptions {
  asOf?: string;
  root?: string;
  failOn: FailOn;
  failOnNew?: boolean;
  minGrade: Severity;
  format: string[];
  output?: string;
  quiet?: boolean;
  stdinFilename?: string;
  lang: Lang;
  baseline?: string;
  assessment?: string;
  previousAssessment?: string;
  maxSize: string;
}

export function registerCheck(program: Command, context: CommandContext): Command {
  return program
    .command("check")
    .description("find the gaps between an SMS and ISO/IEC 20000-1:2018, score each clause and give the stage 1 verdict")
    .argument("<file...>", "SMS descriptions (sms.yaml), each judged on its own; - reads one from standard input")
    .option("--as-of <date>", "the day to judge dates against, YYYY-MM-DD (default: SOURCE_DATE_EPOCH or today)")
    .option("--root <dir>", "folder evidence paths are relative to (default: the file's folder); CI formats name files from here")
    .addOption(new Option("--fail-on <grade>", "exit 1 when a finding is at or above this grade").choices([...SEVERITIES, "none"]).default("major"))
    .option("--fail-on-new", "with --baseline, exit 1 only for new findings")
    .addOption(
      new Option("--min-grade <grade>", "stylish output lists only findings at or above this grade and says how many it hides (prerequisites and invalid input count as major); counts, verdict, exit code and other formats keep every finding")
        .choices(SEVERITIES)
        .default("observation"),
    )
    .option(
      "-f, --format <format[:file]>",
      `output format, repeatable; with :file it writes that file, as in --format github --format sarif:iso20k.sarif (${Object.keys(checkFormatters).join(", ")}; default: stylish)`,
      collectFormat,
      [],
    )
    .option("-o, --output <file>", "write the format that names no file here instead of to stdout (the folder is made if missing)")
    .option("-q, --quiet", "print nothing when the check passes; when it fails, only the findings that fail it (files get everything)")
    .option("--stdin-filename <path>", "with -, the name to show for standard input; evidence paths are relative to its folder")
    .addOption(new Option("--lang <lang>", "language of messages").choices(LANG_CHOICES).default(context.lang))
    .option("--baseline <file>", "an earlier --format json output: mark findings new or unchanged, list the fixed ones")
    .option("--assessment <file>", "the consultant's gap assessment of this SMS (one SMS file): ratings, evidence seen and actions, cross-checked against the evidence")
    .option("--previous-assessment <file>", "with --assessment, an earlier assessment (or its check --format json output): what improved, regressed and closed since")
    .option("--max-size <megabytes>", "refuse input files larger than this", String(DEFAULT_MAX_SIZE_MB))
    .action(async (given: string[], options: CheckOptions) => {
      const { io } = context;
      context.lang = options.lang;
      const asOf = resolveAsOf(options.asOf, io);
      if (options.previousAssessment !== undefined && options.assessment === undefined) throw new InputError("cli.previousNeedsAssessment");
      if (given.filter((file) => file === STDIN).length > 1) throw new InputError("cli.twoStdin");
      // The same file named twice (a glob and a path, say) is checked once.
      const named = new Set<string>();
      const files = given.filter((file) => {
        const path = resolve(io.cwd, file);
        if (file !== STDIN && named.has(path)) return false;
        named.add(path);
        return true;
      });
      if (files.length > 1 && options.assessment !== undefined) throw new InputError("cli.assessmentNeedsOneFile");
      const onDisk = files.filter((file) => file !== STDIN);
      const inputs = [...onDisk, ...(options.baseline ? [options.baseline] : []), ...(options.assessment ? [options.assessment] : []), ...(options.previousAssessment ? [options.previousAssessment] : [])];
      const outputs = parseOutputs(io, options.format, options.output, inputs);
      const maxBytes = parseMaxSize(options.maxSize);
      // Loaded only with --baseline: it compiles the report schema, which no other run needs.
      const baseline = options.baseline === undefined ? undefined : (await import("./read-baseline.js")).readBaseline(resolve(io.cwd, options.baseline), options.baseline, maxBytes);
      const runs = files.map((file) => {
        const fromStdin = file === STDIN;
        const shown = fromStdin ? (options.stdinFilename ?? STDIN_NAME) : file;
        const source = fromStdin ? readStdinSource(io, shown, maxBytes) : undefined;
        const findings = baseline && baseline.findingsFor(shown, files.length);
        const run = runCheck(shown, { cwd: io.cwd, asOf, lang: options.lang, root: options.root, maxBytes, baseline: findings, source, gapAssessment: options.assessment, previousAssessment: options.previousAssessment });
        // Only the report and the list of files read are kept, so that many files do not hold every file's data at once.
        return { report: run.report, filesRead: run.filesRead };
      });
      // Now that the Markdown documents and evidence are known too, and before the first file is written.
      refuseFilesRead(outputs, () => [...runs.flatMap((run) => run.filesRead()), ...inputs.map((input) => resolve(io.cwd, input))]);

      const reports = runs.map((run) => run.report);
      const failing = reports.filter((report) => failed(report, options.failOn, options.failOnNew === true));
      const sourcePath = sourcePathFrom(io.cwd, options.root);
      for (const { format, target } of outputs) {
        const toStdout = target === undefined;
        if (toStdout && options.quiet && failing.length === 0) continue;
        // --quiet: the files that fail, each with only what fails it.
        const shownReports = toStdout && options.quiet ? failing.map((report) => failingOnly(report, options.failOn, options.failOnNew === true)) : reports;
        const formatter = await checkFormatters[format]();
        const formatContext = { colour: colourFor(toStdout ? io.stdout.isTTY : false, io.env), sourcePath, minGrade: options.minGrade };
        await writeOutput(io, target, files.length === 1 ? formatter.render(shownReports[0], formatContext) : formatter.renderMany(shownReports, formatContext, reports));
      }
      context.setExitCode(failing.length > 0 ? EXIT_FINDINGS : EXIT_OK);
    });
}

/** Invalid files always fail; otherwise any finding at or above the threshold (only new ones with --fail-on-new). */
export function failed(report: CheckReport, failOn: FailOn, onlyNew: boolean): boolean {
  if (!report.valid) return true;
  return report.findings.some((f) => failsRun(f, failOn, onlyNew));
}

function failsRun(finding: CheckFinding, failOn: FailOn, onlyNew: boolean): boolean {
  return failOn !== "none" && atOrAbove(finding.severity, failOn) && (!onlyNew || finding.baseline !== "unchanged");
}

/** --quiet: the findings that fail the run (all of them when the file is invalid), nothing suppressed or fixed. */
function failingOnly(report: CheckReport, failOn: FailOn, onlyNew: boolean): CheckReport {
  if (!report.valid) return report;
  return { ...report, findings: report.findings.filter((f) => failsRun(f, failOn, onlyNew)), suppressed: [], fixed: undefined };
}
