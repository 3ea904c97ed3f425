// The check pipeline shared by `check` and `report`: validate, look at evidence, assess, build the report.
import { existsSync, statSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { catalog } from "../catalog/catalog.js";
import type { Lang } from "../catalog/types.js";
import { assess, type Assessment } from "../engine/assess.js";
import type { EvidenceFacts } from "../engine/evidence.js";
import { citedFiles, GapAssessmentIndex } from "../engine/gap-assessment-index.js";
import { SmsIndex } from "../engine/sms-index.js";
import { inspectEvidence } from "../io/inspect-evidence.js";
import type { Source } from "../io/read-source.js";
import { InputError } from "../model/errors.js";
import type { Finding, Problem } from "../model/finding.js";
import { buildCheckReport, type DiscoveredDocuments } from "../report/build-check-report.js";
import { discoverDocuments, type Discovery } from "../io/discover-documents.js";
import type { CheckReport } from "../report/model.js";
import { categoryOf, RULES } from "../rules/index.js";
import { validateGapAssessmentFile } from "../validate/validate-gap-assessment-file.js";
import { validateFile, type ValidatedFile } from "../validate/validate-file.js";
import { filesReadByCheck } from "./files-read.js";
import { readPreviousAssessment } from "./previous-assessment.js";
import { TOOL } from "./tool.js";

export interface CheckRun {
  validated: ValidatedFile;
  /** Present when the file is valid. */
  index?: SmsIndex;
  evidence: EvidenceFacts;
  assessment?: Assessment;
  /** The gap assessment given with --assessment, when it is valid. */
  gapAssessment?: GapAssessmentIndex;
  report: CheckReport;
  /** Every file the run read, as absolute paths: -o may write over none of them. Listed on demand: most runs write to stdout. */
  filesRead(): string[];
}

export interface CheckRunOptions {
  cwd: string;
  asOf: string;
  lang: Lang;
  /** --root as given, or undefined for the file's folder. */
  root?: string;
  maxBytes: number;
  baseline?: Finding[];
  /** The file's text when it came from stdin; `file` is then the name to show. */
  source?: Source;
  /** --assessment: the consultant's gap assessment file, relative to cwd. */
  gapAssessment?: string;
  /** --previous-assessment: an earlier one (or an earlier JSON report of one), to show progress. */
  previousAssessment?: string;
}

export function runCheck(file: string, options: CheckRunOptions): CheckRun {
  const validated = validateFile(file, options.cwd, options.maxBytes, options.source);
  const root = resolveRoot(options.cwd, file, options.root);
  const discovered = validated.sms?.documentSources && discover(validated, file, options.cwd, root);
  const sms = discovered ? { ...validated.sms!, documents: [...validated.sms!.documents, ...discovered.documents] } : validated.sms;
  const index = sms ? new SmsIndex(sms) : undefined;
  const evidence = index ? inspectEvidence(index.evidenceReferences(), root, discovered?.evidenceRead) : new Map();
  const previous = options.previousAssessment === undefined ? undefined : readPreviousAssessment(options.previousAssessment, options.cwd, options.maxBytes);
  const gap = options.gapAssessment === undefined ? undefined : { ...loadGapAssessment(options.gapAssessment, options.cwd, options.maxBytes), previous };
  const invalidInputs = [...(discovered?.problems ?? []), ...(gap?.problems ?? [])].filter((p) => categoryOf(p.ruleId) === "invalid").length;
  const assessment = index && assess(index, { catalog, rules: RULES, asOf: options.asOf, evidence, invalidInputs, gap: gap?.index });
  const report = buildCheckReport({
    validated,
    assessment,
    discovered,
    catalog,
    lang: options.lang,
    asOf: options.asOf,
    tool: TOOL,
    baseline: options.baseline,
    gap,
  });
  const filesRead = () =>
    filesReadByCheck({
      cwd: options.cwd,
      smsFile: file,
      smsFromDisk: options.source === undefined,
      root,
      discovered,
      evidence,
      gapAssessment: options.gapAssessment,
      gapIndex: gap?.index,
      previousAssessment: options.previousAssessment,
    });
  return { validated, index, evidence, assessment, gapAssessment: gap?.index, report, filesRead };
}

/** The gap assessment file, indexed when it is valid; its problems are findings placed in it. */
function loadGapAssessment(file: string, cwd: string, maxBytes: number): { index?: GapAssessmentIndex; problems: Problem[] } {
  const validated = validateGapAssessmentFile(file, cwd, maxBytes);
  // Placed here, in the gap assessment's own file: the report would look pointers up in sms.yaml.
  const placed = validated.problems.map((problem) =>
    problem.line !== undefined || problem.pointer === undefined ? problem : { ...problem, ...validated.locator.locate(problem.pointer, problem.atKey) },
  );
  if (!validated.assessment) return { problems: placed };
  // Files cited as evidence are relative to the gap assessment's folder, and may not leave it.
  const files = inspectEvidence(citedFiles(validated.assessment), dirname(resolve(cwd, file)));
  return { problems: placed, index: new GapAssessmentIndex(file, validated.assessment, validated.locator, files) };
}

// Markdown documents named by documentSources: globs relative to the SMS file's folder.
function discover(validated: ValidatedFile, file: string, cwd: string, root: string): Discovery & DiscoveredDocuments {
  const sms = validated.sms!;
  const folder = dirname(resolve(cwd, file));
  const found = discoverDocuments(sms.documentSources ?? [], folder, root, dirname(file), file, validated.locator);
  return { ...found, firstIndex: sms.documents.length };
}

function resolveRoot(cwd: string, file: string, root: string | undefined): string {
  const folder = root === undefined ? dirname(resolve(cwd, file)) : resolve(cwd, root);
  if (root !== undefined && (!existsSync(folder) || !statSync(folder).isDirectory())) throw new InputError("cli.badRoot", { root });
  return folder;
}
