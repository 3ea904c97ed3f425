// Document-control metadata an auditor checks first: owner, version, status, approval and review dates.
import { localized } from "../i18n/translate.js";
import type { SmsDocument } from "../model/sms.js";
import type { Rule } from "./types.js";

/** The fields a controlled document lacks; approval and review dates only matter once approved. */
export function missingControlFields(document: SmsDocument): string[] {
  const missing: string[] = [];
  if (document.owner === undefined) missing.push("owner");
  if (document.version === undefined) missing.push("version");
  if (document.status === undefined) missing.push("status");
  if (document.status === "approved" && document.approvalDate === undefined) missing.push("approvalDate");
  if (document.status === "approved" && document.nextReviewDate === undefined) missing.push("nextReviewDate");
  return missing;
}

export const documentControlIncomplete: Rule = {
  id: "document-control-incomplete",
  severity: "minor",
  clauses: ["7.5.3"],
  messages: ["fields"],
  check(sms, { report }) {
    for (const { value: document, pointer } of sms.documents) {
      if (document.status === "retired") continue;
      const missing = missingControlFields(document);
      if (missing.length === 0) continue;
      report({
        messageId: "fields",
        params: { document: document.id, fields: localized((t) => missing.map((field) => t(`field.${field}`)).join(t("list.separator"))) },
        requirementId: document.satisfies[0],
        pointer,
      });
    }
  },
};
