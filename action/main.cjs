// The GitHub Action (action.yml): runs the prebuilt CLI once on the runner's own Node 24, writing
// annotations to the log, the Markdown summary to the job summary, SARIF and JSON to files; sets
// the outputs; optionally uploads the SARIF to code scanning. No dependencies: the runner runs
// this file as it is, from the action's checkout.
"use strict";
const { spawnSync } = require("node:child_process");
const { appendFileSync, mkdirSync, readFileSync } = require("node:fs");
const { join, resolve } = require("node:path");
const { gzipSync } = require("node:zlib");

const EXIT_INPUT = 2;

/** An input as the runner passes it: INPUT_<NAME> with the name upper-cased, spaces as underscores. */
function input(name, fallback = "") {
  const value = process.env[`INPUT_${name.replace(/ /g, "_").toUpperCase()}`];
  return value === undefined || value.trim() === "" ? fallback : value.trim();
}

/** The SMS files to check: one per line (a name may hold spaces), or separated by spaces on one line. */
function filesOf(value) {
  const lines = value.split(/\r?\n/).map((line) => line.trim()).filter((line) => line !== "");
  return lines.length === 1 ? lines[0].split(/\s+/) : lines;
}

function checkArguments(files, outputs) {
  const args = ["check", "--fail-on", input("fail-on", "major"), "--lang", input("lang", "en")];
  for (const [format, path] of outputs) args.push("--format", path === undefined ? format : `${format}:${path}`);
  if (input("as-of")) args.push("--as-of", input("as-of"));
  if (input("root")) args.push("--root", input("root"));
  return [...args, "--", ...files];
}

const VERDICTS = ["ready", "not-ready", "invalid"];

/**
 * The outputs a workflow reads: the verdict and the counts by grade, from the JSON report (an array
 * when several files were checked: then the worst verdict, and counts added up).
 */
function outputsOf(json) {
  const reports = Array.isArray(json) ? json : [json];
  const graded = reports.flatMap((report) => report.findings.filter((finding) => finding.category === "nonconformity"));
  const count = (severity) => graded.filter((finding) => finding.severity === severity).length;
  const verdicts = reports.map((report) => (report.valid ? report.verdict.status : "invalid"));
  return {
    verdict: VERDICTS[Math.max(...verdicts.map((verdict) => VERDICTS.indexOf(verdict)))],
    prerequisites: reports.reduce((sum, report) => sum + report.verdict.counts.prerequisites, 0),
    majors: count("major"),
    minors: count("minor"),
    observations: count("observation"),
    findings: reports.reduce((sum, report) => sum + report.findings.length, 0),
  };
}

/** POSTs the SARIF to the code scanning API; a refusal is a warning, as the check itself has run. */
async function uploadSarif(sarifPath) {
  const env = process.env;
  const api = env.GITHUB_API_URL || "https://api.github.com";
  const body = {
    commit_sha: env.GITHUB_SHA,
    ref: env.GITHUB_REF,
    sarif: gzipSync(readFileSync(sarifPath)).toString("base64"),
    checkout_uri: `file://${env.GITHUB_WORKSPACE || process.cwd()}`,
    tool_name: "iso20k",
  };
  try {
    const response = await fetch(`${api}/repos/${env.GITHUB_REPOSITORY}/code-scanning/sarifs`, {
      method: "POST",
      headers: { authorization: `Bearer ${input("token")}`, accept: "application/vnd.github+json", "content-type": "application/json", "x-github-api-version": "2022-11-28" },
      body: JSON.stringify(body),
    });
    if (response.ok) return console.log(`iso20k: SARIF uploaded to code scanning (${(await response.json()).id ?? "accepted"})`);
    const hint = response.status === 403 ? " (the job needs `permissions: security-events: write`)" : "";
    console.log(`::warning::iso20k: code scanning refused the SARIF upload: HTTP ${response.status}${hint}`);
  } catch (error) {
    console.log(`::warning::iso20k: could not upload the SARIF to code scanning: ${error.message}`);
  }
}

async function main() {
  const env = process.env;
  const workspace = env.GITHUB_WORKSPACE || process.cwd();
  const folder = join(env.RUNNER_TEMP || workspace, "iso20k");
  mkdirSync(folder, { recursive: true });
  const sarif = join(folder, "iso20k.sarif");
  const json = join(folder, "iso20k.json");
  const summary = join(folder, "summary.md");
  const outputs = [["github"], ["sarif", sarif], ["json", json], ["markdown", summary]];

  const cli = resolve(__dirname, "..", "bin", "iso20k.cjs");
  const run = spawnSync(process.execPath, [cli, ...checkArguments(filesOf(input("file", "sms.yaml")), outputs)], { cwd: workspace, stdio: ["ignore", "inherit", "inherit"] });
  const code = run.status ?? EXIT_INPUT;
  if (code === EXIT_INPUT) return code; // the CLI said why on stderr, and wrote no file

  if (input("summary", "true") === "true" && env.GITHUB_STEP_SUMMARY) appendFileSync(env.GITHUB_STEP_SUMMARY, readFileSync(summary));
  const values = { ...outputsOf(JSON.parse(readFileSync(json, "utf8"))), sarif, json };
  if (env.GITHUB_OUTPUT) appendFileSync(env.GITHUB_OUTPUT, Object.entries(values).map(([name, value]) => `${name}=${value}\n`).join(""));
  if (input("upload-sarif", "false") === "true") await uploadSarif(sarif);
  return code;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    console.log(`::error::iso20k action: ${error.message}`);
    process.exitCode = EXIT_INPUT;
  },
);
