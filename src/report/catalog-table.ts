// Plain-text rendering of the catalogue for people browsing it in a terminal.
import type { ChalkInstance } from "chalk";
import type { CatalogView } from "../catalog/catalog-view.js";
import type { Translate } from "../i18n/translate.js";

/** Clauses as an indented tree, each followed by its requirements; then the tables. */
export function renderCatalogTable(view: CatalogView, t: Translate, colour: ChalkInstance, onlyClauses: boolean): string {
  const lines: string[] = [colour.bold(view.standard), ""];
  const byClause = new Map<string, CatalogView["requirements"]>();
  for (const r of view.requirements) {
    const list = byClause.get(r.clauses[0]) ?? [];
    list.push(r);
    byClause.set(r.clauses[0], list);
  }
  const items = new Map(view.assessmentItems.map((item) => [item.clause, item]));
  for (const clause of view.clauses) {
    const depth = clause.id.split(".").length - 1;
    const indent = "  ".repeat(depth);
    const heading = `${indent}${clause.id}  ${clause.title}`;
    lines.push(depth === 0 ? colour.bold(heading) : heading);
    for (const r of byClause.get(clause.id) ?? []) {
      const tag = `${t(`catalog.kind.${r.kind}`)}, ${t(r.mandatory ? "catalog.mandatory" : "catalog.recommended")}`;
      lines.push(`${indent}  - ${colour.cyan(r.id)}  ${r.title}  ${colour.dim(`[${tag}]`)}`);
      lines.push(`${indent}    ${colour.dim(r.summary)}`);
    }
    // The gap analysis's questions are long: shown when one clause is asked for.
    const item = items.get(clause.id);
    if (onlyClauses && item) {
      lines.push(`${indent}  ${t("catalog.assess")} ${item.question}`);
      for (const point of item.lookFor) lines.push(`${indent}    ${colour.dim(`· ${point}`)}`);
    }
  }
  if (onlyClauses) return lines.join("\n") + "\n";

  lines.push("", colour.bold(t("catalog.heading.categories")));
  for (const c of view.businessCategories) lines.push(`  ${c.code}  ${c.number}  ${c.name}`);
  lines.push("", colour.bold(t("catalog.heading.dossier")));
  for (const d of view.dossier) lines.push(`  ${d.number}. ${d.title}`);
  lines.push("", colour.bold(t("catalog.heading.legacy")));
  for (const p of view.legacyProcesses) lines.push(`  ${p.groupTitle} / ${p.title}  -> ${p.clauses.join(", ")}`);
  return lines.join("\n") + "\n";
}
