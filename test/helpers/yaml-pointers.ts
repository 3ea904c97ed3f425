// JSON pointers into parsed YAML, for tests that compare where two parsers place each node.

/** Every JSON pointer in `value`, parents before children. */
export function pointers(value: unknown, prefix = ""): string[] {
  if (value === null || typeof value !== "object") return [prefix];
  const children = Object.entries(value).flatMap(([key, child]) => pointers(child, `${prefix}/${escape(key)}`));
  return [prefix, ...children];
}

/** The scalars that are not strings: where `sourceText` matters (suggesting quotes for 1.10). */
export function unquotedScalars(value: unknown, prefix = ""): string[] {
  if (value === null || typeof value !== "object") return typeof value === "string" ? [] : [prefix];
  return Object.entries(value).flatMap(([key, child]) => unquotedScalars(child, `${prefix}/${escape(key)}`));
}

function escape(key: string): string {
  return key.replace(/~/g, "~0").replace(/\//g, "~1");
}
