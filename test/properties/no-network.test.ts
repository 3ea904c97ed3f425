// No command reaches for the network, whatever the SMS file names (URLs included): in-process with every network
// entry point stubbed to record and throw, and as the built binary with a preload that does the same.
import { spawnSync } from "node:child_process";
import dgram from "node:dgram";
import dns from "node:dns";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import http from "node:http";
import https from "node:https";
import { syncBuiltinESMExports } from "node:module";
import net from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import tls from "node:tls";
import { describe, expect, it } from "vitest";
import { BIN, childEnv, ROOT, runInProcess } from "../helpers/cli.js";
import { REPORTS } from "../hostile/corpus.js";

const HOSTILE = join(ROOT, "test/fixtures/hostile");
const FILES = [join(HOSTILE, "report-content/sms.yaml"), join(ROOT, "examples/ready/sms.yaml"), join(HOSTILE, "evidence/sms.yaml")];
const AS_OF = ["--as-of", "2026-11-21"];

/** Every command and format, on `file`, writing reports into `out`. */
function commands(file: string, out: string): string[][] {
  const reports = REPORTS.map(([type, format]) => ["report", type, file, "--format", format, ...AS_OF, "-o", join(out, `${type}.${format}`)]);
  return [
    ["validate", "--format", "json", file],
    ...["stylish", "json", "junit", "sarif", "github", "markdown", "codequality"].map((format) => ["check", file, "--format", format, ...AS_OF]),
    ...reports,
    ["rules"],
    ["explain", "evidence-outside-root"],
    ["catalog", "--format", "json"],
    ["catalog", "--format", "yaml"],
    ["schema"],
  ];
}

type Patchable = Record<string, unknown>;

/** Replaces every network entry point with a recorder that throws; returns the undo. */
function stubNetwork(attempts: string[]): () => void {
  const undo: (() => void)[] = [];
  const stub = (target: Patchable, name: string, label: string) => {
    if (typeof target[name] !== "function") return;
    const original = target[name];
    target[name] = (...args: unknown[]) => {
      attempts.push(`${label} ${String(args[0] && typeof args[0] === "object" ? JSON.stringify(args[0]) : args[0])}`);
      throw new Error(`network access refused in tests: ${label}`);
    };
    undo.push(() => (target[name] = original));
  };
  stub(net.Socket.prototype as unknown as Patchable, "connect", "net.Socket.connect");
  stub(net as unknown as Patchable, "connect", "net.connect");
  stub(net as unknown as Patchable, "createConnection", "net.createConnection");
  stub(tls as unknown as Patchable, "connect", "tls.connect");
  for (const [name, mod] of [["http", http], ["https", https]] as const) {
    stub(mod as unknown as Patchable, "request", `${name}.request`);
    stub(mod as unknown as Patchable, "get", `${name}.get`);
  }
  for (const name of ["lookup", "resolve", "resolve4", "resolve6", "resolveAny"]) {
    stub(dns as unknown as Patchable, name, `dns.${name}`);
    stub(dns.promises as unknown as Patchable, name, `dns.promises.${name}`);
  }
  stub(dgram as unknown as Patchable, "createSocket", "dgram.createSocket");
  stub(globalThis as unknown as Patchable, "fetch", "fetch");
  syncBuiltinESMExports();
  return () => {
    for (const restore of undo.reverse()) restore();
    syncBuiltinESMExports();
  };
}

describe("no network access", () => {
  it("in-process: every command on every file calls no socket, HTTP, DNS or fetch entry point", async () => {
    const attempts: string[] = [];
    const out = mkdtempSync(join(tmpdir(), "iso20k-offline-"));
    const restore = stubNetwork(attempts);
    const codes: number[] = [];
    try {
      // The stubs are live: a call would be recorded (and throw).
      expect(() => (globalThis.fetch as unknown as () => void)()).toThrow(/refused/);
      expect(() => net.connect(9)).toThrow(/refused/);
      attempts.length = 0;
      for (const file of FILES) for (const args of commands(file, out)) codes.push((await runInProcess(args)).code);
    } finally {
      restore();
      rmSync(out, { recursive: true, force: true });
    }
    expect(attempts).toEqual([]);
    expect(codes.every((code) => code === 0 || code === 1)).toBe(true);
    expect(codes).toHaveLength(FILES.length * 21);
  }, 120_000);

  it("built binary: with a preload that throws on any network entry point, every command runs and nothing is logged", () => {
    const dir = mkdtempSync(join(tmpdir(), "iso20k-offline-bin-"));
    const log = join(dir, "network.log");
    const env = childEnv({ NODE_OPTIONS: `--require ${JSON.stringify(join(HOSTILE, "no-network.cjs"))}`, NO_NETWORK_LOG: log });
    // The preload works: a script that fetches is refused and logged.
    const probe = spawnSync(process.execPath, ["-e", "fetch('http://example.invalid/').catch(() => {})"], { env, encoding: "utf8" });
    expect(probe.stderr).toMatch(/network access refused/);
    expect(readFileSync(log, "utf8")).toBe("fetch http://example.invalid/\n");
    const probed = readFileSync(log, "utf8");

    for (const args of commands(FILES[0], dir)) {
      const result = spawnSync(process.execPath, [BIN, ...args], { env, encoding: "utf8", cwd: dir });
      // Exit codes are the other tests' business (catalog --format yaml fails in the bundle today); here, no refusal.
      expect([args.join(" "), result.stderr]).toEqual([args.join(" "), expect.not.stringMatching(/network access refused/)]);
    }
    expect(existsSync(log) ? readFileSync(log, "utf8") : "").toBe(probed);
    rmSync(dir, { recursive: true, force: true });
  }, 120_000);
});
