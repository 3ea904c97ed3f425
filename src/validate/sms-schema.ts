// Builds the JSON Schema of sms.yaml from the catalogue, so ids and codes stay in step with it.
import pkg from "../../package.json" with { type: "json" };
import type { Catalog } from "../catalog/catalog.js";
import type { BusinessCategory, Requirement } from "../catalog/types.js";
import { reportBlockSchema } from "./report-block-schema.js";
import { date, describedEnum, list, markdownText, object, path, string, type JsonSchema } from "./schema-parts.js";

/** Where the schema of this version is published: the file at the release tag, so a link never changes under a file. */
export const SMS_SCHEMA_ID = `https://raw.githubusercontent.com/iso20k/iso20k/v${pkg.version}/schemas/sms.schema.json`;

/** Keywords for editors (the YAML language server, VS Code) that validators must accept and ignore. */
export const EDITOR_KEYWORDS = ["markdownEnumDescriptions", "enumDescriptions", "defaultSnippets"];

function requirementFacts(requirement: Requirement): string {
  const clauses = `${requirement.clauses.length === 1 ? "clause" : "clauses"} ${requirement.clauses.join(", ")}`;
  return `${clauses}; ${requirement.kind}, ${requirement.mandatory ? "mandatory" : "recommended"}`;
}

/** The requirement ids, each explained by its title, clauses, kind and our one-line summary. */
function requirementIdSchema(requirements: readonly Requirement[]): JsonSchema {
  return describedEnum(
    requirements.map((r) => r.id),
    requirements.map((r) => `${r.title.en} (${requirementFacts(r)}): ${r.summary.en}`),
    requirements.map((r) => `**${markdownText(r.title.en)}** (${requirementFacts(r)}): ${markdownText(r.summary.en)}`),
    "A requirement id from the iso20k catalogue.",
  );
}

/** The business categories, by number and by letter code, each explained by the category's name. */
function businessCategorySchema(categories: readonly BusinessCategory[]): JsonSchema {
  const keys = categories.flatMap((c) => [{ key: c.number, category: c }, { key: c.code, category: c }]);
  const facts = (c: BusinessCategory) => `${c.number}, letter code ${c.code}`;
  return describedEnum(
    keys.map((k) => k.key),
    keys.map(({ category }) => `${category.name.en} (${facts(category)})`),
    keys.map(({ category }) => `**${markdownText(category.name.en)}** (${facts(category)})`),
    "A category number or letter code.",
  );
}

// Skeletons that completion inserts, in VS Code snippet syntax. The language server writes each value as it stands here,
// so `[${3}]` is a flow list and the version keeps its quotes (1.10 unquoted is the number 1.1).
const DOCUMENT_SNIPPET = {
  label: "New document",
  description: "A controlled document with the fields a check looks for.",
  body: {
    id: "${1:DOC-01}",
    title: "${2}",
    satisfies: "[${3}]",
    owner: "${4}",
    version: '"${5:1.0}"',
    status: "${6|draft,in-review,approved,retired|}",
    evidence: "${7}",
  },
};
const REGISTER_SNIPPET = {
  label: "New register",
  description: "A register of records with the fields a check looks for.",
  body: { id: "${1:REG-01}", title: "${2}", satisfies: "[${3}]", owner: "${4}", evidence: "${5}", lastEntry: "${6:YYYY-MM-DD}" },
};

