// A smoke test of the built CLI on whichever Node runs this script (CI runs it on Node 24, the
// suite itself running on Node 20): every command once on the examples, the code cache recorded
// and accepted on this Node, and start-up measured against `node -e 0`. Prints what it saw; exits 1
// when a command does not behave, never on a timing (figures are for people to read).
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import nodeModule from "node:module";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { Script } from "node:vm";

const root = resolve(import.meta.dirname, "..");
const bin = join(root, "bin", "iso20k.cjs");
const scratch = mkdtempSync(join(tmpdir(), "iso20k-smoke-"));
const env = { ...process.env, ISO20K_CACHE_DIR: join(scratch, "cache"), NO_COLOR: "1" };
const AS_OF = ["--as-of", "2026-11-21"];
const failures = [];

function cli(...args) {
  return spawnSync(process.execPath, [bin, ...args], { cwd: root, env, encoding: "utf8" });
}

function expectRun(name, result, code, test = () => true) {
  const ok = result.status === code && test(result);
  console.log(`${ok ? "ok  " : "FAIL"} ${name} (exit ${result.status})`);
  if (!ok) failures.push(`${name}: exit ${result.status}, stderr: ${result.stderr.trim().split("\n")[0] ?? ""}`);
}

console.log(`Node ${process.version} (${process.platform}-${process.arch})`);
expectRun("--version", cli("--version"), 0, (r) => r.stdout.trim() === JSON.parse(readFileSync(join(root, "package.json"), "utf8")).version);
expectRun("validate", cli("validate", "examples/ready/sms.yaml"), 0);
expectRun("check ready", cli("check", "examples/ready/sms.yaml", ...AS_OF), 0, (r) => r.stdout.includes("Ready to apply"));
expectRun("check early-stage", cli("check", "examples/early-stage/sms.yaml", ...AS_OF), 1, (r) => r.stdout.includes("Not ready"));
expectRun("check json", cli("check", "examples/zh-cn/sms.yaml", ...AS_OF, "--format", "json", "--fail-on", "none"), 0, (r) => JSON.parse(r.stdout).verdict.status === "not-ready");
expectRun("report gap html", cli("report", "gap", "examples/ready/sms.yaml", ...AS_OF, "-o", join(scratch, "gap.html")), 0, () => readFileSync(join(scratch, "gap.html"), "utf8").startsWith("<!DOCTYPE html>"));
expectRun("rules", cli("rules"), 0);
expectRun("catalog", cli("catalog"), 0);

// The code cache the check runs above recorded must be one this Node accepts.
const caches = readdirSync(env.ISO20K_CACHE_DIR).filter((name) => name.startsWith("check-"));
const dist = join(root, "dist", "iso20k.cjs");
// A cache file is the script, a byte counting the runs that recorded it, then V8's cache of the script.
const source = readFileSync(dist);
const rejected =
  caches.length !== 1 || new Script(source.toString("latin1"), { filename: dist, cachedData: readFileSync(join(env.ISO20K_CACHE_DIR, caches[0])).subarray(source.length + 1) }).cachedDataRejected;
console.log(`${rejected ? "FAIL" : "ok  "} code cache recorded and accepted (${caches.join(", ") || "none"})`);
if (rejected) failures.push("code cache");
// Node 22.1 and later also cache the files the CLI requires on first use (the report above needed Handlebars and templates).
if (nodeModule.enableCompileCache !== undefined) {
  const modules = join(env.ISO20K_CACHE_DIR, "modules");
  const entries = readdirSync(modules, { recursive: true }).length;
  console.log(`${entries > 0 ? "ok  " : "FAIL"} Node's compile cache used for the files required on first use (${entries} entries in ${modules})`);
  if (entries === 0) failures.push("module compile cache");
}

const median = (command) => {
  const times = [];
  for (let i = 0; i < 9; i++) {
    const start = process.hrtime.bigint();
    spawnSync(process.execPath, command, { cwd: root, env });
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return times.sort((a, b) => a - b)[4];
};
const bare = median(["-e", "0"]);
const check = median([bin, "check", "examples/ready/sms.yaml", ...AS_OF]);
console.log(`start-up: check ${check.toFixed(0)} ms, node -e 0 ${bare.toFixed(0)} ms, ratio ${(check / bare).toFixed(2)}`);

if (failures.length > 0) {
  console.error(`smoke test failed on Node ${process.version}:\n  ${failures.join("\n  ")}`);
  process.exit(1);
}
