// The files a run read, as absolute paths, so that -o can refuse to write over any of them.
import { dirname, resolve } from "node:path";
import type { EvidenceFacts } from "../engine/evidence.js";
import type { GapAssessmentIndex } from "../engine/gap-assessment-index.js";
import type { Discovery } from "../io/discover-documents.js";

export interface CheckRunReads {
  cwd: string;
  /** The SMS file as findings name it (with stdin, --stdin-filename). */
  smsFile: string;
  /** False when the SMS file's text came from stdin. */
  smsFromDisk: boolean;
  /** The folder evidence paths are relative to. */
  root: string;
  discovered?: Discovery;
  evidence: EvidenceFacts;
  gapAssessment?: string;
  gapIndex?: GapAssessmentIndex;
  previousAssessment?: string;
}

/** What the check pipeline read: the SMS file, its Markdown documents and evidence, the assessments and their evidence. */
export function filesReadByCheck(reads: CheckRunReads): string[] {
  const { cwd } = reads;
  const given = [reads.smsFromDisk ? reads.smsFile : undefined, reads.gapAssessment, reads.previousAssessment].flatMap((file) => (file === undefined ? [] : [resolve(cwd, file)]));
  const gapFolder = reads.gapAssessment === undefined ? cwd : dirname(resolve(cwd, reads.gapAssessment));
  return [...given, ...markdownDocuments(reads), ...opened(reads.evidence, reads.root), ...opened(reads.gapIndex?.files ?? new Map(), gapFolder)];
}

/**
 * Every Markdown file documentSources matched was read, and each ends up either as a document (its
 * source) or as a problem placed in it. Problems placed in the SMS file are about the patterns.
 */
function markdownDocuments({ cwd, smsFile, discovered }: CheckRunReads): string[] {
  if (!discovered) return [];
  const sms = resolve(cwd, smsFile);
  const files = new Set([...discovered.sources.map((source) => source.file), ...discovered.problems.flatMap((problem) => (problem.file === undefined ? [] : [problem.file]))]);
  return [...files].map((file) => resolve(cwd, file)).filter((path) => path !== sms);
}

/** The evidence files that were opened (or hashed): the ones the file system found. */
function opened(facts: EvidenceFacts, folder: string): string[] {
  return [...facts].filter(([, fact]) => fact.state === "ok").map(([path]) => resolve(folder, path));
}
