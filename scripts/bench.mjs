// `npm run bench`: times iso20k against `node -e 0` and ajv-cli on generated organisations, as whole
// processes, and prints tables of medians: by size, by style of YAML, for many files in one call (a
// policy repository, 200 SMS files), and start-up on Node 20 and 24. Not part of `npm test`: timings
// are for people to read.
//   BENCH_SIZES, BENCH_STYLE_SIZES: documents per file (default 60,1000,10000,100000)
//   BENCH_NODES: Node majors to time start-up on besides this one (default 24; each is installed once
//   from the npm registry, which ships Node binaries as packages, into node_modules/.cache); empty for none
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { organisation, policyRepository, styles } from "./generate-sms.mjs";

const root = resolve(import.meta.dirname, "..");
const out = join(root, "bench-out");
const sizes = (process.env.BENCH_SIZES ?? "60,1000,10000,100000").split(",").map(Number);
const styleSizes = (process.env.BENCH_STYLE_SIZES ?? "60,1000,10000,100000").split(",").filter(Boolean).map(Number);
const nodeMajors = (process.env.BENCH_NODES ?? "24").split(",").filter(Boolean).map(Number);
const AS_OF = "2026-11-21";
const TIME = existsSync("/usr/bin/time") ? "/usr/bin/time" : undefined;

/** The evidence files the generated organisations name, in `folder`. */
function evidenceIn(folder) {
  mkdirSync(join(folder, "evidence"), { recursive: true });
  for (let i = 0; i < 100; i++) writeFileSync(join(folder, "evidence", `e${i}.md`), `# Evidence ${i}\n`);
}

function generate() {
  rmSync(out, { recursive: true, force: true });
  evidenceIn(out);
  for (const size of sizes) writeFileSync(join(out, `sms-${size}.yaml`), organisation(size));
}

/** Wall time (ms), peak RSS (MB) and pages first touched (minor page faults) of one whole process. */
function measure(command, args) {
  const argv = TIME ? ["-f", "%e %M %R", command, ...args] : args;
  const started = process.hrtime.bigint();
  const result = spawnSync(TIME ?? command, argv, { cwd: root, encoding: "utf8", maxBuffer: 1 << 30, stdio: ["ignore", "ignore", "pipe"] });
  if (result.status !== 0 && result.status !== 1) throw new Error(`${command} ${args.join(" ")} exited ${result.status}: ${result.stderr}`);
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  const [, kb, faults] = TIME ? result.stderr.trim().split("\n").at(-1).split(" ").map(Number) : [];
  return { ms, rss: TIME ? kb / 1024 : NaN, faults: TIME ? faults : NaN };
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
/** A rate for the table: none where the time beyond start-up is within the noise (a faster command than the start-up check, or a size close to it). */
const rate = (docsPerSecond) => (docsPerSecond > 0 && Number.isFinite(docsPerSecond) ? Math.round(docsPerSecond).toLocaleString("en") : "");

const runsFor = (size) => (size <= 10000 ? 7 : 3);
const iso20k = (...args) => [process.execPath, [join(root, "bin/iso20k.cjs"), ...args]];
const ajv = join(root, "node_modules/.bin/ajv");
const ajvArgs = (file) => ["validate", "--spec=draft2020", "--strict=false", "-c", "ajv-formats", "-s", join(root, "schemas/sms.schema.json"), "-d", file];
const checkOf = (file) => iso20k("check", file, "--as-of", AS_OF, "--max-size", "100", "--fail-on", "none");

generate();
const rows = [];
// For each size past the start-up's: the check's median ms and pages beyond the start-up check of its round.
const checkBeyondStartUp = {};
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
      "docs/s after start-up": name === "ajv" || name === "validate" || size === sizes[0] ? "" : rate(beyondStartUp(size, samples[name], samples.startUp)),
      "peak RSS MB": Number.isNaN(rss) ? "" : rss.toFixed(0),
      "KB/doc": Number.isNaN(rss) ? "" : ((rss * 1024) / size).toFixed(1),
      "pages touched": Number.isNaN(rss) ? "" : median(samples[name].map((s) => s.faults)),
    });
  };
  row("ajv-cli validate", "ajv", "");
  row("iso20k validate", "validate", (summary(samples.validate).ms / ajvMs).toFixed(2));
  row("iso20k check", "check", (summary(samples.check).ms / ajvMs).toFixed(2));
  if (size !== sizes[0]) {
    const beyond = (key) => median(samples.check.map((s, round) => s[key] - samples.startUp[round][key]));
    checkBeyondStartUp[size] = { ms: beyond("ms"), pages: beyond("faults") };
  }
  if (samples.report) row("iso20k report gap --format html", "report", `${(summary(samples.report).ms / summary(samples.check).ms).toFixed(2)} × check`);
}
const floor = summary(floors);
rows.unshift({
  ...Object.fromEntries(Object.keys(rows[0]).map((key) => [key, ""])),
  command: "node -e 0",
  "median ms": floor.ms.toFixed(0),
  "× node -e 0": "1.00",
  "peak RSS MB": Number.isNaN(floor.rss) ? "" : floor.rss.toFixed(0),
  "pages touched": Number.isNaN(floor.rss) ? "" : median(floors.map((s) => s.faults)),
});
console.table(rows);
console.log(`Each size's commands ran in interleaved rounds with \`node -e 0\` and a check of ${sizes[0]} documents (the start-up);`);
console.log(`ratios and documents per second compare runs of the same rounds. Files in ${out}`);
if (TIME) {
  const cost = pageCost();
  console.log(`Pages touched: minor page faults, each a 4 KB page of memory used for the first time; on this machine the first touch of a page costs ${cost.toFixed(1)} µs.`);
  for (const [size, { ms, pages }] of Object.entries(checkBeyondStartUp)) {
    console.log(`check of ${Number(size).toLocaleString("en")} documents: ${pages.toLocaleString("en")} pages more than the start-up check, about ${((pages * cost) / 1000).toFixed(0)} ms at that cost, of the ${ms.toFixed(0)} ms it takes beyond start-up.`);
  }
}

