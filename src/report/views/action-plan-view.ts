// The action plan a client can run: prerequisites, majors, minors, then recommendations, each step with
// an owner, a due date and a status from the consultant's remediation plan where it covers the step.
import { basename } from "node:path";
import type { Catalog } from "../../catalog/catalog.js";
import type { Lang } from "../../catalog/types.js";
import { translator } from "../../i18n/translate.js";
import type { Finding } from "../../model/finding.js";
import type { ActionStatus } from "../../model/gap-assessment.js";
import { compareClauses } from "../clause-order.js";
import { compareText } from "../findings.js";
import { wordForPeople } from "./words-for-people.js";
import type { ActionReport, CheckReport } from "../model.js";
import { scoredClause } from "../scored-clause.js";
import type { ActionGroupView, ActionRowView, Audience } from "./types.js";

/** Rules whose findings become one checklist per clause instead of a row each. */
const CHECKLIST_RULES = new Set(["required-document-missing", "recommended-document-missing"]);
const GROUPS = ["prerequisite", "major", "minor", "observation"] as const;
// The least advanced status speaks for a step several actions cover.
const STATUS_ORDER: ActionStatus[] = ["open", "in-progress", "done", "cancelled"];

type Step = Omit<ActionRowView, "number" | "owner" | "due" | "status" | "overdue" | "reference" | "checklistLines"> & { requirementIds: string[]; ruleId: string };

/** The steps of the plan in their groups, numbered across groups; empty groups left out. */
export function actionPlanView(report: CheckReport, catalog: Catalog, lang: Lang, audience: Audience): ActionGroupView[] {
  const t = translator(lang);
  const steps = [...checklistSteps(report, catalog, lang, audience), ...findingSteps(report, catalog, lang, audience)];
  const plan = report.gapAssessment?.actions ?? [];
  const used = new Set<string>();
  const rows = steps.map((step) => {
    const actions = plan.filter((action) => covers(action, step, catalog)).sort((a, b) => compareText(a.due, b.due) || compareText(a.id, b.id));
    for (const action of actions) used.add(action.id);
    // The consultant's words for an assessed gap are the action itself.
    const action = step.ruleId === "assessed-nonconformity" && actions.length > 0 ? actions.map((a) => a.action).join("\n") : step.action;
    return { ...step, action, ...planColumns(actions, t) };
  });
  // Actions of the plan that no finding calls for: improvements the consultant agreed with the client.
  for (const action of plan.filter((a) => !used.has(a.id)))
    rows.push({
      severity: "observation",
      category: "nonconformity",
      clause: action.items[0] ?? "",
      clauseTitle: action.items[0] ? (catalog.clause(action.items[0])?.title[lang] ?? "") : "",
      action: action.action,
      checklist: [],
      findings: [],
      locations: [],
      requirementIds: [],
      ruleId: "",
      ...planColumns([action], t),
    });

  let number = 0;
  return GROUPS.map((kind) => {
    const inGroup = rows
      .filter((row) => (kind === "prerequisite" ? row.category === "prerequisite" : row.category !== "prerequisite" && row.severity === kind))
      .sort((a, b) => compareClauses(a.clause || undefined, b.clause || undefined) || compareText(a.ruleId, b.ruleId) || compareText(a.action, b.action));
    return {
      kind,
      title: t(`view.plan.group.${kind}`),
      intro: t(`view.plan.intro.${kind}`),
      rows: inGroup.map(({ requirementIds: _ids, ruleId: _rule, ...row }) => ({
        ...row,
        number: ++number,
        checklistLines: row.checklist.map((item) => (item.detail ? `${item.title}${t("report.punct.colon")}${item.detail}` : item.title)),
      })),
    };
  }).filter((group) => group.rows.length > 0);
}

