// The application dossier of seed 000 section 5: which items the organisation can hand over, and
// what each still lacks.
import type { Catalog } from "../catalog/catalog.js";
import type { DossierItem } from "../catalog/types.js";
import { parsePointer } from "../load/locator.js";
import type { SmsDocument } from "../model/sms.js";
import { documentGap } from "./cover.js";
import { fileExists, type EvidenceFacts } from "./evidence.js";
import type { OperationFacts } from "./operation.js";
import type { RequirementAssessment } from "./requirement-state.js";
import type { SmsIndex } from "./sms-index.js";

export type DossierState = "provided" | "partial" | "missing" | "generated";

/** Something an item lacks: an application file, a requirement, a process document, a report. */
export type DossierGap =
  | { kind: "field"; pointer: string }
  | { kind: "requirement"; id: string }
  | { kind: "process"; id: string }
  | { kind: "register-files" }
  | { kind: "audit-report" }
  | { kind: "review-minutes" };

export interface DossierItemStatus {
  item: DossierItem;
  state: DossierState;
  /** Evidence paths that make up the item, as written in the SMS file. */
  evidence: string[];
  gaps: DossierGap[];
}

export interface DossierContext {
  index: SmsIndex;
  catalog: Catalog;
  asOf: string;
  evidence: EvidenceFacts;
  operation: OperationFacts;
  requirements: ReadonlyMap<string, RequirementAssessment>;
}

function valueAt(root: unknown, pointer: string): unknown {
  let value = root;
  for (const segment of parsePointer(pointer)) value = value !== null && typeof value === "object" ? (value as Record<string, unknown>)[segment] : undefined;
  return value;
}

function stateOf(parts: number, gaps: number): DossierState {
  return gaps === 0 ? "provided" : gaps < parts ? "partial" : "missing";
}

// The process manual or procedures handbook: taken to describe every process unless it lists which.
const PROCESS_MANUALS = new Set(["sms-processes", "required-procedures"]);

/**
 * The legacy processes the documents in force describe. A document describes a process when it names
 * one of the process's clauses under `processes`, or claims a document requirement of those clauses,
 * or, listing no processes, is the process manual (which describes them all). The processes a clause
 * or a requirement touches are worked out once each: each document is looked at once.
 */
function describedProcesses(documents: SmsDocument[], catalog: Catalog): Set<string> {
  const processes = catalog.legacyProcesses();
  // A clause of the process or below it: naming a parent ("8") does not describe every process under it.
  const byClause = remembered((clause: string) => processes.filter((process) => process.clauses.some((c) => catalog.isWithin(clause, c))));
  const byRequirement = remembered((id: string) => {
    const requirement = catalog.requirement(id);
    return requirement?.kind === "document" ? requirement.clauses.flatMap(byClause) : [];
  });
  const described = new Set<string>();
  for (const document of documents) {
    if (document.processes === undefined && document.satisfies.some((id) => PROCESS_MANUALS.has(id))) return new Set(processes.map((process) => process.id));
    for (const clause of document.processes ?? []) for (const process of byClause(clause)) described.add(process.id);
    for (const id of document.satisfies) for (const process of byRequirement(id)) described.add(process.id);
  }
  return described;
}

function remembered<T>(answer: (key: string) => T): (key: string) => T {
  const answers = new Map<string, T>();
  return (key) => {
    let known = answers.get(key);
    if (known === undefined) answers.set(key, (known = answer(key)));
    return known;
  };
}

function itemStatus(item: DossierItem, context: DossierContext): DossierItemStatus {
  const { index, catalog, asOf, evidence, operation, requirements } = context;
  const fileThere = (path: string | undefined) => fileExists(evidence, path);
  const { source } = item;
  switch (source.kind) {
    case "generated":
      return { item, state: "generated", evidence: [], gaps: [] };
    case "field": {
      const value = valueAt(index.description, source.pointer);
      const isPath = source.pointer.endsWith("/evidence") || source.pointer.startsWith("/application/");
      const present = typeof value === "string" && (!isPath || fileThere(value));
      return { item, state: present ? "provided" : "missing", evidence: typeof value === "string" && isPath ? [value] : [], gaps: present ? [] : [{ kind: "field", pointer: source.pointer }] };
    }
    case "fields": {
      const paths = source.pointers.map((p) => valueAt(index.description, p));
      const gaps: DossierGap[] = source.pointers.filter((_, i) => !fileThere(paths[i] as string | undefined)).map((pointer) => ({ kind: "field", pointer }));
      return { item, state: stateOf(source.pointers.length, gaps.length), evidence: paths.filter((p): p is string => typeof p === "string"), gaps };
    }
    case "sms-documents": {
      const inForce = index.documents.map((d) => d.value).filter((d) => documentGap(d, asOf, evidence) === undefined);
      const described = describedProcesses(inForce, catalog);
      const gaps: DossierGap[] = [
        ...source.ids.filter((id) => requirements.get(id)?.state === "missing" || requirements.get(id)?.state === "weak").map((id): DossierGap => ({ kind: "requirement", id })),
        ...catalog
          .legacyProcesses()
          .filter((process) => !described.has(process.id))
          .map((process): DossierGap => ({ kind: "process", id: process.id })),
      ];
      const list = valueAt(index.description, source.pointer);
      if (!fileThere(list as string | undefined)) gaps.push({ kind: "field", pointer: source.pointer });
      const evidencePaths = inForce.map((d) => d.evidence).filter((p): p is string => p !== undefined);
      const parts = source.ids.length + catalog.legacyProcesses().length + 1;
      return { item, state: stateOf(parts, gaps.length), evidence: typeof list === "string" ? [list, ...evidencePaths] : evidencePaths, gaps };
    }
    case "records": {
      // The registers of mandatory records must show dated records; others are welcome, not required.
      const mandatory = index.registers.filter((r) => r.value.satisfies.some((id) => catalog.requirement(id)?.mandatory));
      const paths = index.registers.map((r) => r.value.evidence).filter((p): p is string => p !== undefined);
      const present = paths.filter(fileThere);
      const complete = mandatory.length > 0 && mandatory.every((r) => fileThere(r.value.evidence));
      return { item, state: complete ? "provided" : present.length > 0 ? "partial" : "missing", evidence: paths, gaps: complete ? [] : [{ kind: "register-files" }] };
    }
    case "audit-and-review": {
      const gaps: DossierGap[] = [];
      if (operation.audits.length === 0) gaps.push({ kind: "audit-report" });
      if (operation.reviews.length === 0) gaps.push({ kind: "review-minutes" });
      const evidencePaths = [...operation.audits, ...operation.reviews].map((e) => e.value.evidence as string);
      return { item, state: stateOf(2, gaps.length), evidence: evidencePaths, gaps };
    }
  }
}

/** Every dossier item, in the certification body's order. */
export function assessDossier(context: DossierContext): DossierItemStatus[] {
  return context.catalog.dossier().map((item) => itemStatus(item, context));
}
