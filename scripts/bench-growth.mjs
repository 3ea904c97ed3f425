// `node scripts/bench-growth.mjs`: runs every command on inputs of 1×, 10× and 100× a base size and prints
// how its time grows. Cost must be linear in the input: 10 times the input may take about 10 times the
// time beyond start-up, never 100. A step that grows with the product of two counts shows up here as a
// ratio far above 10. Not part of `npm test`: timings are for people to read; the exit code is 1 when a
// ratio passes BENCH_GROWTH_LIMIT (default 15, for a shared machine's noise).
//   BENCH_GROWTH_BASE: documents at 1× (default 500); Markdown files and findings scale with it.
import { spawnSync } from "node:child_process";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import YAML from "yaml";
import { findingsAndWaivers, organisation, policyRepository } from "./generate-sms.mjs";

const root = resolve(import.meta.dirname, "..");
const out = join(root, "bench-out", "growth");
const AS_OF = "2026-11-21";
const BASE = Number(process.env.BENCH_GROWTH_BASE ?? 500);
const LIMIT = Number(process.env.BENCH_GROWTH_LIMIT ?? 15);
const FACTORS = [1, 10, 100];
const BIN = join(root, "bin/iso20k.cjs");

/** The inputs at `factor` times the base size, by name. */
function inputs(factor) {
  const folder = join(out, `x${factor}`);
  mkdirSync(join(folder, "evidence"), { recursive: true });
  for (let i = 0; i < 100; i++) writeFileSync(join(folder, "evidence", `e${i}.md`), `# Evidence ${i}\n`);
  const sms = join(folder, "sms.yaml");
  const text = organisation(BASE * factor);
  writeFileSync(sms, text);
  // The same as minified JSON, one line: a step that scans to the end of the line for each node shows here.
  const oneLine = join(folder, "sms-one-line.json");
  writeFileSync(oneLine, `${JSON.stringify(YAML.parse(text))}\n`);
  const waivers = join(folder, "waivers.yaml");
  writeFileSync(waivers, findingsAndWaivers(BASE * factor, (BASE * factor) / 5));
  const baseline = join(folder, "baseline.json");
  const report = spawnSync(process.execPath, [BIN, "check", sms, "--as-of", AS_OF, "--format", "json", "--fail-on", "none", "--max-size", "100"], { encoding: "utf8", maxBuffer: 1 << 30 });
  writeFileSync(baseline, report.stdout);
  const repository = policyRepository(join(folder, "repo"), Math.min((BASE / 10) * factor, 9_000));
  return { sms, oneLine, waivers, baseline, repository, folder };
}

const COMMANDS = {
  validate: (f) => ["validate", f.sms],
  "check (stylish)": (f) => ["check", f.sms],
  "check --format json": (f) => ["check", f.sms, "--format", "json"],
  "check: minified JSON on one line": (f) => ["check", f.oneLine, "--format", "json"],
  "check --format sarif": (f) => ["check", f.sms, "--format", "sarif"],
  "check --format junit": (f) => ["check", f.sms, "--format", "junit"],
  "check --format markdown": (f) => ["check", f.sms, "--format", "markdown"],
  "check --baseline": (f) => ["check", f.sms, "--baseline", f.baseline, "--format", "json"],
  "check: findings and waivers (5:1)": (f) => ["check", f.waivers, "--format", "json"],
  "check: policy repository (Markdown)": (f) => ["check", f.repository, "--format", "json"],
  "report gap --format html": (f) => ["report", "gap", f.sms, "-o", join(f.folder, "gap.html")],
  "report gap --format md": (f) => ["report", "gap", f.sms, "--format", "md", "-o", join(f.folder, "gap.md")],
  "report mapping --format csv": (f) => ["report", "mapping", f.sms, "--format", "csv", "-o", join(f.folder, "mapping.csv")],
  "report dossier --format html": (f) => ["report", "dossier", f.sms, "-o", join(f.folder, "dossier.html")],
};
const COMMON = ["--as-of", AS_OF, "--max-size", "100"];

function seconds(args) {
  const extra = { validate: ["--max-size", "100"], check: [...COMMON, "--fail-on", "none"], report: COMMON }[args[0]] ?? [];
  const withCommon = [...args, ...extra];
  const started = process.hrtime.bigint();
  const result = spawnSync(process.execPath, [BIN, ...withCommon], { cwd: root, stdio: ["ignore", "ignore", "pipe"], encoding: "utf8" });
  if (result.status !== 0) throw new Error(`iso20k ${withCommon.join(" ")} exited ${result.status}: ${result.stderr.trim().split("\n")[0]}`);
  return Number(process.hrtime.bigint() - started) / 1e9;
}

rmSync(out, { recursive: true, force: true });
const sets = FACTORS.map(inputs);
const floor = Math.min(...[0, 1, 2].map(() => seconds(["rules"]))); // start-up of a command that reads nothing
const rows = [];
let superlinear = false;
for (const [name, argsOf] of Object.entries(COMMANDS)) {
  const times = sets.map((set) => seconds(argsOf(set)));
  const beyond = times.map((t) => Math.max(t - floor, 0.001));
  const ratios = [beyond[1] / beyond[0], beyond[2] / beyond[1]];
  if (ratios[1] > LIMIT) superlinear = true;
  rows.push({
    command: name,
    ...Object.fromEntries(FACTORS.map((factor, i) => [`${factor}× s`, times[i].toFixed(2)])),
    "10×/1× beyond start-up": ratios[0].toFixed(1),
    "100×/10× beyond start-up": ratios[1].toFixed(1),
    growth: ratios[1] > LIMIT ? "FASTER THAN THE INPUT" : "linear",
  });
}
console.table(rows);
console.log(`1× is ${BASE.toLocaleString("en")} documents (Markdown files: a tenth, up to 9,000); start-up (\`iso20k rules\`): ${floor.toFixed(2)} s. Files in ${out}`);
process.exitCode = superlinear ? 1 : 0;