// The same organisations written in the styles tools and people write: check's speed must not depend on it.
const styleRounds = (size) => (size <= 1000 ? 7 : 3);
const styleRows = [];
for (const size of styleSizes) {
  const written = styles(size);
  const files = Object.fromEntries(Object.keys(written).map((style, i) => [style, join(out, `style-${size}-${i}.yaml`)]));
  for (const [style, text] of Object.entries(written)) writeFileSync(files[style], text);
  const jobs = { floor: [process.execPath, ["-e", "0"]], ...(size === sizes[0] ? {} : { startUp: checkOf(startUpFile) }) };
  for (const [style, file] of Object.entries(files)) {
    jobs[`check ${style}`] = checkOf(file);
    jobs[`ajv ${style}`] = [ajv, ajvArgs(file)];
  }
  // More rounds where runs are short: at 1,000 documents the rate after start-up is the small
  // difference of two start-up-sized times, which three rounds left to chance.
  const samples = inRounds(jobs, styleRounds(size));
  const floor = summary(samples.floor).ms;
  const rates = {};
  for (const style of Object.keys(files)) {
    const { ms, rss } = summary(samples[`check ${style}`]);
    // At the start-up size itself, styles are compared by their whole time.
    rates[style] = size === sizes[0] ? 1000 / ms : beyondStartUp(size, samples[`check ${style}`], samples.startUp);
    styleRows.push({
      style,
      documents: size.toLocaleString("en"),
      "check ms": ms.toFixed(0),
      "× node -e 0": (ms / floor).toFixed(2),
      "× ajv-cli": (ms / summary(samples[`ajv ${style}`]).ms).toFixed(2),
      "docs/s after start-up": size === sizes[0] ? "" : rate(rates[style]),
      "peak RSS MB": Number.isNaN(rss) ? "" : rss.toFixed(0),
      "KB/doc": Number.isNaN(rss) ? "" : ((rss * 1024) / size).toFixed(1),
    });
  }
  const ordered = Object.entries(rates).sort((a, b) => a[1] - b[1]);
  styleRows.push({ style: `slowest: ${ordered[0][0]}, ${(ordered.at(-1)[1] / ordered[0][1]).toFixed(2)}× the time of the fastest (${ordered.at(-1)[0]})`, documents: size.toLocaleString("en") });
}
if (styleRows.length > 0) {
  console.table(styleRows);
  console.log(`check of the same organisation in each style, interleaved with \`node -e 0\` and ajv-cli (which validates only), in ${styleSizes.map((size) => `${styleRounds(size)} rounds at ${size.toLocaleString("en")}`).join(", ")} documents.`);
}

