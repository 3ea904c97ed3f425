// What every formatter is: a pure function from a report to text.
import type { ChalkInstance } from "chalk";

export interface FormatContext {
  /** Colours for people's formats; level 0 when output is not a terminal. */
  colour: ChalkInstance;
}

export interface Formatter<R> {
  name: string;
  /** File extension for -o defaults. */
  extension: string;
  render(report: R, context: FormatContext): string;
}
