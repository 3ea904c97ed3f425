// The questions of `iso20k init`, in order, over any Prompter, then a review of the answers; the answers so far
// (at first, those the flags give) are the defaults.
import { printable } from "../model/printable.js";
import type { Catalog } from "../catalog/catalog.js";
import type { Lang, Requirement } from "../catalog/types.js";
import type { Translate } from "../i18n/translate.js";
import type { DocumentStatus } from "../model/sms.js";
import type { ExistingItem, HeldAnswer, InitAnswers, SiteAnswer } from "./answers.js";
import { dateInName, parseDate, readRegistrationId } from "./formats.js";
import { PROCESS_DOCUMENTS, topMostClauses } from "./name-match.js";
import type { Choice, ChoiceGroup, Prompter } from "./prompter.js";
import { baseName, guessVersion, titleFromFileName, type ScanProposal } from "./scan.js";

export interface WizardContext {
  prompter: Prompter;
  t: Translate;
  lang: Lang;
  catalog: Catalog;
  /** YYYY-MM-DD; audits, reviews and approvals cannot be after it. */
  today: string;
  /** The answers flags give; the wizard offers them as defaults and adds to the lists. */
  defaults: InitAnswers;
  /** What a folder scan found, offered for confirmation. */
  proposals: readonly ScanProposal[];
  /** Files the scan matched to no requirement, relative to the SMS file's folder: the person may say what each is. */
  unmatched?: readonly string[];
}

const AUDIT_RESULTS = "internal-audit-results";
const REVIEW_RESULTS = "management-review-results";
// Kept in records.internalAudits and records.managementReviews: asked about separately.
const ASKED_SEPARATELY = new Set([AUDIT_RESULTS, REVIEW_RESULTS]);
const STATUSES: DocumentStatus[] = ["draft", "in-review", "approved"];
const DEFAULT_STATUS: DocumentStatus = "draft";
const PROCESS_CHOICE = "process:";
const HAN = /\p{Script=Han}/u;

/** The parts of the wizard the review can go back to, in the order they are asked. */
const SECTIONS = ["organization", "scope", "operation", "documents"] as const;
type Section = (typeof SECTIONS)[number];

/** What the documents part was told, so that going back to it offers the same answers again. */
interface DocumentsDraft {
  /** Indices of the scan's proposals kept; all, the first time. */
  kept?: number[];
  /** File → what the person said it is: a requirement id, `process:<id>`, or "" for nothing. */
  assigned: Map<string, string>;
  ticked: string[];
  /** The answered items, by evidence path or requirement id. */
  items: Map<string, ExistingItem>;
}

/** A scanned audit report or review minutes, offered for the audit or review the person says was held. */
interface ReportFile {
  evidence: string;
  date?: string;
}

/** Asks every question of `iso20k init`, lets the person review and change the answers, and returns them. */
export async function runWizard(context: WizardContext): Promise<InitAnswers> {
  const { prompter: ask, t } = context;
  const draft: DocumentsDraft = { assigned: new Map(), ticked: [], items: new Map() };
  let answers: InitAnswers = { ...context.defaults, existing: [], unmatchedFiles: [...(context.unmatched ?? [])] };
  for (const section of SECTIONS) answers = await askSection(context, section, answers, draft, false);
  for (;;) {
    const choice = await ask.select<"write" | Section>({
      name: "review",
      // Each line of the summary is printable already; the line breaks between them are ours to keep.
      message: t("init.q.review", { summary: "{summary}" }).replace("{summary}", summary(answers, context)),
      choices: [{ value: "write", name: t("init.review.write") }, ...SECTIONS.map((s) => ({ value: s, name: t(`init.review.${s}`) }))],
      default: "write",
    });
    if (choice === "write") return answers;
    answers = await askSection(context, choice, answers, draft, true);
  }
}

