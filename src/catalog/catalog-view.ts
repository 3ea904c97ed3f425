// The catalogue in one language, optionally narrowed to a clause: what `iso20k catalog` prints.
import type { Catalog } from "./catalog.js";
import type { Lang } from "./types.js";

export interface CatalogView {
  standard: string;
  amendments: { id: string; title: string; clauses: string[] }[];
  clauses: { id: string; title: string; parent: string | null; processOnly: boolean }[];
  /** What a gap analysis rates, per leaf clause: the interview question and what an auditor looks for. */
  assessmentItems: { clause: string; question: string; lookFor: string[]; requirements: string[] }[];
  requirements: {
    id: string;
    clauses: string[];
    kind: "document" | "record";
    mandatory: boolean;
    title: string;
    summary: string;
    evidence: string;
  }[];
  dossier: { id: string; number: number; title: string; description: string }[];
  businessCategories: { code: string; number: string; name: string; description: string }[];
  legacyProcesses: { id: string; group: string; groupTitle: string; title: string; clauses: string[] }[];
}

/** Projects the catalogue into `lang`; with `clause`, keeps that clause, its sub-clauses and their requirements. */
export function viewCatalog(catalog: Catalog, lang: Lang, clause?: string): CatalogView {
  const inScope = (id: string) => clause === undefined || catalog.isWithin(id, clause);
  const groups = new Map(catalog.legacyGroups().map((g) => [g.id, g.title[lang]]));
  return {
    standard: catalog.standard,
    amendments: catalog.amendments().map((a) => ({ id: a.id, title: a.title[lang], clauses: a.clauses })),
    clauses: catalog
      .clauses()
      .filter((c) => inScope(c.id))
      .map((c) => ({ id: c.id, title: c.title[lang], parent: c.parent, processOnly: c.processOnly === true })),
    requirements: catalog
      .requirements()
      .filter((r) => r.clauses.some(inScope))
      .map((r) => ({
        id: r.id,
        clauses: r.clauses,
        kind: r.kind,
        mandatory: r.mandatory,
        title: r.title[lang],
        summary: r.summary[lang],
        evidence: r.evidence[lang],
      })),
    assessmentItems: catalog
      .assessmentItems()
      .filter((item) => inScope(item.clause))
      .map((item) => ({ clause: item.clause, question: item.question[lang], lookFor: item.lookFor[lang], requirements: item.requirements })),
    dossier: catalog.dossier().map((d) => ({ id: d.id, number: d.number, title: d.title[lang], description: d.description[lang] })),
    businessCategories: catalog
      .businessCategories()
      .map((c) => ({ code: c.code, number: c.number, name: c.name[lang], description: c.description[lang] })),
    legacyProcesses: catalog.legacyProcesses().map((p) => ({
      id: p.id,
      group: p.group,
      groupTitle: groups.get(p.group) ?? p.group,
      title: p.title[lang],
      clauses: p.clauses,
    })),
  };
}
