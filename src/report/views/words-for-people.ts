// A finding worded again for a deliverable: dates as the report writes them ("21 Nov 2026",
// "2026年11月21日") rather than as the terminal and machine formats do.
import type { Lang } from "../../catalog/types.js";
import { translator } from "../../i18n/translate.js";
import type { Finding } from "../../model/finding.js";
import { printableParams } from "../../model/printable.js";
import { textKeys } from "../findings.js";
import { formatDate } from "../render/helpers.js";

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The finding's message and remedy in `lang`, with every date parameter formatted for people. */
export function wordForPeople(finding: Finding, lang: Lang): { message: string; remedy: string } {
  const t = translator(lang);
  const params = printableParams(finding.params);
  const dated = params && Object.fromEntries(Object.entries(params).map(([key, value]) => [key, typeof value === "string" && ISO_DAY.test(value) ? formatDate(value, lang) : value]));
  const { remedyKey } = textKeys()(finding);
  return { message: t(finding.messageId, dated), remedy: remedyKey ? t(remedyKey, dated) : "" };
}
