// js-yaml resolving plain scalars exactly as the `yaml` package's YAML 1.2 core schema does (the
// same patterns), so the fast path and the precise path read every file alike: "0b1010" and
// "+0x1F" stay text, "1.10" is a number, "no" and "2024-01-15" are text.
import { FAILSAFE_SCHEMA, Type } from "js-yaml";

const scalar = (tag: string, test: RegExp, construct: (text: string) => unknown) =>
  new Type(tag, { kind: "scalar", resolve: (text: string | null) => test.test(text ?? ""), construct: (text: string | null) => construct(text ?? "") });

const nullType = scalar("tag:yaml.org,2002:null", /^(?:~|[Nn]ull|NULL)?$/, () => null);
const boolType = scalar("tag:yaml.org,2002:bool", /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/, (text) => text[0] === "t" || text[0] === "T");
const intType = scalar("tag:yaml.org,2002:int", /^(?:[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+)$/, (text) =>
  text.startsWith("0o") ? parseInt(text.slice(2), 8) : text.startsWith("0x") ? parseInt(text.slice(2), 16) : Number(text),
);
const floatType = scalar(
  "tag:yaml.org,2002:float",
  /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN|[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+|[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*))$/,
  (text) => (/nan/i.test(text) ? NaN : /inf/i.test(text) ? (text.startsWith("-") ? -Infinity : Infinity) : Number(text)),
);

export const YAML_12_CORE = FAILSAFE_SCHEMA.extend({ implicit: [nullType, boolType, intType, floatType] });
