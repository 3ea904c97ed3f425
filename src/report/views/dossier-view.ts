// The application checklist for the certification body, and the prerequisites for applying: both as
// the engine judged them, so that the dossier, check and the gap report give one verdict.
import type { Catalog } from "../../catalog/catalog.js";
import type { EvidenceFacts } from "../../engine/evidence.js";
import { translator } from "../../i18n/translate.js";
import type { Sms } from "../../model/sms.js";
import { wordForPeople } from "./words-for-people.js";
import type { CheckReport } from "../model.js";
import { organizationView, reportMeta } from "./organization-view.js";
import type { DossierView, Presentation } from "./types.js";
import { verdictView } from "./verdict-view.js";

// The prerequisites of seed 000 section 4, and the rules whose findings mean one is not met.
const PREREQUISITES: { id: string; rules: string[] }[] = [
  { id: "legal-entity", rules: ["legal-entity-evidence-missing"] },
  { id: "three-months", rules: ["sms-operation-too-short"] },
  { id: "internal-audit", rules: ["internal-audit-missing"] },
  { id: "management-review", rules: ["management-review-missing"] },
  { id: "no-penalty", rules: ["administrative-penalty-recent"] },
  { id: "dossier", rules: ["application-dossier-incomplete"] },
];

export function dossierView(report: CheckReport, sms: Sms, catalog: Catalog, _evidence: EvidenceFacts, presentation: Presentation): DossierView {
  const t = translator(report.lang);
  const items = report.dossier.map((item) => ({
    number: item.number,
    id: item.id,
    title: item.title,
    description: catalog.dossier().find((d) => d.id === item.id)?.description[report.lang] ?? "",
    state: item.state,
    label: t(`view.dossier.${item.state}`),
    evidence: item.evidence,
    missing: item.missing,
  }));
  const prerequisites = PREREQUISITES.map(({ id, rules }) => {
    const unmet = report.findings.filter((f) => rules.includes(f.ruleId));
    return {
      id,
      title: t(`view.prerequisite.${id}`),
      met: unmet.length === 0,
      label: t(unmet.length === 0 ? "view.met" : "view.notMet"),
      detail: unmet.map((f) => wordForPeople(f, report.lang).message).join(t("list.semicolon")),
    };
  });
  return {
    meta: reportMeta("dossier", report, presentation),
    organization: organizationView(sms, catalog, report.lang),
    items,
    prerequisites,
    verdict: verdictView(report, catalog, report.lang),
  };
}
