// An application dossier item the organisation cannot hand over yet (seed 000, section 5). Items that
// a prerequisite already judges (the legal entity, the audit and review evidence) are left to it.
import type { Catalog } from "../catalog/catalog.js";
import type { DossierGap } from "../engine/dossier.js";
import { localized, type Translate } from "../i18n/translate.js";
import type { Lang } from "../catalog/types.js";
import type { Rule } from "./types.js";

const JUDGED_ELSEWHERE = new Set(["legal-entity-documents", "organization-code", "audit-and-review-evidence"]);

export const applicationDossierIncomplete: Rule = {
  id: "application-dossier-incomplete",
  severity: "major",
  clauses: [],
  blocking: true,
  messages: ["incomplete"],
  check(sms, { catalog, dossier, report }) {
    for (const { item, state, gaps } of dossier) {
      if (state === "provided" || state === "generated" || JUDGED_ELSEWHERE.has(item.id)) continue;
      report({
        messageId: "incomplete",
        params: {
          number: item.number,
          item: item.title,
          gaps: localized((t, lang) => gaps.map((gap) => gapName(gap, catalog, t, lang)).join(t("list.separator"))),
        },
        pointer: sms.description.application ? "/application" : "",
        atKey: true,
      });
    }
  },
};

/** What an item lacks, in the reader's words. */
export function gapName(gap: DossierGap, catalog: Catalog, t: Translate, lang: Lang): string {
  switch (gap.kind) {
    case "field":
      return t(`dossier.gap.${gap.pointer.split("/").at(-1)}`);
    case "requirement":
      return catalog.requirement(gap.id)?.title[lang] ?? gap.id;
    case "process":
      return t("dossier.gap.process", { process: catalog.legacyProcesses().find((p) => p.id === gap.id)?.title[lang] ?? gap.id });
    default:
      return t(`dossier.gap.${gap.kind}`);
  }
}
