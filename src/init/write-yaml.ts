// Renders the SMS description `iso20k init` builds as commented YAML: the missing mandatory items become commented-out stubs.
import { stringify } from "yaml";
import type { Catalog } from "../catalog/catalog.js";
import type { Lang, Requirement } from "../catalog/types.js";
import { translator, type Translate } from "../i18n/translate.js";
import type { Register, Sms, SmsDocument } from "../model/sms.js";
import { missingControlFields } from "../rules/document-control-incomplete.js";
import { ALL_CLAUSES, numberedId } from "./build-sms.js";

export interface SmsYamlOptions {
  catalog: Catalog;
  lang: Lang;
  /** What follows `$schema=` on the first line: the schema's URL, or a relative path to the copy in the project's node_modules. */
  schemaRef: string;
  /** The day the file is written, YYYY-MM-DD. */
  today: string;
  /** The command that checks the file, shown in the header. */
  checkCommand: string;
  /** Mandatory requirements nothing claims: written as commented-out stubs. */
  missing: readonly Requirement[];
  /** Files a scan found that matched no requirement, relative to the file's folder. */
  unmatched?: readonly string[];
}

const INDENT = "  ";
const REQUIREMENTS_KEPT_IN_OWN_LISTS = new Set(["internal-audit-results", "management-review-results"]);
const MAX_UNMATCHED_LISTED = 200;

/** Collects lines; `stub` lines are YAML that a person uncomments, `note` lines are prose. */
class Lines {
  readonly lines: string[] = [];

  /** A line of YAML at `depth`, with an optional trailing comment. */
  add(depth: number, text: string, comment?: string): void {
    this.lines.push(INDENT.repeat(depth) + text + trailing(comment));
  }

  /** Commented-out YAML: `# ` at `depth`, the text indented by `inner` levels after it, so deleting `# ` restores it. */
  stub(depth: number, inner: number, text: string, comment?: string): void {
    this.lines.push(`${INDENT.repeat(depth)}# ${INDENT.repeat(inner)}${text}${trailing(comment)}`);
  }

  note(depth: number, text: string): void {
    for (const line of text.split(/\r\n|\r|\n/)) this.lines.push(`${INDENT.repeat(depth)}# ${line}`);
  }

  blank(): void {
    this.lines.push("");
  }
}

function trailing(comment: string | undefined): string {
  return comment ? `   # ${comment}` : "";
}

/** A string as YAML: plain when YAML 1.1 and 1.2 both read it back as that string, else double-quoted. */
export function yamlString(value: string): string {
  const plainIn = (version: "1.1" | "1.2") => stringify(value, { version, lineWidth: 0 }).replace(/\n$/, "");
  return plainIn("1.2") === value && plainIn("1.1") === value && !value.includes("#") ? value : JSON.stringify(value);
}

const quoted = (value: string) => JSON.stringify(value);
const flowList = (items: readonly string[], quote = false) => `[${items.map((i) => (quote ? quoted(i) : i)).join(", ")}]`;

/** The YAML text of `sms`, with help comments, stubs for `missing` and the unmatched files of a scan. */
export function writeSmsYaml(sms: Sms, options: SmsYamlOptions): string {
  const t = translator(options.lang);
  const out = new Lines();
  header(out, sms, options, t);
  organization(out, sms, t);
  out.blank();
  scope(out, sms, options, t);
  out.blank();
  operation(out, sms, t);
  out.blank();
  out.note(0, t("init.yaml.contextHint"));
  out.stub(0, 0, "context:");
  out.stub(0, 1, "climateChange:");
  out.stub(0, 2, "relevant: true");
  out.stub(0, 2, `rationale: ${yamlString(t("init.yaml.climateRationale"))}`);
  out.blank();
  documents(out, sms, options, t);
  out.blank();
  records(out, sms, options, t);
  out.blank();
  application(out, t);
  unmatched(out, options, t);
  return `${out.lines.join("\n")}\n`;
}

function header(out: Lines, sms: Sms, options: SmsYamlOptions, t: Translate): void {
  out.lines.push(`# yaml-language-server: $schema=${options.schemaRef}`);
  out.note(0, t("init.yaml.header", { organization: sms.organization.name, date: options.today }));
  out.note(0, t("init.yaml.nextStep", { command: options.checkCommand }));
  out.note(0, t("init.yaml.help"));
  out.blank();
}

