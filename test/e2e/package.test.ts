// The package as users get it: `npm pack`, installed globally into a scratch prefix with no
// dependencies to fetch (everything is bundled), run from a folder that is neither the repository
// nor the install. Also installed from a git clone, as pre-commit and `npm install -g git+...` do.
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { ROOT } from "../helpers/cli.js";

const NPM = process.platform === "win32" ? "npm.cmd" : "npm";
// No network, no audit, no user config that could point at another registry or prefix.
const npmEnv = { ...process.env, npm_config_audit: "false", npm_config_fund: "false", npm_config_update_notifier: "false", npm_config_offline: "true" };

function installGlobally(spec: string, cwd: string, extraEnv: Record<string, string> = {}): string {
  const prefix = mkdtempSync(join(tmpdir(), "iso20k-prefix-"));
  execFileSync(NPM, ["install", "--global", "--prefix", prefix, spec], { cwd, env: { ...npmEnv, ...extraEnv }, stdio: "pipe" });
  return join(prefix, "bin", "iso20k");
}

describe("the packed package, installed globally", () => {
  let bin: string;
  let installed: string;
  let work: string;
  const run = (...args: string[]) => spawnSync(bin, args, { cwd: work, encoding: "utf8", env: { ...process.env, ISO20K_CACHE_DIR: join(work, ".cache") } });

  beforeAll(() => {
    const packs = mkdtempSync(join(tmpdir(), "iso20k-pack-"));
    const name = execFileSync(NPM, ["pack", "--pack-destination", packs, "--ignore-scripts"], { cwd: ROOT, env: npmEnv, encoding: "utf8" }).trim().split("\n").at(-1)!;
    bin = installGlobally(join(packs, name), packs);
    installed = join(bin, "..", "..", "lib", "node_modules", "iso20k");
    work = mkdtempSync(join(tmpdir(), "iso20k-user-"));
  }, 120_000);

  it("installs nothing but itself", () => {
    expect(existsSync(join(installed, "node_modules"))).toBe(false);
    expect(readdirSync(installed).sort()).toEqual(["LICENSE", "README.md", "bin", "dist", "examples", "package.json", "schemas", "templates"]);
    expect(JSON.parse(readFileSync(join(installed, "package.json"), "utf8")).dependencies).toBeUndefined();
  });

  it("runs every command from another folder", () => {
    const example = join(installed, "examples", "ready", "sms.yaml");
    expect(run("--version").stdout).toBe(`${JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")).version}\n`);
    expect(run("validate", example).status).toBe(0);
    const check = run("check", example, "--as-of", "2026-11-21");
    // The verdict opens the output, under the header line.
    expect([check.status, check.stdout.split("\n")[2]]).toEqual([0, "Ready to apply for the stage 1 audit"]);
    for (const type of ["gap", "mapping", "dossier"]) {
      const report = run("report", type, example, "--as-of", "2026-11-21", "--format", "html", "-o", `${type}.html`);
      expect(report.status, report.stderr).toBe(0);
      expect(readFileSync(join(work, `${type}.html`), "utf8")).toMatch(/^<!DOCTYPE html>/i);
    }
    expect(run("rules").stdout).toContain("required-document-missing");
    expect(run("explain", "internal-audit-missing").status).toBe(0);
    expect(run("catalog").status).toBe(0);
    expect(JSON.parse(run("schema").stdout).title).toBe("iso20k SMS description");
    const init = run("init", "--yes", "--org", "Acme Ltd", "--since", "2026-01-05", "-o", "new/sms.yaml");
    expect(init.status, init.stderr).toBe(0);
    expect(run("validate", "new/sms.yaml").status).toBe(0);
  });
});

describe("an install from a git clone", () => {
  it("works with and without install scripts, as `npm install -g git+file://...` and pre-commit do", (context) => {
    const clone = join(mkdtempSync(join(tmpdir(), "iso20k-clone-")), "iso20k");
    const cloned = spawnSync("git", ["clone", "--quiet", "--depth", "1", `file://${ROOT}`, clone], { encoding: "utf8" });
    if (cloned.error !== undefined || cloned.status !== 0) return context.skip(`cannot clone the repository: ${cloned.stderr || cloned.error}`);
    // Not offline: npm then links the global install to its scratch clone, which it deletes.
    const environments: Record<string, string>[] = [{ npm_config_offline: "false" }, { npm_config_offline: "false", npm_config_ignore_scripts: "true" }];
    for (const env of environments) {
      const bin = installGlobally(`git+file://${clone}`, tmpdir(), env);
      const work = mkdtempSync(join(tmpdir(), "iso20k-user-"));
      const result = spawnSync(bin, ["check", join(clone, "examples", "ready", "sms.yaml"), "--as-of", "2026-11-21"], { cwd: work, encoding: "utf8" });
      expect([result.status, result.stderr, result.error?.message]).toEqual([0, "", undefined]);
    }
  }, 180_000);
});
