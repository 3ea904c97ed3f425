// `iso20k rules` lists every rule; `iso20k explain <rule-id>` says what one checks and how to fix it.
import { Command, Option } from "commander";
import { distance } from "fastest-levenshtein";
import type { Lang } from "../catalog/types.js";
import { translator } from "../i18n/translate.js";
import { colourFor } from "../io/colour.js";
import { InputError } from "../model/errors.js";
import { gradeKey } from "../model/finding.js";
import { describeRules } from "../report/build-check-report.js";
import { LANG_CHOICES } from "./options.js";
import type { CommandContext } from "./run.js";

interface RulesOptions {
  lang: Lang;
  format: "table" | "json" | "markdown";
}

export function registerRules(program: Command, context: CommandContext): Command {
  return program
    .command("rules")
    .description("list the rules with their grade and clause")
    .addOption(new Option("-f, --format <format>", "output format (markdown: the page docs/rules.md)").choices(["table", "json", "markdown"]).default("table"))
    .addOption(new Option("--lang <lang>", "language").choices(LANG_CHOICES).default(context.lang))
    .action((options: RulesOptions) => {
      context.lang = options.lang;
      const rules = describeRules(options.lang);
      if (options.format === "json") {
        context.io.stdout.write(JSON.stringify(rules, null, 2) + "\n");
        return;
      }
      const t = translator(options.lang);
      if (options.format === "markdown") {
        context.io.stdout.write(rulesPage(rules, t));
        return;
      }
      const width = Math.max(...rules.map((r) => r.id.length));
      const lines = rules.map((r) => {
        const grade = t(gradeKey(r)).padEnd(12);
        const title = r.blocking ? t("rules.titleBlocking", { title: r.title }) : r.title;
        return `${r.id.padEnd(width)}  ${grade}  ${clauseColumn(r.clauses).padEnd(7)}  ${title}`;
      });
      context.io.stdout.write(lines.join("\n") + "\n");
    });
}

export function registerExplain(program: Command, context: CommandContext): Command {
  return program
    .command("explain")
    .description("say what a rule checks and how to fix its findings")
    .argument("<rule-id>", "a rule id from `iso20k rules`")
    .addOption(new Option("--lang <lang>", "language").choices(LANG_CHOICES).default(context.lang))
    .action((ruleId: string, options: { lang: Lang }) => {
      context.lang = options.lang;
      const rules = describeRules(options.lang);
      const rule = rules.find((r) => r.id === ruleId);
      if (!rule) {
        const nearest = [...rules].sort((a, b) => distance(ruleId, a.id) - distance(ruleId, b.id))[0];
        throw new InputError("cli.unknownRule", { rule: ruleId, suggestion: nearest.id });
      }
      const t = translator(options.lang);
      const { bold } = colourFor(context.io.stdout.isTTY, context.io.env);
      const field = (label: string, value: string) => fieldLine(t, label, value);
      const grade = t(gradeKey(rule));
      const lines = [
        bold(`${rule.id}: ${rule.title}`),
        field("explain.grade", rule.blocking ? t("rules.gradeBlocking", { grade }) : grade),
        field("explain.clauses", rule.clauses.join(t("list.separator")) || "-"),
        "",
        rule.description,
        "",
        field("explain.remedy", rule.remedy),
        ...(rule.howToRecord ? [field("explain.howToRecord", rule.howToRecord)] : []),
      ];
      context.io.stdout.write(lines.join("\n") + "\n");
    });
}

/** "Label: value", with the colon of the language (a full-width one in Chinese). */
function fieldLine(t: ReturnType<typeof translator>, label: string, value: string): string {
  return t("explain.field", { label: t(label), value });
}

/** The rule's clause; "4-10" for a rule whose findings take the clause of what they are about. */
function clauseColumn(clauses: string[]): string {
  if (clauses.length > 1 && clauses.every((clause) => !clause.includes("."))) return `${clauses[0]}-${clauses[clauses.length - 1]}`;
  return clauses[0] ?? "-";
}

/** The rules page the SARIF help links point at: a heading per rule id, which GitHub turns into its anchor. */
function rulesPage(rules: ReturnType<typeof describeRules>, t: ReturnType<typeof translator>): string {
  const sections = rules.map((r) =>
    [
      `## ${r.id}`,
      "",
      `**${r.title}**`,
      "",
      t("rules.page.facts", { grade: t(gradeKey(r)), clauses: r.clauses.join(t("list.separator")) || "-" }),
      "",
      r.description,
      "",
      fieldLine(t, "rules.page.remedy", r.remedy),
      ...(r.howToRecord ? ["", fieldLine(t, "explain.howToRecord", r.howToRecord)] : []),
    ].join("\n"),
  );
  return [`# ${t("rules.page.title")}`, "", t("rules.page.intro"), "", ...sections.flatMap((s) => [s, ""])].join("\n");
}

