// Runs one hostile input through validate, check and every report format, and reads back what each said.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { expect } from "vitest";
import { ROOT, runBinary, runInProcess, type CliResult } from "../helpers/cli.js";

export const HOSTILE = join(ROOT, "test/fixtures/hostile");
export const AS_OF = "2026-11-21";
/** A stack trace line: what a crash prints and an expected error never does. */
export const STACK_TRACE = /\n\s+at /;

export const REPORTS = [
  ["gap", "html"],
  ["gap", "md"],
  ["mapping", "html"],
  ["mapping", "md"],
  ["mapping", "csv"],
  ["dossier", "html"],
  ["dossier", "md"],
  ["dossier", "csv"],
] as const;

export type Command = "validate" | "check" | `report ${(typeof REPORTS)[number][0]} ${(typeof REPORTS)[number][1]}`;
export const COMMANDS: Command[] = ["validate", "check", ...REPORTS.map(([type, format]) => `report ${type} ${format}` as Command)];

export interface Brief {
  ruleId: string;
  line: number;
  column: number;
}

/** Exit codes of one input: validate and check are about the file; report exits 0 whenever it could render. */
export interface Codes {
  validate: number;
  check: number;
  report: number;
}
export const INVALID: Codes = { validate: 1, check: 1, report: 1 };
export const VALID_WITH_GAPS: Codes = { validate: 0, check: 1, report: 0 };
export const CANNOT_RUN: Codes = { validate: 2, check: 2, report: 2 };

/** Rule ids of the structural stage (reading, YAML, schema): what validate reports. */
export const STRUCTURAL = /^(yaml-|file-encoding$|schema$|scope-category-unknown$)/;

export interface Outcome extends CliResult {
  /** Findings of validate and check (check's suppressed ones included), in file order. */
  findings: Brief[];
  /** The file report wrote with -o, or undefined when it wrote none. */
  output?: string;
  /** Names left in the output folder besides the output file itself (temporary files, say). */
  strays: string[];
}

export interface RunOptions {
  /** Folder the command runs in; the file is given relative to it. */
  cwd: string;
  via?: "process" | "binary";
  extra?: string[];
}

export function argsFor(command: Command, file: string, out: string): string[] {
  if (command === "validate") return ["validate", "--format", "json", file];
  if (command === "check") return ["check", file, "--format", "json", "--as-of", AS_OF];
  const [, type, format] = command.split(" ");
  return ["report", type, file, "--format", format, "--as-of", AS_OF, "-o", out];
}

/** Runs `command` on `file` and checks, as every hostile case must, that the input was left exactly as it was. */
export async function runCommand(command: Command, file: string, options: RunOptions): Promise<Outcome> {
  const path = join(options.cwd, file);
  const before = existsSync(path) && statSync(path).isFile() ? { bytes: readFileSync(path), mtime: statSync(path).mtimeMs } : undefined;
  const outDir = mkdtempSync(join(tmpdir(), "iso20k-hostile-out-"));
  const out = join(outDir, `out.${command.split(" ")[2] ?? "txt"}`);
  const args = [...argsFor(command, file, out), ...(options.extra ?? [])];
  const result = options.via === "binary" ? runBinary(args, { cwd: options.cwd }) : await runInProcess(args, { cwd: options.cwd });
  if (before) {
    expect(readFileSync(path).equals(before.bytes), "the input file's bytes changed").toBe(true);
    expect(statSync(path).mtimeMs, "the input file's mtime changed").toBe(before.mtime);
  }
  const output = existsSync(out) ? readFileSync(out, "utf8") : undefined;
  const strays = readdirSync(outDir).filter((name) => name !== relative(outDir, out));
  rmSync(outDir, { recursive: true, force: true });
  return { ...result, findings: findingsOf(command, result.stdout), output, strays };
}

function findingsOf(command: Command, stdout: string): Brief[] {
  if (command !== "validate" && command !== "check") return [];
  let parsed: { files?: { findings: Brief[] }[]; findings?: Brief[]; suppressed?: Brief[] };
  try {
    parsed = JSON.parse(stdout);
  } catch {
    return [];
  }
  const all = command === "validate" ? (parsed.files ?? []).flatMap((f) => f.findings) : [...(parsed.findings ?? []), ...(parsed.suppressed ?? [])];
  return sortBriefs(all.map(({ ruleId, line, column }) => ({ ruleId, line, column })));
}

export function sortBriefs(briefs: Brief[]): Brief[] {
  return [...briefs].sort((a, b) => a.line - b.line || a.column - b.column || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0));
}

/**
 * What a case expects of one command. validate reports the structural findings only; check also the
 * rules' findings, compared for the rule ids the case names (plus every structural one, which must match).
 */
export function expectOutcome(command: Command, outcome: Outcome, code: number, findings: Brief[], file: string): void {
  expect(outcome.stderr, "a stack trace on stderr").not.toMatch(STACK_TRACE);
  expect(outcome.stderr).not.toMatch(/unexpected error/);
  expect(outcome.code).toBe(code);
  expect(outcome.strays, "files left beside the output").toEqual([]);
  if (command === "validate") {
    expect(outcome.findings).toEqual(sortBriefs(findings.filter((f) => STRUCTURAL.test(f.ruleId))));
    return;
  }
  if (command === "check") {
    const named = new Set(findings.map((f) => f.ruleId));
    expect(outcome.findings.filter((f) => named.has(f.ruleId) || STRUCTURAL.test(f.ruleId))).toEqual(sortBriefs(findings));
    return;
  }
  const format = command.split(" ")[2];
  if (code === 0) {
    expect(outcome.output, "report wrote no file").toBeDefined();
    expectComplete(format, outcome.output!);
  } else {
    expect(outcome.output, "report wrote a file for an input it could not use").toBeUndefined();
    // The findings that stopped the report are listed where people look: file:line:col on stderr.
    for (const f of findings.filter((f) => STRUCTURAL.test(f.ruleId))) expect(outcome.stderr).toContain(`${file}:${f.line}:${f.column}`);
  }
}

/** A report that was written whole: an HTML document closed, a Markdown title, a CSV with its BOM and header. */
export function expectComplete(format: string, text: string): void {
  if (format === "html") expect(text).toMatch(/^<!DOCTYPE html>[\s\S]*<\/html>\s*$/i);
  if (format === "md") expect(text).toMatch(/^# \S/);
  if (format === "csv") expect(text).toMatch(/^\uFEFF"?\w/);
}
