// The `yaml` package's path: slower, but exact about every problem it finds. The bundle loads it
// only when the fast path hands over (see scripts/build.mjs).
import { isMap, isScalar, LineCounter, parseDocument, visit, type Document, type YAMLError } from "yaml";
import type { Problem } from "../model/finding.js";
import { expandsWithin, type ExpansionLimits } from "./expanded-size.js";
import { inlineAliases } from "./inline-aliases.js";
import type { Locator } from "./locator.js";
import type { ParsedYaml } from "./parse-yaml.js";
import { lineStarts, positionIn } from "./positions.js";
import { YamlLocator } from "./yaml-locator.js";

// What aliases may expand a file to (docs/security.md, "Bounded work"). yaml's own alias count
// (100 by default) trips on legitimate files that reuse one anchor often, and counts in quadratic time.
const MAX_ALIASES = 10_000;
const MIN_EXPANDED_NODES = 200_000;
const MIN_EXPANDED_CHARS = 1024 * 1024;
const EXPANDED_CHARS_PER_CHAR = 10;
const MAX_EXPANDED_CHARS = 50 * 1024 * 1024;

/** The most a file of `length` characters may expand to. */
export function expansionLimits(length: number): ExpansionLimits {
  return {
    nodes: MIN_EXPANDED_NODES + length,
    chars: Math.min(MAX_EXPANDED_CHARS, MIN_EXPANDED_CHARS + EXPANDED_CHARS_PER_CHAR * length),
    aliases: MAX_ALIASES,
  };
}

const RULE_BY_CODE: Record<string, string> = {
  DUPLICATE_KEY: "yaml-duplicate-key",
  TAB_AS_INDENT: "yaml-tab",
};

/** A locator for `text` alone, for what the fast path cannot place. */
export function preciseLocator(text: string): Locator {
  return parsePrecisely(text).locator;
}

function parsePrecisely(text: string): { doc: Document; lineCounter: LineCounter; locator: YamlLocator } {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true, merge: true, prettyErrors: false, version: "1.2" });
  return { doc, lineCounter, locator: new YamlLocator(doc, lineCounter) };
}

/** Parses with the `yaml` package, turning every error and warning into a problem. */
export function parseWithProblems(text: string, file: string): ParsedYaml {
  const { doc, lineCounter, locator } = parsePrecisely(text);
  const starts = lineStarts(text);
  const problems = firstPerPosition([...doc.errors, ...doc.warnings].map((error) => yamlProblem(error, file, starts)));
  if (doc.errors.length > 0) return { data: undefined, problems, locator };

  const rootProblem = checkRoot(doc, file, lineCounter);
  if (rootProblem) return { data: undefined, problems: [...problems, rootProblem], locator };

  // Placed at the first alias, found before inlining takes the aliases out of the tree.
  const refused = { data: undefined, problems: [...problems, aliasProblem(doc, file, lineCounter)], locator };
  // Measured before toJS builds anything: a bomb must not be allocated to be found.
  if (!expandsWithin(doc, expansionLimits(text.length))) return refused;
  if (!inlineAliases(doc)) return refused; // an alias to no anchor
  try {
    return { data: doc.toJS(), problems, locator };
  } catch {
    return refused; // a merge key (<<) given something other than a mapping
  }
}

function yamlProblem(error: YAMLError, file: string, starts: Int32Array): Problem {
  const { line, column: col } = positionIn(starts, error.pos[0]);
  const ruleId = RULE_BY_CODE[error.code] ?? "yaml-syntax";
  const messageId = ruleId === "yaml-syntax" ? "load.yamlSyntax" : `load.${error.code}`;
  return {
    ruleId,
    severity: error.name === "YAMLWarning" ? "minor" : "major",
    messageId,
    params: { detail: firstLine(error.message) },
    file,
    line,
    column: col,
  };
}

function checkRoot(doc: Document, file: string, lineCounter: LineCounter): Problem | undefined {
  const root = doc.contents;
  const isBlank = root === null || (isScalar(root) && root.value === null && root.source === "");
  if (isBlank) return { ruleId: "yaml-empty", severity: "major", messageId: "load.empty", file, line: 1, column: 1 };
  if (!isMap(root)) {
    const { line, col } = lineCounter.linePos(root.range?.[0] ?? 0);
    return { ruleId: "yaml-not-mapping", severity: "major", messageId: "load.notMapping", file, line, column: col };
  }
  return undefined;
}

function aliasProblem(doc: Document, file: string, lineCounter: LineCounter): Problem {
  let offset = 0;
  visit(doc, {
    Alias(_, alias) {
      offset = alias.range?.[0] ?? 0;
      return visit.BREAK;
    },
  });
  const { line, col } = lineCounter.linePos(offset);
  return { ruleId: "yaml-alias-limit", severity: "major", messageId: "load.aliasLimit", file, line, column: col };
}

// One broken construct often yields several errors at the same spot; the first explains it best.
function firstPerPosition(problems: Problem[]): Problem[] {
  const seen = new Set<string>();
  return problems.filter((p) => {
    const key = `${p.line}:${p.column}`;
    return seen.has(key) ? false : (seen.add(key), true);
  });
}

function firstLine(message: string): string {
  return message.split("\n")[0].replace(/ at line \d+, column \d+:?$/, "");
}
