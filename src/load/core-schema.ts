// js-yaml resolving plain scalars with the `yaml` package's YAML 1.2 core patterns (plain-scalar.ts).
import { FAILSAFE_SCHEMA, Type } from "js-yaml";
import { BOOL, FLOAT, INT, NULL, toBool, toFloat, toInt } from "./plain-scalar.js";

const scalar = (tag: string, test: RegExp, construct: (text: string) => unknown) =>
  new Type(tag, { kind: "scalar", resolve: (text: string | null) => test.test(text ?? ""), construct: (text: string | null) => construct(text ?? "") });

export const YAML_12_CORE = FAILSAFE_SCHEMA.extend({
  implicit: [scalar("tag:yaml.org,2002:null", NULL, () => null), scalar("tag:yaml.org,2002:bool", BOOL, toBool), scalar("tag:yaml.org,2002:int", INT, toInt), scalar("tag:yaml.org,2002:float", FLOAT, toFloat)],
});
