// Turns one Ajv error into a problem a person can act on, placed on the offending key or value.
import type { ErrorObject } from "ajv";
import { closest, distance } from "fastest-levenshtein";
import type { Locator } from "../load/locator.js";
import { parsePointer } from "../load/locator.js";
import type { Problem } from "../model/finding.js";
import { codeList, localized, type MessageParams } from "../i18n/translate.js";

/** "/documents/3/status" -> "documents[3].status" (the root, "", is worded by the catalogue: schema.root). */
function displayPath(pointer: string): string {
  return parsePointer(pointer).map((s, i) => (/^\d+$/.test(s) ? `[${s}]` : i === 0 ? s : `.${s}`)).join("");
}

/** Describes `error` as a "schema" problem (or a more specific rule for catalogue ids). */
export function describeSchemaError(error: ErrorObject, file: string, locator: Locator): Problem {
  const pointer = error.instancePath;
  const base = { severity: "major" as const, file };
  // A YAML path is code (a code span in a Chinese sentence); the root has words of its own.
  const path = pointer === "" ? localized((t) => t("schema.root")) : codeList([displayPath(pointer)]);
  const at = (messageId: string, params: MessageParams, where = pointer, atKey = false, ruleId = "schema"): Problem => ({
    ...base,
    ruleId,
    messageId,
    params: { path, ...params },
    pointer: where,
    atKey,
  });

  switch (error.keyword) {
    case "required": {
      const property = String(error.params.missingProperty);
      return at("schema.required", { property }, pointer, true);
    }
    case "additionalProperties": {
      const property = String(error.params.additionalProperty);
      const known = Object.keys((error.parentSchema?.properties as object | undefined) ?? {});
      const hint = suggestion(property, known);
      const messageId = hint ? "schema.additionalProperty.suggest" : "schema.additionalProperty";
      return at(messageId, { property, suggestion: hint }, `${pointer}/${property}`, true);
    }
    case "enum": {
      const allowed = (error.params.allowedValues as unknown[]).map(String);
      const value = String(error.data);
      if (error.schemaPath.startsWith("#/$defs/requirementId")) {
        const hint = suggestion(value, allowed);
        return at(hint ? "schema.unknownRequirement.suggest" : "schema.unknownRequirement", { value, suggestion: hint });
      }
      if (error.schemaPath.startsWith("#/$defs/clauseId")) return at("schema.unknownClause", { value });
      if (error.schemaPath.includes("/businessCategories/"))
        return at("schema.unknownCategory", { value }, pointer, false, "scope-category-unknown");
      return at("schema.enum", { value, allowed: codeList(allowed) });
    }
    case "type": {
      const expected = String(error.params.type);
      const tag = tagThatMade(error.data);
      if (tag !== undefined) return at("schema.tagged", { tag });
      const written = locator.sourceText(pointer);
      if (expected === "string" && written !== undefined && typeof error.data !== "object")
        return at("schema.quote", { written });
      const typed = ["string", "array", "object", "integer", "boolean", "number"].includes(expected);
      return at(typed ? `schema.type.${expected}` : "schema.type.other", { expected });
    }
    case "format":
      return at("schema.date", { value: String(error.data) });
    case "pattern":
      return at("schema.pattern", { value: String(error.data), pattern: String(error.params.pattern) });
    case "minLength":
      return at("schema.empty", {});
    case "minimum":
      return at("schema.minimum", { limit: Number(error.params.limit) });
    case "uniqueItems":
      return at("schema.duplicateItem", { first: Number(error.params.j), second: Number(error.params.i) }, `${pointer}/${error.params.i}`);
    case "anyOf":
      return at(pointer.startsWith("/waivers/") ? "schema.waiverTarget" : "schema.exclusionTarget", {}, pointer, true);
    default:
      return at("schema.other", { detail: error.message ?? error.keyword });
  }
}

/**
 * The YAML tag behind a value no untagged node reads as (`!!timestamp 2026-01-05` is a Date), as the
 * `yaml` package reads it: a tool that writes such tags wrote the file, and the fix is to drop the tag.
 */
function tagThatMade(value: unknown): string | undefined {
  if (value instanceof Date) return "!!timestamp";
  if (value instanceof Uint8Array) return "!!binary";
  if (value instanceof Set) return "!!set";
  if (value instanceof Map) return "!!omap";
  return undefined;
}

// A " (did you mean x?)" hint for near misses only.
function suggestion(value: string, candidates: string[]): string {
  if (candidates.length === 0) return "";
  const best = closest(value, candidates);
  return editDistanceIsSmall(value, best) ? best : "";
}

function editDistanceIsSmall(a: string, b: string): boolean {
  return distance(a, b) <= Math.max(2, Math.floor(a.length / 3));
}
