// The output formats reports render to, and how each escapes user text.
import { escapeCsv, escapeMarkdown } from "./escape.js";

export interface OutputTarget {
  name: "html" | "md" | "csv";
  extension: string;
  /** What Handlebars escapes every {{value}} with: its own HTML escaping, or ours for Markdown and CSV. */
  escape?: (text: string) => string;
  /** Written before the rendered text: a BOM so that Excel reads CSV as UTF-8. */
  prefix: string;
}

export const TARGETS: Record<OutputTarget["name"], OutputTarget> = {
  html: { name: "html", extension: ".html", prefix: "" },
  md: { name: "md", extension: ".md", escape: escapeMarkdown, prefix: "" },
  csv: { name: "csv", extension: ".csv", escape: escapeCsv, prefix: "\uFEFF" },
};

/** Formats every report can be rendered to. */
export const REPORT_FORMATS: OutputTarget["name"][] = ["html", "md", "csv"];
