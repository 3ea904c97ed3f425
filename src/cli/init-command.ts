// `iso20k init`: asks about the organisation (or takes flags with --yes) and writes a commented sms.yaml to start from.
import { printableTranslate } from "../model/printable.js";
import { existsSync, readFileSync, statSync } from "node:fs";
import { dirname, isAbsolute, join, relative, resolve, sep } from "node:path";
import { Command, Option } from "commander";
import { catalog } from "../catalog/catalog.js";
import type { Lang } from "../catalog/types.js";
import { localized, translator, type Translate } from "../i18n/translate.js";
import type { InitAnswers, SiteAnswer } from "../init/answers.js";
import { buildSms, missingMandatory } from "../init/build-sms.js";
import { parseDate, readRegistrationId } from "../init/formats.js";
import { PromptCancelled } from "../init/prompter.js";
import { scanFolder, type ScanResult } from "../init/scan.js";
import { defaultAnswers, runWizard } from "../init/wizard.js";
import { writeFileAtomic } from "../io/atomic-write.js";
import { InputError } from "../model/errors.js";
import { SMS_SCHEMA_ID } from "../validate/sms-schema.js";
import type { CliIO } from "./io.js";
import { LANG_CHOICES, resolveAsOf } from "./options.js";
import { EXIT_OK, type CommandContext } from "./run.js";
import { checkOutputPath } from "./write-output.js";

/** Ctrl-C at a prompt: the shell's code for an interrupt. Nothing is written. */
export const EXIT_CANCELLED = 130;
const DEFAULT_OUTPUT = "sms.yaml";

interface InitOptions {
  output: string;
  lang: Lang;
  yes?: boolean;
  force?: boolean;
  scan?: string;
  org?: string;
  registrationId?: string;
  site?: string[];
  statement?: string;
  service?: string[];
  category?: string[];
  since?: string;
  representative?: string;
}

const collect = (value: string, previous: string[] = []) => [...previous, value];

export function registerInit(program: Command, context: CommandContext): Command {
  return program
    .command("init")
    .description("start an SMS description: answer a few questions (or pass flags with --yes) and get a commented sms.yaml")
    .option("-o, --output <file>", "the file to write", DEFAULT_OUTPUT)
    .addOption(new Option("--lang <lang>", "language of the questions and of the file's comments").choices(LANG_CHOICES).default(context.lang))
    .option("-y, --yes", "ask nothing: take the flags below and defaults (for scripts and CI)")
    .option("--force", "overwrite the file if it exists")
    .option("--scan <dir>", "propose documents and registers from the files in a folder of the organisation's documents")
    .option("--org <name>", "registered name of the organisation")
    .option("--registration-id <id>", "legal registration number, e.g. the unified social credit code")
    .option("--site <site>", 'a site in scope, "name; address; headcount" (repeatable)', collect)
    .option("--statement <text>", "the scope statement")
    .option("--service <name>", "a service in scope (repeatable)", collect)
    .option("--category <code>", "a business category, number (04.02) or letter (M) (repeatable)", collect)
    .option("--since <date>", "the day the SMS started operating, YYYY-MM-DD or 2026年3月2日 (default: today)")
    .option("--representative <name>", "the management representative")
    .action(async (options: InitOptions) => {
      context.lang = options.lang;
      context.setExitCode(await runInit(context.io, options));
    });
}

async function runInit(io: CliIO, options: InitOptions): Promise<number> {
  const t = printableTranslate(translator(options.lang));
  const target = checkOutputPath(io, options.output, []) as string;
  refuseOverwrite(target, options);
  if (!options.yes && !io.stdinIsTTY) throw new InputError("init.needsTerminal");
  const today = resolveAsOf(undefined, io);
  const defaults = answersFromFlags(options, today);
  const scan = options.scan === undefined ? undefined : runScan(io, options, dirname(target), t);

  let answers: InitAnswers;
  if (options.yes) answers = defaultAnswers(defaults, scan?.proposals ?? [], scan?.unmatched);
  else {
    const prompter = io.prompter ?? (await (await import("../init/inquirer-prompter.js")).createInquirerPrompter(t));
    try {
      answers = await runWizard({ prompter, t, lang: options.lang, catalog, today, defaults, proposals: scan?.proposals ?? [], unmatched: scan?.unmatched });
    } catch (error) {
      if (!(error instanceof PromptCancelled)) throw error;
      io.stderr.write(`iso20k: ${t("init.cancelled")}\n`);
      return EXIT_CANCELLED;
    }
  }

  const sms = buildSms(answers);
  const missing = missingMandatory(sms, catalog, today);
  const checkCommand = checkCommandFor(options.output, options.lang, io);
  // The yaml package (for quoting) is loaded here only, to keep it out of every other command's start-up.
  const { writeSmsYaml } = await import("../init/write-yaml.js");
  const text = writeSmsYaml(sms, {
    catalog,
    lang: options.lang,
    schemaRef: schemaReference(dirname(target)),
    today,
    checkCommand,
    missing,
    unmatched: answers.unmatchedFiles,
  });
  refuseOverwrite(target, options);
  writeFileAtomic(target, text);

  const registers = sms.records?.registers?.length ?? 0;
  io.stdout.write(`${t("init.written", { file: options.output, documents: sms.documents.length, registers, missing: missing.length })}\n`);
  io.stdout.write(`${t("init.next", { command: checkCommand })}\n`);
  return EXIT_OK;
}