/** The answers with no questions asked (--yes): flags, the scan's proposals as documents and registers, the rest left out. */
export function defaultAnswers(defaults: InitAnswers, proposals: readonly ScanProposal[], unmatched: readonly string[] = []): InitAnswers {
  // Nobody said an audit or review was held: their reports are listed for the person to attach.
  const reports = proposals.filter((p) => ASKED_SEPARATELY.has(p.requirementId));
  return {
    ...defaults,
    existing: [...defaults.existing, ...proposals.filter((p) => !ASKED_SEPARATELY.has(p.requirementId)).map(fromProposal)],
    unmatchedFiles: [...unmatched, ...reports.map((p) => p.evidence)],
  };
}

async function askSection(context: WizardContext, section: Section, answers: InitAnswers, draft: DocumentsDraft, again: boolean): Promise<InitAnswers> {
  switch (section) {
    case "organization":
      return { ...answers, organization: await askOrganization(context, answers, again) };
    case "scope":
      return { ...answers, scope: await askScope(context, answers, again) };
    case "operation":
      return { ...answers, ...(await askOperation(context, answers)) };
    case "documents":
      return { ...answers, ...(await askDocuments(context, answers, draft)) };
  }
}

async function askOrganization(context: WizardContext, answers: InitAnswers, again: boolean): Promise<InitAnswers["organization"]> {
  const { prompter: ask, t, lang } = context;
  const given = answers.organization;
  const name = (await ask.input({ name: "organization.name", message: t("init.q.orgName"), default: given.name || undefined, validate: required(t) })).trim();
  // A Chinese registration is a unified social credit code: its length and check character are checked.
  const chinese = lang === "zh-CN" || HAN.test(name);
  const id = await ask.input({
    name: "organization.registrationId",
    message: t("init.q.registrationId"),
    default: given.registrationId,
    validate: (value) => registrationValid(value, chinese, t),
  });
  const registrationId = id.trim() === "" ? undefined : readRegistrationId(id, chinese).value;
  const sites = await askSites(context, given.sites, again);
  return { name, registrationId, sites };
}

async function askSites({ prompter: ask, t }: WizardContext, given: readonly SiteAnswer[], again: boolean): Promise<SiteAnswer[]> {
  let sites = [...given];
  if (again && sites.length > 0) {
    const kept = await ask.checkbox({
      name: "sites.keep",
      message: t("init.q.keepSites"),
      choices: sites.map((site, index) => ({ value: index, name: printable([site.name, site.address].filter(Boolean).join(", ")), short: printable(site.name), checked: true })),
    });
    sites = kept.map((index) => sites[index]);
  }
  for (;;) {
    const message = sites.length === 0 ? t("init.q.firstSite") : t("init.q.nextSite");
    const name = (await ask.input({ name: "site.name", message })).trim();
    if (name === "") return sites;
    const address = (await ask.input({ name: "site.address", message: t("init.q.siteAddress", { site: name }) })).trim();
    const headcount = await ask.number({ name: "site.headcount", message: t("init.q.siteHeadcount", { site: name }), validate: positive(t) });
    sites.push({ name, ...(address ? { address } : {}), ...(headcount !== undefined ? { headcount } : {}) });
  }
}

async function askScope(context: WizardContext, answers: InitAnswers, again: boolean): Promise<InitAnswers["scope"]> {
  const { prompter: ask, t } = context;
  let statement: string | undefined;
  for (;;) {
    statement = (await ask.input({ name: "scope.statement", message: t("init.q.statement"), default: answers.scope.statement })).trim() || undefined;
    // The certificate states the scope: leaving it empty is allowed, but only once the person has been told.
    if (statement !== undefined || (await ask.confirm({ name: "scope.statementEmpty", message: t("init.q.statementEmpty"), default: false }))) break;
  }
  const services = await askList(context, "service.name", answers.scope.services, again ? "services.keep" : undefined, t("init.q.firstService"), t("init.q.nextService"));
  const businessCategories = await ask.checkbox({
    name: "scope.businessCategories",
    message: t("init.q.categories"),
    choices: context.catalog.businessCategories().map((c) => ({
      value: c.number,
      name: `${c.code}  ${c.number}  ${c.name[context.lang]}`,
      short: c.number,
      checked: answers.scope.businessCategories.includes(c.number),
    })),
  });
  return { statement, services, businessCategories };
}

