// Parses YAML text into plain data with a locator for positions: the fast path when it can, else the precise one.
import type { Problem } from "../model/finding.js";
import { parseFast } from "./fast-yaml.js";
import type { Locator } from "./locator.js";
import { parseWithProblems, preciseLocator } from "./precise-yaml.js";

export interface ParsedYaml {
  /** Plain data; undefined when the text is not a usable mapping. */
  data: unknown;
  problems: Problem[];
  locator: Locator;
}

/** Parses one YAML document; every problem becomes a Problem with a 1-based line and column. */
export function parseYaml(text: string, file: string): ParsedYaml {
  const fast = parseFast(text, () => preciseLocator(text));
  if (fast && isMapping(fast.data)) return { data: fast.data, problems: [], locator: fast.locator };
  return parseWithProblems(text, file);
}

function isMapping(data: unknown): boolean {
  return data !== null && typeof data === "object" && !Array.isArray(data);
}
