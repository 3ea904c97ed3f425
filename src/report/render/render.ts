// Renders a report view through its Handlebars template: strict, escaped for the target. Our templates
// come precompiled in the bundle, so a report loads only the Handlebars runtime; the compiler is loaded
// for templates from --template-dir (and for ours when run from source).
import type Handlebars from "handlebars";
import type { Lang } from "../../catalog/types.js";
import { InputError } from "../../model/errors.js";
import { printable } from "../../model/printable.js";
import type { ReportType } from "../views/types.js";
import { registerHelpers } from "./helpers.js";
import { TARGETS, type OutputTarget } from "./targets.js";

export { REPORT_FORMATS } from "./targets.js";
import { PRECOMPILED } from "./builtin-templates.js";
import { loadTemplates, type Template } from "./templates.js";
import { RenderBudget, RenderLimitError } from "./render-budget.js";

export type ReportFormat = OutputTarget["name"];

/** The Handlebars module: the runtime has all of it but the compiler (compile, parse, Visitor). */
type HandlebarsModule = typeof Handlebars;

/** Items a template may loop over in one rendering, all {{#each}} together: bounds a template that multiplies lists. */
export const MAX_LOOP_ITEMS = 2_000_000;

export interface Renderer {
  render(type: ReportType, format: ReportFormat, view: object, lang: Lang): string;
}

/** Renders with our templates, overridden by those in `templateDir`, loading the part of Handlebars they need. */
export async function loadRenderer(templateDir?: string): Promise<Renderer> {
  const compiling = templateDir !== undefined || !PRECOMPILED;
  const handlebars = compiling ? (await import("handlebars")).default : ((await import("handlebars/runtime.js")).default as unknown as HandlebarsModule);
  // Handlebars reports denied prototype access on the console; the refusal itself is what matters here.
  handlebars.logger.log = () => undefined;
  return { render: (type, format, view, lang) => renderWith(handlebars, loadTemplates(`${type}.${format}.hbs`, templateDir), type, format, view, lang) };
}

function renderWith(module: HandlebarsModule, templates: Map<string, Template>, type: ReportType, format: ReportFormat, view: object, lang: Lang): string {
  const target = TARGETS[format];
  const main = templates.get(`${type}.${format}.hbs`);
  if (!main) throw new InputError("render.noTemplate", { template: `${type}.${format}.hbs` });

  const handlebars = module.create();
  registerHelpers(handlebars, lang, target);
  const budget = new RenderBudget();
  boundLoops(handlebars, budget);
  boundPartials(handlebars, budget);
  // Inside withEscaping: a template takes the escaping function in force when it is made.
  return withEscaping(module, target, () => {
    const make = (template: Template) => instantiate(module, handlebars, template);
    for (const template of templates.values()) if (template.partial) handlebars.registerPartial(template.name.replace(/\.hbs$/, ""), make(template));
    return target.prefix + make(main)(view);
  });
}

/** A precompiled template as it is; any other compiled on `handlebars` (an instance of `module`, which has the parser), checked for names it may not use. */
function instantiate(module: HandlebarsModule, handlebars: HandlebarsModule, template: Template): Handlebars.TemplateDelegate {
  return reportingErrors(template, template.spec ? handlebars.template(template.spec) : compile(module, handlebars, template));
}

/**
 * Wraps {{#each}} so that all loops of one rendering together visit at most MAX_LOOP_ITEMS items,
 * and each item's output counts towards the budget.
 */
function boundLoops(handlebars: HandlebarsModule, budget: RenderBudget): void {
  const each = handlebars.helpers.each;
  let left = MAX_LOOP_ITEMS;
  handlebars.registerHelper("each", function (this: unknown, context: unknown, options: Handlebars.HelperOptions) {
    left -= Array.isArray(context) ? context.length : context && typeof context === "object" ? Object.keys(context).length : 0;
    if (left < 0) throw new RenderLimitError("render.tooManyLoopItems", { limit: MAX_LOOP_ITEMS });
    const body = options.fn;
    return each.call(this, context, { ...options, fn: (item: unknown, itemOptions?: Handlebars.RuntimeOptions) => budget.item(() => body(item, itemOptions)) });
  });
}

type InvokePartial = (this: unknown, partial: unknown, context: unknown, options: unknown) => string;

/**
 * Counts every partial call, registered or inline, against the budget. Handlebars calls partials
 * through its instance's VM object (a shared module): this instance gets a copy with the call wrapped.
 */
function boundPartials(handlebars: HandlebarsModule, budget: RenderBudget): void {
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
function withEscaping(handlebars: HandlebarsModule, target: OutputTarget, render: () => string): string {
  const original = handlebars.Utils.escapeExpression;
  // HTML takes Handlebars' own escaping, of text made printable as the Markdown and CSV escapes make it.
  const escape = target.escape ?? ((text: string) => original(printable(text, "layout")));
  handlebars.Utils.escapeExpression = (value: unknown) => {
    if (value instanceof handlebars.SafeString) return value.toHTML();
    if (value === null || value === undefined) return "";
    // Numbers and booleans need no escaping; anything else (a list, say) is text like a string.
    return typeof value === "number" || typeof value === "boolean" ? String(value) : escape(String(value));
  };
  try {
    return render();
  } finally {
    handlebars.Utils.escapeExpression = original;
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
function forbiddenPath(module: HandlebarsModule, ast: hbs.AST.Program): { name: string; line: number } | undefined {
  let found: { name: string; line: number } | undefined;
  const visitor = new module.Visitor();
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

/** Parses now, so that a syntax error names its file. */
function compile(module: HandlebarsModule, handlebars: HandlebarsModule, template: Template): Handlebars.TemplateDelegate {
  let ast: hbs.AST.Program;
  try {
    // Unprocessed: compile() strips whitespace itself, and takes this tree rather than parse again.
    ast = handlebars.parseWithoutProcessing(template.source!);
  } catch (error) {
    throw templateError(template, error);
  }
  const forbidden = forbiddenPath(module, ast);
  if (forbidden) throw new InputError("render.forbiddenName", { template: template.path, line: forbidden.line, name: forbidden.name });
  return handlebars.compile(ast, { strict: true });
}

/**
 * An error while rendering names the template it came from; a bound reached in one of ours says the
 * report is too large, as only the size of the input can take our templates there.
 */
function reportingErrors(template: Template, compiled: Handlebars.TemplateDelegate): Handlebars.TemplateDelegate {
  return (context, runtimeOptions) => {
    try {
      return compiled(context, runtimeOptions);
    } catch (error) {
      if (error instanceof InputError) throw error;
      if (error instanceof RenderLimitError && template.ours) throw new InputError("render.reportTooLarge", {});
      if (error instanceof RenderLimitError) throw new InputError(error.messageId, { template: template.path, ...error.params });
      throw templateError(template, error);
    }
  };
}

function templateError(template: Template, error: unknown): InputError {
  const message = error instanceof Error ? error.message : String(error);
  const position = /line (\d+)/i.exec(message) ?? / - (\d+):\d+$/.exec(message);
  const detail = message.split("\n")[0].replace(/ - \d+:\d+$/, "");
  return new InputError("render.templateError", { template: template.path, line: position ? position[1] : "?", detail });
}
