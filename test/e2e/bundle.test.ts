// The built CLI: what start-up relies on (see scripts/build.mjs and bin/iso20k.cjs).
import { spawnSync } from "node:child_process";
import { copyFileSync, cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT } from "../helpers/cli.js";

describe("the built CLI", () => {
  describe("code cache", () => {
    const run = (env: Record<string, string>) =>
      spawnSync(process.execPath, [`${ROOT}bin/iso20k.cjs`, "check", `${ROOT}examples/ready/sms.yaml`, "--as-of", "2026-11-21"], {
        encoding: "utf8",
        env: { ...process.env, ...env },
      });
    /** The script's caches in the folder (on Node 22.1 and later, Node's own compile cache is beside them, in modules/). */
    const caches = (folder: string) => readdirSync(folder).filter((name) => name.endsWith(".cache"));

    /** The same compile as bin/iso20k.cjs, with V8's cache as recorded after the script: whether V8 rejects it. */
    const rejected = (cache: string) => {
      const script = `
        const { Script } = require("node:vm");
        const { readFileSync } = require("node:fs");
        const file = ${JSON.stringify(`${ROOT}dist/iso20k.cjs`)};
        const source = readFileSync(file);
        const script = new Script(source.toString("latin1"), { filename: file, cachedData: readFileSync(${JSON.stringify(cache)}).subarray(source.length + 1) });
        process.stdout.write(String(script.cachedDataRejected));`;
      return spawnSync(process.execPath, ["-e", script], { encoding: "utf8" }).stdout;
    };

    it("is recorded on the first run of a command, one file for it on this Node, and this Node accepts it", () => {
      const folder = mkdtempSync(join(tmpdir(), "iso20k-cache-"));
      expect(run({ ISO20K_CACHE_DIR: folder }).status).toBe(0);
      const files = caches(folder);
      expect(files).toHaveLength(1);
      expect(files[0]).toMatch(new RegExp(`^check-\\d+-[0-9a-f]{8}-[0-9a-f]{8}-node${process.versions.node.replace(/\./g, "\\.")}-v8-.+-${process.arch}\\.cache$`));
      // Named by the bundle's length; it begins with the bundle itself, compared before the cache is used.
      const bundle = readFileSync(`${ROOT}dist/iso20k.cjs`);
      expect(files[0]).toContain(`check-${bundle.length}-`);
      expect(readFileSync(join(folder, files[0])).subarray(0, bundle.length).equals(bundle)).toBe(true);
      expect(rejected(join(folder, files[0]))).toBe("false");
    });

    it("is recorded again by the next real runs, up to three, each keeping the larger cache", () => {
      const folder = mkdtempSync(join(tmpdir(), "iso20k-cache-"));
      const env = { ...process.env, ISO20K_CACHE_DIR: folder };
      // A first check of a file with an error compiles little of the check.
      const broken = join(folder, "broken.yaml");
      writeFileSync(broken, "organization: [\n");
      expect(spawnSync(process.execPath, [`${ROOT}bin/iso20k.cjs`, "check", broken], { encoding: "utf8", env }).status).toBe(1);
      const cache = join(folder, caches(folder)[0]);
      const bundleLength = readFileSync(`${ROOT}dist/iso20k.cjs`).length;
      const recorded = () => ({ runs: readFileSync(cache)[bundleLength], size: readFileSync(cache).length });
      const first = recorded();
      expect(first.runs).toBe(1);
      run({ ISO20K_CACHE_DIR: folder });
      const second = recorded();
      expect(second.runs).toBe(2);
      expect(second.size).toBeGreaterThan(first.size * 1.2);
      expect(rejected(cache)).toBe("false");
      run({ ISO20K_CACHE_DIR: folder });
      expect(recorded().runs).toBe(3);
      const untouched = readFileSync(cache);
      run({ ISO20K_CACHE_DIR: folder });
      expect(readFileSync(cache).equals(untouched)).toBe(true);
    });

    it("is not recorded after help or an error of use, which compile little of the command, but after the next real run", () => {
      const folder = mkdtempSync(join(tmpdir(), "iso20k-cache-"));
      const env = { ...process.env, ISO20K_CACHE_DIR: folder };
      expect(spawnSync(process.execPath, [`${ROOT}bin/iso20k.cjs`, "check", "--help"], { encoding: "utf8", env }).status).toBe(0);
      expect(spawnSync(process.execPath, [`${ROOT}bin/iso20k.cjs`, "check", "-h"], { encoding: "utf8", env }).status).toBe(0);
      expect(spawnSync(process.execPath, [`${ROOT}bin/iso20k.cjs`, "check", join(folder, "missing.yaml")], { encoding: "utf8", env }).status).toBe(2);
      expect(caches(folder)).toEqual([]);
      expect(run({ ISO20K_CACHE_DIR: folder }).status).toBe(0);
      expect(caches(folder)).toHaveLength(1);
    });

    it("is recorded anew when V8 rejects it (another build of the CLI, say)", () => {
      const folder = mkdtempSync(join(tmpdir(), "iso20k-cache-"));
      run({ ISO20K_CACHE_DIR: folder });
      const cache = join(folder, caches(folder)[0]);
      writeFileSync(cache, "not a code cache");
      expect(run({ ISO20K_CACHE_DIR: folder }).status).toBe(0);
      expect(rejected(cache)).toBe("false");
    });

    it("never runs the cache of another script: an edit of the same length runs the new code", () => {
      const copy = mkdtempSync(join(tmpdir(), "iso20k-edited-"));
      mkdirSync(join(copy, "bin"));
      mkdirSync(join(copy, "dist"));
      copyFileSync(`${ROOT}bin/iso20k.cjs`, join(copy, "bin", "iso20k.cjs"));
      const bundle = readFileSync(`${ROOT}dist/iso20k.cjs`, "utf8");
      writeFileSync(join(copy, "dist", "iso20k.cjs"), bundle);
      copyFileSync(`${ROOT}dist/data.json`, join(copy, "dist", "data.json"));
      const folder = mkdtempSync(join(tmpdir(), "iso20k-cache-"));
      const version = () => spawnSync(process.execPath, [join(copy, "bin", "iso20k.cjs"), "--version"], { encoding: "utf8", env: { ...process.env, ISO20K_CACHE_DIR: folder } }).stdout.trim();
      const before = version();
      expect(before).toMatch(/^\d+\.\d+\.\d+$/);
      const after = before.replace(/\d$/, (d) => String((Number(d) + 1) % 10));
      expect(bundle.split(`"${before}"`).length).toBeGreaterThan(1);
      const edited = bundle.split(`"${before}"`).join(`"${after}"`);
      writeFileSync(join(copy, "dist", "iso20k.cjs"), edited); // same length, same path: the same cache file
      expect(version()).toBe(after);
      // Recorded anew, from the edited script.
      expect(caches(folder)).toHaveLength(1);
      expect(readFileSync(join(folder, caches(folder)[0])).subarray(0, edited.length).toString("latin1")).toBe(edited);
    });

    it("keeps the newest 24 caches when it records one: upgrades and other Nodes do not fill the disk", () => {
      const folder = mkdtempSync(join(tmpdir(), "iso20k-cache-"));
      const old = Array.from({ length: 30 }, (_, i) => `check-old${String(i).padStart(2, "0")}.cache`);
      old.forEach((name, i) => {
        writeFileSync(join(folder, name), "an old cache");
        utimesSync(join(folder, name), 1_000_000 + i, 1_000_000 + i); // old00 the oldest
      });
      writeFileSync(join(folder, "notes.txt"), "not ours");
      expect(run({ ISO20K_CACHE_DIR: folder }).status).toBe(0);
      const recorded = caches(folder).filter((name) => !old.includes(name));
      expect(recorded).toHaveLength(1);
      expect(caches(folder).sort()).toEqual([...recorded, ...old.slice(7)].sort());
      expect(readdirSync(folder)).toContain("notes.txt");
    });

    it("costs the run nothing when the folder cannot be written, and can be turned off", () => {
      const blocked = join(mkdtempSync(join(tmpdir(), "iso20k-cache-")), "a-file");
      writeFileSync(blocked, "");
      const result = run({ ISO20K_CACHE_DIR: join(blocked, "cache") });
      expect([result.status, result.stderr]).toEqual([0, ""]);
      const folder = mkdtempSync(join(tmpdir(), "iso20k-cache-"));
      expect(run({ ISO20K_CACHE_DIR: folder, ISO20K_CODE_CACHE: "off" }).status).toBe(0);
      expect(readdirSync(folder)).toEqual([]);
    });
  });

  it("says in one line, exit 2, when dist/ is missing", () => {
    const copy = mkdtempSync(join(tmpdir(), "iso20k-nodist-"));
    mkdirSync(join(copy, "bin"));
    copyFileSync(`${ROOT}bin/iso20k.cjs`, join(copy, "bin", "iso20k.cjs"));
    const result = spawnSync(process.execPath, [join(copy, "bin", "iso20k.cjs"), "--version"], { encoding: "utf8" });
    expect(result.status).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr).toBe(`iso20k: ${join(copy, "dist", "iso20k.cjs")} is missing: this copy of iso20k is incomplete; reinstall it, or run \`npm run bundle\` in a clone\n`);
  });

  it("says in one line, exit 2, when the data file of dist/ is missing", () => {
    const copy = mkdtempSync(join(tmpdir(), "iso20k-nodata-"));
    cpSync(`${ROOT}bin`, join(copy, "bin"), { recursive: true });
    cpSync(`${ROOT}dist`, join(copy, "dist"), { recursive: true });
    rmSync(join(copy, "dist", "data.json"));
    const result = spawnSync(process.execPath, [join(copy, "bin", "iso20k.cjs"), "check", `${ROOT}examples/ready/sms.yaml`], { encoding: "utf8", env: { ...process.env, ISO20K_CODE_CACHE: "off" } });
    expect([result.status, result.stdout]).toEqual([2, ""]);
    expect(result.stderr).toBe(`iso20k: ${join(copy, "dist", "data.json")} is missing: this copy of iso20k is incomplete; reinstall it, or run \`npm run bundle\` in a clone\n`);
  });

  it("reads our data (messages, the catalogue) from dist/data.json, not from strings in the script", () => {
    const bundle = readFileSync(`${ROOT}dist/iso20k.cjs`, "utf8");
    expect(bundle).toContain('readData("i18n/en.json")');
    expect(bundle).not.toContain("cannot read {file}: no such file"); // the text of input.notFound
    const data = JSON.parse(readFileSync(`${ROOT}dist/data.json`, "utf8"));
    expect(data["i18n/en.json"]["input.notFound"]).toBe("cannot read {file}: no such file");
    expect(Object.keys(data)).toEqual([...Object.keys(data)].sort());
  });

  it("reads Chinese messages and the gap assessment's items only when the run needs them", () => {
    const copy = mkdtempSync(join(tmpdir(), "iso20k-ondemand-"));
    cpSync(`${ROOT}bin`, join(copy, "bin"), { recursive: true });
    cpSync(`${ROOT}dist`, join(copy, "dist"), { recursive: true });
    const onDemand = ["zh-CN.json", "reports.zh-CN.json", "init.zh-CN.json", "assess.zh-CN.json", "data/assessment-items.json"];
    const data = JSON.parse(readFileSync(`${ROOT}dist/data.json`, "utf8"));
    expect(Object.keys(data).filter((name) => name.includes("zh-CN") || name.includes("assessment-items"))).toEqual([]);
    for (const file of onDemand) rmSync(join(copy, "dist", file));
    const check = (...args: string[]) =>
      spawnSync(process.execPath, [join(copy, "bin", "iso20k.cjs"), "check", `${ROOT}examples/early-stage/sms.yaml`, "--as-of", "2026-11-21", ...args], {
        encoding: "utf8",
        env: { ...process.env, ISO20K_CODE_CACHE: "off" },
      });
    // An English check, findings and all, in the formats a terminal and CI read.
    for (const format of ["stylish", "sarif", "junit", "github", "markdown"]) expect([format, check("--format", format).status]).toEqual([format, 1]);
    const chinese = check("--lang", "zh-CN");
    expect([chinese.status, chinese.stdout]).toEqual([2, ""]);
    expect(chinese.stderr).toBe(`iso20k: ${join(copy, "dist", "zh-CN.json")} is missing: this copy of iso20k is incomplete; reinstall it, or run \`npm run bundle\` in a clone\n`);
  });

  it("keeps the dependencies of other commands out of the script every command loads", () => {
    const bundle = readFileSync(`${ROOT}dist/iso20k.cjs`, "utf8");
    for (const vendor of ["yaml", "handlebars", "fast-xml-parser"]) expect(bundle).toContain(`require("./vendor/${vendor}.cjs")`);
    expect(bundle).not.toContain("node_modules/handlebars/");
    // What only --baseline and report need lives in files of its own.
    expect(bundle).toContain('("./check-report-validator.cjs")');
    expect(bundle).toContain("./templates/index.cjs");
    expect(bundle).not.toContain("generated:check-report-validator");
  });

  it("is ASCII, so that start-up reads it as fast as text can be read", () => {
    const bytes = readFileSync(`${ROOT}dist/iso20k.cjs`);
    expect(bytes.findIndex((byte) => byte > 0x7f)).toBe(-1);
  });
});
