// Fingerprints that code scanning (SARIF) and GitLab Code Quality use to follow a finding across
// runs: from the rule, requirement, place and file, with the file spelled one way on every platform.
import { createHash } from "node:crypto";
import { posix } from "node:path";
import type { Finding } from "../../model/finding.js";

/** Stable across runs and machines: the same rule, requirement, place and file give the same 16 hex digits. */
export function fingerprint(finding: Finding, file: string): string {
  return sha256([finding.ruleId, finding.requirementId ?? "", finding.pointer ?? "", normalisedPath(file)]);
}

/**
 * Fingerprints of a list of findings, unique within it, as code scanning and GitLab expect: a finding
 * that repeats the rule, requirement, place and file of an earlier one (two schema problems on one
 * object, say) gets its occurrence number mixed in.
 */
export function fingerprints(findings: Finding[], fileOf: (finding: Finding) => string): string[] {
  const seen = new Map<string, number>();
  return findings.map((finding) => {
    const print = fingerprint(finding, fileOf(finding));
    const repeats = seen.get(print) ?? 0;
    seen.set(print, repeats + 1);
    return repeats === 0 ? print : sha256([print, String(repeats)]);
  });
}

/** One spelling per file: forward slashes, no "./" or "a/../", so that a path as typed and as resolved agree. */
export function normalisedPath(file: string): string {
  const path = file.replace(/\\/g, "/");
  // A UNC path keeps its two leading slashes, which normalize would fold into one.
  return path.startsWith("//") ? `/${posix.normalize(path.slice(1))}` : posix.normalize(path);
}

function sha256(parts: string[]): string {
  return createHash("sha256").update(parts.join("\u0000")).digest("hex").slice(0, 16);
}
