#!/usr/bin/env node
// Runs the bundled CLI (dist/iso20k.cjs), compiled with a V8 code cache so that start-up skips
// compiling. A code cache fits one Node build only, so none ships: the first runs of each command
// on each Node that do the command's work (not help, not an error of use) record one in the user's
// cache folder (per command, as each compiles different functions), and a later run whose cache V8
// rejects records it anew. V8 itself checks only the script's length, so an edited script must never
// meet the cache of the old one: a cache file begins with the script it was made from, compared byte
// for byte before use, then a byte that counts the runs that recorded it, and is named by the
// script's path and length and the V8 flags.
// On Node 22.1 and later, Node's own compile cache takes the files the CLI requires on first use.
// The folder keeps the newest MAX_CACHES caches. ISO20K_CODE_CACHE=off turns both off;
// ISO20K_CACHE_DIR moves the folder.
"use strict";
const { closeSync, fstatSync, mkdirSync, openSync, readdirSync, readFileSync, readSync, renameSync, rmSync, statSync, writeFileSync } = require("node:fs");
const { createRequire, enableCompileCache } = require("node:module");
const { homedir } = require("node:os");
const { dirname, join } = require("node:path");
const { Script } = require("node:vm");

// (No hash of the script: node:zlib and node:crypto load the stream modules, and a loop over 1 MB in
// JavaScript runs before V8 has optimised it; comparing bytes costs neither.)
const COMMANDS = new Set(["init", "validate", "check", "report", "rules", "explain", "catalog", "schema"]);
// Caches kept in the folder (about 2 MB each, the script and its cache): each upgrade and each Node
// leaves files no run reads again.
const MAX_CACHES = 24;
// Runs that record the cache, each keeping the larger: what the first run compiled is all a later
// run finds in it, and a first check of a file with an error compiles little of the check.
const RECORDING_RUNS = 3;

const [major, minor] = process.versions.node.split(".").map(Number);
if (major < 20 || (major === 20 && minor < 19)) {
  process.stderr.write(`iso20k: needs Node.js 20.19 or later; this is ${process.version}\n`);
  process.exit(2);
}

const file = join(__dirname, "..", "dist", "iso20k.cjs");
let bytes;
try {
  bytes = readFileSync(file);
} catch {
  process.stderr.write(`iso20k: ${file} is missing: this copy of iso20k is incomplete; reinstall it, or run \`npm run bundle\` in a clone\n`);
  process.exit(2);
}

const source = bytes.toString("utf8");
const cacheFolder = codeCacheFolder();
const cacheFile = cacheFolder === undefined ? undefined : codeCacheFile(cacheFolder);
const cached = cachedDataAfter(cacheFile, bytes);
// Node 22.1 and later cache the files the CLI requires on first use (Handlebars and the report
// templates, the yaml package...) themselves, named by their content; Node 20 compiles them each run.
if (cacheFolder !== undefined) enableModuleCache(join(cacheFolder, "modules"));
// The file is a CommonJS module function, wrapped by the build.
const script = new Script(source, { filename: file, cachedData: cached?.data });
const cli = { exports: {} };
script.runInThisContext()(cli.exports, createRequire(file), cli, file, dirname(file));

const args = process.argv.slice(2);
cli.exports.run(args, cli.exports.nodeIO()).then((code) => {
  process.exitCode = code;
  // After the run, so that the cache holds the functions the command compiled on the way; not after
  // help or an error of use (exit 2), which compile little of it: a first `check --help` left every
  // later check compiling half its code itself (15 ms more for 60 documents).
  const didTheWork = code !== 2 && !args.some((arg) => arg === "--help" || arg === "-h");
  if (cacheFile === undefined || !didTheWork) return;
  const fresh = cached === undefined || script.cachedDataRejected;
  if (!fresh && cached.runs >= RECORDING_RUNS) return;
  let data;
  try {
    data = script.createCachedData(); // about 15 ms: only on the first runs
  } catch {
    return; // best effort, as record is
  }
  if (fresh) record(cacheFile, data, 1);
  else record(cacheFile, data.length > cached.data.length ? data : cached.data, cached.runs + 1);
});