/** Asks for items one by one until an empty answer; `given` come first (after a tick list to keep them, when `keep` names one). */
async function askList({ prompter: ask, t }: WizardContext, name: string, given: readonly string[], keep: string | undefined, first: string, next: string): Promise<string[]> {
  let items = [...given];
  if (keep && items.length > 0)
    items = await ask.checkbox({ name: keep, message: t("init.q.keepServices"), choices: items.map((item) => ({ value: item, name: printable(item), checked: true })) });
  for (;;) {
    const item = (await ask.input({ name, message: items.length === 0 ? first : next })).trim();
    if (item === "") return items;
    if (!items.includes(item)) items.push(item);
  }
}

async function askOperation({ prompter: ask, t }: WizardContext, answers: InitAnswers): Promise<Pick<InitAnswers, "startDate" | "managementRepresentative">> {
  const startDate = parseDate(await ask.input({ name: "sms.startDate", message: t("init.q.startDate"), default: answers.startDate, validate: date(t) })) as string;
  const representative = await ask.input({ name: "sms.managementRepresentative", message: t("init.q.representative"), default: answers.managementRepresentative });
  return { startDate, managementRepresentative: representative.trim() || undefined };
}

async function askDocuments(
  context: WizardContext,
  answers: InitAnswers,
  draft: DocumentsDraft,
): Promise<Pick<InitAnswers, "existing" | "internalAudit" | "managementReview" | "unmatchedFiles">> {
  const { proposals } = context;
  const kept = await askProposals(context, draft);
  // Files the scan did not place, and proposals the person turned down: either may be something else.
  const unplaced = [...proposals.filter((_, index) => !kept.includes(index)).map((p) => p.evidence), ...(context.unmatched ?? [])];
  const assigned = await askUnplaced(context, unplaced, draft);

  const found: ExistingItem[] = [];
  const audits: ReportFile[] = [];
  const reviews: ReportFile[] = [];
  for (const proposal of kept.map((index) => proposals[index])) {
    if (proposal.requirementId === AUDIT_RESULTS) audits.push({ evidence: proposal.evidence, date: proposal.date });
    else if (proposal.requirementId === REVIEW_RESULTS) reviews.push({ evidence: proposal.evidence, date: proposal.date });
    else found.push(fromProposal(proposal));
  }
  for (const [file, choice] of assigned) {
    if (choice === AUDIT_RESULTS) audits.push({ evidence: file, date: dateInName(baseName(file)) });
    else if (choice === REVIEW_RESULTS) reviews.push({ evidence: file, date: dateInName(baseName(file)) });
    else found.push(fromAssignment(file, choice, context.catalog));
  }

  const ticked = await askExisting(context, new Set(found.map((item) => item.requirementId)), draft);
  const existing = await askOwnersAndStatus(context, [...found, ...ticked.map((r) => fromRequirement(r, context.lang))], draft);
  const internalAudit = await askHeld(context, "internalAudit", audits, answers.internalAudit);
  const managementReview = await askHeld(context, "managementReview", reviews, answers.managementReview);

  const used = new Set([...existing.map((item) => item.evidence), internalAudit?.evidence, managementReview?.evidence]);
  const leftOver = [...unplaced.filter((file) => !assigned.has(file)), ...[...audits, ...reviews].map((r) => r.evidence)].filter((file) => !used.has(file));
  return { existing, internalAudit, managementReview, unmatchedFiles: leftOver };
}

async function askProposals({ prompter: ask, t, catalog, lang, proposals }: WizardContext, draft: DocumentsDraft): Promise<number[]> {
  if (proposals.length === 0) return [];
  const kept = await ask.checkbox({
    name: "scan.accept",
    message: t("init.q.scanAccept", { count: proposals.length }),
    choices: proposals.map((p, index) => ({
      value: index,
      name: `${printable(p.path)}  →  ${proposalLabel(p, catalog, lang, t)}${p.version ? `  (${printable(p.version)})` : ""}`,
      short: p.path,
      checked: draft.kept?.includes(index) ?? true,
    })),
  });
  draft.kept = kept;
  return kept;
}

