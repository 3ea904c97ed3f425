// The `yaml` package's reading of a file our reader refused: every problem at its exact position, or,
// when it finds none (YAML the reader leaves to it), the data and its NodeIndex. Slower and hungrier
// than the reader (about 1.5 KB of heap a node), so it is given files of bounded size only.
import { isAlias, isMap, isScalar, isSeq, parseDocument, type Node, type YAMLError } from "yaml";
import type { Problem } from "../model/finding.js";
import { inlineAliases } from "./inline-aliases.js";
import type { Locator } from "./locator.js";
import { IndexLocator } from "./index-locator.js";
import { ExpansionLimitReached, Kind, NodeIndex, type ExpansionLimits } from "./node-index.js";
import { lineStarts, positionIn } from "./positions.js";

const RULE_BY_CODE: Record<string, string> = {
  DUPLICATE_KEY: "yaml-duplicate-key",
  TAB_AS_INDENT: "yaml-tab",
};

/** A syntax error's detail: the package's own message, and its code, by which parse-yaml.ts words it in other languages. */
interface SyntaxDetail {
  text: string;
  code: string;
}

export interface Explained {
  /** Plain data; undefined when the file has an error. */
  data: unknown;
  problems: Problem[];
  /** Present with the data. */
  locator?: Locator;
  /** Where the aliases expand the document past its limits, when they do. */
  expandsTooFar?: number;
}

/** Parses `text` with the `yaml` package, turning every error and warning into a problem. */
export function explainYaml(text: string, file: string, limits: ExpansionLimits): Explained {
  // Duplicate keys are found as the tree is indexed.
  const doc = parseDocument(text, { uniqueKeys: false, merge: true, prettyErrors: false, version: "1.2", logLevel: "error" });
  const starts = lineStarts(text);
  const problem = (ruleId: string, messageId: string, offset: number, severity: Problem["severity"] = "major", detail?: SyntaxDetail): Problem => ({
    ruleId,
    severity,
    messageId,
    ...(detail === undefined ? {} : { params: { detail: detail.text, code: detail.code } }),
    file,
    ...positionIn(starts, offset),
  });
  const errors = [...doc.errors, ...doc.warnings].map((error) => yamlProblem(error, problem));
  // Indexed on the syntax tree, before any data is built: an alias bomb must not be allocated to be found.
  const index = new NodeIndex(text, limits);
  const duplicateAt: number[] = [];
  const built = indexNode(index, doc.contents, duplicateAt);
  const duplicates = duplicateAt.map((offset) => problem("yaml-duplicate-key", "load.DUPLICATE_KEY", offset));
  const problems = firstPerPosition([...errors, ...duplicates].sort((a, b) => a.line! - b.line! || a.column! - b.column!));
  if (doc.errors.length > 0 || duplicates.length > 0) return { data: undefined, problems };

  const root = doc.contents;
  if (root === null || (isScalar(root) && root.value === null && root.source === ""))
    return { data: undefined, problems: [...problems, problem("yaml-empty", "load.empty", 0)] };
  if (!isMap(root)) return { data: undefined, problems: [...problems, problem("yaml-not-mapping", "load.notMapping", root.range?.[0] ?? 0)] };

  if (built !== true) return { data: undefined, problems, expandsTooFar: built };
  inlineAliases(doc);
  try {
    return { data: doc.toJS(), problems, locator: new IndexLocator(index) };
  } catch {
    return { data: undefined, problems: [...problems, problem("yaml-syntax", "load.yamlSyntax", 0, "major", { text: "a merge key (<<) is given something other than a mapping", code: "BAD_MERGE" })] };
  }
}

/** Indexes the syntax tree as the reader indexes what it reads, and finds where a key is written a
 * second time in its mapping (in linear time: the yaml package's own check is quadratic); the offset
 * of the first alias when the aliases expand too far, where indexing stops. */
function indexNode(index: NodeIndex, root: Node | null, duplicateAt: number[]): true | number {
  const visit = (node: unknown, at: number): void => {
    const range = (node as Node | null)?.range;
    const start = range?.[0] ?? at;
    const anchor = (node as Node | null)?.anchor;
    if (isAlias(node)) index.alias(start, range![1], node.source);
    else if (isMap(node)) {
      index.opened(start, anchor);
      const names = new Set<string>();
      for (const pair of node.items) {
        const key = pair.key as Node | null;
        if (isScalar(key) && typeof key.value !== "symbol") {
          const name = String(key.value);
          if (names.has(name)) duplicateAt.push(key.range?.[0] ?? 0);
          names.add(name);
        }
        visit(key, start);
        // A key with no value at all ({a, b}) has it placed at the key, as the yaml package places it.
        visit(pair.value, (pair.value === null ? key?.range?.[0] : key?.range?.[1]) ?? start);
      }
      index.closedCollection(range![1], Kind.Mapping, anchor);
    } else if (isSeq(node)) {
      index.opened(start, anchor);
      node.items.forEach((item) => visit(item, start));
      index.closedCollection(range![1], Kind.Sequence, anchor);
    } else if (isScalar(node) && !(node.value === null && node.source === "")) {
      const value = node.value;
      // As toJS names keys: a merge key by what it is written as (<<), a null one "".
      const name = typeof value === "string" ? value : typeof value === "symbol" ? (node.source ?? "<<") : value === null ? "" : String(value);
      (index.names ??= new Map()).set(index.scalar(start, range![1], name.length, anchor), name);
    } else index.empty(start, anchor);
  };
  try {
    visit(root, 0);
    return true;
  } catch (error) {
    if (error instanceof ExpansionLimitReached) return error.offset;
    throw error;
  }
}

function yamlProblem(error: YAMLError, problem: (ruleId: string, messageId: string, offset: number, severity: Problem["severity"], detail?: SyntaxDetail) => Problem): Problem {
  const ruleId = RULE_BY_CODE[error.code] ?? "yaml-syntax";
  const messageId = ruleId === "yaml-syntax" ? "load.yamlSyntax" : `load.${error.code}`;
  return problem(ruleId, messageId, error.pos[0], error.name === "YAMLWarning" ? "minor" : "major", { text: firstLine(error.message), code: error.code });
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
