// The reader on the YAML test suite (test/vendor/yaml-test-suite.json, see NOTICE.md there): YAML
// written by the people who maintain the language, most of it in constructs no SMS file uses. Whatever
// the reader reads, the `yaml` package reads alike, node for node; whatever the suite marks as an
// error, the reader refuses, so that the package reports it.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { ExpansionLimitReached } from "../../src/load/node-index.js";
import { expansionLimits } from "../../src/load/parse-yaml.js";
import { readValidYaml } from "../../src/load/read-valid-yaml.js";
import { ROOT } from "../helpers/cli.js";
import { expectAgreement } from "../helpers/loader-agreement.js";
import { reference } from "../helpers/yaml-reference.js";

interface SuiteCase {
  id: string;
  name: string;
  yaml: string;
  error: boolean;
}

const cases: SuiteCase[] = JSON.parse(readFileSync(`${ROOT}test/vendor/yaml-test-suite.json`, "utf8"));

describe("the YAML test suite", () => {
  it("has every case", () => {
    expect([cases.length, cases.filter((c) => c.error).length]).toEqual([402, 94]);
  });

  for (const { id, name, yaml, error } of cases)
    it(`${id} ${name}`, () => {
      let read;
      try {
        read = readValidYaml(yaml, expansionLimits(yaml.length));
      } catch (error) {
        if (!(error instanceof ExpansionLimitReached)) throw error;
        read = undefined; // an alias inside its own node: refused as an alias bomb
      }
      if (read === undefined || !("data" in read)) {
        expectAgreement(yaml); // the file goes to the package, which says the same
        return;
      }
      expect(error, "an error in the suite, read as valid YAML").toBe(false);
      const slow = reference(yaml);
      expect(slow.clean).toBe(true);
      expect(read.data).toStrictEqual(slow.data);
      expectAgreement(yaml);
    });

  it("reads at least the cases it read when the suite was added", () => {
    // A reader that refused every case would pass the tests above; this floor catches one that learns to refuse.
    const read = cases.filter(({ yaml }) => {
      try {
        return "data" in readValidYaml(yaml, expansionLimits(yaml.length));
      } catch (error) {
        if (!(error instanceof ExpansionLimitReached)) throw error;
        return false;
      }
    });
    expect(read.length).toBeGreaterThanOrEqual(106);
  });
});
