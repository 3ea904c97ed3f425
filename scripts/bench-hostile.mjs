// `node scripts/bench-hostile.mjs`: times the built CLI on inputs made to be slow, each once, and prints the
// wall time and peak memory of the whole process. Not part of `npm test`: timings are for people to read.
//   baseline: a --baseline whose findings all have one fingerprint (BENCH_BASELINE_FINDINGS, default 50,000);
//   waivers:  an SMS with BENCH_FINDINGS findings (300,000) and BENCH_WAIVERS waivers that match none (60,000).
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { findingsAndWaivers } from "./generate-sms.mjs";

const root = resolve(import.meta.dirname, "..");
const out = join(root, "bench-out", "hostile");
const AS_OF = "2026-11-21";
const TIME = existsSync("/usr/bin/time") ? "/usr/bin/time" : undefined;
const BASELINE_FINDINGS = Number(process.env.BENCH_BASELINE_FINDINGS ?? 50_000);
const FINDINGS = Number(process.env.BENCH_FINDINGS ?? 300_000);
const WAIVERS = Number(process.env.BENCH_WAIVERS ?? 60_000);
const BIN = join(root, "bin/iso20k.cjs");
const EARLY = join(root, "examples/early-stage/sms.yaml");

/** Wall time (s), peak RSS (MB) and exit code of one whole process. */
function measure(args) {
  const argv = TIME ? ["-f", "%M", process.execPath, BIN, ...args] : [BIN, ...args];
  const started = process.hrtime.bigint();
  const result = spawnSync(TIME ?? process.execPath, argv, { cwd: root, encoding: "utf8", maxBuffer: 1 << 30, stdio: ["ignore", "ignore", "pipe"] });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const rss = TIME ? Number(result.stderr.trim().split("\n").at(-1)) / 1024 : NaN;
  return { seconds, rss, code: result.status, stderr: TIME ? result.stderr.trim().split("\n").slice(0, -1).join("\n") : result.stderr };
}

/** A real report of examples/early-stage whose findings are its first one, repeated: one fingerprint, many times. */
function sameFingerprintBaseline() {
  const run = spawnSync(process.execPath, [BIN, "check", EARLY, "--as-of", AS_OF, "--format", "json", "--fail-on", "none"], { cwd: root, encoding: "utf8", maxBuffer: 1 << 30 });
  const report = JSON.parse(run.stdout);
  report.findings = Array.from({ length: BASELINE_FINDINGS }, () => report.findings[0]);
  return JSON.stringify(report);
}

rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
const baseline = join(out, "baseline-same-fingerprint.json");
const waivers = join(out, "sms-findings-and-waivers.yaml");
writeFileSync(baseline, sameFingerprintBaseline());
writeFileSync(waivers, findingsAndWaivers(FINDINGS, WAIVERS));

const jobs = {
  [`--baseline, ${BASELINE_FINDINGS.toLocaleString("en")} findings of one fingerprint`]: ["check", EARLY, "--as-of", AS_OF, "--format", "json", "--fail-on", "none", "--max-size", "100", "--baseline", baseline],
  [`${FINDINGS.toLocaleString("en")} findings × ${WAIVERS.toLocaleString("en")} waivers`]: ["check", waivers, "--as-of", AS_OF, "--format", "json", "--fail-on", "none", "--max-size", "100"],
};
const rows = [];
for (const [input, args] of Object.entries(jobs)) {
  const file = args.includes("--baseline") ? baseline : waivers;
  const { seconds, rss, code, stderr } = measure(args);
  rows.push({ input, "file MB": (statSync(file).size / 1024 / 1024).toFixed(1), exit: code, seconds: seconds.toFixed(2), "peak RSS MB": Number.isNaN(rss) ? "" : rss.toFixed(0) });
  if (code !== 0) console.error(`${input}: exit ${code}\n${stderr}`);
}
console.table(rows);
console.log(`Each input ran once with the built CLI (${BIN}); files in ${out}`);