function proposalLabel(p: ScanProposal, catalog: Catalog, lang: Lang, t: Translate): string {
  if (p.processes) return t("init.q.processDocument", { process: p.processes.map((id) => catalog.clause(id)?.title[lang] ?? id).join(t("init.summary.partSeparator")) });
  return catalog.requirement(p.requirementId)?.title[lang] ?? p.requirementId;
}

/** Lets the person tick the files they can place, then asks what each ticked file is. */
async function askUnplaced(context: WizardContext, files: readonly string[], draft: DocumentsDraft): Promise<Map<string, string>> {
  const { prompter: ask, t } = context;
  const assigned = new Map<string, string>();
  if (files.length === 0) return assigned;
  const ticked = await ask.checkbox({
    name: "scan.unmatched",
    message: t("init.q.scanUnmatched", { count: files.length }),
    choices: files.map((file) => ({ value: file, name: printable(file), checked: Boolean(draft.assigned.get(file)) })),
  });
  const choices = assignmentChoices(context);
  for (const file of ticked) {
    const choice = await ask.select<string>({ name: "scan.requirement", message: t("init.q.assign", { file }), choices, default: draft.assigned.get(file) ?? "" });
    if (choice !== "") assigned.set(file, choice);
  }
  draft.assigned = new Map(assigned);
  return assigned;
}

/** Nothing; a process document for each process; then every requirement, grouped by clause. */
function assignmentChoices({ t, catalog, lang }: WizardContext): (Choice<string> | ChoiceGroup)[] {
  const choices: (Choice<string> | ChoiceGroup)[] = [{ value: "", name: t("init.q.assignNone"), short: t("init.q.assignNoneShort") }];
  choices.push({ separator: `── ${t("init.q.processGroup")} ──` });
  for (const process of catalog.legacyProcesses()) {
    const label = t("init.q.processDocument", { process: process.title[lang] });
    choices.push({ value: `${PROCESS_CHOICE}${process.id}`, name: `${topMostClauses(process.clauses, catalog).join(", ").padEnd(16)}${label}`, short: label });
  }
  for (const clause of catalog.clauses().filter((c) => c.parent === null)) {
    const inClause = catalog.requirements().filter((r) => catalog.topLevelOf(r.clauses[0]) === clause.id);
    if (inClause.length === 0) continue;
    choices.push({ separator: `── ${clause.id} ${clause.title[lang]} ──` });
    for (const r of inClause) choices.push({ value: r.id, name: `${r.clauses[0].padEnd(16)}${r.title[lang]}`, short: r.title[lang] });
  }
  return choices;
}

async function askExisting({ prompter: ask, t, catalog, lang }: WizardContext, found: Set<string>, draft: DocumentsDraft): Promise<Requirement[]> {
  const choices: (Choice<string> | ChoiceGroup)[] = [];
  for (const clause of catalog.clauses().filter((c) => c.parent === null)) {
    const inClause = catalog
      .requirements()
      .filter((r) => catalog.topLevelOf(r.clauses[0]) === clause.id && !ASKED_SEPARATELY.has(r.id) && !found.has(r.id));
    if (inClause.length === 0) continue;
    choices.push({ separator: `── ${clause.id} ${clause.title[lang]} ──` });
    for (const r of [...inClause.filter((r) => r.mandatory), ...inClause.filter((r) => !r.mandatory)])
      choices.push({
        value: r.id,
        name: `${r.clauses[0].padEnd(8)}${r.title[lang]}${r.mandatory ? "" : `  ${t("init.q.recommended")}`}`,
        short: r.title[lang],
        checked: draft.ticked.includes(r.id),
      });
  }
  const ids = await ask.checkbox({ name: "documents.existing", message: t("init.q.existing"), choices });
  draft.ticked = ids;
  return ids.map((id) => catalog.requirement(id) as Requirement);
}

