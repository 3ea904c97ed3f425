// The GitHub Action's entry point, run as the runner runs it: INPUT_* variables, GITHUB_OUTPUT and
// GITHUB_STEP_SUMMARY files, the workspace as working folder; the code scanning API is a local server.
import { spawn } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { createServer, type IncomingMessage } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { ROOT } from "../helpers/cli.js";

interface ActionRun {
  code: number | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
  temp: string;
}

function runAction(example: string, inputs: Record<string, string>, extraEnv: Record<string, string> = {}): Promise<ActionRun> {
  const workspace = mkdtempSync(join(tmpdir(), "iso20k-action-"));
  cpSync(join(ROOT, "examples", example), workspace, { recursive: true });
  const temp = mkdtempSync(join(tmpdir(), "iso20k-runner-"));
  const outputFile = join(temp, "output");
  const summaryFile = join(temp, "summary");
  writeFileSync(outputFile, "");
  writeFileSync(summaryFile, "");
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? "",
    GITHUB_WORKSPACE: workspace,
    RUNNER_TEMP: temp,
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    ISO20K_CODE_CACHE: "off",
    ...Object.fromEntries(Object.entries(inputs).map(([name, value]) => [`INPUT_${name.toUpperCase()}`, value])),
    ...extraEnv,
  };
  return new Promise((done) => {
    const child = spawn(process.execPath, [join(ROOT, "action", "main.cjs")], { cwd: workspace, env });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk) => (stdout += chunk));
    child.stderr.on("data", (chunk) => (stderr += chunk));
    child.on("close", (code) => {
      const outputs = Object.fromEntries(
        readFileSync(outputFile, "utf8")
          .split("\n")
          .filter((line) => line !== "")
          .map((line) => [line.slice(0, line.indexOf("=")), line.slice(line.indexOf("=") + 1)]),
      );
      done({ code, stdout, stderr, outputs, summary: readFileSync(summaryFile, "utf8"), temp });
    });
  });
}

