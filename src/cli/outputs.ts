// `check --format`, repeatable: `github` goes to stdout (or to -o), `sarif:out.sarif` to its own
// file, so that one run feeds the log, code scanning and the job summary alike.
import { codeList } from "../i18n/translate.js";
import { InputError } from "../model/errors.js";
import { checkFormatters, type CheckFormat } from "../report/formatters/index.js";
import type { CliIO } from "./io.js";
import { checkOutputPath } from "./write-output.js";

export interface Output {
  format: CheckFormat;
  /** The file as given, for messages; undefined for stdout. */
  file?: string;
  /** Absolute path to write; undefined for stdout. */
  target?: string;
}

/** Collects repeated --format values in the order given. */
export function collectFormat(value: string, previous: string[]): string[] {
  return [...previous, value];
}

/** Reads the --format specs and -o into outputs, refusing unknown formats and clashing files before any work. */
export function parseOutputs(io: CliIO, specs: string[], output: string | undefined, inputs: string[]): Output[] {
  const given = specs.length === 0 ? ["stylish"] : specs;
  const outputs = given.map((spec) => {
    // The first colon ends the format: `sarif:C:\reports\out.sarif` keeps its drive letter.
    const colon = spec.indexOf(":");
    const format = colon < 0 ? spec : spec.slice(0, colon);
    const file = colon < 0 ? undefined : spec.slice(colon + 1);
    if (!Object.hasOwn(checkFormatters, format)) throw new InputError("cli.badFormat", { value: spec, formats: codeList(Object.keys(checkFormatters)) });
    if (file === "") throw new InputError("cli.emptyFormatFile", { value: spec });
    return { format: format as CheckFormat, file };
  });
  const toStdout = outputs.filter((o) => o.file === undefined);
  if (toStdout.length > 1) throw new InputError("cli.twoOnStdout", { formats: codeList(toStdout.map((o) => o.format)) });
  if (output !== undefined) {
    if (toStdout.length === 0) throw new InputError("cli.outputUnused", { file: output });
    toStdout[0].file = output;
  }
  const targets = new Map<string, string>();
  return outputs.map(({ format, file }) => {
    const target = checkOutputPath(io, file, inputs);
    if (target !== undefined) {
      if (targets.has(target)) throw new InputError("cli.sameOutput", { file: file!, formats: codeList([targets.get(target)!, format]) });
      targets.set(target, format);
    }
    return { format, file, target };
  });
}
