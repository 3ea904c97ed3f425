// `init --scan DIR`: walks a folder of the client's documents and proposes an SMS entry for each file that names a requirement.
import { closeSync, openSync, readdirSync, readSync, realpathSync, statSync, type Dirent } from "node:fs";
import { extname, join, relative, sep } from "node:path";
import type { Catalog } from "../catalog/catalog.js";
import type { Requirement } from "../catalog/types.js";
import { dateInName } from "./formats.js";
import { matchName } from "./name-match.js";

export const SCAN_FILE_LIMIT = 10_000;
const HEADING_BYTES = 64 * 1024;
const MARKDOWN = new Set([".md", ".markdown"]);

/** The requirement a file seems to satisfy, and the keyword or process name that said so. */
export interface RequirementMatch {
  requirementId: string;
  keyword: string;
  /** For a process document: the clauses of the process it describes. */
  processes?: string[];
  /** Where the keyword was found. */
  source: "name" | "heading";
}

export interface ScanProposal {
  /** Path relative to the scanned folder, with forward slashes. */
  path: string;
  /** Path relative to the SMS file's folder, for `evidence`. */
  evidence: string;
  requirementId: string;
  kind: "document" | "register";
  title: string;
  version?: string;
  /** Documents that describe one process: its clauses, for `processes`. */
  processes?: string[];
  keyword: string;
  /** A day the name gives (YYYY-MM-DD), e.g. when an audit report was written. */
  date?: string;
}

export interface ScanResult {
  proposals: ScanProposal[];
  /** Files that matched no requirement, relative to the SMS file's folder. */
  unmatched: string[];
  /** Files looked at. */
  files: number;
  /** True when the walk stopped at the file limit. */
  capped: boolean;
}

/** The file's name without its folder and extension. */
export function baseName(relativePath: string): string {
  const name = relativePath.split(/[\\/]/).pop() ?? relativePath;
  const extension = extname(name);
  return extension && /[a-z]/i.test(extension) && extension.length <= 6 ? name.slice(0, -extension.length) : name;
}

/**
 * The requirement a file satisfies, judged from its name and (for Markdown) its first `# ` heading, normalised
 * (see name-match.ts); the more specific of the two wins, ties go to the name.
 */
export function matchRequirement(relativePath: string, heading: string | undefined, catalog: Catalog): RequirementMatch | undefined {
  const byName = matchName(stripVersion(baseName(relativePath)), catalog);
  const byHeading = heading === undefined ? undefined : matchName(stripVersion(heading), catalog);
  const best = byHeading && (!byName || byHeading.weight > byName.weight) ? byHeading : byName;
  if (!best) return undefined;
  return {
    requirementId: best.requirementId,
    keyword: best.keyword,
    ...(best.processes ? { processes: best.processes } : {}),
    source: best === byName ? "name" : "heading",
  };
}

const VERSION_PATTERNS: RegExp[] = [
  /版本\s*[:：]?\s*[vV]?\s*(\d{1,3}(?:\.\d{1,3})*)/u,
  /(?<![\p{Script=Latin}\p{N}])v(?:er(?:sion)?)?\.?\s*(\d{1,3}(?:\.\d{1,3})*)(?![\p{Script=Latin}\p{N}])/iu,
  /(?:^|[\s_-])(\d{1,2}(?:\.\d{1,3}){1,2})$/u,
];

/** A version label in a file name: "v2", "V1.3", "_1.0", "版本2.1". */
export function guessVersion(name: string): string | undefined {
  const base = baseName(name);
  for (const pattern of VERSION_PATTERNS) {
    const match = pattern.exec(base);
    if (match) return match[1];
  }
  return undefined;
}

function stripVersion(base: string): string {
  let stripped = base;
  for (const pattern of VERSION_PATTERNS) stripped = stripped.replace(pattern, (whole) => (/^[\s_-]/.test(whole) ? " " : ""));
  return stripped;
}

/** A title for a document known only by its file: the name without version, underscores as spaces. */
export function titleFromFileName(relativePath: string): string {
  const base = baseName(relativePath);
  const title = stripVersion(base).replace(/_+/g, " ").replace(/[\s._-]+$/u, "").replace(/^[\s._-]+/u, "").replace(/\s{2,}/g, " ");
  return title === "" ? base : title;
}

