// The hooks in .pre-commit-hooks.yaml, installed and run by pre-commit itself from this repository
// (`pre-commit try-repo`), as a user's .pre-commit-config.yaml would. Skipped, saying why, on a
// machine without pre-commit. pre-commit's install step runs `npm install` here, which needs the
// npm registry (or its cache).
import { spawnSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT } from "../helpers/cli.js";

const preCommit = spawnSync("pre-commit", ["--version"], { encoding: "utf8" });
const missing = preCommit.error === undefined && preCommit.status === 0 ? undefined : "pre-commit is not installed (Debian: apt-get install pre-commit)";

describe("pre-commit hooks", () => {
  it("install from the repository and catch an invalid SMS (iso20k-validate) and one not ready for audit (iso20k-check)", (context) => {
    if (missing !== undefined) return context.skip(missing);
    const project = mkdtempSync(join(tmpdir(), "iso20k-pre-commit-"));
    cpSync(join(ROOT, "examples", "early-stage"), project, { recursive: true });
    mkdirSync(join(project, "bad"));
    writeFileSync(join(project, "bad", "sms.yaml"), "organization:\n  name: Acme\nscope: [not, a, mapping]\n");
    const git = (...args: string[]) => spawnSync("git", ["-c", "user.name=t", "-c", "user.email=t@example.org", ...args], { cwd: project, encoding: "utf8" });
    git("init", "--quiet");
    git("add", "--all");
    git("commit", "--quiet", "-m", "an SMS");

    const result = spawnSync("pre-commit", ["try-repo", ROOT, "--all-files"], {
      cwd: project,
      encoding: "utf8",
      env: { ...process.env, PRE_COMMIT_HOME: join(project, ".pre-commit-home"), NO_COLOR: "1" },
      timeout: 300_000,
    });
    const output = result.stdout + result.stderr;
    expect(result.status, output).toBe(1);
    expect(output).toMatch(/iso20k validate\.+Failed/);
    expect(output).toMatch(/bad\/sms\.yaml:3:8 /);
    expect(output).toMatch(/iso20k check\.+Failed/);
    expect(output).toContain("Not ready to apply for the stage 1 audit");
  }, 330_000);
});
