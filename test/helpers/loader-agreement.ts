// The loader held to the `yaml` package on one text: what loader-agreement.test.ts and
// yaml-test-suite.test.ts assert of every file they make or take.
import { expect } from "vitest";
import { expansionLimits, parseYaml } from "../../src/load/parse-yaml.js";
import { ExpansionLimitReached } from "../../src/load/node-index.js";
import { readValidYaml } from "../../src/load/read-valid-yaml.js";
import { reference } from "./yaml-reference.js";
import { pointers, unquotedScalars } from "./yaml-pointers.js";

/** Fails unless our reader and the yaml package agree on `text`: both read it, alike and with every node
 * at the same line and column, or the reader refuses it and the loader reports the yaml package's
 * problems. True when it was read. */
export function expectAgreement(text: string): boolean {
  const slow = reference(text);
  let fast;
  try {
    fast = readValidYaml(text, expansionLimits(text.length));
  } catch (error) {
    // An alias inside the node it names: refused as an alias bomb, whatever the yaml package makes of it.
    if (!(error instanceof ExpansionLimitReached)) throw error;
    expect(parseYaml(text, "f.yaml").problems.map((p) => p.ruleId)).toEqual(["yaml-alias-limit"]);
    return false;
  }
  if (!("data" in fast)) {
    const parsed = parseYaml(text, "f.yaml");
    // Refused by design: an alias inside its own node.
    if (parsed.problems.some((p) => p.ruleId === "yaml-alias-limit")) return false;
    // (An ordered map, !!omap, is a Map to the package and not a mapping to iso20k.)
    const mapping = slow.data !== null && typeof slow.data === "object" && !Array.isArray(slow.data) && !(slow.data instanceof Map);
    if (slow.clean && mapping) {
      // A key that is a collection becomes text (parse-yaml.test.ts), which aliases in it may change: not compared.
      if (!slow.collectionKey) expect(parsed.data, `the loader lost the data of ${JSON.stringify(text)}`).toStrictEqual(slow.data);
    } else expect(parsed.problems.length, `no problem reported for ${JSON.stringify(text)}`).toBeGreaterThan(0);
    return false;
  }
  if (fast.data === null || typeof fast.data !== "object" || Array.isArray(fast.data)) return false; // refused: not a mapping
  expect(slow.clean, `the reader read ${JSON.stringify(text)}, in which the yaml package finds a problem`).toBe(true);
  expect(fast.data, `read otherwise than the yaml package reads it: ${JSON.stringify(text)}`).toStrictEqual(slow.data);
  for (const pointer of pointers(fast.data)) {
    expect([pointer, fast.locator.locate(pointer)]).toEqual([pointer, slow.locator.locate(pointer)]);
    expect([pointer, fast.locator.locate(pointer, true)]).toEqual([pointer, slow.locator.locate(pointer, true)]);
  }
  const written = (pointer: string) => pointer.split("/").slice(1).reduce<unknown>((value, key) => (value as Record<string, unknown>)[key.replace(/~1/g, "/").replace(/~0/g, "~")], fast.data) !== null;
  for (const pointer of unquotedScalars(fast.data).filter(written)) expect([pointer, fast.locator.sourceText(pointer)]).toEqual([pointer, slow.locator.sourceText(pointer)]);
  return true;
}