function organization(out: Lines, sms: Sms, t: Translate): void {
  const { name, legalEntity, sites } = sms.organization;
  out.add(0, "organization:");
  out.add(1, `name: ${yamlString(name)}`);
  if (legalEntity?.registrationId) {
    out.add(1, "legalEntity:");
    out.add(2, `registrationId: ${quoted(legalEntity.registrationId)}`);
    out.stub(2, 0, `evidence: ${yamlString(t("init.yaml.licencePath"))}`, t("init.yaml.licenceHint"));
  } else {
    out.stub(1, 0, "legalEntity:", t("init.yaml.legalEntityHint"));
    out.stub(1, 1, `registrationId: ${quoted(t("init.yaml.registrationPlaceholder"))}`);
    out.stub(1, 1, `evidence: ${yamlString(t("init.yaml.licencePath"))}`);
  }
  if (sites && sites.length > 0) {
    out.add(1, "sites:", t("init.yaml.sitesHint"));
    for (const site of sites) {
      out.add(2, `- name: ${yamlString(site.name)}`);
      if (site.address !== undefined) out.add(3, `address: ${yamlString(site.address)}`);
      if (site.headcount !== undefined) out.add(3, `headcount: ${site.headcount}`);
      const lacking = [site.address === undefined ? "address" : "", site.headcount === undefined ? "headcount" : ""].filter(Boolean);
      if (lacking.length > 0) out.note(3, t("init.yaml.toDoFields", { fields: lacking.map((field) => `\`${field}\``).join(t("list.separator")) }));
    }
  } else {
    out.stub(1, 0, "sites:", t("init.yaml.sitesHint"));
    out.stub(1, 1, `- name: ${yamlString(t("init.yaml.sitePlaceholder"))}`);
    out.stub(1, 2, `address: ${yamlString(t("init.yaml.addressPlaceholder"))}`);
    out.stub(1, 2, "headcount: 10");
  }
}

function scope(out: Lines, sms: Sms, options: SmsYamlOptions, t: Translate): void {
  const { statement, services, businessCategories } = sms.scope;
  const empty = statement === undefined && !services?.length && !businessCategories?.length;
  out.add(0, empty ? "scope: {}" : "scope:", empty ? t("init.yaml.emptyMapping") : undefined);
  if (statement !== undefined) out.add(1, `statement: ${yamlString(statement)}`);
  else out.stub(1, 0, `statement: ${yamlString(t("init.yaml.statementPlaceholder"))}`, t("init.yaml.statementHint"));
  if (services && services.length > 0) {
    out.add(1, "services:", t("init.yaml.servicesHint"));
    for (const service of services) {
      out.add(2, `- id: ${yamlString(service.id)}`);
      out.add(3, `name: ${yamlString(service.name)}`);
    }
  } else {
    out.stub(1, 0, "services:", t("init.yaml.servicesHint"));
    out.stub(1, 1, "- id: service-desk");
    out.stub(1, 2, `name: ${yamlString(t("init.yaml.servicePlaceholder"))}`);
  }
  if (businessCategories && businessCategories.length > 0) {
    const names = businessCategories.map((key) => {
      const category = options.catalog.businessCategory(key);
      return category ? `${category.number} ${category.name[options.lang]}` : key;
    });
    out.add(1, `businessCategories: ${flowList(businessCategories, true)}`, names.join("; "));
  } else {
    out.stub(1, 0, `businessCategories: ["04.02"]`, t("init.yaml.categoriesHint"));
  }
  out.note(1, t("init.yaml.otherPartiesHint"));
  out.stub(1, 0, "otherParties:");
  out.stub(1, 1, `- name: ${yamlString(t("init.yaml.supplierPlaceholder"))}`);
  out.stub(1, 2, "kind: external-supplier");
  out.stub(1, 2, `processes: ["8.7.2"]`);
  out.stub(1, 2, "governedBy: [SUP-01]");
}

function operation(out: Lines, sms: Sms, t: Translate): void {
  out.add(0, "sms:");
  out.add(1, `startDate: ${sms.sms.startDate}`, t("init.yaml.startDateHint"));
  if (sms.sms.managementRepresentative !== undefined) out.add(1, `managementRepresentative: ${yamlString(sms.sms.managementRepresentative)}`);
  else out.stub(1, 0, `managementRepresentative: ${yamlString(t("init.yaml.representativePlaceholder"))}`, t("init.yaml.representativeHint"));
}

