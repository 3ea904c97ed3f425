// What every formatter is: a pure function from a report to text.
import type { ChalkInstance } from "chalk";
import type { Severity } from "../../model/finding.js";
import type { SourcePath } from "./source-path.js";

export interface FormatContext {
  /** Colours for people's formats; level 0 when output is not a terminal. */
  colour: ChalkInstance;
  /** How CI formats name a file given on the command line (people's formats show it as given). */
  sourcePath: SourcePath;
  /** check --min-grade: the lowest grade the terminal list (stylish) shows; other formats list everything. */
  minGrade?: Severity;
}

export interface Formatter<R> {
  name: string;
  /** File extension for -o defaults. */
  extension: string;
  render(report: R, context: FormatContext): string;
}

/** A format of `check`, which also writes several files' reports as one output (`check a.yaml b.yaml`). */
export interface CheckFormatter<R> extends Formatter<R> {
  /** `checked` is every file's report, when --quiet shows only some of them. */
  renderMany(reports: R[], context: FormatContext, checked?: R[]): string;
}