/** The first `# ` heading of Markdown text, without closing hashes. */
export function firstHeading(markdown: string): string | undefined {
  for (const line of markdown.split(/\r?\n/)) {
    const match = /^#[ \t]+(.+?)(?:[ \t]+#+)?[ \t]*$/.exec(line);
    if (match) return match[1];
  }
  return undefined;
}

/** The proposal for one file, or undefined when it names no requirement. Pure. */
export function proposeFor(path: string, evidence: string, heading: string | undefined, catalog: Catalog): ScanProposal | undefined {
  const match = matchRequirement(path, heading, catalog);
  if (!match) return undefined;
  const requirement = catalog.requirement(match.requirementId) as Requirement;
  const version = guessVersion(path);
  const date = dateInName(baseName(path));
  return {
    path,
    evidence,
    requirementId: requirement.id,
    kind: requirement.kind === "record" ? "register" : "document",
    title: match.source === "heading" && heading ? heading : titleFromFileName(path),
    ...(version ? { version } : {}),
    ...(match.processes ? { processes: match.processes } : {}),
    keyword: match.keyword,
    ...(date ? { date } : {}),
  };
}

export interface ScanOptions {
  catalog: Catalog;
  /** The folder of the SMS file: evidence paths are relative to it. */
  evidenceBase: string;
  limit?: number;
}

/** Walks `folder` (hidden entries, node_modules and Office lock files skipped; links only within it) and proposes entries. */
export function scanFolder(folder: string, options: ScanOptions): ScanResult {
  const limit = options.limit ?? SCAN_FILE_LIMIT;
  const root = realpathSync(folder);
  const result: ScanResult = { proposals: [], unmatched: [], files: 0, capped: false };
  const pending: string[] = [root];

  while (pending.length > 0) {
    const current = pending.pop() as string;
    const subfolders: string[] = [];
    for (const entry of sortedEntries(current)) {
      if (skipped(entry.name)) continue;
      const path = join(current, entry.name);
      const kind = entryKind(entry, path, root);
      if (kind === "folder") subfolders.push(path);
      if (kind !== "file") continue;
      if (result.files >= limit) {
        result.capped = true;
        return result;
      }
      result.files += 1;
      const fromRoot = toPosix(relative(root, path));
      const evidence = toPosix(relative(options.evidenceBase, join(folder, fromRoot)));
      const heading = MARKDOWN.has(extname(entry.name).toLowerCase()) ? readHeading(path) : undefined;
      const proposal = proposeFor(fromRoot, evidence, heading, options.catalog);
      if (proposal) result.proposals.push(proposal);
      else result.unmatched.push(evidence);
    }
    // Depth first, in name order: push in reverse so the first folder is walked first.
    pending.push(...subfolders.reverse());
  }
  return result;
}

function sortedEntries(folder: string): Dirent[] {
  let entries: Dirent[];
  try {
    entries = readdirSync(folder, { withFileTypes: true });
  } catch {
    return [];
  }
  return entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

function skipped(name: string): boolean {
  return name.startsWith(".") || name === "node_modules" || name.startsWith("~$");
}

// Links count only as files that stay inside the scanned folder; linked folders are not followed (no loops, no escape).
function entryKind(entry: Dirent, path: string, root: string): "file" | "folder" | "other" {
  if (entry.isDirectory()) return "folder";
  if (entry.isFile()) return "file";
  if (!entry.isSymbolicLink()) return "other";
  try {
    const target = realpathSync(path);
    if (!target.startsWith(root + sep)) return "other";
    return statSync(target).isFile() ? "file" : "other";
  } catch {
    return "other";
  }
}

function readHeading(path: string): string | undefined {
  let descriptor: number | undefined;
  try {
    descriptor = openSync(path, "r");
    const buffer = Buffer.alloc(HEADING_BYTES);
    const length = readSync(descriptor, buffer, 0, HEADING_BYTES, 0);
    return firstHeading(buffer.subarray(0, length).toString("utf8"));
  } catch {
    return undefined;
  } finally {
    if (descriptor !== undefined) closeSync(descriptor);
  }
}

function toPosix(path: string): string {
  return path.split(sep).join("/");
}
