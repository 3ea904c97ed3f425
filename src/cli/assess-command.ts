// `iso20k assess <sms.yaml>`: the consultant's gap assessment as an interview, clause by clause,
// saved after every answer into its own file (gap-assessment.yaml beside the SMS by default), so
// that an interrupted interview resumes at the first clause not yet rated.
import { printableTranslate } from "../model/printable.js";
import { existsSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { Command, Option } from "commander";
import type { GapFile } from "../assess/gap-file.js";
import type { KnownEvidence } from "../assess/interview.js";
import { catalog } from "../catalog/catalog.js";
import type { AssessmentItem, Lang } from "../catalog/types.js";
import { translator } from "../i18n/translate.js";
import { PromptCancelled, type Prompter } from "../init/prompter.js";
import { writeFileAtomic } from "../io/atomic-write.js";
import { InputError } from "../model/errors.js";
import type { AssessedItem } from "../model/gap-assessment.js";
import { GAP_ASSESSMENT_SCHEMA_ID } from "../validate/gap-assessment-schema.js";
import { validateGapAssessmentFile } from "../validate/validate-gap-assessment-file.js";
import type { CliIO } from "./io.js";
import { DEFAULT_MAX_SIZE_MB, LANG_CHOICES, parseMaxSize, resolveAsOf } from "./options.js";
import { runCheck } from "./run-check.js";
import { EXIT_OK, type CommandContext } from "./run.js";
import { checkOutputPath } from "./write-output.js";

/** Ctrl-C: what was answered is saved; the exit code says the interview did not finish. */
const EXIT_INTERRUPTED = 130;

interface AssessOptions {
  output?: string;
  clause?: string;
  assessor?: string;
  asOf?: string;
  lang: Lang;
  maxSize: string;
}

export function registerAssess(program: Command, context: CommandContext): Command {
  return program
    .command("assess")
    .description("run the gap assessment as an interview, clause by clause, saving each answer (resumes where it stopped)")
    .argument("<file>", "SMS description (sms.yaml)")
    .option("-o, --output <file>", "the gap assessment file (default: gap-assessment.yaml beside the SMS file)")
    .option("--clause <id>", "only this clause and its sub-clauses, e.g. 8.6; asks again about those already rated")
    .option("--assessor <name>", "who assesses, for a new file (asked when missing)")
    .option("--as-of <date>", "the day of the interview, YYYY-MM-DD (default: today)")
    .addOption(new Option("--lang <lang>", "language of the questions").choices(LANG_CHOICES).default(context.lang))
    .option("--max-size <megabytes>", "refuse input files larger than this", String(DEFAULT_MAX_SIZE_MB))
    .action(async (file: string, options: AssessOptions) => {
      context.lang = options.lang;
      context.setExitCode(await runAssess(context.io, file, options));
    });
}

async function runAssess(io: CliIO, file: string, options: AssessOptions): Promise<number> {
  const t = printableTranslate(translator(options.lang));
  // The yaml package's document API (which keeps comments) is loaded here only: it weighs on start-up.
  const [{ GapFile }, { runInterview }] = await Promise.all([import("../assess/gap-file.js"), import("../assess/interview.js")]);
  const today = resolveAsOf(options.asOf, io);
  const maxBytes = parseMaxSize(options.maxSize);
  if (options.clause !== undefined && !catalog.clause(options.clause)) throw new InputError("cli.unknownClause", { clause: options.clause });
  const output = options.output ?? join(dirname(file), "gap-assessment.yaml");
  const target = checkOutputPath(io, output, [file]) as string;
  if (!io.prompter && !io.stdinIsTTY) throw new InputError("assess.needsTerminal");

  const run = runCheck(file, { cwd: io.cwd, asOf: today, lang: options.lang, maxBytes });
  if (!run.index) throw new InputError("assess.smsInvalid", { file });
  const index = run.index;
  const gap = existsSync(target) ? openGapFile(output, io.cwd, maxBytes, GapFile) : undefined;
  const prompter: Prompter = io.prompter ?? (await (await import("../init/inquirer-prompter.js")).createInquirerPrompter(t));

  const say = (line: string) => io.stdout.write(`${line}\n`);
  let document: GapFile;
  let ratings: Map<string, AssessedItem>;
  try {
    if (gap) ({ document, ratings } = gap);
    else {
      const assessor = options.assessor ?? (await prompter.input({ name: "assessor", message: t("assess.ask.assessor"), validate: (v) => (v.trim() === "" ? t("assess.invalid.empty") : true) })).trim();
      document = GapFile.create({ sms: relative(dirname(target), resolve(io.cwd, file)).split("\\").join("/"), assessor, date: today }, t("assess.file.comment"), GAP_ASSESSMENT_SCHEMA_ID);
      ratings = new Map();
    }
  } catch (error) {
    if (error instanceof PromptCancelled) return EXIT_INTERRUPTED;
    throw error;
  }

  const items = itemsToAsk(options.clause, ratings);
  if (items.length === 0) {
    say(t("assess.nothingLeft", { file: output }));
    return EXIT_OK;
  }
  const requirementState = new Map(run.report.requirements.map((r) => [r.id, r]));
  const known = (item: AssessmentItem): KnownEvidence[] =>
    item.requirements.flatMap((id) => {
      const status = requirementState.get(id);
      if (!status || status.state === "not-applicable") return [];
      return [{ requirement: id, title: status.title, state: status.state, documents: status.satisfiedBy.filter((s) => index.hasDocument(s)), records: status.satisfiedBy.filter((s) => !index.hasDocument(s)) }];
    });

  say(t("assess.start", { count: items.length, file: output }));
  let rated = 0;
  try {
    rated = await runInterview({
      prompter,
      t,
      lang: options.lang,
      catalog,
      items,
      current: (clause) => ratings.get(clause),
      known,
      today,
      nextActionId: () => document.nextActionId(),
      say,
      save: (rating, action) => {
        document.setItem(rating);
        if (action) document.addAction(action);
        document.setDate(today);
        ratings.set(rating.clause, rating);
        save(target, document);
      },
    });
  } catch (error) {
    if (!(error instanceof PromptCancelled)) throw error;
    io.stderr.write(`iso20k: ${t("assess.interrupted", { file: output })}\n`);
    return EXIT_INTERRUPTED;
  }
  if (!existsSync(target)) save(target, document); // a new file with nothing rated yet still records who assesses
  say(t("assess.done", { count: rated, file: output, command: nextCommand(file, output) }));
  return EXIT_OK;
}

/** The file's document and current ratings; a file that is not a valid gap assessment stops the interview. */
function openGapFile(file: string, cwd: string, maxBytes: number, Gap: typeof GapFile): { document: GapFile; ratings: Map<string, AssessedItem> } {
  const validated = validateGapAssessmentFile(file, cwd, maxBytes);
  if (!validated.assessment) {
    const first = validated.problems[0];
    throw new InputError("assess.gapInvalid", { file, line: first?.line ?? 1, column: first?.column ?? 1 });
  }
  return { document: Gap.parse(validated.text), ratings: new Map(validated.assessment.items.map((item) => [item.clause, item])) };
}

/** With --clause, every item within it; otherwise the items not rated yet (how an interview resumes). */
function itemsToAsk(clause: string | undefined, ratings: Map<string, AssessedItem>): AssessmentItem[] {
  const all = catalog.assessmentItems();
  if (clause !== undefined) return all.filter((item) => catalog.isWithin(item.clause, clause));
  return all.filter((item) => (ratings.get(item.clause)?.status ?? "not-assessed") === "not-assessed");
}

function save(target: string, document: GapFile): void {
  try {
    writeFileAtomic(target, document.toString());
  } catch (error) {
    throw new InputError("output.cannotWrite", { file: target, reason: (error as NodeJS.ErrnoException).code ?? "error" });
  }
}

function nextCommand(file: string, output: string): string {
  return `iso20k check ${file} --assessment ${output}`;
}