describe("the GitHub Action", () => {
  it("on a ready SMS: passes, says ready, writes the summary and the outputs", async () => {
    const run = await runAction("ready", { file: "sms.yaml", "as-of": "2026-11-21" });
    expect([run.code, run.stderr]).toEqual([0, ""]);
    expect(run.outputs).toEqual({
      verdict: "ready",
      prerequisites: "0",
      majors: "0",
      minors: "0",
      observations: "0",
      findings: "0",
      sarif: join(run.temp, "iso20k", "iso20k.sarif"),
      json: join(run.temp, "iso20k", "iso20k.json"),
    });
    expect(run.summary).toMatch(/^## /);
    expect(run.summary).toContain("Ready");
    expect(JSON.parse(readFileSync(run.outputs.sarif, "utf8")).version).toBe("2.1.0");
  });

  it("on an SMS far from ready: fails the step, the verdict first among the annotations, counts by grade", async () => {
    const run = await runAction("early-stage", { file: "sms.yaml", "as-of": "2026-11-21" });
    expect(run.code).toBe(1);
    expect(run.stdout.split("\n")[0]).toMatch(/^::error::iso20k: Not ready to apply for the stage 1 audit/);
    const report = JSON.parse(readFileSync(run.outputs.json, "utf8"));
    const graded = report.findings.filter((f: { category: string }) => f.category === "nonconformity");
    expect(run.outputs.verdict).toBe("not-ready");
    expect(Number(run.outputs.prerequisites)).toBe(report.verdict.counts.prerequisites);
    expect(Number(run.outputs.prerequisites)).toBeGreaterThan(0);
    expect(Number(run.outputs.majors)).toBe(graded.filter((f: { severity: string }) => f.severity === "major").length);
    expect(run.summary).toContain("Not ready");
  });

  it("with fail-on none: reports but passes", async () => {
    const run = await runAction("early-stage", { file: "sms.yaml", "as-of": "2026-11-21", "fail-on": "none" });
    expect(run.code).toBe(0);
    expect(run.outputs.verdict).toBe("not-ready");
  });

  it("on several files, one per line: fails if any fails, the worst verdict, counts added up, a JSON array", async () => {
    const run = await runAction(".", { file: "ready/sms.yaml\nearly-stage/sms.yaml\n", "as-of": "2026-11-21" });
    expect([run.code, run.stderr]).toEqual([1, ""]);
    const reports = JSON.parse(readFileSync(run.outputs.json, "utf8"));
    expect(reports.map((r: { file: string }) => r.file)).toEqual(["ready/sms.yaml", "early-stage/sms.yaml"]);
    expect(run.outputs.verdict).toBe("not-ready");
    expect(Number(run.outputs.findings)).toBe(reports[0].findings.length + reports[1].findings.length);
    expect(Number(run.outputs.prerequisites)).toBe(reports[1].verdict.counts.prerequisites);
    expect(run.stdout.split("\n").slice(0, 2)).toEqual([
      expect.stringMatching(/^::notice file=ready\/sms.yaml::iso20k: Ready/),
      expect.stringMatching(/^::error file=early-stage\/sms.yaml::iso20k: Not ready/),
    ]);
    expect(run.summary).toMatch(/^## 2 SMS files checked: 1 ready, 1 not ready, 0 invalid\n/);
    // Separated by spaces on one line, as a workflow author may write them.
    const spaced = await runAction(".", { file: "ready/sms.yaml zh-cn/sms.yaml", "as-of": "2026-11-21", "fail-on": "none" });
    expect([spaced.code, spaced.outputs.verdict]).toEqual([0, "not-ready"]);
  });

  it("on a file that is not there: exit 2, one line, no outputs", async () => {
    const run = await runAction("ready", { file: "nope.yaml" });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe("iso20k: cannot read nope.yaml: no such file\n");
    expect(run.outputs).toEqual({});
  });

  it("uploads the SARIF, gzipped, to the code scanning API when asked, with the token and the commit", async () => {
    const requests: { url?: string; headers: IncomingMessage["headers"]; body: string }[] = [];
    const server = createServer((request, response) => {
      let body = "";
      request.on("data", (chunk) => (body += chunk));
      request.on("end", () => {
        requests.push({ url: request.url, headers: request.headers, body });
        response.writeHead(202, { "content-type": "application/json" }).end(JSON.stringify({ id: "sarif-1" }));
      });
    });
    await new Promise<void>((listening) => server.listen(0, "127.0.0.1", listening));
    const { port } = server.address() as { port: number };
    try {
      const run = await runAction(
        "ready",
        { file: "sms.yaml", "as-of": "2026-11-21", "upload-sarif": "true", token: "t0ken" },
        { GITHUB_API_URL: `http://127.0.0.1:${port}`, GITHUB_REPOSITORY: "acme/sms", GITHUB_SHA: "0123abcd", GITHUB_REF: "refs/pull/7/merge" },
      );
      expect(run.code).toBe(0);
      expect(run.stdout).toContain("iso20k: SARIF uploaded to code scanning (sarif-1)");
      expect(requests).toHaveLength(1);
      expect(requests[0].url).toBe("/repos/acme/sms/code-scanning/sarifs");
      expect(requests[0].headers.authorization).toBe("Bearer t0ken");
      const body = JSON.parse(requests[0].body);
      expect([body.commit_sha, body.ref, body.tool_name]).toEqual(["0123abcd", "refs/pull/7/merge", "iso20k"]);
      expect(gunzipSync(Buffer.from(body.sarif, "base64")).toString("utf8")).toBe(readFileSync(run.outputs.sarif, "utf8"));
    } finally {
      server.close();
    }
  });

  it("turns a refused upload into a warning naming the permission, not a failure", async () => {
    const server = createServer((_request, response) => response.writeHead(403).end("{}"));
    await new Promise<void>((listening) => server.listen(0, "127.0.0.1", listening));
    const { port } = server.address() as { port: number };
    try {
      const run = await runAction("ready", { file: "sms.yaml", "as-of": "2026-11-21", "upload-sarif": "true" }, { GITHUB_API_URL: `http://127.0.0.1:${port}`, GITHUB_REPOSITORY: "acme/sms" });
      expect(run.code).toBe(0);
      expect(run.stdout).toContain("::warning::iso20k: code scanning refused the SARIF upload: HTTP 403 (the job needs `permissions: security-events: write`)");
    } finally {
      server.close();
    }
  });
});
