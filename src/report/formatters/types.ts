// What every formatter is: a pure function from a report to text.
import type { ChalkInstance } from "chalk";
import type { SourcePath } from "./source-path.js";

export interface FormatContext {
  /** Colours for people's formats; level 0 when output is not a terminal. */
  colour: ChalkInstance;
  /** How CI formats name a file given on the command line (people's formats show it as given). */
  sourcePath: SourcePath;
}

export interface Formatter<R> {
  name: string;
  /** File extension for -o defaults. */
  extension: string;
  render(report: R, context: FormatContext): string;
}
