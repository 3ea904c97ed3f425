#!/usr/bin/env node
// Runs the bundled CLI (dist/iso20k.cjs) with the V8 code cache the build recorded beside it, so that
// start-up skips compiling; a cache this Node cannot use is ignored. ISO20K_RECORD_CODE_CACHE=1
// (set by scripts/build.mjs only) records the cache after the run.
"use strict";
const { readFileSync, renameSync, writeFileSync } = require("node:fs");
const { createRequire } = require("node:module");
const { dirname, join } = require("node:path");
const { Script } = require("node:vm");

const file = join(__dirname, "..", "dist", "iso20k.cjs");
const cacheFile = `${file}.cache`;
let cachedData;
try {
  cachedData = readFileSync(cacheFile);
} catch {
  cachedData = undefined; // not built with a cache: compile as usual
}
// The file is a CommonJS module function, wrapped by the build.
const script = new Script(readFileSync(file, "utf8"), { filename: file, cachedData });
const cli = { exports: {} };
script.runInThisContext()(cli.exports, createRequire(file), cli, file, dirname(file));

cli.exports.run(process.argv.slice(2), cli.exports.nodeIO()).then((code) => {
  process.exitCode = code;
  if (process.env.ISO20K_RECORD_CODE_CACHE === "1") {
    writeFileSync(`${cacheFile}.tmp`, script.createCachedData());
    renameSync(`${cacheFile}.tmp`, cacheFile);
  }
});
