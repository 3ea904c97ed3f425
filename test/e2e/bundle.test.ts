// The built CLI: what start-up relies on (see scripts/build.mjs and bin/iso20k.cjs).
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { ROOT } from "../helpers/cli.js";

describe("the built CLI", () => {
  it("has a code cache that this Node accepts", () => {
    // The same compile as bin/iso20k.cjs; a rejected cache would only show as a slow start.
    const script = `
      const { Script } = require("node:vm");
      const { readFileSync } = require("node:fs");
      const file = ${JSON.stringify(`${ROOT}dist/iso20k.cjs`)};
      const script = new Script(readFileSync(file, "utf8"), { filename: file, cachedData: readFileSync(file + ".cache") });
      process.stdout.write(String(script.cachedDataRejected));`;
    const result = spawnSync(process.execPath, ["-e", script], { encoding: "utf8" });
    expect(result.stderr).toBe("");
    expect(result.stdout).toBe("false");
  });

  it("keeps the dependencies of other commands out of the script every command loads", () => {
    const bundle = readFileSync(`${ROOT}dist/iso20k.cjs`, "utf8");
    for (const vendor of ["yaml", "handlebars", "fast-xml-parser"]) expect(bundle).toContain(`require("./vendor/${vendor}.cjs")`);
    expect(bundle).not.toContain("node_modules/handlebars/");
    expect(bundle).not.toContain("node_modules/js-yaml/");
  });
});
