// js-yaml reading plain scalars as the `yaml` package's YAML 1.2 core schema does (the same
// patterns): "0b1010" and "+0x1F" stay text, "1.10" is a number, "no" and "2024-01-15" are text.
// Merge keys (<<) are read as the `yaml` package reads them with `merge: true`.
import { FAILSAFE_SCHEMA, Type } from "js-yaml";

const NULL = /^(?:~|[Nn]ull|NULL)?$/;
const BOOL = /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/;
const INT = /^(?:[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+)$/;
const FLOAT = /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN|[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+|[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*))$/;

const toBool = (text: string) => text[0] === "t" || text[0] === "T";
const toInt = (text: string) => (text.startsWith("0o") ? parseInt(text.slice(2), 8) : text.startsWith("0x") ? parseInt(text.slice(2), 16) : Number(text));
const toFloat = (text: string) => (/nan/i.test(text) ? NaN : /inf/i.test(text) ? (text.startsWith("-") ? -Infinity : Infinity) : Number(text));

/** The value of a plain (unquoted) scalar: null, a boolean, a number, or the text itself. */
function resolvePlain(text: string): unknown {
  // Only these first characters can begin anything but text; most values skip the patterns.
  switch (text.charCodeAt(0)) {
    case 0x7e /* ~ */:
    case 0x6e /* n */:
    case 0x4e /* N */:
      return NULL.test(text) ? null : text;
    case 0x74 /* t */:
    case 0x54 /* T */:
    case 0x66 /* f */:
    case 0x46 /* F */:
      return BOOL.test(text) ? toBool(text) : text;
    case 0x2e /* . */:
    case 0x2b /* + */:
    case 0x2d /* - */:
    case 0x30:
    case 0x31:
    case 0x32:
    case 0x33:
    case 0x34:
    case 0x35:
    case 0x36:
    case 0x37:
    case 0x38:
    case 0x39:
      return INT.test(text) ? toInt(text) : FLOAT.test(text) ? toFloat(text) : text;
    default:
      return text === "" ? null : text;
  }
}

const scalar = (tag: string, test: RegExp, construct: (text: string) => unknown) =>
  new Type(tag, { kind: "scalar", resolve: (text: string | null) => test.test(text ?? ""), construct: (text: string | null) => construct(text ?? "") });

/** `<<` written plain: js-yaml merges the mapping it is given, as the yaml package does with `merge: true`. */
const merge = new Type("tag:yaml.org,2002:merge", { kind: "scalar", resolve: (text: string | null) => text === "<<" });

/** Every plain scalar through one switch, rather than four patterns tried in turn. */
const plain = new Type("tag:iso20k,2026:plain", { kind: "scalar", resolve: () => true, construct: (text: string | null) => resolvePlain(text ?? "") });

export const YAML_12_CORE = FAILSAFE_SCHEMA.extend({
  implicit: [merge, plain],
  explicit: [scalar("tag:yaml.org,2002:null", NULL, () => null), scalar("tag:yaml.org,2002:bool", BOOL, toBool), scalar("tag:yaml.org,2002:int", INT, toInt), scalar("tag:yaml.org,2002:float", FLOAT, toFloat)],
});
