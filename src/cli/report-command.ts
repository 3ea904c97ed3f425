// `iso20k report <gap|mapping|dossier> <file>`: the deliverables, rendered from Handlebars templates.
import { existsSync, statSync } from "node:fs";
import { resolve } from "node:path";
import { Argument, Command, Option } from "commander";
import { catalog } from "../catalog/catalog.js";
import type { Lang } from "../catalog/types.js";
import { colourFor } from "../io/colour.js";
import { printable } from "../model/printable.js";
import { sourcePathFrom } from "../report/formatters/source-path.js";
import { checkFormatters } from "../report/formatters/index.js";
import { REPORT_FORMATS, type OutputTarget } from "../report/render/targets.js";
import { builtinTemplateDir, listTemplates } from "../report/render/template-files.js";
import { AUDIENCES, type Audience, type ReportType } from "../report/views/types.js";
import { DEFAULT_MAX_SIZE_MB, LANG_CHOICES, parseMaxSize, resolveAsOf } from "./options.js";
import { chosenLogo, reportPresentation, type SettingsSource } from "./report-presentation.js";
import { runCheck } from "./run-check.js";
import { EXIT_FINDINGS, EXIT_OK, type CommandContext } from "./run.js";
import { checkOutputPath, refuseFilesRead, writeOutput } from "./write-output.js";

type ReportFormat = OutputTarget["name"];

// Loaded on demand: Handlebars and the views are for this command only.
const VIEWS = {
  gap: async () => (await import("../report/views/gap-view.js")).gapView,
  mapping: async () => (await import("../report/views/mapping-view.js")).mappingView,
  dossier: async () => (await import("../report/views/dossier-view.js")).dossierView,
} as const;

interface ReportOptions {
  format: ReportFormat;
  lang: Lang;
  asOf?: string;
  root?: string;
  templateDir?: string;
  output?: string;
  assessment?: string;
  previousAssessment?: string;
  maxSize: string;
  audience: Audience;
  preparedBy?: string;
  reportVersion?: string;
  confidentiality?: string;
  logo?: string;
}

export function registerReport(program: Command, context: CommandContext): Command {
  return program
    .command("report")
    .description("render the gap report, the clause-to-document mapping or the application dossier")
    .addArgument(new Argument("<type>", "gap, mapping or dossier").choices(Object.keys(VIEWS)))
    .argument("<file>", "SMS description (sms.yaml)")
    .addOption(new Option("-f, --format <format>", "html, md or csv (the gap report's csv is its action plan)").choices(REPORT_FORMATS).default("html"))
    .addOption(new Option("--audience <audience>", "client: a deliverable, with no file locations; internal: also where each finding lies in the SMS file").choices(AUDIENCES).default("client"))
    .option("--prepared-by <name>", "who prepared the report (overrides report.preparedBy)")
    .option("--report-version <version>", "the report's own version, e.g. 1.0 (overrides report.version)")
    .option("--confidentiality <marking>", "the marking printed on every page (overrides report.confidentiality)")
    .option("--logo <file>", "the client's logo for the cover: PNG, JPEG or SVG, at most 512 KB (overrides report.logo)")
    .addOption(new Option("--lang <lang>", "language of the report").choices(LANG_CHOICES).default(context.lang))
    .option("--as-of <date>", "the day to judge dates against, YYYY-MM-DD (default: SOURCE_DATE_EPOCH or today)")
    .option("--root <dir>", "folder evidence paths are relative to (default: the file's folder)")
    .option("--template-dir <dir>", "your own templates, overriding ours by file name")
    .option("-o, --output <file>", "write here (default: stdout for md and csv, <type>-report.html for html)")
    .option("--assessment <file>", "the consultant's gap assessment of this SMS (ratings, evidence seen, actions)")
    .option("--previous-assessment <file>", "with --assessment, an earlier assessment: what improved, regressed and closed since")
    .option("--max-size <megabytes>", "refuse input files larger than this", String(DEFAULT_MAX_SIZE_MB))
    .action(async (type: ReportType, file: string, options: ReportOptions) => {
      const { io } = context;
      context.lang = options.lang;
      const asOf = resolveAsOf(options.asOf, io);
      const output = options.output ?? (options.format === "html" ? `${type}-report.html` : undefined);
      const templateDir = options.templateDir === undefined ? undefined : resolve(io.cwd, options.templateDir);
      const templates = output === undefined ? [] : templateFiles(templateDir);
      const givenInputs = [file, options.assessment, options.previousAssessment, options.logo].filter((input) => input !== undefined);
      const target = checkOutputPath(io, output, [...givenInputs, ...templates]);

      const run = runCheck(file, { cwd: io.cwd, asOf, lang: options.lang, root: options.root, maxBytes: parseMaxSize(options.maxSize), gapAssessment: options.assessment, previousAssessment: options.previousAssessment });
      if (!run.index) {
        // Nothing to report on: say why, as check would, and write no file.
        const stylish = await checkFormatters.stylish();
        io.stderr.write(stylish.render(run.report, { colour: colourFor(io.stderr.isTTY, io.env), sourcePath: sourcePathFrom(io.cwd, options.root) }));
        context.setExitCode(EXIT_FINDINGS);
        return;
      }
      const sms = run.index.description;
      const settings: SettingsSource[] = [
        { settings: sms.report, file },
        { settings: run.gapAssessment?.assessment.report, file: options.assessment },
        { settings: { preparedBy: options.preparedBy, version: options.reportVersion, confidentiality: options.confidentiality, logo: options.logo } },
      ];
      const presentation = reportPresentation(options.audience, settings, io.cwd);
      const [buildView, { loadRenderer }] = await Promise.all([VIEWS[type](), import("../report/render/render.js")]);
      const renderer = await loadRenderer(templateDir);
      const view = buildView(run.report, sms, catalog, run.evidence, presentation);
      const content = renderer.render(type, options.format, view, options.lang);
      // Now that the Markdown documents, evidence and logo are known too, and before anything is written.
      const logo = chosenLogo(settings, io.cwd)?.path;
      refuseFilesRead([{ file: output, target }], () => [...run.filesRead(), ...templates, ...(logo === undefined ? [] : [logo])]);
      await writeOutput(io, target, content);
      if (target) io.stderr.write(`${printable(String(output))}\n`);
      context.setExitCode(EXIT_OK);
    });
}

/**
 * The templates a report may render from, which -o may not write over: ours in templates/ (the
 * bundle renders copies compiled from them at build time), and every template in --template-dir
 * (those whose names match ours take their place). Listed, not read.
 */
function templateFiles(templateDir: string | undefined): string[] {
  // A --template-dir that is not a folder is refused when rendering, with its own message.
  const usable = templateDir !== undefined && existsSync(templateDir) && statSync(templateDir).isDirectory();
  return [...listTemplates(builtinTemplateDir()), ...(usable ? listTemplates(templateDir) : [])];
}