function refuseOverwrite(target: string, options: InitOptions): void {
  if (!options.force && existsSync(target)) throw new InputError("init.exists", { file: options.output });
}

/** The answers the flags give, validated; what no flag gives stays empty (the start date is today). */
function answersFromFlags(options: InitOptions, today: string): InitAnswers {
  const since = options.since === undefined ? today : parseDate(options.since);
  if (since === undefined) throw new InputError("init.badSince", { value: options.since as string });
  const businessCategories = (options.category ?? []).map((key) => {
    const category = catalog.businessCategory(key.trim());
    if (!category) throw new InputError("init.badCategory", { value: key });
    return category.number;
  });
  const text = (value: string | undefined) => value?.trim() || undefined;
  const org = text(options.org);
  return {
    organization: {
      name: org ?? (options.yes ? translator(options.lang)("init.defaultOrganization") : ""),
      registrationId: registrationIdFlag(text(options.registrationId), options.lang === "zh-CN" || /\p{Script=Han}/u.test(org ?? "")),
      sites: (options.site ?? []).map(parseSite),
    },
    scope: { statement: text(options.statement), services: unique((options.service ?? []).map((s) => s.trim()).filter(Boolean)), businessCategories: unique(businessCategories) },
    startDate: since,
    managementRepresentative: text(options.representative),
    existing: [],
  };
}

/** The --registration-id value as it will be written; a unified social credit code must be well formed. */
function registrationIdFlag(value: string | undefined, chinese: boolean): string | undefined {
  if (value === undefined) return undefined;
  const { value: code, problem } = readRegistrationId(value, chinese);
  if (problem) throw new InputError("init.badRegistrationId", { value, reason: localized((t) => t(`init.invalid.uscc.${problem}`, { count: code.length })) });
  return code;
}

/** "name; address; headcount", with only the name required; a Chinese semicolon works too. */
function parseSite(value: string): SiteAnswer {
  const [name = "", address = "", headcount = ""] = value.split(/[;；]/).map((part) => part.trim());
  if (name === "") throw new InputError("init.badSite", { value });
  if (headcount !== "" && !/^[1-9]\d*$/.test(headcount)) throw new InputError("init.badSite", { value });
  // The schema's integer, written back as typed: past 2^53 a number is rounded, and past 1e308 it is Infinity.
  if (headcount !== "" && !Number.isSafeInteger(Number(headcount))) throw new InputError("init.headcountTooLarge", { value, max: String(Number.MAX_SAFE_INTEGER) });
  return { name, ...(address ? { address } : {}), ...(headcount ? { headcount: Number(headcount) } : {}) };
}

function runScan(io: CliIO, options: InitOptions, evidenceBase: string, t: Translate): ScanResult {
  const folder = options.scan as string;
  const path = resolve(io.cwd, folder);
  if (!existsSync(path) || !statSync(path).isDirectory()) throw new InputError("init.scanNotFolder", { folder });
  const result = scanFolder(path, { catalog, evidenceBase });
  if (result.capped) io.stderr.write(`iso20k: ${t("init.scanCapped", { count: result.files, folder })}\n`);
  io.stderr.write(`iso20k: ${t("init.scanned", { count: result.files, folder, proposed: result.proposals.length, unmatched: result.unmatched.length })}\n`);
  const fromBase = relative(evidenceBase, path);
  if (fromBase === ".." || fromBase.startsWith(`..${sep}`) || isAbsolute(fromBase)) io.stderr.write(`iso20k: ${t("init.scanOutside", { folder, file: options.output })}\n`);
  return result;
}

/**
 * What the schema line of the new file points at: the schema's URL, or, when the output folder's project (the nearest
 * package.json) depends on iso20k, the relative path to the copy npm installed there.
 */
function schemaReference(outputFolder: string): string {
  // Never a path into this running copy (a global install, the npx cache): it would hold on this machine only.
  let project = outputFolder;
  while (!existsSync(join(project, "package.json"))) {
    if (dirname(project) === project) return SMS_SCHEMA_ID;
    project = dirname(project);
  }
  let manifest: { dependencies?: unknown; devDependencies?: unknown } | null;
  try {
    manifest = JSON.parse(readFileSync(join(project, "package.json"), "utf8"));
  } catch {
    return SMS_SCHEMA_ID;
  }
  const declared = [manifest?.dependencies, manifest?.devDependencies].some((deps) => typeof deps === "object" && deps !== null && Object.hasOwn(deps, "iso20k"));
  if (!declared) return SMS_SCHEMA_ID;
  // Where Node would find the package: the project's node_modules, or a workspace root's above it; so the path is
  // ../ steps and fixed names. Not realpath'd: pnpm's node_modules/iso20k links to a folder named after the version.
  for (let folder = project; ; folder = dirname(folder)) {
    const schema = join(folder, "node_modules", "iso20k", "schemas", "sms.schema.json");
    if (existsSync(schema)) return relative(outputFolder, schema).split(sep).join("/");
    if (dirname(folder) === folder) return SMS_SCHEMA_ID;
  }
}

/** `iso20k check <file>` as the person would type it. */
function checkCommandFor(file: string, lang: Lang, io: CliIO): string {
  const langFlag = lang === "zh-CN" && io.env.ISO20K_LANG !== "zh-CN" ? " --lang zh-CN" : "";
  return `iso20k check ${shellQuote(file)}${langFlag}`;
}

function shellQuote(word: string): string {
  return /^[\w@%+=:,./-]+$/u.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`;
}

function unique<T>(items: T[]): T[] {
  return [...new Set(items)];
}
