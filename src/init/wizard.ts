// The questions of `iso20k init`, in order, over any Prompter; the answers given by flags are the defaults.
import type { Catalog } from "../catalog/catalog.js";
import type { Lang, Requirement } from "../catalog/types.js";
import type { Translate } from "../i18n/translate.js";
import type { DocumentStatus } from "../model/sms.js";
import { isCalendarDate, type ExistingItem, type InitAnswers, type SiteAnswer } from "./answers.js";
import type { Choice, ChoiceGroup, Prompter } from "./prompter.js";
import type { ScanProposal } from "./scan.js";

export interface WizardContext {
  prompter: Prompter;
  t: Translate;
  lang: Lang;
  catalog: Catalog;
  /** YYYY-MM-DD; audits and reviews cannot be held after it. */
  today: string;
  /** The answers flags give; the wizard offers them as defaults and adds to the lists. */
  defaults: InitAnswers;
  /** What a folder scan found, offered for confirmation. */
  proposals: readonly ScanProposal[];
}

// Kept in records.internalAudits and records.managementReviews: asked about separately.
const ASKED_SEPARATELY = new Set(["internal-audit-results", "management-review-results"]);
const STATUSES: DocumentStatus[] = ["draft", "in-review", "approved"];
const DEFAULT_STATUS: DocumentStatus = "draft";

/** Asks every question of `iso20k init` and returns the answers. */
export async function runWizard(context: WizardContext): Promise<InitAnswers> {
  const { prompter: ask, t, defaults } = context;
  const optional = (text: string) => text.trim() || undefined;

  const name = (
    await ask.input({ name: "organization.name", message: t("init.q.orgName"), default: defaults.organization.name || undefined, validate: required(t) })
  ).trim();
  const registrationId = optional(
    await ask.input({ name: "organization.registrationId", message: t("init.q.registrationId"), default: defaults.organization.registrationId }),
  );
  const sites = await askSites(context);

  const statement = optional(await ask.input({ name: "scope.statement", message: t("init.q.statement"), default: defaults.scope.statement }));
  const services = await askList(context, "service.name", defaults.scope.services, t("init.q.firstService"), t("init.q.nextService"));
  const businessCategories = await ask.checkbox({
    name: "scope.businessCategories",
    message: t("init.q.categories"),
    choices: context.catalog.businessCategories().map((c) => ({
      value: c.number,
      name: `${c.code}  ${c.number}  ${c.name[context.lang]}`,
      short: c.number,
      checked: defaults.scope.businessCategories.includes(c.number),
    })),
  });

  const startDate = await ask.input({ name: "sms.startDate", message: t("init.q.startDate"), default: defaults.startDate, validate: date(t) });
  const managementRepresentative = optional(
    await ask.input({ name: "sms.managementRepresentative", message: t("init.q.representative"), default: defaults.managementRepresentative }),
  );

  const accepted = await askProposals(context);
  const ticked = await askExisting(context, new Set(accepted.map((p) => p.requirementId)));
  const existing = await askOwnersAndStatus(context, [...accepted.map(fromProposal), ...ticked.map((r) => fromRequirement(r, context.lang))]);

  const internalAuditDate = await askHeld(context, "internalAudit", t("init.q.auditHeld"), t("init.q.auditDate"));
  const managementReviewDate = await askHeld(context, "managementReview", t("init.q.reviewHeld"), t("init.q.reviewDate"));

  return {
    organization: { name, registrationId, sites },
    scope: { statement, services, businessCategories },
    startDate,
    managementRepresentative,
    existing,
    internalAuditDate,
    managementReviewDate,
  };
}

/** The answers with no questions asked (--yes): flags, the scan's proposals as documents and registers, the rest left out. */
export function defaultAnswers(defaults: InitAnswers, proposals: readonly ScanProposal[]): InitAnswers {
  return { ...defaults, existing: [...defaults.existing, ...proposals.map(fromProposal)] };
}

async function askSites({ prompter: ask, t, defaults }: WizardContext): Promise<SiteAnswer[]> {
  const sites = [...defaults.organization.sites];
  for (;;) {
    const message = sites.length === 0 ? t("init.q.firstSite") : t("init.q.nextSite");
    const name = (await ask.input({ name: "site.name", message })).trim();
    if (name === "") return sites;
    const address = (await ask.input({ name: "site.address", message: t("init.q.siteAddress", { site: name }) })).trim();
    const headcount = await ask.number({ name: "site.headcount", message: t("init.q.siteHeadcount", { site: name }), validate: positive(t) });
    sites.push({ name, ...(address ? { address } : {}), ...(headcount !== undefined ? { headcount } : {}) });
  }
}