async function askOwnersAndStatus({ prompter: ask, t, today }: WizardContext, items: ExistingItem[], draft: DocumentsDraft): Promise<ExistingItem[]> {
  let lastOwner: string | undefined;
  const answered: ExistingItem[] = [];
  for (const item of items) {
    const key = item.evidence ?? item.requirementId;
    const before = draft.items.get(key);
    const label = item.evidence ? `${item.title} (${item.evidence})` : item.title;
    const owner = (await ask.input({ name: `${item.kind}.owner`, message: t("init.q.owner", { item: label }), default: before?.owner ?? lastOwner })).trim() || undefined;
    lastOwner = owner ?? lastOwner;
    let answer: ExistingItem = { ...item, owner };
    if (item.kind === "document") {
      const status = await ask.select<DocumentStatus>({
        name: "document.status",
        message: t("init.q.status", { item: label }),
        choices: STATUSES.map((s) => ({ value: s, name: t(`init.status.${s}`) })),
        default: before?.status ?? item.status ?? DEFAULT_STATUS,
      });
      answer = { ...answer, status };
      // An approved document is controlled by its version and approval date.
      if (status === "approved") {
        const version = (await ask.input({ name: "document.version", message: t("init.q.version", { item: label }), default: before?.version ?? item.version })).trim();
        const approval = await ask.input({ name: "document.approvalDate", message: t("init.q.approvalDate", { item: label }), default: before?.approvalDate, validate: optionalDay(t, today) });
        answer = { ...answer, ...(version ? { version } : {}), ...(approval.trim() ? { approvalDate: parseDate(approval) } : {}) };
      }
    }
    draft.items.set(key, answer);
    answered.push(answer);
  }
  return answered;
}

/** Whether an audit (or review) was held, when, and which scanned file is its report (or minutes). */
async function askHeld(context: WizardContext, name: "internalAudit" | "managementReview", files: readonly ReportFile[], before: HeldAnswer | undefined): Promise<HeldAnswer | undefined> {
  const { prompter: ask, t, today } = context;
  const texts = name === "internalAudit" ? { held: "init.q.auditHeld", when: "init.q.auditDate", file: "init.q.auditReport" } : { held: "init.q.reviewHeld", when: "init.q.reviewDate", file: "init.q.reviewMinutes" };
  if (!(await ask.confirm({ name: `${name}.held`, message: t(texts.held), default: before !== undefined || files.length > 0 }))) return undefined;
  const dated = files.map((f) => f.date).find((d): d is string => d !== undefined && d <= today);
  const day = parseDate(await ask.input({ name: `${name}.date`, message: t(texts.when), default: before?.date ?? dated, validate: heldBy(t, today) })) as string;
  if (files.length === 0) return { date: day };
  const evidence = await ask.select<string>({
    name: `${name}.evidence`,
    message: t(texts.file),
    choices: [...files.map((f) => ({ value: f.evidence, name: f.evidence })), { value: "", name: t("init.q.noFile") }],
    default: files.some((f) => f.evidence === before?.evidence) ? before?.evidence : files[0].evidence,
  });
  return evidence ? { date: day, evidence } : { date: day };
}

