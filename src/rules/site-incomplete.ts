// Sites without an address or headcount: the certification body plans audit days from them.
import { entries } from "../engine/sms-index.js";
import { localized } from "../i18n/translate.js";
import type { Rule } from "./types.js";

export const siteIncomplete: Rule = {
  id: "site-incomplete",
  severity: "minor",
  clauses: ["4.3"],
  messages: ["none", "fields"],
  check(sms, { report }) {
    const sites = entries(sms.organization.sites, "/organization/sites");
    if (sites.length === 0) {
      report({ messageId: "none", pointer: sms.organization.sites ? "/organization/sites" : "/organization", atKey: true });
      return;
    }
    for (const { value: site, pointer } of sites) {
      const missing = [site.address === undefined && "address", site.headcount === undefined && "headcount"].filter((field) => field !== false);
      if (missing.length > 0) report({ messageId: "fields", params: { site: site.name, fields: localized((t) => missing.map((field) => t(`field.${field}`)).join(t("list.separator"))) }, pointer });
    }
  },
};
