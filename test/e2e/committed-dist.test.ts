// dist/ is committed, so that installs from git, pre-commit hooks and the GitHub Action run the CLI
// without building it. The test run builds dist/ first (pretest); on a checkout whose sources are all
// committed, that build must leave dist/ as committed, or the committed bundle is stale.
import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { ROOT } from "../helpers/cli.js";

const SOURCES = ["src", "scripts", "package.json", "package-lock.json", "tsconfig.json"];

function gitStatus(paths: string[]): { changed: string[] } | { reason: string } {
  const result = spawnSync("git", ["-C", ROOT, "status", "--porcelain", "--", ...paths], { encoding: "utf8" });
  if (result.error !== undefined || result.status !== 0) return { reason: "not a git checkout (or no git)" };
  return { changed: result.stdout.split("\n").filter((line) => line !== "") };
}

describe("the committed dist/", () => {
  it("is what the build makes of the committed sources", (context) => {
    const sources = gitStatus(SOURCES);
    if ("reason" in sources) return context.skip(sources.reason);
    if (sources.changed.length > 0) return context.skip("the sources have uncommitted changes: the comparison holds for a committed state only");
    const dist = gitStatus(["dist"]);
    if ("reason" in dist) return context.skip(dist.reason);
    expect(dist.changed, "dist/ is stale: run `npm run bundle` and commit dist/").toEqual([]);
  });
});