/** The answers in a few lines, for the review before the file is written. */
function summary(answers: InitAnswers, { t, catalog, lang }: WizardContext): string {
  const none = t("init.summary.none");
  const list = (items: readonly string[]) => (items.length > 0 ? items.join(t("init.summary.listSeparator")) : none);
  const { organization, scope } = answers;
  const sites = organization.sites.map((s) =>
    [s.name, s.address, s.headcount === undefined ? undefined : t("init.summary.headcount", { count: s.headcount })].filter(Boolean).join(t("init.summary.partSeparator")),
  );
  const categories = scope.businessCategories.map((n) => `${n} ${catalog.businessCategory(n)?.name[lang] ?? ""}`.trim());
  const documents = answers.existing.filter((i) => i.kind === "document").map((i) => t("init.summary.document", { title: i.title, status: t(`init.status.${i.status ?? DEFAULT_STATUS}`) }));
  const registers = answers.existing.filter((i) => i.kind === "register").map((i) => i.title);
  const held = (h: HeldAnswer | undefined) => (h === undefined ? t("init.summary.notHeld") : h.evidence ? t("init.summary.heldWith", { date: h.date, file: h.evidence }) : h.date);
  return [
    t("init.summary.organization", { name: organization.name, id: organization.registrationId ?? none }),
    t("init.summary.sites", { sites: list(sites) }),
    t("init.summary.statement", { statement: scope.statement ?? none }),
    t("init.summary.services", { services: list(scope.services) }),
    t("init.summary.categories", { categories: list(categories) }),
    t("init.summary.operation", { date: answers.startDate, name: answers.managementRepresentative ?? none }),
    t("init.summary.documents", { count: documents.length, titles: list(documents) }),
    t("init.summary.registers", { count: registers.length, titles: list(registers) }),
    t("init.summary.audit", { audit: held(answers.internalAudit) }),
    t("init.summary.review", { review: held(answers.managementReview) }),
  ]
    .map((line) => `  ${line}`)
    .join("\n");
}

function fromProposal(proposal: ScanProposal): ExistingItem {
  return {
    requirementId: proposal.requirementId,
    kind: proposal.kind,
    title: proposal.title,
    evidence: proposal.evidence,
    ...(proposal.kind === "document" ? { status: DEFAULT_STATUS } : {}),
    ...(proposal.version ? { version: proposal.version } : {}),
    ...(proposal.processes ? { processes: proposal.processes } : {}),
  };
}

/** A file the person placed: a requirement, or the process document of a process. */
function fromAssignment(file: string, choice: string, catalog: Catalog): ExistingItem {
  const title = titleFromFileName(file);
  if (catalog.requirement(choice)?.kind === "record") return { requirementId: choice, kind: "register", title, evidence: file };
  const version = guessVersion(file);
  const document: ExistingItem = { requirementId: choice, kind: "document", title, evidence: file, status: DEFAULT_STATUS, ...(version ? { version } : {}) };
  if (!choice.startsWith(PROCESS_CHOICE)) return document;
  const process = catalog.legacyProcesses().find((p) => p.id === choice.slice(PROCESS_CHOICE.length));
  return { ...document, requirementId: PROCESS_DOCUMENTS, ...(process ? { processes: topMostClauses(process.clauses, catalog) } : {}) };
}

function fromRequirement(requirement: Requirement, lang: Lang): ExistingItem {
  return { requirementId: requirement.id, kind: requirement.kind === "record" ? "register" : "document", title: requirement.title[lang] };
}

function registrationValid(value: string, chinese: boolean, t: Translate): true | string {
  if (value.trim() === "") return true;
  const { value: code, problem } = readRegistrationId(value, chinese);
  return problem === undefined ? true : t(`init.invalid.uscc.${problem}`, { count: code.length });
}

const required = (t: Translate) => (value: string) => (value.trim() !== "" ? true : t("init.invalid.required"));
const date = (t: Translate) => (value: string) => (parseDate(value) !== undefined ? true : t("init.invalid.date"));
const heldBy = (t: Translate, today: string) => (value: string) => {
  const day = parseDate(value);
  return day === undefined ? t("init.invalid.date") : day <= today ? true : t("init.invalid.future", { today });
};
const optionalDay = (t: Translate, today: string) => (value: string) => {
  if (value.trim() === "") return true;
  const day = parseDate(value);
  return day === undefined ? t("init.invalid.date") : day <= today ? true : t("init.invalid.approvalFuture", { today });
};
const positive = (t: Translate) => (value: number | undefined) => (value === undefined || (Number.isInteger(value) && value >= 1) ? true : t("init.invalid.headcount"));