/** Missing documented information: one checklist per rule and clause (or clause 8 process). */
function checklistSteps(report: CheckReport, catalog: Catalog, lang: Lang, audience: Audience): Step[] {
  const t = translator(lang);
  const byClause = new Map<string, Finding[]>();
  for (const finding of report.findings.filter((f) => CHECKLIST_RULES.has(f.ruleId))) {
    const key = `${finding.ruleId} ${scoredClause(finding.clause ?? "", report.scores) ?? finding.clause}`;
    byClause.set(key, [...(byClause.get(key) ?? []), finding]);
  }
  return [...byClause.values()].map((findings) => {
    const first = findings[0];
    const clause = scoredClause(first.clause ?? "", report.scores) ?? first.clause ?? "";
    const mandatory = first.ruleId === "required-document-missing";
    const single = findings.length === 1;
    return {
      severity: first.severity,
      category: first.category,
      clause,
      clauseTitle: catalog.clause(clause)?.title[lang] ?? "",
      action: single ? words(first, lang).remedy : t(mandatory ? "view.plan.prepareMandatory" : "view.plan.prepareRecommended"),
      checklist: single
        ? []
        : findings.map((f) => {
            const requirement = f.requirementId ? catalog.requirement(f.requirementId) : undefined;
            return { title: requirement?.title[lang] ?? "", detail: requirement ? capitalised(requirement.evidence[lang], lang) : "" };
          }),
      findings: single ? [words(first, lang).message] : [t(mandatory ? "view.plan.missingMandatory" : "view.plan.missingRecommended", { count: findings.length })],
      locations: audience === "internal" ? unique(findings.map(location)) : [],
      requirementIds: findings.flatMap((f) => (f.requirementId ? [f.requirementId] : [])),
      ruleId: first.ruleId,
    };
  });
}

/** Every other finding: a step of its own, saying what to do in the report's words. */
function findingSteps(report: CheckReport, catalog: Catalog, lang: Lang, audience: Audience): Step[] {
  return report.findings
    .filter((f) => !CHECKLIST_RULES.has(f.ruleId) && f.category !== "invalid")
    .map((f) => {
      const { message, remedy } = words(f, lang);
      return {
        severity: f.severity,
        category: f.category,
        clause: f.category === "prerequisite" ? "" : (f.clause ?? ""),
        clauseTitle: f.category === "prerequisite" || !f.clause ? "" : (catalog.clause(f.clause)?.title[lang] ?? ""),
        action: remedy,
        checklist: [],
        findings: [message],
        locations: audience === "internal" ? [location(f)] : [],
        requirementIds: f.requirementId ? [f.requirementId] : [],
        ruleId: f.ruleId,
      };
    });
}

/** Whether an action of the plan covers a step: a requirement in common, or clauses one within the other. */
function covers(action: ActionReport, step: Step, catalog: Catalog): boolean {
  if (step.requirementIds.some((id) => action.requirements.includes(id))) return true;
  return step.clause !== "" && action.items.some((item) => catalog.isWithin(step.clause, item) || catalog.isWithin(item, step.clause));
}

function planColumns(actions: ActionReport[], t: ReturnType<typeof translator>): Pick<ActionRowView, "owner" | "due" | "status" | "overdue" | "reference"> {
  if (actions.length === 0) return { owner: "", due: "", status: "", overdue: false, reference: "" };
  const pending = actions.filter((a) => a.status === "open" || a.status === "in-progress");
  const status = [...actions].sort((a, b) => STATUS_ORDER.indexOf(a.status) - STATUS_ORDER.indexOf(b.status))[0].status;
  return {
    owner: unique(actions.flatMap((a) => (a.owner ? [a.owner] : []))).join(t("list.separator")),
    due: (pending[0] ?? actions[0]).due,
    status: t(`view.action.${status}`),
    overdue: actions.some((a) => a.overdue),
    reference: actions.map((a) => a.id).join(t("list.separator")),
  };
}


function words(finding: Finding, lang: Lang) {
  return wordForPeople(finding, lang);
}

function location(finding: Finding): string {
  return `${basename(finding.file ?? "")}:${finding.line}:${finding.column}`;
}

function capitalised(text: string, lang: Lang): string {
  return lang === "en" ? text.charAt(0).toUpperCase() + text.slice(1) : text;
}

function unique(list: string[]): string[] {
  return [...new Set(list)];
}
