// What a Locator does (resolve a JSON pointer into the YAML to the line and column of its node),
// and how a pointer splits into keys.

export interface Position {
  line: number;
  column: number;
}

export interface Locator {
  /** Where the value at `pointer` starts; with `atKey`, where its key starts. Falls back to the nearest ancestor. */
  locate(pointer: string, atKey?: boolean): Position;
  /** The source text of the scalar at `pointer`, as written (e.g. "1.10" for a number read as 1.1). */
  sourceText(pointer: string): string | undefined;
}

/** Splits "/documents/3/status" into ["documents", "3", "status"], unescaping ~1 and ~0. */
export function parsePointer(pointer: string): string[] {
  if (pointer === "") return [];
  return pointer
    .slice(1)
    .split("/")
    .map((segment) => segment.replace(/~1/g, "/").replace(/~0/g, "~"));
}
