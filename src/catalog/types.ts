// The shape of the ISO/IEC 20000-1:2018 catalogue. The data lives in ./data/*.json.

export const LANGS = ["en", "zh-CN"] as const;
export type Lang = (typeof LANGS)[number];

/** A text in every language the tool speaks. */
export type Localized = Record<Lang, string>;

export interface Clause {
  /** "8.5.1.1"; top-level clauses are "4" to "10". */
  id: string;
  /** null for clauses 4 to 10. */
  parent: string | null;
  title: Localized;
  /** True where the clause asks for no documented information of its own: it is met by running the SMS. */
  processOnly?: boolean;
}

export type RequirementKind = "document" | "record";

export interface Requirement {
  /** Stable kebab-case id, used in sms.yaml `satisfies` lists. */
  id: string;
  /** The clauses that ask for it, most specific first. */
  clauses: string[];
  /** document: maintained (kept up to date); record: retained as evidence. */
  kind: RequirementKind;
  /** mandatory: the standard requires it; recommended: auditors expect it as good practice. */
  mandatory: boolean;
  /** The letter of the 7.5.4 list this item belongs to, if any. */
  item754?: string;
  /** Only applicable when the organisation has such parties in scope. */
  appliesWhen?: "internal-suppliers" | "external-suppliers" | "suppliers";
  /** Part of the documented system: operation "according to the documented system" starts once these are issued. */
  core?: boolean;
  /** Records: how many days old the latest entry may be for the record to show the SMS running. */
  freshnessDays?: number;
  /** Umbrella items (7.5.4 l, 8.1): met by the mandatory records of these clauses, not by an entry of their own. */
  metByRecordsOf?: string[];
  title: Localized;
  /** One line, in our own words; never the standard's text. */
  summary: Localized;
  /** What typically satisfies it. */
  evidence: Localized;
  /** Words in file names and titles that suggest a document satisfies it (used by `init --scan`). */
  keywords: Record<Lang, string[]>;
}

/** How the tool can tell whether a dossier item is at hand. */
export type DossierSource =
  | { kind: "field"; pointer: string }
  /** Several application files, each needed. */
  | { kind: "fields"; pointers: string[] }
  /** The listed requirements, a process document for each legacy process, and the document list at `pointer`. */
  | { kind: "sms-documents"; ids: string[]; pointer: string }
  | { kind: "records" }
  /** The report of a qualifying internal audit and the minutes of a qualifying management review. */
  | { kind: "audit-and-review" }
  | { kind: "generated"; report: "mapping" };

export interface DossierItem {
  id: string;
  /** Item number in the certification body's list. */
  number: number;
  title: Localized;
  description: Localized;
  source: DossierSource;
}

export interface BusinessCategory {
  /** Letter code, "M". */
  code: string;
  /** Category number, "04.02". */
  number: string;
  name: Localized;
  description: Localized;
}

export interface LegacyGroup {
  id: string;
  title: Localized;
}

export interface LegacyProcess {
  id: string;
  group: string;
  title: Localized;
  /** 2018 clauses that carry this process now. */
  clauses: string[];
}

export interface Amendment {
  id: string;
  title: Localized;
  topic: string;
  clauses: string[];
  summary: Localized;
}

/** What a consultant rates in a gap analysis: a leaf clause of 4 to 10 (each clause 8 process among them). */
export interface AssessmentItem {
  clause: string;
  /** The documented information an auditor looks at for it. */
  requirements: string[];
  /** What an auditor looks for, two to four points in our own words; never the standard's text. */
  lookFor: Record<Lang, string[]>;
  /** The interview question. */
  question: Localized;
}

export interface CatalogData {
  standard: string;
  clauses: Clause[];
  requirements: Requirement[];
  dossier: DossierItem[];
  businessCategories: BusinessCategory[];
  legacyGroups: LegacyGroup[];
  legacyProcesses: LegacyProcess[];
  amendments: Amendment[];
  assessmentItems: AssessmentItem[];
}