// Many files in one call: a policy repository whose 1,000 documents are Markdown files, and 200 SMS
// files of 300 documents each (a consultant's clients, a monorepo), validated and checked in one call.
{
  const repository = policyRepository(join(out, "policy-repo"), 1000);
  evidenceIn(join(out, "policy-repo"));
  const folder = join(out, "many");
  evidenceIn(folder);
  const files = Array.from({ length: 200 }, (_, i) => join(folder, `sms-${i}.yaml`));
  for (const file of files) writeFileSync(file, organisation(300));
  const jobs = {
    floor: [process.execPath, ["-e", "0"]],
    repository: iso20k("check", repository, "--as-of", AS_OF, "--fail-on", "none"),
    validateOne: iso20k("validate", files[0]),
    validateMany: iso20k("validate", ...files),
    checkMany: iso20k("check", ...files, "--as-of", AS_OF, "--fail-on", "none", "--format", "json"),
  };
  const samples = inRounds(jobs, 5);
  const floor = summary(samples.floor).ms;
  const rows = [
    ["check of a policy repository: 1,000 Markdown documents", "repository", 1],
    ["validate of one SMS file of 300 documents", "validateOne", 1],
    ["validate of 200 SMS files of 300 documents, one call", "validateMany", 200],
    ["check of 200 SMS files of 300 documents, one call", "checkMany", 200],
  ].map(([command, name, count]) => {
    const { ms, rss } = summary(samples[name]);
    return { command, "median ms": ms.toFixed(0), "× node -e 0": (ms / floor).toFixed(2), "ms per file": (ms / count).toFixed(count === 1 ? 0 : 1), "peak RSS MB": Number.isNaN(rss) ? "" : rss.toFixed(0) };
  });
  console.table(rows);
  console.log("Many files in one call, interleaved in 5 rounds with `node -e 0`.");
}

// Start-up on each Node: a check of the smallest organisation and its HTML gap report, against that Node's `node -e 0`.
{
  const thisMajor = Number(process.versions.node.split(".")[0]);
  const nodes = [[process.versions.node, process.execPath], ...nodeMajors.filter((major) => major !== thisMajor).map(nodeBinary).filter(Boolean)];
  const jobs = {};
  for (const [version, node] of nodes) {
    jobs[`floor ${version}`] = [node, ["-e", "0"]];
    jobs[`check ${version}`] = [node, [join(root, "bin/iso20k.cjs"), "check", startUpFile, "--as-of", AS_OF, "--max-size", "100", "--fail-on", "none"]];
    jobs[`report ${version}`] = [node, [join(root, "bin/iso20k.cjs"), "report", "gap", startUpFile, "--as-of", AS_OF, "--max-size", "100", "-o", join(out, `gap-start-${version}.html`)]];
  }
  const samples = inRounds(jobs, 11);
  const rows = nodes.flatMap(([version]) => {
    const floor = summary(samples[`floor ${version}`]).ms;
    const row = (command, job) => {
      const { ms } = summary(samples[`${job} ${version}`]);
      return { node: version, command, "median ms": ms.toFixed(0), "× node -e 0": (ms / floor).toFixed(2) };
    };
    return [row("node -e 0", "floor"), row(`iso20k check (${sizes[0]} documents)`, "check"), row(`iso20k report gap --format html (${sizes[0]} documents)`, "report")];
  });
  console.table(rows);
  console.log("Start-up by Node, interleaved in 11 rounds after a warm-up run (which records each Node's code cache).");
}

