// What the file system said about each evidence path; gathered by io/, read by rules.

export type EvidenceState =
  /** A readable regular file inside the root. */
  | "ok"
  | "missing"
  /** Absolute, or climbing out of the root with .. or through a symbolic link. */
  | "outside-root"
  | "not-a-file"
  | "unreadable"
  /** Not a usable path at all (a NUL byte). */
  | "invalid";

export interface EvidenceFact {
  state: EvidenceState;
  /** Lower-case hex SHA-256, computed only for files whose entry records one. */
  sha256?: string;
  /** True when a SHA-256 was wanted but the file is over the hashing cap: the file is there, its hash unchecked. */
  tooLargeToHash?: true;
}

/** Evidence facts by path as written in sms.yaml. */
export type EvidenceFacts = ReadonlyMap<string, EvidenceFact>;

/** True when `path` is given and names a readable file inside the root. */
export function fileExists(evidence: EvidenceFacts, path: string | undefined): boolean {
  return path !== undefined && evidence.get(path)?.state === "ok";
}

/** Paths in sms.yaml that name evidence, with the pointer of each. */
export interface EvidenceReference {
  path: string;
  pointer: string;
  /** The SHA-256 recorded for it, if any. */
  sha256?: string;
}