function documents(out: Lines, sms: Sms, options: SmsYamlOptions, t: Translate): void {
  const stubs = options.missing.filter((r) => r.kind === "document");
  if (sms.documents.length === 0) out.add(0, "documents: []", t("init.yaml.documentsEmpty"));
  else out.add(0, "documents:", t("init.yaml.documentsHint"));
  for (const document of sms.documents) documentEntry(out, document, options, t);
  if (stubs.length === 0) return;
  out.note(1, t("init.yaml.documentStubs"));
  const total = sms.documents.length + stubs.length;
  const ids = new Set(sms.documents.map((d) => d.id));
  let n = sms.documents.length;
  for (const requirement of stubs) {
    const id = nextFreeId("DOC", () => ++n, total, ids);
    out.stub(1, 0, `- id: ${id}`);
    out.stub(1, 1, `title: ${yamlString(requirement.title[options.lang])}`);
    out.stub(1, 1, `satisfies: ${flowList([requirement.id])}`, requirement.clauses[0]);
    out.stub(1, 1, "status: draft");
  }
}

function documentEntry(out: Lines, document: SmsDocument, options: SmsYamlOptions, t: Translate): void {
  out.add(1, `- id: ${yamlString(document.id)}`);
  out.add(2, `title: ${yamlString(document.title)}`);
  out.add(2, `satisfies: ${flowList(document.satisfies)}`, clausesOf(document.satisfies, options.catalog));
  if (document.processes !== undefined) out.add(2, `processes: ${flowList(document.processes, true)}`, clauseTitles(document.processes, options));
  if (document.owner !== undefined) out.add(2, `owner: ${yamlString(document.owner)}`);
  if (document.version !== undefined) out.add(2, `version: ${quoted(document.version)}`);
  if (document.status !== undefined) out.add(2, `status: ${document.status}`);
  if (document.approvalDate !== undefined) out.add(2, `approvalDate: ${document.approvalDate}`);
  if (document.evidence !== undefined) out.add(2, `evidence: ${yamlString(document.evidence)}`);
  const lacking = [...missingControlFields(document), ...(document.evidence === undefined ? ["evidence"] : [])];
  if (lacking.length > 0) out.note(2, t("init.yaml.toDoFields", { fields: lacking.map((field) => `\`${field}\``).join(t("list.separator")) }));
}

function records(out: Lines, sms: Sms, options: SmsYamlOptions, t: Translate): void {
  const audits = sms.records?.internalAudits ?? [];
  const reviews = sms.records?.managementReviews ?? [];
  const registers = sms.records?.registers ?? [];
  const missingIds = new Set(options.missing.map((r) => r.id));
  const registerStubs = options.missing.filter((r) => r.kind === "record" && !REQUIREMENTS_KEPT_IN_OWN_LISTS.has(r.id));
  const real = audits.length + reviews.length + registers.length > 0;

  // Entries sit at depth 1. With nothing to list, `records:` itself is a stub and its entries one level deeper after the `#`.
  const depth = real ? 1 : 0;
  const shift = real ? 0 : 1;
  const line = (inner: number, text: string, comment?: string) => out.add(1 + inner, text, comment);
  const stub = (inner: number, text: string, comment?: string) => out.stub(depth, shift + inner, text, comment);
  // Inside a commented-out section a note is itself commented, so uncommenting the block leaves a comment.
  const note = (text: string) => (real ? out.note(1, text) : out.stub(0, shift, `# ${text}`));

  if (real) out.add(0, "records:", t("init.yaml.recordsHint"));
  else {
    out.note(0, t("init.yaml.recordsEmpty"));
    out.stub(0, 0, "records:");
  }

  if (audits.length > 0) {
    line(0, "internalAudits:", t("init.yaml.auditsHint"));
    for (const audit of audits) {
      line(1, `- id: ${yamlString(audit.id)}`);
      line(2, `date: ${audit.date}`);
      line(2, `status: ${audit.status}`);
      line(2, `clauses: ${flowList(audit.clauses, true)}`, t("init.yaml.auditClausesHint"));
      if (audit.evidence !== undefined) line(2, `evidence: ${yamlString(audit.evidence)}`);
      out.note(3, t("init.yaml.toDoFields", { fields: audit.evidence === undefined ? "auditor, evidence" : "auditor" }));
    }
  } else if (missingIds.has("internal-audit-results")) {
    note(t("init.yaml.auditStub"));
    stub(0, "internalAudits:");
    stub(1, `- id: IA-${options.today.slice(0, 4)}-01`);
    stub(2, "date: YYYY-MM-DD");
    stub(2, "status: completed");
    stub(2, `clauses: ${flowList(ALL_CLAUSES, true)}`);
  }

  if (reviews.length > 0) {
    line(0, "managementReviews:", t("init.yaml.reviewsHint"));
    for (const review of reviews) {
      line(1, `- id: ${yamlString(review.id)}`);
      line(2, `date: ${review.date}`);
      line(2, `status: ${review.status}`);
      if (review.evidence !== undefined) line(2, `evidence: ${yamlString(review.evidence)}`);
      else out.note(3, t("init.yaml.toDoFields", { fields: "evidence" }));
    }
  } else if (missingIds.has("management-review-results")) {
    note(t("init.yaml.reviewStub"));
    stub(0, "managementReviews:");
    stub(1, `- id: MR-${options.today.slice(0, 4)}-01`);
    stub(2, "date: YYYY-MM-DD");
    stub(2, "status: completed");
  }

  if (registers.length > 0) {
    line(0, "registers:", t("init.yaml.registersHint"));
    for (const register of registers) registerEntry(out, 2, register, options, t);
    if (registerStubs.length > 0) out.note(2, t("init.yaml.registerStubs"));
  } else if (registerStubs.length > 0) {
    note(t("init.yaml.registerStubs"));
    stub(0, "registers:", t("init.yaml.registersHint"));
  }
  if (registerStubs.length === 0) return;
  const total = registers.length + registerStubs.length;
  const ids = new Set(registers.map((r) => r.id));
  let n = registers.length;
  for (const requirement of registerStubs) {
    stub(1, `- id: ${nextFreeId("REG", () => ++n, total, ids)}`);
    stub(2, `title: ${yamlString(requirement.title[options.lang])}`);
    stub(2, `satisfies: ${flowList([requirement.id])}`, requirement.clauses[0]);
  }
}

