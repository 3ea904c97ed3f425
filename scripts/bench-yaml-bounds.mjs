// `node scripts/bench-yaml-bounds.mjs [case ...]`: generates the full-size YAML files that once took
// minutes or gigabytes (docs/security.md, "Bounded work"), runs `iso20k check` on each as a whole
// process and prints its exit code, wall time and peak RSS. Timings are for people to read; the unit
// tests (test/hostile/yaml-bounds.test.ts) hold the outcomes. ISO20K_BIN picks another CLI script;
// BENCH_TIMEOUT (seconds, default 120) kills a run that takes longer.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

const root = resolve(import.meta.dirname, "..");
const bin = process.env.ISO20K_BIN ?? join(root, "bin/iso20k.cjs");
const timeout = Number(process.env.BENCH_TIMEOUT ?? 120) * 1000;
const TIME = existsSync("/usr/bin/time") ? "/usr/bin/time" : undefined;

const HEADER = `organization:
  name: Northwind
scope:
  services:
    - id: desk
      name: Service desk
  businessCategories: ["06.04"]
sms:
  startDate: 2026-01-05
`;

/** `count` documents whose evidence is one aliased path: a finding each, placed through the alias. */
function aliasedEvidence(count) {
  const lines = [HEADER, "documents:"];
  for (let i = 0; i < count; i++)
    lines.push(`  - id: NW-${i}`, `    title: Policy ${i}`, "    satisfies: [change-management-policy]", i === 0 ? "    evidence: &path docs/missing.md" : "    evidence: *path");
  return `${lines.join("\n")}\n`;
}

/** A scalar of `bytes` characters, aliased `times` times under a key the schema does not know. */
function aliasedScalar(bytes, times) {
  return `${HEADER}notes:\n  text: &big "${"x".repeat(bytes)}"\n  copies: [${Array(times).fill("*big").join(", ")}]\n`;
}

/** `count` aliases of one small scalar. */
function manyAliases(count) {
  return `${HEADER}notes:\n  word: &w hello\n  copies: [${Array(count).fill("*w").join(", ")}]\n`;
}

/** `lines` lines of flow sequences nested between 101 and 200 deep. */
function deepFlowLines(lines) {
  const out = [HEADER, "notes:"];
  for (let i = 0; i < lines; i++) {
    const depth = 101 + (i % 100);
    out.push(`  k${i}: ${"[".repeat(depth)}${"]".repeat(depth)}`);
  }
  return `${out.join("\n")}\n`;
}

const CASES = {
  "aliased-evidence-2000": () => aliasedEvidence(2000),
  "aliased-evidence-9000": () => aliasedEvidence(9000),
  "scalar-1mb-x600": () => aliasedScalar(1024 * 1024, 600),
  "scalar-1mb-x40": () => aliasedScalar(1024 * 1024, 40),
  "aliases-9999": () => manyAliases(9999),
  "deep-flow-20000-lines": () => deepFlowLines(20_000),
};

function run(file) {
  const args = [bin, "check", file, "--as-of", "2026-11-21", "--format", "json"];
  const started = performance.now();
  const result = TIME
    ? spawnSync(TIME, ["-f", "%M %U %S", process.execPath, ...args], { encoding: "utf8", timeout, killSignal: "SIGKILL", maxBuffer: 1 << 30 })
    : spawnSync(process.execPath, args, { encoding: "utf8", timeout, killSignal: "SIGKILL", maxBuffer: 1 << 30 });
  const seconds = (performance.now() - started) / 1000;
  // /usr/bin/time's last line: peak RSS in KB, user and system CPU seconds (wall time suffers on a busy machine).
  const [rssKb, user, system] = TIME ? result.stderr.trim().split("\n").at(-1).split(" ").map(Number) : [NaN, NaN, NaN];
  const stderr = TIME ? result.stderr.trim().split("\n").slice(0, -1).join(" ") : result.stderr.trim();
  const rules = new Set();
  try {
    for (const f of JSON.parse(result.stdout).findings ?? []) rules.add(f.ruleId);
  } catch {
    /* no JSON: a crash or a kill, shown by the exit code and stderr */
  }
  return { code: result.signal ?? result.status, seconds, cpu: user + system, rssMb: rssKb / 1024, rules: [...rules].slice(0, 3).join(","), stderr: stderr.slice(0, 100) };
}

const chosen = process.argv.length > 2 ? process.argv.slice(2) : Object.keys(CASES);
const dir = mkdtempSync(join(tmpdir(), "iso20k-bench-bounds-"));
try {
  console.log(`${bin}, timeout ${timeout / 1000} s`);
  console.log(["case".padEnd(24), "size".padStart(9), "exit".padStart(7), "time".padStart(9), "CPU".padStart(9), "peak RSS".padStart(10), "  rules / stderr"].join(""));
  for (const name of chosen) {
    const file = join(dir, `${name}.yaml`);
    writeFileSync(file, CASES[name]());
    const r = run(file);
    const size = `${(statSync(file).size / 1024).toFixed(0)} KB`;
    const rss = Number.isNaN(r.rssMb) ? "?" : `${r.rssMb.toFixed(0)} MB`;
    console.log([name.padEnd(24), size.padStart(9), String(r.code).padStart(7), `${r.seconds.toFixed(2)} s`.padStart(9), `${r.cpu.toFixed(2)} s`.padStart(9), rss.padStart(10), `  ${r.rules || r.stderr}`].join(""));
    rmSync(file);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
