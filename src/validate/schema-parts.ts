// Building blocks of the JSON Schemas generated from the catalogue (sms.yaml and the gap assessment):
// every property described and titled, enums with a line of help per value for editors.

export type JsonSchema = Record<string, unknown>;

export const string = (description: string, extra: JsonSchema = {}): JsonSchema => ({ type: "string", minLength: 1, description, ...extra });
export const date = (description: string): JsonSchema => ({ $ref: "#/$defs/date", description });
export const path = (description: string): JsonSchema => ({ $ref: "#/$defs/evidencePath", description });
export const list = (description: string, items: JsonSchema, extra: JsonSchema = {}): JsonSchema => ({ type: "array", description, items, ...extra });

const TITLE_WORDS: Record<string, string> = { id: "ID", sms: "SMS", sha256: "SHA-256" };

/** The title an editor shows above a property's description: its key in words, "registrationId" gives "Registration ID". */
function titleOf(key: string): string {
  const words = key.split(/(?=[A-Z])/).map((word) => TITLE_WORDS[word.toLowerCase()] ?? word.toLowerCase());
  return words.join(" ").replace(/^./, (first) => first.toUpperCase());
}

/** An object whose every property is described and titled; `required` lists the keys it must have. */
export function object(description: string, properties: Record<string, JsonSchema>, required: string[] = []): JsonSchema {
  const titled = Object.fromEntries(Object.entries(properties).map(([key, schema]) => [key, { title: titleOf(key), ...schema }]));
  return { type: "object", description, additionalProperties: false, required, properties: titled };
}

/** `text` with the characters Markdown would read as markup escaped. */
export function markdownText(text: string): string {
  return text.replace(/[\\`*_{}[\]<>#|]/g, "\\$&");
}

/** An enum whose values an editor lists with a line of help each, in plain text and in Markdown. */
export function describedEnum(values: string[], plain: string[], markdown: string[], description: string): JsonSchema {
  return { type: "string", enum: values, description, enumDescriptions: plain, markdownEnumDescriptions: markdown };
}

/** Keywords that only explain (to people and editors); validation never reads them. */
const ANNOTATIONS = new Set(["title", "description", "enumDescriptions", "markdownEnumDescriptions", "defaultSnippets"]);
/** Keywords whose value is a map of names to schemas: the names are data, not keywords. */
const SCHEMA_MAPS = new Set(["properties", "patternProperties", "$defs"]);

/**
 * The schema as validators compile it: without its annotations, which would otherwise be embedded in
 * the precompiled validator (its errors carry their schema) and weigh on every start-up.
 */
export function withoutAnnotations(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(withoutAnnotations);
  if (typeof schema !== "object" || schema === null) return schema;
  return Object.fromEntries(
    Object.entries(schema)
      .filter(([key]) => !ANNOTATIONS.has(key))
      .map(([key, value]) => [
        key,
        SCHEMA_MAPS.has(key) && typeof value === "object" && value !== null
          ? Object.fromEntries(Object.entries(value).map(([name, sub]) => [name, withoutAnnotations(sub)]))
          : withoutAnnotations(value),
      ]),
  );
}
