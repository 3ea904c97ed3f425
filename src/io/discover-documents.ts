// Finds the Markdown documents named by `documentSources` and reads each one's front matter as a
// document entry. Every problem is placed in the Markdown file, at the line of the offending key.
import { closeSync, realpathSync } from "node:fs";
import { join, posix, relative } from "node:path";
import type { EvidenceFact } from "../engine/evidence.js";
import { isInside, staysInside } from "./inspect-evidence.js";
import { globFiles } from "./glob.js";
import { compileGlob, MAX_ALTERNATIVES, MAX_PATTERN_LENGTH, MAX_WILDCARDS } from "./wildcard.js";
import { parseYaml } from "../load/parse-yaml.js";
import type { Locator, Position } from "../load/locator.js";
import { decode } from "./read-source.js";
import type { Problem } from "../model/finding.js";
import type { SmsDocument } from "../model/sms.js";
import { validateDocument } from "../validate/validate-sms.js";
import { openRegularFile, readUpTo, type OpenedFile } from "./regular-file.js";

/** A Markdown file that describes a document, and how to place positions in it. */
export interface DocumentSource {
  /** The file as findings name it: the SMS file's folder (as given) joined with the relative path. */
  file: string;
  /** Resolves pointers into the front matter to positions in the Markdown file. */
  locator: Locator;
}

export interface Discovery {
  documents: SmsDocument[];
  /** One per document, in the same order. */
  sources: DocumentSource[];
  /** Positioned already: they belong to the Markdown files or to `documentSources` in sms.yaml. */
  problems: Problem[];
  /** What is known of the evidence paths of the documents read here (each its own Markdown file, a
   * regular file reached by no link, inside the evidence root): the check need not open them again. */
  evidenceRead: Map<string, EvidenceFact>;
}

const MAX_FILE_BYTES = 1024 * 1024;

/**
 * Expands `patterns` under `root` (the SMS file's folder). Evidence paths are made relative to
 * `evidenceRoot` (--root). `shownRoot` is the SMS file's folder as the user gave it, so that findings
 * name files the way the user would. `locateSms` places findings about the patterns in sms.yaml.
 */
export function discoverDocuments(patterns: string[], root: string, evidenceRoot: string, shownRoot: string, smsFile: string, locateSms: Locator): Discovery {
  const discovery: Discovery = { documents: [], sources: [], problems: [], evidenceRead: new Map() };
  const seen = new Set<string>();
  // The glob follows no link below `root`, so a file found is inside the evidence root when `root` is.
  let rootInside: boolean | undefined;
  const inEvidenceRoot = () => (rootInside ??= realInside(evidenceRoot, root));
  // Each file's path from the evidence root is this joined with its path from `root`: path.relative once, not once a file.
  const rootFromEvidenceRoot = relative(evidenceRoot, root);
  patterns.forEach((pattern, index) => {
    const pointer = `/documentSources/${index}`;
    const at = (ruleId: string, messageId: string, severity: Problem["severity"], params: Problem["params"] = {}): Problem => ({
      ruleId,
      severity,
      messageId: `rule.${ruleId}.${messageId}`,
      params: { pattern, ...params },
      file: smsFile,
      pointer,
      ...locateSms.locate(pointer),
    });
    if (pattern.startsWith("/") || pattern.split(/[\\/]/).includes("..")) {
      discovery.problems.push(at("document-source-outside-root", "outside", "major"));
      return;
    }
    const glob = compileGlob(pattern);
    if (typeof glob === "string") {
      const limits = { length: MAX_PATTERN_LENGTH, wildcards: MAX_WILDCARDS, alternatives: MAX_ALTERNATIVES };
      discovery.problems.push(at("document-source-unsupported", glob, "minor", limits));
      return;
    }
    const files = globFiles(glob, root).filter((file) => file.endsWith(".md") || file.endsWith(".markdown"));
    if (files.length === 0) discovery.problems.push(at("document-source-empty", "empty", "minor"));
    for (const file of files) {
      if (seen.has(file)) continue;
      seen.add(file);
      readDocument(root, rootFromEvidenceRoot, file, posix.join(shownRoot.split("\\").join("/"), file), discovery, inEvidenceRoot);
    }
  });
  return discovery;
}

