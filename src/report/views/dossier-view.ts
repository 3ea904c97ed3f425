// The application checklist for the certification body, and the prerequisites for applying.
import type { Catalog } from "../../catalog/catalog.js";
import type { DossierItem } from "../../catalog/types.js";
import type { EvidenceFacts } from "../../engine/evidence.js";
import { parsePointer } from "../../load/locator.js";
import { translator } from "../../i18n/translate.js";
import type { Sms } from "../../model/sms.js";
import type { CheckReport } from "../model.js";
import { organizationView, reportMeta } from "./organization-view.js";
import type { DossierState, DossierView } from "./types.js";

// The prerequisites of seed 000 section 4, and the rules whose findings mean one is not met.
const PREREQUISITES: { id: string; rules: string[] }[] = [
  { id: "legal-entity", rules: ["legal-entity-evidence-missing"] },
  { id: "three-months", rules: ["sms-operation-too-short"] },
  { id: "internal-audit", rules: ["internal-audit-missing"] },
  { id: "management-review", rules: ["management-review-missing"] },
  { id: "no-penalty", rules: ["administrative-penalty-recent"] },
];

function valueAt(sms: Sms, pointer: string): unknown {
  let value: unknown = sms;
  for (const segment of parsePointer(pointer)) value = value !== null && typeof value === "object" ? (value as Record<string, unknown>)[segment] : undefined;
  return value;
}

function itemState(item: DossierItem, sms: Sms, report: CheckReport, evidence: EvidenceFacts): { state: DossierState; evidence: string[] } {
  const { source } = item;
  switch (source.kind) {
    case "generated":
      return { state: "generated", evidence: [`iso20k report ${source.report}`] };
    case "field": {
      const value = valueAt(sms, source.pointer);
      if (typeof value !== "string") return { state: "missing", evidence: [] };
      const isPath = source.pointer.endsWith("/evidence") || source.pointer.startsWith("/application/");
      return { state: !isPath || evidence.get(value)?.state === "ok" ? "provided" : "partial", evidence: [value] };
    }
    case "requirements": {
      const statuses = report.requirements.filter((r) => source.ids.includes(r.id) && r.state !== "not-applicable");
      const met = statuses.filter((r) => r.state === "satisfied").length;
      const paths = [...new Set(statuses.flatMap((r) => r.satisfiedBy))]
        .map((id) => sms.documents.find((d) => d.id === id)?.evidence ?? sms.records?.registers?.find((r) => r.id === id)?.evidence)
        .filter((p): p is string => p !== undefined);
      return { state: met === statuses.length ? "provided" : met > 0 ? "partial" : "missing", evidence: paths };
    }
    case "records": {
      const paths = [sms.application?.documentList, ...(sms.records?.registers ?? []).map((r) => r.evidence)].filter((p): p is string => p !== undefined);
      const present = paths.filter((p) => evidence.get(p)?.state === "ok");
      return { state: present.length === 0 ? "missing" : present.length === paths.length ? "provided" : "partial", evidence: paths };
    }
  }
}

export function dossierView(report: CheckReport, sms: Sms, catalog: Catalog, evidence: EvidenceFacts): DossierView {
  const t = translator(report.lang);
  const items = catalog.dossier().map((item) => {
    const { state, evidence: paths } = itemState(item, sms, report, evidence);
    return { number: item.number, id: item.id, title: item.title[report.lang], description: item.description[report.lang], state, label: t(`view.dossier.${state}`), evidence: paths };
  });
  const prerequisites = PREREQUISITES.map(({ id, rules }) => {
    const blocking = report.findings.filter((f) => rules.includes(f.ruleId));
    return {
      id,
      title: t(`view.prerequisite.${id}`),
      met: blocking.length === 0,
      label: t(blocking.length === 0 ? "view.met" : "view.notMet"),
      detail: blocking.map((f) => f.message).join("; "),
    };
  });
  return {
    meta: reportMeta("dossier", report),
    organization: organizationView(sms, catalog, report.lang),
    items,
    prerequisites,
    ready: prerequisites.every((p) => p.met) && items.every((i) => i.state === "provided" || i.state === "generated"),
  };
}
