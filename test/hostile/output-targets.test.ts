// -o aimed at what it must not replace: any file the run read (compared by device and inode, not by
// name), a device or a pipe, a file whose mode matters; and a run stopped while it writes.
import { execFileSync, spawn, spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { chmodSync, cpSync, linkSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { pathToFileURL } from "node:url";
import { build, type Plugin } from "esbuild";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { removeTemporariesAndStop, trackTemporary } from "../../src/io/temporary-files.js";
import { childEnv, ROOT, runInProcess } from "../helpers/cli.js";
import { AS_OF, STACK_TRACE } from "./corpus.js";

const A = ["--as-of", AS_OF];
const UNIX = process.platform !== "win32";
const scratch: string[] = [];
afterAll(() => {
  for (const dir of scratch) rmSync(dir, { recursive: true, force: true });
});

function temporaryFolder(): string {
  const dir = mkdtempSync(join(tmpdir(), "iso20k-out-"));
  scratch.push(dir);
  return dir;
}

/**
 * ready/: examples/ready with a baseline, a hard link to sms.yaml and to the baseline, and a template
 * folder; policy/: examples/policy-repo, whose policies are Markdown files found by documentSources.
 */
async function workspace(): Promise<string> {
  const dir = temporaryFolder();
  cpSync(join(ROOT, "examples/ready"), join(dir, "ready"), { recursive: true });
  cpSync(join(ROOT, "examples/policy-repo"), join(dir, "policy"), { recursive: true });
  const ready = join(dir, "ready");
  const baseline = await runInProcess(["check", "sms.yaml", ...A, "--format", "json", "-o", "baseline.json"], { cwd: ready });
  expect(baseline.stderr).toBe("");
  linkSync(join(ready, "sms.yaml"), join(ready, "same-sms.yaml"));
  linkSync(join(ready, "baseline.json"), join(ready, "same-baseline.json"));
  linkSync(join(ready, "gap-assessment.yaml"), join(ready, "same-assessment.yaml"));
  symlinkSync("docs/sms-manual.md", join(ready, "link-to-evidence.md"));
  mkdirSync(join(ready, "my-templates"));
  cpSync(join(ROOT, "templates/gap.md.hbs"), join(ready, "my-templates/gap.md.hbs"));
  return dir;
}

/** Every file below `dir` with its content's hash and its mode: equal before and after means nothing was written. */
function snapshot(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const entry of readdirSync(dir, { recursive: true, encoding: "utf8" })) {
    const path = join(dir, entry);
    const stats = lstatSync(path);
    if (stats.isDirectory()) continue;
    const content = stats.isSymbolicLink() ? `-> ${path}` : createHash("sha256").update(readFileSync(path)).digest("hex");
    files[relative(dir, path)] = `${content} ${(stats.mode & 0o7777).toString(8)} ${stats.mtimeMs}`;
  }
  return files;
}

interface Refusal {
  name: string;
  /** The folder inside the workspace to run in. */
  cwd: "ready" | "policy";
  args: string[];
  stderr: string;
}

const refused = (file: string) => `iso20k: refusing to write ${file}: it is one of the input files\n`;
const REFUSALS: Refusal[] = [
  { name: "a Markdown policy found by documentSources", cwd: "policy", args: ["check", "sms.yaml", ...A, "-o", "policies/change-management-policy.md"], stderr: refused("policies/change-management-policy.md") },
  { name: "a Markdown file without front matter found by documentSources", cwd: "policy", args: ["report", "gap", "sms.yaml", ...A, "--format", "md", "-o", "policies/README.md"], stderr: refused("policies/README.md") },
  { name: "an evidence file named in the SMS", cwd: "ready", args: ["check", "sms.yaml", ...A, "-o", "docs/sms-manual.md"], stderr: refused("docs/sms-manual.md") },
  { name: "an evidence file, through a link", cwd: "ready", args: ["report", "mapping", "sms.yaml", ...A, "--format", "csv", "-o", "link-to-evidence.md"], stderr: refused("link-to-evidence.md") },
  { name: "an evidence file, as a --format file", cwd: "ready", args: ["check", "sms.yaml", ...A, "--format", "sarif:legal/business-licence.md"], stderr: refused("legal/business-licence.md") },
  { name: "the SMS file by a hard link", cwd: "ready", args: ["check", "sms.yaml", ...A, "-o", "same-sms.yaml"], stderr: refused("same-sms.yaml") },
  { name: "the baseline by a hard link", cwd: "ready", args: ["check", "sms.yaml", ...A, "--baseline", "baseline.json", "-o", "same-baseline.json"], stderr: refused("same-baseline.json") },
  { name: "the gap assessment (check)", cwd: "ready", args: ["check", "sms.yaml", ...A, "--assessment", "gap-assessment.yaml", "-o", "same-assessment.yaml"], stderr: refused("same-assessment.yaml") },
  { name: "the gap assessment (report)", cwd: "ready", args: ["report", "gap", "sms.yaml", ...A, "--assessment", "gap-assessment.yaml", "-o", "gap-assessment.yaml"], stderr: refused("gap-assessment.yaml") },
  {
    name: "the previous assessment",
    cwd: "ready",
    args: ["report", "gap", "sms.yaml", ...A, "--assessment", "gap-assessment.yaml", "--previous-assessment", "baseline.json", "--format", "md", "-o", "baseline.json"],
    stderr: refused("baseline.json"),
  },
  { name: "a template in use from --template-dir", cwd: "ready", args: ["report", "gap", "sms.yaml", ...A, "--format", "md", "--template-dir", "my-templates", "-o", "my-templates/gap.md.hbs"], stderr: refused("my-templates/gap.md.hbs") },
  { name: "a name ending in a slash", cwd: "ready", args: ["check", "sms.yaml", ...A, "--format", "json", "-o", "out.json/"], stderr: "iso20k: cannot write out.json/: a name ending in / is a folder; give the file's name\n" },
  { name: "a name ending in a slash, as a --format file", cwd: "ready", args: ["check", "sms.yaml", ...A, "--format", "sarif:out.sarif/"], stderr: "iso20k: cannot write out.sarif/: a name ending in / is a folder; give the file's name\n" },
  { name: "a name ending in a slash (report)", cwd: "ready", args: ["report", "gap", "sms.yaml", ...A, "-o", "gap.html/"], stderr: "iso20k: cannot write gap.html/: a name ending in / is a folder; give the file's name\n" },
  { name: "a name ending in a slash, in Chinese", cwd: "ready", args: ["check", "sms.yaml", ...A, "--lang", "zh-CN", "-o", "out.json/"], stderr: "iso20k: 无法写入 out.json/：以 / 结尾的名称表示目录，请给出文件名\n" },
];

describe("-o refuses every file the run read, and writes nothing", () => {
  let dir: string;
  beforeAll(async () => {
    dir = await workspace();
  });
  for (const c of REFUSALS)
    it(`${c.name}: exit 2`, async () => {
      const before = snapshot(dir);
      const result = await runInProcess(c.args, { cwd: join(dir, c.cwd) });
      expect(result.stderr).not.toMatch(STACK_TRACE);
      expect([result.code, result.stderr, result.stdout]).toEqual([2, c.stderr, ""]);
      // Byte for byte, mode and mtime: the input is untouched, and no report or temporary file appeared.
      expect(snapshot(dir)).toEqual(before);
    });
});

describe.skipIf(!UNIX)("-o naming a device or a pipe writes into it", () => {
  it("/dev/null stays the null device", async () => {
    const dir = await workspace();
    for (const args of [
      ["check", "sms.yaml", ...A, "--format", "json", "-o", "/dev/null"],
      ["report", "dossier", "sms.yaml", ...A, "-o", "/dev/null"],
    ]) {
      const result = await runInProcess(args, { cwd: join(dir, "ready") });
      expect(result.stderr).toBe(args[0] === "report" ? "/dev/null\n" : "");
      expect(result.stdout).toBe("");
      expect(result.code).toBeLessThan(2);
      expect(statSync("/dev/null").isCharacterDevice()).toBe(true);
    }
    expect(readdirSync("/dev").filter((name) => name.startsWith(".null."))).toEqual([]);
  });

  it("a FIFO gets the report and stays a FIFO", async () => {
    const dir = await workspace();
    const fifo = join(dir, "report.fifo");
    execFileSync("mkfifo", [fifo]);
    const reader = spawn("cat", [fifo]);
    let read = "";
    reader.stdout.on("data", (chunk: Buffer) => (read += chunk.toString()));
    const closed = new Promise((done) => reader.on("close", done));
    const result = await runInProcess(["report", "mapping", "sms.yaml", ...A, "--format", "csv", "-o", fifo], { cwd: join(dir, "ready") });
    await closed;
    expect([result.code, result.stderr]).toEqual([0, `${fifo}\n`]);
    const direct = await runInProcess(["report", "mapping", "sms.yaml", ...A, "--format", "csv"], { cwd: join(dir, "ready") });
    expect(read).toBe(direct.stdout);
    expect(lstatSync(fifo).isFIFO()).toBe(true);
  });
});

describe.skipIf(!UNIX)("-o over an existing file", () => {
  for (const mode of [0o600, 0o640, 0o664])
    it(`keeps its mode ${mode.toString(8)}`, async () => {
      const dir = await workspace();
      const out = join(dir, "ready/report.md");
      writeFileSync(out, "old\n");
      chmodSync(out, mode);
      const result = await runInProcess(["report", "gap", "sms.yaml", ...A, "--format", "md", "-o", "report.md"], { cwd: join(dir, "ready") });
      expect([result.code, result.stderr]).toEqual([0, "report.md\n"]);
      expect(readFileSync(out, "utf8")).toMatch(/^# /);
      expect(statSync(out).mode & 0o777).toBe(mode);
    });

  it("through a link writes the file it points to, and the link stays a link", async () => {
    const dir = await workspace();
    writeFileSync(join(dir, "ready/real.json"), "{}\n");
    chmodSync(join(dir, "ready/real.json"), 0o600);
    symlinkSync("real.json", join(dir, "ready/link.json"));
    const result = await runInProcess(["check", "sms.yaml", ...A, "--format", "json", "-o", "link.json"], { cwd: join(dir, "ready") });
    expect([result.code, result.stderr]).toEqual([0, ""]);
    expect(lstatSync(join(dir, "ready/link.json")).isSymbolicLink()).toBe(true);
    expect(JSON.parse(readFileSync(join(dir, "ready/real.json"), "utf8"))).toHaveProperty("findings");
    expect(statSync(join(dir, "ready/real.json")).mode & 0o777).toBe(0o600);
  });
});

/** Bundles `entry` (TypeScript importing from src/) into one script a child node can run: dist/ may be older than src/. */
async function bundle(entry: string): Promise<string> {
  const outfile = join(temporaryFolder(), "entry.cjs");
  await build({
    stdin: { contents: entry, resolveDir: ROOT, loader: "ts" },
    bundle: true,
    platform: "node",
    format: "cjs",
    outfile,
    logLevel: "error",
    plugins: [sourceModuleUrls],
  });
  return outfile;
}

/** Each module's import.meta.url is its own file in src/, as when run from the source: data files and templates are found beside it. */
const sourceModuleUrls: Plugin = {
  name: "source-module-urls",
  setup(pluginBuild) {
    pluginBuild.onLoad({ filter: /[\\/]src[\\/].*\.ts$/ }, (args) => ({
      contents: readFileSync(args.path, "utf8").replaceAll("import.meta.url", JSON.stringify(pathToFileURL(args.path).href)),
      loader: "ts",
    }));
  },
};

describe.skipIf(!UNIX)("from source, in a process of its own", () => {
  let cli: string;
  let writer: string;
  beforeAll(async () => {
    cli = await bundle(`import { nodeIO, run } from "./src/cli/run.ts"; run(process.argv.slice(2), nodeIO()).then((code) => { process.exitCode = code; });`);
    // Starts a large atomic write, then stops itself with a signal while the temporary file is being written.
    writer = await bundle(`
      import { readdirSync } from "node:fs";
      import { dirname } from "node:path";
      import { writeFileAtomicAsync } from "./src/io/atomic-write.ts";
      const [target, signal] = process.argv.slice(2);
      void writeFileAtomicAsync(target, "x".repeat(32 * 1024 * 1024)).then(() => process.stdout.write("finished\\n"));
      process.stdout.write("writing " + readdirSync(dirname(target)).join(",") + "\\n");
      process.kill(process.pid, signal);
    `);
  });

  for (const path of ["/dev/stdout", "/proc/self/fd/1"])
    it(`-o ${path} puts the report on stdout and leaves ${path} as it was`, async () => {
      const dir = await workspace();
      const before = lstatSync(path.startsWith("/dev") ? path : "/dev/stdout");
      const child = spawnSync(process.execPath, [cli, "check", "sms.yaml", ...A, "--format", "json", "-o", path], { cwd: join(dir, "ready"), encoding: "utf8", env: childEnv() });
      expect([child.status, child.stderr]).toEqual([0, ""]);
      expect(JSON.parse(child.stdout)).toHaveProperty("findings");
      expect(lstatSync("/dev/stdout").isSymbolicLink()).toBe(before.isSymbolicLink());
    });

  for (const signal of ["SIGTERM", "SIGINT"] as const)
    it(`${signal} while a report is written removes its temporary file, and the process ends by ${signal}`, () => {
      const dir = temporaryFolder();
      const child = spawnSync(process.execPath, [writer, join(dir, "out.json"), signal], { encoding: "utf8" });
      expect(child.stdout).toMatch(/^writing \.out\.json\.[0-9a-f]{12}\.tmp\n$/);
      expect(child.signal).toBe(signal);
      expect(readdirSync(dir)).toEqual([]);
    });
});

describe("the signal handler", () => {
  it("removes the files being written, and leaves the signal to another listener when there is one", () => {
    const dir = temporaryFolder();
    const temporary = join(dir, ".out.json.0123456789ab.tmp");
    writeFileSync(temporary, "half");
    const otherListener = () => undefined;
    process.on("SIGTERM", otherListener);
    try {
      trackTemporary(temporary);
      removeTemporariesAndStop("SIGTERM");
      expect(readdirSync(dir)).toEqual([]);
      expect(process.listeners("SIGTERM")).toEqual([otherListener]);
    } finally {
      process.removeListener("SIGTERM", otherListener);
    }
  });
});
