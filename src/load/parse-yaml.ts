// Parses YAML text into plain data, its problems and a locator. Our reader reads valid files and
// indexes where each node is as it goes (read-valid-yaml.ts); a file it refuses goes to the `yaml`
// package, which says exactly what is wrong (explain-yaml.ts), or, past the size that package can
// take, the reader's account of where it stopped.
import type { Localized } from "../catalog/types.js";
import { hasMessage, localized } from "../i18n/translate.js";
import type { Problem } from "../model/finding.js";
import { explainYaml } from "./explain-yaml.js";
import type { Locator } from "./locator.js";
import { ExpansionLimitReached, type ExpansionLimits } from "./node-index.js";
import { MAX_BLOCK_INDENT, MAX_FLOW_DEPTH, tooDeepAt } from "./nesting.js";
import { lineStarts, positionIn } from "./positions.js";
import { DUPLICATE_KEY, readValidYaml } from "./read-valid-yaml.js";

export interface ParsedYaml {
  /** Plain data; undefined when the text is not a usable mapping. */
  data: unknown;
  problems: Problem[];
  locator: Locator;
}

// What aliases may expand a file to (docs/security.md, "Bounded work").
const MIN_EXPANDED_NODES = 200_000;
const MIN_EXPANDED_CHARS = 1024 * 1024;
const EXPANDED_CHARS_PER_CHAR = 10;
const MAX_EXPANDED_CHARS = 50 * 1024 * 1024;

/** Nodes, roughly, past which the `yaml` package is not asked to explain a file (docs/security.md). */
export const MAX_EXPLAINED_NODES = 100_000;

/** The most a file of `length` characters may expand to. */
export function expansionLimits(length: number): ExpansionLimits {
  return { nodes: MIN_EXPANDED_NODES + length, chars: Math.min(MAX_EXPANDED_CHARS, MIN_EXPANDED_CHARS + EXPANDED_CHARS_PER_CHAR * length) };
}

/** Parses one YAML document; every problem becomes a Problem with a 1-based line and column. */
export function parseYaml(text: string, file: string): ParsedYaml {
  const limits = expansionLimits(text.length);
  const problemAt = (ruleId: string, messageId: string, offset: number, params?: Problem["params"]): Problem => ({
    ruleId,
    severity: "major",
    messageId,
    ...(params ? { params } : {}),
    file,
    ...positionIn(lineStarts(text), offset),
  });
  const refused = (problem: Problem): ParsedYaml => ({ data: undefined, problems: [problem], locator: nowhere });

  let read;
  try {
    read = readValidYaml(text, limits);
  } catch (error) {
    if (error instanceof ExpansionLimitReached) return refused(problemAt("yaml-alias-limit", "load.aliasLimit", error.offset));
    throw error;
  }
  if ("data" in read) {
    if (isMapping(read.data)) return { data: read.data, problems: [], locator: read.locator };
    if (isBlank(text)) return refused(problemAt("yaml-empty", "load.empty", 0));
    return refused(problemAt("yaml-not-mapping", "load.notMapping", read.rootAt));
  }

  const deep = tooDeepAt(text);
  if (deep >= 0) return refused(problemAt("yaml-too-deep", "load.tooDeep", deep, { flow: MAX_FLOW_DEPTH, indent: MAX_BLOCK_INDENT }));
  if (roughNodeCount(text) > MAX_EXPLAINED_NODES) {
    const duplicate = read.reason === DUPLICATE_KEY;
    // The reader cannot tell an error from valid YAML it leaves to the package: the message says both.
    return refused(duplicate ? problemAt("yaml-duplicate-key", "load.DUPLICATE_KEY", read.offset) : problemAt("yaml-syntax", "load.notReadLarge", read.offset, { detail: readerReason(read.reason) }));
  }
  const explained = explainYaml(text, file, limits);
  const problems = explained.problems.map(wordedInEveryLanguage);
  if (explained.expandsTooFar !== undefined) return { data: undefined, problems: [...problems, problemAt("yaml-alias-limit", "load.aliasLimit", explained.expandsTooFar)], locator: nowhere };
  return { data: explained.data, problems, locator: explained.locator ?? nowhere };
}

/**
 * The `yaml` package words its errors in English only: English keeps its exact words, other
 * languages get ours for the kind of error (its code), so that no English stands in their sentences.
 */
function wordedInEveryLanguage(problem: Problem): Problem {
  const { code, detail, ...params } = problem.params ?? {};
  if (typeof code !== "string") return problem;
  return { ...problem, params: { ...params, detail: englishAndOurs(String(detail), `load.yamlError.${code}`) } };
}

/** Why the reader stopped, in every language: its reasons are English phrases, each worded in the catalogues by its slug. */
function readerReason(reason: string): Localized {
  return englishAndOurs(reason, `load.readerReason.${reason.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "")}`);
}

/** `english` as it is, and in other languages the catalogue's text at `key` (a YAML error when it has none). */
function englishAndOurs(english: string, key: string): Localized {
  return localized((t, lang) => (lang === "en" ? english : t(hasMessage(key) ? key : "load.yamlError.other")));
}

// A file refused before it was read has no nodes to point at.
const nowhere: Locator = { locate: () => ({ line: 1, column: 1 }), sourceText: () => undefined };

function isMapping(data: unknown): boolean {
  return data !== null && typeof data === "object" && !Array.isArray(data);
}

/** Nothing but comments, spaces, directives and document markers. */
function isBlank(text: string): boolean {
  return /^(?:\s|#[^\n]*|%[^\n]*|---|\.\.\.)*$/.test(text);
}

/** An upper bound, near enough, on the nodes of a file: each needs a line, a comma or a colon. */
function roughNodeCount(text: string): number {
  let count = 1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 44 /* , */ || c === 58 /* : */) count++;
  }
  return count;
}
