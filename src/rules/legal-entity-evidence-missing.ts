// The applicant must prove it is a legal entity: a registration id and a copy of the licence that exists.
import { fileExists } from "../engine/evidence.js";
import { localized } from "../i18n/translate.js";
import type { Rule } from "./types.js";

export const legalEntityEvidenceMissing: Rule = {
  id: "legal-entity-evidence-missing",
  severity: "major",
  clauses: [],
  blocking: true,
  messages: ["noEntity", "fields", "fileMissing"],
  check(sms, { evidence, report }) {
    const entity = sms.organization.legalEntity;
    if (!entity) {
      report({ messageId: "noEntity", pointer: "/organization", atKey: true });
      return;
    }
    const missing = [entity.registrationId === undefined && "registrationId", entity.evidence === undefined && "evidence"].filter((f) => f !== false);
    // Named as the reader knows them (registration number, licence copy), not by their YAML keys.
    const fields = localized((t) => missing.map((field) => t(`dossier.gap.${field}`)).join(t("list.separator")));
    if (missing.length > 0) report({ messageId: "fields", params: { fields }, pointer: "/organization/legalEntity", atKey: true });
    else if (!fileExists(evidence, entity.evidence))
      report({ messageId: "fileMissing", params: { path: entity.evidence! }, pointer: "/organization/legalEntity/evidence" });
  },
};
