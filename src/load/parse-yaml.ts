// Parses YAML text into plain data with a locator for positions: the block reader for the plain
// block style most files are in, js-yaml for the rest of valid YAML, the `yaml` package for errors.
import type { Problem } from "../model/finding.js";
import { readBlockYaml } from "./block-yaml.js";
import { parseFast } from "./fast-yaml.js";
import type { Locator } from "./locator.js";
import { inspectStructure, MAX_BLOCK_INDENT, MAX_FLOW_DEPTH } from "./nesting.js";
import { lineStarts, positionIn } from "./positions.js";
import { parseWithProblems, preciseLocator } from "./precise-yaml.js";

export interface ParsedYaml {
  /** Plain data; undefined when the text is not a usable mapping. */
  data: unknown;
  problems: Problem[];
  locator: Locator;
}

/** Parses one YAML document; every problem becomes a Problem with a 1-based line and column. */
export function parseYaml(text: string, file: string): ParsedYaml {
  const block = readBlockYaml(text, () => preciseLocator(text));
  if (block) return { data: block.data, problems: [], locator: block.locator };
  const structure = inspectStructure(text);
  if (structure.tooDeepAt >= 0) return { data: undefined, problems: [tooDeep(text, structure.tooDeepAt, file)], locator: nowhere };
  // Multi-line flow collections have indentation rules js-yaml is laxer about than the yaml package.
  const fast = structure.flowSpansLines ? undefined : parseFast(text, () => preciseLocator(text));
  if (fast && isMapping(fast.data)) return { data: fast.data, problems: [], locator: fast.locator };
  return parseWithProblems(text, file);
}

function tooDeep(text: string, offset: number, file: string): Problem {
  const { line, column } = positionIn(lineStarts(text), offset);
  const limits = { flow: MAX_FLOW_DEPTH, indent: MAX_BLOCK_INDENT };
  return { ruleId: "yaml-too-deep", severity: "major", messageId: "load.tooDeep", params: limits, file, line, column };
}

// A file refused before parsing has no nodes to point at.
const nowhere: Locator = { locate: () => ({ line: 1, column: 1 }), sourceText: () => undefined };

function isMapping(data: unknown): boolean {
  return data !== null && typeof data === "object" && !Array.isArray(data);
}
