// The cover details every report starts with.
import { basename } from "node:path";
import type { Catalog } from "../../catalog/catalog.js";
import type { Lang } from "../../catalog/types.js";
import type { Sms } from "../../model/sms.js";
import type { CheckReport } from "../model.js";
import type { OrganizationView, Presentation, ReportMeta, ReportType } from "./types.js";
import { translator } from "../../i18n/translate.js";

export function organizationView(sms: Sms, catalog: Catalog, lang: Lang): OrganizationView {
  return {
    name: sms.organization.name,
    legalEntityName: sms.organization.legalEntity?.name ?? sms.organization.name,
    registrationId: sms.organization.legalEntity?.registrationId ?? "",
    scopeStatement: sms.scope.statement ?? "",
    startDate: sms.sms.startDate,
    managementRepresentative: sms.sms.managementRepresentative ?? "",
    services: (sms.scope.services ?? []).map((s) => ({ id: s.id, name: s.name, description: s.description ?? "" })),
    categories: (sms.scope.businessCategories ?? []).map((key) => {
      const category = catalog.businessCategory(key);
      return { code: category?.code ?? key, number: category?.number ?? key, name: category?.name[lang] ?? key };
    }),
    sites: (sms.organization.sites ?? []).map((s) => ({ name: s.name, address: s.address ?? "", headcount: s.headcount === undefined ? "" : String(s.headcount) })),
  };
}

export function reportMeta(type: ReportType, report: CheckReport, presentation: Presentation): ReportMeta {
  const t = translator(report.lang);
  return {
    type,
    lang: report.lang,
    title: t(`view.title.${type}`),
    standard: report.standard,
    asOf: report.asOf,
    tool: { name: report.tool.name, version: report.tool.version },
    // By its name only: a deliverable shows no folders of the machine it was made on.
    file: basename(report.file),
    audience: presentation.audience,
    internal: presentation.audience === "internal",
    branding: presentation.branding,
  };
}
