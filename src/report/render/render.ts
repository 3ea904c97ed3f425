// Renders a report view through its Handlebars template: strict, compiled once per run, escaped for the target.
import Handlebars from "handlebars";
import type { Lang } from "../../catalog/types.js";
import { InputError } from "../../model/errors.js";
import { printable } from "../../model/printable.js";
import type { ReportType } from "../views/types.js";
import { registerHelpers } from "./helpers.js";
import { TARGETS, type OutputTarget } from "./targets.js";

export { REPORT_FORMATS } from "./targets.js";
import { loadTemplates, type TemplateSource } from "./templates.js";
import { RenderBudget, RenderLimitError } from "./render-budget.js";

export type ReportFormat = OutputTarget["name"];

export interface RenderOptions {
  lang: Lang;
  /** A folder of the user's templates that override ours by file name. */
  templateDir?: string;
}

/** Items a template may loop over in one rendering, all {{#each}} together: bounds a template that multiplies lists. */
export const MAX_LOOP_ITEMS = 2_000_000;

// Handlebars reports denied prototype access on the console; the refusal itself is what matters here.
Handlebars.logger.log = () => undefined;

export function renderReport(type: ReportType, format: ReportFormat, view: object, options: RenderOptions): string {
  const target = TARGETS[format];
  const templates = loadTemplates(options.templateDir);
  const main = templates.get(`${type}.${format}.hbs`);
  if (!main) throw new InputError("render.noTemplate", { template: `${type}.${format}.hbs` });

  const handlebars = Handlebars.create();
  registerHelpers(handlebars, options.lang, target);
  const budget = new RenderBudget();
  boundLoops(handlebars, budget);
  boundPartials(handlebars, budget);
  const compileOptions = { strict: true };
  for (const template of templates.values())
    if (template.partial) handlebars.registerPartial(template.name.replace(/\.hbs$/, ""), compile(handlebars, template, compileOptions));
  const render = compile(handlebars, main, compileOptions);
  return target.prefix + withEscaping(target, () => render(view));
}

/**
 * Wraps {{#each}} so that all loops of one rendering together visit at most MAX_LOOP_ITEMS items,
 * and each item's output counts towards the budget.
 */
function boundLoops(handlebars: typeof Handlebars, budget: RenderBudget): void {
  const each = handlebars.helpers.each;
  let left = MAX_LOOP_ITEMS;
  handlebars.registerHelper("each", function (this: unknown, context: unknown, options: Handlebars.HelperOptions) {
    left -= Array.isArray(context) ? context.length : context && typeof context === "object" ? Object.keys(context).length : 0;
    if (left < 0) throw new Error(`the template loops over more than ${MAX_LOOP_ITEMS} items`);
    const body = options.fn;
    return each.call(this, context, { ...options, fn: (item: unknown, itemOptions?: Handlebars.RuntimeOptions) => budget.item(() => body(item, itemOptions)) });
  });
}

type InvokePartial = (this: unknown, partial: unknown, context: unknown, options: unknown) => string;

/**
 * Counts every partial call, registered or inline, against the budget. Handlebars calls partials
 * through its instance's VM object (a shared module): this instance gets a copy with the call wrapped.
 */
function boundPartials(handlebars: typeof Handlebars, budget: RenderBudget): void {
  const instance = handlebars as unknown as { VM: { invokePartial: InvokePartial } };
  const invokePartial = instance.VM.invokePartial;
  instance.VM = {
    ...instance.VM,
    invokePartial(this: unknown, partial, context, options) {
      return budget.partial(() => invokePartial.call(this, partial, context, options));
    },
  };
}

/**
 * Runs `render` with Handlebars escaping every {{value}} for the target. Handlebars has no option for
 * this: each template takes Utils.escapeExpression when it first runs, so it is swapped for the call.
 */
function withEscaping(target: OutputTarget, render: () => string): string {
  const original = Handlebars.Utils.escapeExpression;
  // HTML takes Handlebars' own escaping, of text made printable as the Markdown and CSV escapes make it.
  const escape = target.escape ?? ((text: string) => original(printable(text, "layout")));
  Handlebars.Utils.escapeExpression = (value: unknown) => {
    if (value instanceof Handlebars.SafeString) return value.toHTML();
    if (value === null || value === undefined) return "";
    // Numbers and booleans need no escaping; anything else (a list, say) is text like a string.
    return typeof value === "number" || typeof value === "boolean" ? String(value) : escape(String(value));
  };
  try {
    return render();
  } finally {
    Handlebars.Utils.escapeExpression = original;
  }
}

// Names a template may not use: members every JavaScript object inherits, and Handlebars' internal
// helpers. Handlebars already denies their values; refusing them outright says so at the right line.
const FORBIDDEN_NAMES = new Set([
  "constructor", "__proto__", "prototype", "hasOwnProperty", "isPrototypeOf", "propertyIsEnumerable",
  "toString", "toLocaleString", "valueOf", "__defineGetter__", "__defineSetter__", "__lookupGetter__",
  "__lookupSetter__", "helperMissing", "blockHelperMissing",
]);

/** The first path in `ast` that uses a forbidden name, with its line. */
function forbiddenPath(ast: hbs.AST.Program): { name: string; line: number } | undefined {
  let found: { name: string; line: number } | undefined;
  const visitor = new Handlebars.Visitor();
  visitor.PathExpression = (path: hbs.AST.PathExpression) => {
    const name = path.parts.find((part) => FORBIDDEN_NAMES.has(part)) ?? (FORBIDDEN_NAMES.has(path.original) ? path.original : undefined);
    if (name !== undefined && !found) found = { name, line: path.loc.start.line };
  };
  visitor.StringLiteral = (literal: hbs.AST.StringLiteral) => {
    if (FORBIDDEN_NAMES.has(literal.value) && !found) found = { name: literal.value, line: literal.loc.start.line };
  };
  visitor.accept(ast);
  return found;
}

/** Parses now, so a syntax error names its file; wraps the result so a runtime error does too. */
function compile(handlebars: typeof Handlebars, template: TemplateSource, options: CompileOptions): Handlebars.TemplateDelegate {
  let ast: hbs.AST.Program;
  try {
    // Unprocessed: compile() strips whitespace itself, and takes this tree rather than parse again.
    ast = handlebars.parseWithoutProcessing(template.source);
  } catch (error) {
    throw templateError(template, error);
  }
  const forbidden = forbiddenPath(ast);
  if (forbidden) throw new InputError("render.forbiddenName", { template: template.path, line: forbidden.line, name: forbidden.name });
  const compiled = handlebars.compile(ast, options);
  return (context, runtimeOptions) => {
    try {
      return compiled(context, runtimeOptions);
    } catch (error) {
      if (error instanceof InputError) throw error;
      if (error instanceof RenderLimitError) throw new InputError(error.messageId, { template: template.path, ...error.params });
      throw templateError(template, error);
    }
  };
}

type CompileOptions = Parameters<typeof Handlebars.compile>[1];

function templateError(template: TemplateSource, error: unknown): InputError {
  const message = error instanceof Error ? error.message : String(error);
  const position = /line (\d+)/i.exec(message) ?? / - (\d+):\d+$/.exec(message);
  const detail = message.split("\n")[0].replace(/ - \d+:\d+$/, "");
  return new InputError("render.templateError", { template: template.path, line: position ? position[1] : "?", detail });
}
