// `npm run bench`: times iso20k against `node -e 0` and ajv-cli on generated organisations, as whole
// processes, and prints a table of medians. Not part of `npm test`: timings are for people to read.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { organisation, styles } from "./generate-sms.mjs";

const root = resolve(import.meta.dirname, "..");
const out = join(root, "bench-out");
const sizes = (process.env.BENCH_SIZES ?? "60,1000,10000,100000").split(",").map(Number);
const styleSizes = (process.env.BENCH_STYLE_SIZES ?? "1000,10000").split(",").filter(Boolean).map(Number);
const AS_OF = "2026-11-21";
const TIME = existsSync("/usr/bin/time") ? "/usr/bin/time" : undefined;

function generate() {
  rmSync(out, { recursive: true, force: true });
  mkdirSync(join(out, "evidence"), { recursive: true });
  for (let i = 0; i < 100; i++) writeFileSync(join(out, "evidence", `e${i}.md`), `# Evidence ${i}\n`);
  for (const size of sizes) writeFileSync(join(out, `sms-${size}.yaml`), organisation(size));
}

/** Wall time (ms) and peak RSS (MB) of one whole process. */
function measure(command, args) {
  const argv = TIME ? ["-f", "%e %M", command, ...args] : args;
  const started = process.hrtime.bigint();
  const result = spawnSync(TIME ?? command, argv, { cwd: root, encoding: "utf8", maxBuffer: 1 << 30, stdio: ["ignore", "ignore", "pipe"] });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  const rss = TIME ? Number(result.stderr.trim().split("\n").at(-1).split(" ")[1]) / 1024 : NaN;
  return { ms, rss };
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/**
 * Runs every job once per round, back to back, for `runs` rounds (after one warm-up run each), so
 * that jobs compared with each other ran while the machine was in the same state: a shared machine's
 * speed drifts over minutes, and a ratio of medians taken minutes apart would measure the drift.
 */
function inRounds(jobs, runs) {
  for (const job of Object.values(jobs)) measure(...job); // warm the file cache
  const samples = Object.fromEntries(Object.keys(jobs).map((name) => [name, []]));
  for (let round = 0; round < runs; round++) for (const [name, job] of Object.entries(jobs)) samples[name].push(measure(...job));
  return samples;
}

const summary = (samples) => ({ ms: median(samples.map((s) => s.ms)), rss: Math.max(...samples.map((s) => s.rss)) });
/** Documents per second beyond start-up: the median over rounds of the time each run took beyond the start-up run of its round. */
const beyondStartUp = (size, samples, startUp) => size / (median(samples.map((s, round) => s.ms - startUp[round].ms)) / 1000);

const runsFor = (size) => (size <= 10000 ? 7 : 3);
const iso20k = (...args) => [process.execPath, [join(root, "bin/iso20k.cjs"), ...args]];
const ajv = join(root, "node_modules/.bin/ajv");
const ajvArgs = (file) => ["validate", "--spec=draft2020", "--strict=false", "-c", "ajv-formats", "-s", join(root, "schemas/sms.schema.json"), "-d", file];
const checkOf = (file) => iso20k("check", file, "--as-of", AS_OF, "--max-size", "100", "--fail-on", "none");

generate();
const rows = [];
const floors = [];
const startUpFile = join(out, `sms-${sizes[0]}.yaml`);
for (const size of sizes) {
  const file = join(out, `sms-${size}.yaml`);
  const jobs = {
    floor: [process.execPath, ["-e", "0"]],
    ...(size === sizes[0] ? {} : { startUp: checkOf(startUpFile) }),
    ajv: [ajv, ajvArgs(file)],
    validate: iso20k("validate", file, "--max-size", "100"),
    check: checkOf(file),
    ...(size <= 10000 ? { report: iso20k("report", "gap", file, "--as-of", AS_OF, "--max-size", "100", "-o", join(out, `gap-${size}.html`)) } : {}),
  };
  const samples = inRounds(jobs, runsFor(size));
  floors.push(...samples.floor);
  const floor = summary(samples.floor).ms;
  const ajvMs = summary(samples.ajv).ms;
  const row = (label, name, compared) => {
    const { ms, rss } = summary(samples[name]);
    rows.push({
      command: label,
      documents: size.toLocaleString("en"),
      "median ms": ms.toFixed(0),
      "× node -e 0": (ms / floor).toFixed(2),
      "× ajv-cli": compared,
      "docs/s after start-up": name === "ajv" || size === sizes[0] ? "" : Math.round(beyondStartUp(size, samples[name], samples.startUp)).toLocaleString("en"),
      "peak RSS MB": Number.isNaN(rss) ? "" : rss.toFixed(0),
      "KB/doc": Number.isNaN(rss) ? "" : ((rss * 1024) / size).toFixed(1),
    });
  };
  row("ajv-cli validate", "ajv", "");
  row("iso20k validate", "validate", (summary(samples.validate).ms / ajvMs).toFixed(2));
  row("iso20k check", "check", (summary(samples.check).ms / ajvMs).toFixed(2));
  if (samples.report) row("iso20k report gap --format html", "report", `${(summary(samples.report).ms / summary(samples.check).ms).toFixed(2)} × check`);
}
const floor = summary(floors);
rows.unshift({ command: "node -e 0", documents: "", "median ms": floor.ms.toFixed(0), "× node -e 0": "1.00", "peak RSS MB": Number.isNaN(floor.rss) ? "" : floor.rss.toFixed(0) });
console.table(rows);
console.log(`Each size's commands ran in interleaved rounds with \`node -e 0\` and a check of ${sizes[0]} documents (the start-up);`);
console.log(`ratios and documents per second compare runs of the same rounds. Files in ${out}`);

// The same organisations written in the styles tools and people write: check's speed must not depend on it.
const styleRows = [];
for (const size of styleSizes) {
  const written = styles(size);
  const files = Object.fromEntries(Object.keys(written).map((style, i) => [style, join(out, `style-${size}-${i}.yaml`)]));
  for (const [style, text] of Object.entries(written)) writeFileSync(files[style], text);
  const jobs = { floor: [process.execPath, ["-e", "0"]], startUp: checkOf(startUpFile) };
  for (const [style, file] of Object.entries(files)) {
    jobs[`check ${style}`] = checkOf(file);
    jobs[`ajv ${style}`] = [ajv, ajvArgs(file)];
  }
  const samples = inRounds(jobs, 3);
  const floor = summary(samples.floor).ms;
  const rates = {};
  for (const style of Object.keys(files)) {
    const { ms, rss } = summary(samples[`check ${style}`]);
    rates[style] = beyondStartUp(size, samples[`check ${style}`], samples.startUp);
    styleRows.push({
      style,
      documents: size.toLocaleString("en"),
      "check ms": ms.toFixed(0),
      "× node -e 0": (ms / floor).toFixed(2),
      "× ajv-cli": (ms / summary(samples[`ajv ${style}`]).ms).toFixed(2),
      "docs/s after start-up": Math.round(rates[style]).toLocaleString("en"),
      "peak RSS MB": Number.isNaN(rss) ? "" : rss.toFixed(0),
      "KB/doc": Number.isNaN(rss) ? "" : ((rss * 1024) / size).toFixed(1),
    });
  }
  const ordered = Object.entries(rates).sort((a, b) => a[1] - b[1]);
  styleRows.push({ style: `slowest: ${ordered[0][0]}, ${(ordered.at(-1)[1] / ordered[0][1]).toFixed(2)}× the time of the fastest (${ordered.at(-1)[0]})`, documents: size.toLocaleString("en") });
}
if (styleRows.length > 0) {
  console.table(styleRows);
  console.log("check of the same organisation in each style, interleaved in 3 rounds with `node -e 0` and ajv-cli (which validates only).");
}
