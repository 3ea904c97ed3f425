// Runs iso20k in-process (through run()) or as the built binary, with the same inputs.
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { run } from "../../src/cli/run.js";

export const ROOT = fileURLToPath(new URL("../..", import.meta.url));
export const BIN = `${ROOT}bin/iso20k.cjs`;

/** The environment of a spawned iso20k: no more than it needs, and the code cache folder
 * vitest.config.ts gives the tests, not the user's own (a cache recorded after a test's small run
 * would slow the user's, and the benchmark's, later runs). */
export function childEnv(extra: Record<string, string> = {}): Record<string, string> {
  return { PATH: process.env.PATH ?? "", NO_COLOR: "1", ISO20K_CACHE_DIR: process.env.ISO20K_CACHE_DIR ?? "", ...extra };
}

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

export interface CliOptions {
  cwd?: string;
  env?: Record<string, string>;
  today?: string;
  /** What standard input holds (for `-`); empty when not given. */
  stdin?: string;
}

export async function runInProcess(args: string[], options: CliOptions = {}): Promise<CliResult> {
  let stdout = "";
  let stderr = "";
  const code = await run(args, {
    stdout: { write: (s: string) => (stdout += s), isTTY: false },
    stderr: { write: (s: string) => (stderr += s), isTTY: false },
    env: { NO_COLOR: "1", ...options.env },
    cwd: options.cwd ?? ROOT,
    now: () => new Date(`${options.today ?? "2026-11-21"}T12:00:00Z`),
    stdinIsTTY: false,
    readStdin: (maxBytes) => {
      const bytes = Buffer.from(options.stdin ?? "");
      return bytes.length > maxBytes ? undefined : bytes;
    },
  });
  return { code, stdout, stderr };
}

export function runBinary(args: string[], options: CliOptions = {}): CliResult {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd: options.cwd ?? ROOT,
    env: childEnv(options.env),
    encoding: "utf8",
    input: options.stdin ?? "",
  });
  return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}