// What the start-up target (1.5× `node -e 0` up to 2,000 documents) leaves for the check itself:
// beside the check of 2,000 documents, Node's start-up, the CLI loaded with nothing to read
// (`--version`), and Node's own JSON.parse of the same organisation (read and parsed by V8's native
// parser, nothing checked and no positions kept).
{
  const size = 2000;
  const written = styles(size);
  const block = join(out, `floor-${size}.yaml`);
  const json = join(out, `floor-${size}.json`);
  writeFileSync(block, written.block);
  writeFileSync(json, written.JSON);
  const jobs = {
    floor: [process.execPath, ["-e", "0"]],
    loaded: iso20k("--version"),
    parsed: [process.execPath, ["-e", `JSON.parse(require("node:fs").readFileSync(${JSON.stringify(json)}, "utf8"))`]],
    block: checkOf(block),
    json: checkOf(json),
  };
  // The first runs of a command record its code cache (about 15 ms each): not what is measured here.
  for (let run = 0; run < 3; run++) measure(...jobs.loaded);
  const samples = inRounds(jobs, 11);
  const floor = summary(samples.floor).ms;
  const rows = [
    ["node -e 0", "floor"],
    ["iso20k --version: the CLI loaded, no file read", "loaded"],
    [`node: read and JSON.parse ${size.toLocaleString("en")} documents, nothing checked`, "parsed"],
    [`iso20k check of ${size.toLocaleString("en")} documents, block style`, "block"],
    [`iso20k check of ${size.toLocaleString("en")} documents, JSON`, "json"],
  ].map(([command, name]) => {
    const { ms } = summary(samples[name]);
    const pages = TIME ? median(samples[name].map((s) => s.faults)) : "";
    return { command, "median ms": ms.toFixed(0), "× node -e 0": (ms / floor).toFixed(2), "ms beyond node -e 0": (ms - floor).toFixed(0), "pages touched": pages };
  });
  console.table(rows);
  const loading = summary(samples.loaded).ms - floor;
  const left = floor * 0.5 - loading;
  // The check's rate after start-up at the largest size timed above, where V8 has optimised it most.
  const largest = Math.max(...Object.keys(checkBeyondStartUp).map(Number));
  const warm = Number.isFinite(largest) ? ` (the check's rate after start-up at ${largest.toLocaleString("en")} documents above: ${rate((largest * 1000) / checkBeyondStartUp[largest].ms)})` : "";
  console.log(`Interleaved in 11 rounds. 1.5× \`node -e 0\` leaves ${(floor * 0.5).toFixed(0)} ms beyond Node's start-up; loading the CLI takes ${loading.toFixed(0)} of them,`);
  console.log(
    left > 0
      ? `so ${size.toLocaleString("en")} documents would have to be read and checked in ${left.toFixed(0)} ms, ${rate((size * 1000) / left)} documents/s from a cold start${warm}.`
      : `so nothing is left for reading and checking ${size.toLocaleString("en")} documents.`,
  );
}

/** Microseconds the first touch of a page of memory costs here, beyond touching it again: 10,000 pages filled twice, median of 5. */
function pageCost() {
  const pages = 10000;
  const costs = Array.from({ length: 5 }, () => {
    const memory = Buffer.allocUnsafeSlow(pages * 4096);
    const first = process.hrtime.bigint();
    memory.fill(1);
    const again = process.hrtime.bigint();
    memory.fill(2);
    const end = process.hrtime.bigint();
    return (Number(again - first) - Number(end - again)) / 1000 / pages;
  });
  return median(costs);
}

/** [version, path] of a Node binary of `major`, installed from the npm registry into node_modules/.cache (Linux and macOS), or undefined. */
function nodeBinary(major) {
  const prefix = join(root, "node_modules", ".cache", "iso20k-bench", `node-${major}`);
  const name = `node-${process.platform}-${process.arch}`;
  const binary = join(prefix, "node_modules", name, "bin", "node");
  if (!existsSync(binary)) {
    const npm = spawnSync("npm", ["install", "--no-save", "--no-package-lock", "--prefix", prefix, `${name}@${major}`], { encoding: "utf8", stdio: ["ignore", "ignore", "pipe"] });
    if (npm.status !== 0 || !existsSync(binary)) {
      console.log(`Node ${major}: could not install ${name}@${major} from the npm registry, so its start-up is not timed.`);
      return undefined;
    }
  }
  return [spawnSync(binary, ["-p", "process.versions.node"], { encoding: "utf8" }).stdout.trim(), binary];
}
