// Clauses the gap assessment has not rated yet (left out, or "not-assessed"): the analysis is
// unfinished, which an observation says once, listing them.
import { localized } from "../i18n/translate.js";
import type { Rule } from "./types.js";

export const assessmentIncomplete: Rule = {
  id: "assessment-incomplete",
  severity: "observation",
  // Any clause: each finding carries the clause of the item it is about.
  clauses: ["4", "5", "6", "7", "8", "9", "10"],
  messages: ["notAssessed"],
  check(_sms, { gap, catalog, report }) {
    if (!gap) return;
    const open = catalog.assessmentItems().filter((item) => gap.statusOf(item.clause) === "not-assessed");
    if (open.length === 0) return;
    const clauses = localized((t) => open.map((item) => item.clause).join(t("list.separator")));
    const params = { count: open.length, total: catalog.assessmentItems().length, clauses };
    report({ messageId: "notAssessed", params, clause: open[0].clause, pointer: "/items", atKey: true, ...gap.place("/items", true) });
  },
};