function registerEntry(out: Lines, depth: number, register: Register, options: SmsYamlOptions, t: Translate): void {
  out.add(depth, `- id: ${yamlString(register.id)}`);
  out.add(depth + 1, `title: ${yamlString(register.title)}`);
  out.add(depth + 1, `satisfies: ${flowList(register.satisfies)}`, clausesOf(register.satisfies, options.catalog));
  if (register.owner !== undefined) out.add(depth + 1, `owner: ${yamlString(register.owner)}`);
  if (register.evidence !== undefined) out.add(depth + 1, `evidence: ${yamlString(register.evidence)}`);
  const lacking = [register.owner === undefined ? "owner" : "", register.evidence === undefined ? "evidence" : "", "lastEntry"].filter(Boolean);
  out.note(depth + 1, t("init.yaml.toDoFields", { fields: lacking.map((field) => `\`${field}\``).join(t("list.separator")) }));
}

function application(out: Lines, t: Translate): void {
  out.note(0, t("init.yaml.applicationHint"));
  out.stub(0, 0, "application:");
  for (const key of ["organizationProfile", "organizationChart", "businessProcesses", "documentList", "confidentialityStatement"])
    out.stub(0, 1, `${key}: ${yamlString(t(`init.yaml.applicationPath.${key}`))}`);
}

function unmatched(out: Lines, options: SmsYamlOptions, t: Translate): void {
  const files = options.unmatched ?? [];
  if (files.length === 0) return;
  out.blank();
  out.note(0, t("init.yaml.unmatched", { count: files.length }));
  for (const file of files.slice(0, MAX_UNMATCHED_LISTED)) out.note(0, `  ${file}`);
  if (files.length > MAX_UNMATCHED_LISTED) out.note(0, t("init.yaml.unmatchedMore", { count: files.length - MAX_UNMATCHED_LISTED }));
}

function clausesOf(requirementIds: readonly string[], catalog: Catalog): string {
  return requirementIds.map((id) => catalog.requirement(id)?.clauses[0] ?? "").filter(Boolean).join(", ");
}

function clauseTitles(clauseIds: readonly string[], options: SmsYamlOptions): string {
  return clauseIds.map((id) => options.catalog.clause(id)?.title[options.lang] ?? id).join("; ");
}

function nextFreeId(prefix: string, next: () => number, total: number, used: Set<string>): string {
  let id: string;
  do id = numberedId(prefix, next(), total);
  while (used.has(id));
  used.add(id);
  return id;
}