/** The schema of an SMS description (JSON Schema draft 2020-12). */
export function buildSmsSchema(catalog: Catalog): JsonSchema {
  const clauseIds = catalog.clauses().map((c) => c.id);

  return {
    $schema: "https://json-schema.org/draft/2020-12/schema",
    $id: SMS_SCHEMA_ID,
    title: "iso20k SMS description",
    ...object(
      "Describes an organisation's service management system (SMS) for a gap analysis against ISO/IEC 20000-1:2018. Generated from the iso20k catalogue; do not edit by hand.",
      {
        organization: object(
          "The organisation that applies for certification.",
          {
            name: string("Registered name of the organisation."),
            legalEntity: object("The legal entity that holds the certificate (application prerequisite).", {
              name: string("Name on the business licence or registration certificate."),
              registrationId: string("Registration number, e.g. the unified social credit code. Quote it: long digit strings are not numbers."),
              evidence: path("Path to a copy of the business licence or equivalent registration proof."),
            }),
            sites: list(
              "Sites in the certification scope; the certification body plans audit days from addresses and headcounts.",
              object("A site.", {
                name: string("Name of the site."),
                address: string("Postal address of the site."),
                headcount: { type: "integer", minimum: 1, description: "People working in the SMS at this site." },
              }, ["name"]),
            ),
            penalties: list(
              "Administrative penalties imposed by an authority. One during the SMS's operation, or in the year before it was established, blocks the application.",
              object("A penalty.", {
                date: date("Day the penalty was imposed."),
                authority: string("The authority that imposed it."),
                description: string("What it was for."),
                evidence: path("Path to the penalty notice."),
              }, ["date", "authority", "description"]),
            ),
          },
          ["name"],
        ),
        scope: object("The certification scope (clause 4.3).", {
          statement: string("The scope statement as it will appear on the certificate."),
          services: list(
            "Services in scope. Each needs an SLA and a place in the service catalogue.",
            object("A service.", {
              id: { $ref: "#/$defs/id", description: "Short id used by documents' `services` lists." },
              name: string("Name of the service."),
              description: string("What the service provides."),
            }, ["id", "name"]),
          ),
          businessCategories: list(
            "Business categories from the national ITSM certification category table, by number (04.02) or letter code (M).",
            businessCategorySchema(catalog.businessCategories()),
            { uniqueItems: true },
          ),
          otherParties: list(
            "Parties that operate processes, or parts of them, on the organisation's behalf (clause 8.2.3).",
            object("A party.", {
              name: string("Name of the party."),
              kind: { enum: ["external-supplier", "internal-supplier", "customer-as-supplier"], description: "What the party is to the organisation." },
              processes: list("Clauses of the processes the party operates, e.g. 8.6.1.", { $ref: "#/$defs/clauseId" }),
              governedBy: list("Ids of documents that show how the organisation governs the party (contract, agreement, procedure).", { $ref: "#/$defs/id" }),
            }, ["name", "kind"]),
          ),
          exclusions: list(
            "Requirements the organisation would like to exclude. ISO/IEC 20000-1 permits none from clauses 4 to 10; listing one is reported.",
            {
              ...object("An attempted exclusion.", {
                requirement: { $ref: "#/$defs/requirementId", description: "The requirement to exclude." },
                clause: { $ref: "#/$defs/clauseId", description: "The clause to exclude." },
                justification: string("Why the organisation wants to exclude it."),
              }),
              anyOf: [{ required: ["requirement"] }, { required: ["clause"] }],
            },
          ),
        }),
        sms: object(
          "How long and under whom the SMS has operated.",
          {
            startDate: date("Day the SMS started operating with records. Certification bodies expect at least three months of operation."),
            managementRepresentative: string("The person top management has made responsible for the SMS."),
          },
          ["startDate"],
        ),
        context: object("Context of the organisation (clause 4.1).", {
          climateChange: object(
            "Whether climate change is a relevant issue for the SMS (Amendment 1:2024 to clause 4.1).",
            {
              relevant: { type: "boolean", description: "true when climate change is relevant to the SMS's intended results." },
              rationale: string("Why it is, or is not, relevant."),
            },
            ["relevant"],
          ),
        }),
        documentSources: list(
          "Glob patterns, relative to this file's folder, of Markdown files whose YAML front matter describes a document (the fields of a `documents` entry; the file itself is the evidence).",
          { type: "string", minLength: 1, description: "A glob pattern such as policies/**/*.md." },
          { uniqueItems: true },
        ),
        // By reference: Ajv then validates the list in a small function of its own, which V8 optimises
        // early, not in the loop of the whole file's validator (validating 10,000 documents: about 15% faster).
        documents: { $ref: "#/$defs/documents", description: "Controlled documents of the SMS (maintained documented information)." },
        records: object("Retained documented information: evidence that the SMS runs.", {
          internalAudits: list(
            "Internal audits (clause 9.2).",
            object("An internal audit.", {
              id: { $ref: "#/$defs/id", description: "Audit id." },
              date: date("Day the audit was held (or is planned)."),
              status: { enum: ["planned", "completed"], description: "Whether the audit has been held." },
              clauses: list("Clauses the audit covered, at any depth (\"8\" covers all of clause 8).", { $ref: "#/$defs/clauseId" }, { uniqueItems: true }),
              auditor: string("Lead auditor."),
              evidence: path("Path to the audit report."),
            }, ["id", "date", "status", "clauses"]),
          ),
          managementReviews: list(
            "Management reviews (clause 9.3).",
            object("A management review.", {
              id: { $ref: "#/$defs/id", description: "Review id." },
              date: date("Day the review was held (or is planned)."),
              status: { enum: ["planned", "completed"], description: "Whether the review has been held." },
              evidence: path("Path to the minutes or review record."),
            }, ["id", "date", "status"]),
          ),
          nonconformities: list(
            "Nonconformities and their corrective actions (clause 10.1).",
            object("A nonconformity.", {
              id: { $ref: "#/$defs/id", description: "Nonconformity id." },
              description: string("What was found."),
              grade: { enum: ["major", "minor"], description: "Audit grade." },
              clause: { $ref: "#/$defs/clauseId", description: "Clause the nonconformity is against." },
              raised: date("Day it was raised."),
              due: date("Day the corrective action is due."),
              closed: date("Day it was closed; leave out while open."),
              evidence: path("Path to the corrective action record."),
            }, ["id", "description", "grade", "raised"]),
          ),
          registers: list(
            "Other sets of records kept over time: incident log, change records, competence matrix, and so on.",
            {
              ...object("A register of records.", {
                id: { $ref: "#/$defs/id", description: "Register id." },
                title: string("What the register holds."),
                satisfies: list("Catalogue requirement ids this register satisfies.", { $ref: "#/$defs/requirementId" }, { uniqueItems: true }),
                owner: string("Person or role who keeps it."),
                evidence: path("Path to the register or an export of it."),
                lastEntry: date("Day of the latest entry."),
              }, ["id", "title", "satisfies"]),
              defaultSnippets: [REGISTER_SNIPPET],
            },
          ),
        }),
        waivers: list(
          "Accepted findings. A waiver suppresses the findings that match its rule and requirement until it expires.",
          {
            ...object("A waiver.", {
              id: { $ref: "#/$defs/id", description: "Waiver id." },
              rule: { type: "string", pattern: "^[a-z0-9]+(-[a-z0-9]+)*$", description: "Rule id to suppress; see `iso20k rules`." },
              requirement: { $ref: "#/$defs/requirementId", description: "Requirement id to suppress findings for." },
              justification: string("Why the finding is accepted."),
              approver: string("Who accepted it."),
              expires: date("Last day the waiver holds."),
            }, ["id", "justification", "approver", "expires"]),
            anyOf: [{ required: ["rule"] }, { required: ["requirement"] }],
          },
        ),
        application: object("Evidence for the certification application dossier that is not an SMS document.", {
          organizationProfile: path("Organisation profile: about 1000 characters, main business processes, organisation chart."),
          organizationChart: path("Organisation chart or description of functions."),
          businessProcesses: path("Description of the main business processes."),
          documentList: path("Structure and list of the SMS documents."),
          confidentialityStatement: path("Statement on the confidentiality or sensitivity of records."),
        }),
        report: reportBlockSchema(),
      },
      ["organization", "scope", "sms", "documents"],
    ),
    $defs: {
      documents: list("The controlled documents kept in the file.", { $ref: "#/$defs/document" }),
      document: {
        ...object(
          "A controlled document: in `documents`, or the front matter of a Markdown file matched by `documentSources`.",
          {
            id: { $ref: "#/$defs/id", description: "Document number or id, unique in the file." },
            title: string("Title of the document."),
            satisfies: list("Catalogue requirement ids this document satisfies; see `iso20k catalog`.", { $ref: "#/$defs/requirementId" }, { uniqueItems: true }),
            services: list("Ids of the services this document covers; leave out when it covers every service in scope.", { $ref: "#/$defs/id" }),
            owner: string("Person or role who owns the document."),
            version: string("Version label. Quote it: 1.10 unquoted is the number 1.1."),
            status: { enum: ["draft", "in-review", "approved", "retired"], description: "Life-cycle status." },
            approvalDate: date("Day the current version was approved."),
            firstIssued: date("Day the first version was issued; three months of operation count from the issue of the core SMS documents. Leave out when it is the approval date."),
            nextReviewDate: date("Day the document is next due for review."),
            processes: list("Clauses of the service management processes this document describes, e.g. 8.6.3; the application dossier asks for a process document for each process.", { $ref: "#/$defs/clauseId" }, { uniqueItems: true }),
            evidence: path("Path to the document file, relative to the SMS file's folder."),
            sha256: { type: "string", pattern: "^[0-9a-f]{64}$", description: "SHA-256 of the evidence file, lower-case hex, to detect unrecorded changes." },
          },
          ["id", "title", "satisfies"],
        ),
        defaultSnippets: [DOCUMENT_SNIPPET],
      },
      id: { type: "string", pattern: "^[A-Za-z0-9][A-Za-z0-9._-]*$", description: "An id: letters, digits, dot, dash, underscore." },
      date: { type: "string", format: "date", description: "A calendar date, YYYY-MM-DD." },
      evidencePath: { type: "string", minLength: 1, description: "A relative path inside the SMS folder." },
      requirementId: requirementIdSchema(catalog.requirements()),
      clauseId: { type: "string", enum: clauseIds, description: "A clause of ISO/IEC 20000-1:2018, 4 to 10.2." },
    },
  };
}