/** Where code caches go; undefined when turned off or there is no home folder. */
function codeCacheFolder() {
  const env = process.env;
  if (env.ISO20K_CODE_CACHE === "off") return undefined;
  return env.ISO20K_CACHE_DIR || userCacheFolder(env) || undefined;
}

/** One file per install, command and Node build. */
function codeCacheFile(folder) {
  const env = process.env;
  const script = `${bytes.length}-${hashOf(file)}`;
  const flags = hashOf(`${process.execArgv.join(" ")}\0${env.NODE_OPTIONS ?? ""}`);
  const command = COMMANDS.has(process.argv[2]) ? process.argv[2] : "other";
  return join(folder, `${command}-${script}-${flags}-node${process.versions.node}-v8-${process.versions.v8}-${process.arch}.cache`);
}

/** FNV-1a of a short text (a path, the flags), as 8 hex digits: a name, not a check. */
function hashOf(text) {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return (hash >>> 0).toString(16).padStart(8, "0");
}

/** Best effort, as the script's cache is: a Node without it, or a folder it cannot use, compiles as usual. */
function enableModuleCache(folder) {
  try {
    enableCompileCache?.(folder);
  } catch {
    // compile as usual
  }
}

function userCacheFolder(env) {
  let home;
  try {
    home = homedir();
  } catch {
    return undefined;
  }
  if (process.platform === "win32") return join(env.LOCALAPPDATA || join(home, "AppData", "Local"), "iso20k", "Cache");
  if (process.platform === "darwin") return join(home, "Library", "Caches", "iso20k");
  return join(env.XDG_CACHE_HOME || join(home, ".cache"), "iso20k");
}

/**
 * The V8 cache recorded after `script` in the file at `path`, and the runs that recorded it (the byte
 * between them), when the file begins with exactly the script's bytes; undefined otherwise (first
 * run on this Node, another script, an unreadable folder: compile as usual). The script part is
 * compared a piece at a time, as it is read.
 */
function cachedDataAfter(path, script) {
  if (path === undefined) return undefined;
  let fd;
  try {
    fd = openSync(path, "r");
  } catch {
    return undefined;
  }
  try {
    const size = fstatSync(fd).size;
    if (size <= script.length + 1) return undefined;
    const piece = Buffer.allocUnsafe(Math.min(64 * 1024, script.length));
    for (let at = 0; at < script.length; ) {
      const read = readSync(fd, piece, 0, Math.min(piece.length, script.length - at), at);
      if (read === 0 || !piece.subarray(0, read).equals(script.subarray(at, at + read))) return undefined;
      at += read;
    }
    if (readSync(fd, piece, 0, 1, script.length) !== 1) return undefined;
    const runs = piece[0];
    // A buffer of its own: V8 copies cache data that does not start aligned.
    const data = Buffer.allocUnsafe(size - script.length - 1);
    for (let at = 0; at < data.length; ) {
      const read = readSync(fd, data, at, data.length - at, script.length + 1 + at);
      if (read === 0) return undefined;
      at += read;
    }
    return { runs, data };
  } catch {
    return undefined;
  } finally {
    closeSync(fd);
  }
}

/** Writes the script, `runs` and V8's `data`. Best effort: a read-only home or a full disk costs speed, never the run. */
function record(path, data, runs) {
  const scratch = `${path}.${process.pid}.tmp`;
  try {
    mkdirSync(dirname(path), { recursive: true });
    const fd = openSync(scratch, "w");
    try {
      writeFileSync(fd, bytes);
      writeFileSync(fd, Uint8Array.of(runs));
      writeFileSync(fd, data);
    } finally {
      closeSync(fd);
    }
    renameSync(scratch, path);
    removeOldest(dirname(path), path);
  } catch {
    try {
      rmSync(scratch, { force: true });
    } catch {
      // nothing more to do
    }
  }
}

/** Leaves the newest MAX_CACHES caches in the folder, `kept` among them. */
function removeOldest(folder, kept) {
  const names = readdirSync(folder).filter((name) => name.endsWith(".cache") && join(folder, name) !== kept);
  if (names.length < MAX_CACHES) return;
  const newestFirst = names.map((name) => ({ name, time: statSync(join(folder, name)).mtimeMs })).sort((a, b) => b.time - a.time);
  for (const { name } of newestFirst.slice(MAX_CACHES - 1)) rmSync(join(folder, name), { force: true });
}
