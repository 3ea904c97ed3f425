// The schema line `iso20k init` writes: the schema's URL, unless the file's project has iso20k installed as a dependency.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import pkg from "../../package.json" with { type: "json" };
import { SMS_SCHEMA_ID } from "../../src/validate/sms-schema.js";
import { runInProcess } from "../helpers/cli.js";

const URL_LINE = `# yaml-language-server: $schema=https://raw.githubusercontent.com/iso20k/iso20k/v${pkg.version}/schemas/sms.schema.json`;
const folders: string[] = [];

/** A folder laid out from `files` (path → content; a package folder gets a schemas/sms.schema.json). */
function layout(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), "iso20k-modeline-"));
  folders.push(root);
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(join(root, path, ".."), { recursive: true });
    writeFileSync(join(root, path), content);
  }
  return root;
}

const manifest = (fields: object) => JSON.stringify({ name: "policies", private: true, ...fields });
const INSTALLED = { "node_modules/iso20k/package.json": '{ "name": "iso20k" }', "node_modules/iso20k/schemas/sms.schema.json": "{}" };

/** The first line of the file `iso20k init --yes -o <output>` writes in `cwd`. */
async function schemaLine(cwd: string, output = "sms.yaml"): Promise<string> {
  const result = await runInProcess(["init", "--yes", "-o", output], { cwd });
  expect(result).toMatchObject({ code: 0, stderr: "" });
  return readFileSync(join(cwd, output), "utf8").split("\n")[0];
}

afterAll(() => {
  for (const folder of folders) rmSync(folder, { recursive: true, force: true });
});

describe("the schema line of init's file", () => {
  it("is the URL of this version's schema, which resolves on any machine", () => {
    expect(SMS_SCHEMA_ID).toBe(`https://raw.githubusercontent.com/iso20k/iso20k/v${pkg.version}/schemas/sms.schema.json`);
  });

  const cases: { name: string; files: Record<string, string>; cwd?: string; output?: string; line: string }[] = [
    { name: "outside any project: the URL, never a path into the running copy of iso20k", files: {}, line: URL_LINE },
    {
      name: "in a project with iso20k as a devDependency, installed: the relative path into node_modules",
      files: { "package.json": manifest({ devDependencies: { iso20k: "^0.1.0" } }), ...INSTALLED },
      line: "# yaml-language-server: $schema=node_modules/iso20k/schemas/sms.schema.json",
    },
    {
      name: "written into a sub-folder of such a project: the path climbs out of it",
      files: { "package.json": manifest({ dependencies: { iso20k: "0.1.0" } }), ...INSTALLED },
      output: "docs/sms/sms.yaml",
      line: "# yaml-language-server: $schema=../../node_modules/iso20k/schemas/sms.schema.json",
    },
    {
      name: "in a workspace package whose iso20k is hoisted to the workspace root: the path to the root's node_modules",
      files: { "package.json": JSON.stringify({ private: true, workspaces: ["packages/*"] }), ...INSTALLED, "packages/policies/package.json": manifest({ devDependencies: { iso20k: "*" } }) },
      cwd: "packages/policies",
      line: "# yaml-language-server: $schema=../../node_modules/iso20k/schemas/sms.schema.json",
    },
    { name: "in a project that declares iso20k but has not installed it: the URL", files: { "package.json": manifest({ devDependencies: { iso20k: "^0.1.0" } }) }, line: URL_LINE },
    { name: "in a project with a stray node_modules/iso20k it does not declare: the URL", files: { "package.json": manifest({ devDependencies: { vitest: "^4" } }), ...INSTALLED }, line: URL_LINE },
    {
      name: "in a nested project without iso20k inside one with it: the nearest package.json decides, so the URL",
      files: { "package.json": manifest({ devDependencies: { iso20k: "^0.1.0" } }), ...INSTALLED, "site/package.json": manifest({}) },
      cwd: "site",
      line: URL_LINE,
    },
    { name: "next to a package.json that is not JSON: the URL", files: { "package.json": "{ devDependencies: iso20k", ...INSTALLED }, line: URL_LINE },
  ];

  for (const { name, files, cwd, output, line } of cases)
    it(name, async () => {
      const root = layout(files);
      const folder = join(root, cwd ?? ".");
      mkdirSync(join(folder, output ?? ".", ".."), { recursive: true });
      expect(await schemaLine(folder, output)).toBe(line);
    });
});
