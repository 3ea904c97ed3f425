// Renders a report view through its Handlebars template: strict, compiled once per run, escaped for the target.
import Handlebars from "handlebars";
import type { Lang } from "../../catalog/types.js";
import { InputError } from "../../model/errors.js";
import type { ReportType } from "../views/types.js";
import { escapeStrings } from "./escape.js";
import { registerHelpers } from "./helpers.js";
import { TARGETS, type OutputTarget } from "./targets.js";
import { loadTemplates, type TemplateSource } from "./templates.js";

export type ReportFormat = OutputTarget["name"];

export interface RenderOptions {
  lang: Lang;
  /** A folder of the user's templates that override ours by file name. */
  templateDir?: string;
}

/** Formats each report can be rendered to. */
export const REPORT_FORMATS: Record<ReportType, ReportFormat[]> = {
  gap: ["html", "md"],
  mapping: ["html", "md", "csv"],
  dossier: ["html", "md", "csv"],
};

export function renderReport(type: ReportType, format: ReportFormat, view: object, options: RenderOptions): string {
  const target = TARGETS[format];
  const templates = loadTemplates(options.templateDir);
  const main = templates.get(`${type}.${format}.hbs`);
  if (!main) throw new InputError("report.noTemplate", { template: `${type}.${format}.hbs` });

  const handlebars = Handlebars.create();
  registerHelpers(handlebars, options.lang, target);
  const compileOptions = { strict: true, noEscape: format !== "html" };
  for (const template of templates.values())
    if (template.partial) handlebars.registerPartial(template.name.replace(/\.hbs$/, ""), compile(handlebars, template, compileOptions));

  const data = format === "html" ? view : escapeStrings(view, target.escape);
  return target.prefix + compile(handlebars, main, compileOptions)(data);
}

/** Parses now, so a syntax error names its file; wraps the result so a runtime error does too. */
function compile(handlebars: typeof Handlebars, template: TemplateSource, options: CompileOptions): Handlebars.TemplateDelegate {
  try {
    handlebars.parse(template.source);
  } catch (error) {
    throw templateError(template, error);
  }
  const compiled = handlebars.compile(template.source, options);
  return (context, runtimeOptions) => {
    try {
      return compiled(context, runtimeOptions);
    } catch (error) {
      if (error instanceof InputError) throw error;
      throw templateError(template, error);
    }
  };
}

type CompileOptions = Parameters<typeof Handlebars.compile>[1];

function templateError(template: TemplateSource, error: unknown): InputError {
  const message = error instanceof Error ? error.message : String(error);
  const position = /line (\d+)/i.exec(message) ?? / - (\d+):\d+$/.exec(message);
  const detail = message.split("\n")[0].replace(/ - \d+:\d+$/, "");
  return new InputError("report.templateError", { template: template.path, line: position ? position[1] : "?", detail });
}
