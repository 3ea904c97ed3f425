// Typed, read-only access to the ISO/IEC 20000-1:2018 catalogue in ./data/catalog.json.
import data from "./data/catalog.json" with { type: "json" };
import { readDataFile } from "./data-file.js";
import type {
  Amendment,
  AssessmentItem,
  BusinessCategory,
  CatalogData,
  Clause,
  DossierItem,
  LegacyGroup,
  LegacyProcess,
  Requirement,
} from "./types.js";

/** Whether clause `id` is `ancestor` or lies below it: "8.5.1.1" is within "8.5", "8.51" is not. */
export function clauseWithin(id: string, ancestor: string): boolean {
  return id === ancestor || id.startsWith(`${ancestor}.`);
}

/** The catalogue with its lookups built once. */
export class Catalog {
  readonly standard: string;
  readonly #data: CatalogData;
  readonly #clauseById = new Map<string, Clause>();
  readonly #childrenByParent = new Map<string, Clause[]>();
  readonly #requirementById = new Map<string, Requirement>();
  readonly #requirementsByClause = new Map<string, Requirement[]>();
  readonly #categoryByKey = new Map<string, BusinessCategory>();
  #itemByClause?: Map<string, AssessmentItem>;
  readonly #documents: readonly Requirement[];
  readonly #records: readonly Requirement[];

  constructor(data: CatalogData) {
    this.#data = data;
    this.standard = data.standard;
    for (const clause of data.clauses) {
      this.#clauseById.set(clause.id, clause);
      if (clause.parent !== null) pushTo(this.#childrenByParent, clause.parent, clause);
    }
    for (const requirement of data.requirements) {
      this.#requirementById.set(requirement.id, requirement);
      for (const clauseId of requirement.clauses) pushTo(this.#requirementsByClause, clauseId, requirement);
    }
    for (const category of data.businessCategories) {
      this.#categoryByKey.set(category.code, category);
      this.#categoryByKey.set(category.number, category);
    }
    this.#documents = data.requirements.filter((r) => r.kind === "document");
    this.#records = data.requirements.filter((r) => r.kind === "record");
  }

  /** Every clause from 4 to 10.2, in document order. */
  clauses(): readonly Clause[] {
    return this.#data.clauses;
  }

  clause(id: string): Clause | undefined {
    return this.#clauseById.get(id);
  }

  /** The direct sub-clauses of `id`, in document order. */
  childrenOf(id: string): readonly Clause[] {
    return this.#childrenByParent.get(id) ?? [];
  }

  /** The top-level clause of `id`: "8.5.1.1" gives "8". */
  topLevelOf(id: string): string {
    const dot = id.indexOf(".");
    return dot === -1 ? id : id.slice(0, dot);
  }

  /** Whether clause `id` is `ancestor` itself or one of its sub-clauses at any depth. */
  isWithin(id: string, ancestor: string): boolean {
    return clauseWithin(id, ancestor);
  }

  requirements(): readonly Requirement[] {
    return this.#data.requirements;
  }

  requirement(id: string): Requirement | undefined {
    return this.#requirementById.get(id);
  }

  /** Requirements that name `clauseId`; with `deep`, also those naming any of its sub-clauses. Catalogue order. */
  requirementsOfClause(clauseId: string, deep = false): readonly Requirement[] {
    if (!deep) return this.#requirementsByClause.get(clauseId) ?? [];
    return this.#data.requirements.filter((r) => r.clauses.some((c) => clauseWithin(c, clauseId)));
  }

  /** Documented information the organisation maintains. */
  documents(): readonly Requirement[] {
    return this.#documents;
  }

  /** Documented information the organisation retains as evidence. */
  records(): readonly Requirement[] {
    return this.#records;
  }

  /** The application dossier, in the certification body's order. */
  dossier(): readonly DossierItem[] {
    return this.#data.dossier;
  }

  businessCategories(): readonly BusinessCategory[] {
    return this.#data.businessCategories;
  }

  /** A business category by letter code ("M") or category number ("04.02"). */
  businessCategory(codeOrNumber: string): BusinessCategory | undefined {
    return this.#categoryByKey.get(codeOrNumber);
  }

  legacyGroups(): readonly LegacyGroup[] {
    return this.#data.legacyGroups;
  }

  legacyProcesses(): readonly LegacyProcess[] {
    return this.#data.legacyProcesses;
  }

  amendments(): readonly Amendment[] {
    return this.#data.amendments;
  }

  /** What a gap analysis rates, one item per leaf clause of 4 to 10, in clause order. */
  assessmentItems(): readonly AssessmentItem[] {
    return this.#data.assessmentItems;
  }

  assessmentItem(clause: string): AssessmentItem | undefined {
    this.#itemByClause ??= new Map(this.#data.assessmentItems.map((item) => [item.clause, item]));
    return this.#itemByClause.get(clause);
  }
}

function pushTo<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

// The JSON import widens literal unions ("document" becomes string), hence the cast through unknown.
// The gap assessment's items are read when first asked for: only assessments and catalogue views need them.
let assessmentItems: AssessmentItem[] | undefined;
export const catalog: Catalog = new Catalog({
  ...data,
  get assessmentItems() {
    return (assessmentItems ??= readDataFile<AssessmentItem[]>(new URL("./data/assessment-items.json", import.meta.url)));
  },
} as unknown as CatalogData);