/** Asks for items one by one until an empty answer; `given` come first. */
async function askList({ prompter: ask }: WizardContext, name: string, given: readonly string[], first: string, next: string): Promise<string[]> {
  const items = [...given];
  for (;;) {
    const item = (await ask.input({ name, message: items.length === 0 ? first : next })).trim();
    if (item === "") return items;
    if (!items.includes(item)) items.push(item);
  }
}

async function askProposals({ prompter: ask, t, catalog, lang, proposals }: WizardContext): Promise<ScanProposal[]> {
  if (proposals.length === 0) return [];
  const chosen = await ask.checkbox({
    name: "scan.accept",
    message: t("init.q.scanAccept", { count: proposals.length }),
    choices: proposals.map((p, index) => ({
      value: index,
      name: `${p.path}  →  ${catalog.requirement(p.requirementId)?.title[lang] ?? p.requirementId}${p.version ? `  (${p.version})` : ""}`,
      short: p.path,
      checked: true,
    })),
  });
  return chosen.map((index) => proposals[index]);
}

async function askExisting({ prompter: ask, t, catalog, lang }: WizardContext, found: Set<string>): Promise<Requirement[]> {
  const choices: (Choice<string> | ChoiceGroup)[] = [];
  for (const clause of catalog.clauses().filter((c) => c.parent === null)) {
    const inClause = catalog
      .requirements()
      .filter((r) => catalog.topLevelOf(r.clauses[0]) === clause.id && !ASKED_SEPARATELY.has(r.id) && !found.has(r.id));
    if (inClause.length === 0) continue;
    choices.push({ separator: `── ${clause.id} ${clause.title[lang]} ──` });
    for (const r of [...inClause.filter((r) => r.mandatory), ...inClause.filter((r) => !r.mandatory)])
      choices.push({ value: r.id, name: `${r.clauses[0].padEnd(8)}${r.title[lang]}${r.mandatory ? "" : `  ${t("init.q.recommended")}`}`, short: r.title[lang] });
  }
  const ids = await ask.checkbox({ name: "documents.existing", message: t("init.q.existing"), choices });
  return ids.map((id) => catalog.requirement(id) as Requirement);
}

async function askOwnersAndStatus({ prompter: ask, t }: WizardContext, items: ExistingItem[]): Promise<ExistingItem[]> {
  let lastOwner: string | undefined;
  const answered: ExistingItem[] = [];
  for (const item of items) {
    const label = item.evidence ? `${item.title} (${item.evidence})` : item.title;
    const owner = (await ask.input({ name: `${item.kind}.owner`, message: t("init.q.owner", { item: label }), default: lastOwner })).trim() || undefined;
    lastOwner = owner ?? lastOwner;
    if (item.kind === "register") {
      answered.push({ ...item, owner });
      continue;
    }
    const status = await ask.select<DocumentStatus>({
      name: "document.status",
      message: t("init.q.status", { item: label }),
      choices: STATUSES.map((s) => ({ value: s, name: t(`init.status.${s}`) })),
      default: item.status ?? DEFAULT_STATUS,
    });
    answered.push({ ...item, owner, status });
  }
  return answered;
}

async function askHeld({ prompter: ask, t, today }: WizardContext, name: string, held: string, when: string): Promise<string | undefined> {
  if (!(await ask.confirm({ name: `${name}.held`, message: held, default: false }))) return undefined;
  return ask.input({ name: `${name}.date`, message: when, validate: heldBy(t, today) });
}

function fromProposal(proposal: ScanProposal): ExistingItem {
  return {
    requirementId: proposal.requirementId,
    kind: proposal.kind,
    title: proposal.title,
    evidence: proposal.evidence,
    ...(proposal.kind === "document" ? { status: DEFAULT_STATUS } : {}),
    ...(proposal.version ? { version: proposal.version } : {}),
  };
}

function fromRequirement(requirement: Requirement, lang: Lang): ExistingItem {
  return { requirementId: requirement.id, kind: requirement.kind === "record" ? "register" : "document", title: requirement.title[lang] };
}

const required = (t: Translate) => (value: string) => (value.trim() !== "" ? true : t("init.invalid.required"));
const date = (t: Translate) => (value: string) => (isCalendarDate(value) ? true : t("init.invalid.date"));
const heldBy = (t: Translate, today: string) => (value: string) =>
  !isCalendarDate(value) ? t("init.invalid.date") : value <= today ? true : t("init.invalid.future", { today });
const positive = (t: Translate) => (value: number | undefined) => (value === undefined || (Number.isInteger(value) && value >= 1) ? true : t("init.invalid.headcount"));