function readDocument(root: string, rootFromEvidenceRoot: string, relativePath: string, shown: string, discovery: Discovery, inEvidenceRoot: () => boolean): void {
  const problem = (ruleId: string, messageId: string, position: Position, severity: Problem["severity"] = "major"): Problem => ({
    ruleId,
    severity,
    messageId,
    // The message names the file as the organisation knows it, within the SMS folder; the location as typed.
    params: { file: relativePath.split("\\").join("/") },
    file: shown,
    ...position,
  });
  const path = join(root, relativePath);
  const bytes = readMarkdown(path);
  if (typeof bytes === "string") {
    discovery.problems.push(problem("front-matter-missing", `rule.front-matter-missing.${bytes}`, { line: 1, column: 1 }));
    return;
  }
  const { text } = decode(bytes, shown);
  const block = frontMatter(text);
  if (!block) {
    discovery.problems.push(problem("front-matter-missing", "rule.front-matter-missing.missing", { line: 1, column: 1 }, "minor"));
    return;
  }
  const parsed = parseYaml(block.text, shown);
  const locator = new ShiftedLocator(parsed.locator, block.firstLine - 1);
  const shift = (p: Problem): Problem => ({ ...p, file: shown, line: (p.line ?? 1) + block.firstLine - 1 });
  if (parsed.data === undefined) {
    discovery.problems.push(...parsed.problems.map(shift));
    return;
  }
  const invalid = validateDocument(parsed.data, shown, locator).map((p) => ({ ...p, file: shown, ...locator.locate(p.pointer ?? "", p.atKey) }));
  if (invalid.length > 0) {
    discovery.problems.push(...invalid);
    return;
  }
  const document = parsed.data as SmsDocument;
  const fromRoot = join(rootFromEvidenceRoot, relativePath);
  const evidence = fromRoot.split("\\").join("/");
  discovery.documents.push({ ...document, evidence: document.evidence ?? evidence });
  // Its own file was just read: known to be there, unless the check must hash it or it lies outside.
  if (document.evidence === undefined && document.sha256 === undefined && staysInside(fromRoot) && inEvidenceRoot())
    discovery.evidenceRead.set(evidence, { state: "ok" });
  discovery.sources.push({ file: shown, locator: new ShiftedLocator(locatorOnDemand(block.text, shown), block.firstLine - 1) });
}

/**
 * The front matter's locator, made again when a finding first needs it: few of a repository's files
 * have one, and keeping every file's node index alive until the report cost the check more (young
 * collections copying them) than reading a front matter twice.
 */
function locatorOnDemand(text: string, file: string): Locator {
  let locator: Locator | undefined;
  const made = () => (locator ??= parseYaml(text, file).locator);
  return { locate: (pointer, atKey) => made().locate(pointer, atKey), sourceText: (pointer) => made().sourceText(pointer) };
}

/** The file's bytes, read from one descriptor; over MAX_FILE_BYTES it is refused before any is read. */
function readMarkdown(path: string): Buffer | "unreadable" | "tooLarge" {
  let opened: OpenedFile;
  try {
    // Links were left out when globbing; one appearing since is not followed.
    opened = openRegularFile(path, { followLinks: false });
  } catch {
    return "unreadable";
  }
  if (opened.kind === "not-a-file") return "unreadable";
  try {
    if (opened.size > MAX_FILE_BYTES) return "tooLarge";
    return readUpTo(opened.fd, MAX_FILE_BYTES, opened.size) ?? "tooLarge";
  } catch {
    return "unreadable";
  } finally {
    closeSync(opened.fd);
  }
}

/** The YAML between a leading `---` line and the next `---` or `...` line, and the line it starts on. */
export function frontMatter(text: string): { text: string; firstLine: number } | undefined {
  // Line by line up to the closing line: the Markdown after it, often most of the file, is not split.
  const lines: string[] = [];
  for (let start = 0; start <= text.length; ) {
    const next = text.indexOf("\n", start);
    const end = next < 0 ? text.length : next;
    const line = text.slice(start, end > start && text[end - 1] === "\r" ? end - 1 : end);
    const marker = line.trimEnd();
    if (start === 0) {
      if (marker !== "---") return undefined;
    } else if (marker === "---" || marker === "...") return { text: lines.join("\n") + "\n", firstLine: 2 };
    else lines.push(line);
    start = end + 1;
  }
  return undefined;
}

/** A locator for a block that starts `lines` lines into its file. */
class ShiftedLocator implements Locator {
  constructor(
    private readonly inner: Locator,
    private readonly lines: number,
  ) {}

  locate(pointer: string, atKey?: boolean): Position {
    const { line, column } = this.inner.locate(pointer, atKey);
    return { line: line + this.lines, column };
  }

  sourceText(pointer: string): string | undefined {
    return this.inner.sourceText(pointer);
  }
}

/** Whether `folder` lies inside `root` once links are resolved (as the evidence check resolves them). */
function realInside(root: string, folder: string): boolean {
  try {
    return isInside(realpathSync.native(root), realpathSync.native(folder));
  } catch {
    return false;
  }
}
