// The `yaml` package's path: slower, but exact about every problem it finds. The bundle loads it
// only when the fast path hands over (see scripts/build.mjs).
import { isMap, isScalar, LineCounter, parseDocument, visit, type Document, type YAMLError } from "yaml";
import type { Problem } from "../model/finding.js";
import { countExpandedNodes } from "./expanded-size.js";
import type { Locator } from "./locator.js";
import type { ParsedYaml } from "./parse-yaml.js";
import { lineStarts, positionIn } from "./positions.js";
import { YamlLocator } from "./yaml-locator.js";

// yaml's default (100) trips on legitimate files that reuse one anchor often; the
// expanded-size check below is what stops alias bombs.
const MAX_ALIAS_COUNT = 10_000;
const MIN_EXPANDED_NODE_LIMIT = 200_000;

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

  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch {
    return { data: undefined, problems: [...problems, aliasProblem(doc, file, lineCounter)], locator };
  }
  if (countExpandedNodes(data, MIN_EXPANDED_NODE_LIMIT + text.length) === Infinity)
    return { data: undefined, problems: [...problems, aliasProblem(doc, file, lineCounter)], locator };
  return { data, problems, locator };
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
