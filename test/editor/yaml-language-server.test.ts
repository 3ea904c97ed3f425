// The editor experience: yaml-language-server (the server of VS Code's YAML extension) run over stdio on sms.yaml files
// that find our schema through the schema line `iso20k init` writes and through the `yaml.schemas` setting. Offline:
// the server runs with a preload that refuses and logs every network call.
import { spawn, type ChildProcessWithoutNullStreams } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { catalog } from "../../src/catalog/catalog.js";
import { ROOT, runInProcess } from "../helpers/cli.js";

const SERVER = join(ROOT, "node_modules/yaml-language-server/bin/yaml-language-server");
const NO_NETWORK = join(ROOT, "test/fixtures/hostile/no-network.cjs");
const TIMEOUT_MS = 15_000;

interface Position {
  line: number;
  character: number;
}
interface Diagnostic {
  range: { start: Position; end: Position };
  message: string;
  source?: string;
}
interface CompletionItem {
  label: string;
  insertText?: string;
  documentation?: string | { kind: string; value: string };
}
interface JsonRpcMessage {
  id?: number;
  method?: string;
  params?: any;
  result?: any;
  error?: { message: string };
}

/** A language client that speaks just enough LSP: requests, notifications, and the server's configuration requests. */
class LanguageClient {
  readonly #server: ChildProcessWithoutNullStreams;
  readonly #settings: object;
  readonly #replies = new Map<number, (message: JsonRpcMessage) => void>();
  readonly #diagnostics = new Map<string, Diagnostic[]>();
  readonly #diagnosticWaiters = new Map<string, (diagnostics: Diagnostic[]) => void>();
  #input = Buffer.alloc(0);
  #nextId = 1;
  stderr = "";

  constructor(env: Record<string, string>, yamlSettings: object) {
    this.#settings = yamlSettings;
    this.#server = spawn(process.execPath, [SERVER, "--stdio"], { env: { PATH: process.env.PATH ?? "", ...env } });
    this.#server.stdout.on("data", (chunk: Buffer) => this.#receive(chunk));
    this.#server.stderr.on("data", (chunk: Buffer) => (this.stderr += chunk));
  }

  request<T>(method: string, params: object): Promise<T> {
    const id = this.#nextId++;
    const reply = new Promise<JsonRpcMessage>((resolve) => this.#replies.set(id, resolve));
    this.#send({ id, method, params });
    return withTimeout(reply, `${method} answered`).then((message) => {
      if (message.error) throw new Error(`${method}: ${message.error.message}`);
      return message.result as T;
    });
  }

  notify(method: string, params: object): void {
    this.#send({ method, params });
  }

  /** The first diagnostics the server publishes for `uri`. */
  diagnostics(uri: string): Promise<Diagnostic[]> {
    const published = this.#diagnostics.get(uri);
    if (published) return Promise.resolve(published);
    return withTimeout(new Promise((resolve) => this.#diagnosticWaiters.set(uri, resolve)), `diagnostics for ${uri}`);
  }

  async stop(): Promise<void> {
    if (this.#server.exitCode !== null) return;
    const exited = new Promise((resolve) => this.#server.once("exit", resolve));
    try {
      await this.request("shutdown", {});
      this.notify("exit", {});
      await withTimeout(exited, "server exit", 2_000);
    } finally {
      this.#server.kill("SIGKILL");
    }
  }

  #send(message: JsonRpcMessage): void {
    const body = Buffer.from(JSON.stringify({ jsonrpc: "2.0", ...message }), "utf8");
    this.#server.stdin.write(Buffer.concat([Buffer.from(`Content-Length: ${body.length}\r\n\r\n`), body]));
  }

  #receive(chunk: Buffer): void {
    this.#input = Buffer.concat([this.#input, chunk]);
    for (;;) {
      const headerEnd = this.#input.indexOf("\r\n\r\n");
      if (headerEnd === -1) return;
      const length = Number(/Content-Length: (\d+)/i.exec(this.#input.subarray(0, headerEnd).toString())?.[1]);
      const bodyEnd = headerEnd + 4 + length;
      if (this.#input.length < bodyEnd) return;
      const message = JSON.parse(this.#input.subarray(headerEnd + 4, bodyEnd).toString("utf8")) as JsonRpcMessage;
      this.#input = this.#input.subarray(bodyEnd);
      this.#handle(message);
    }
  }

  #handle(message: JsonRpcMessage): void {
    if (message.method === undefined) this.#replies.get(message.id as number)?.(message);
    else if (message.id !== undefined) {
      // The server asks for its settings (workspace/configuration) and nothing else this client declares.
      const items: { section: string }[] = message.method === "workspace/configuration" ? message.params.items : [];
      this.#send({ id: message.id, result: message.method === "workspace/configuration" ? items.map((item) => (item.section === "yaml" ? this.#settings : null)) : null });
    } else if (message.method === "textDocument/publishDiagnostics" && !this.#diagnostics.has(message.params.uri)) {
      this.#diagnostics.set(message.params.uri, message.params.diagnostics);
      this.#diagnosticWaiters.get(message.params.uri)?.(message.params.diagnostics);
    }
  }
}

function withTimeout<T>(promise: Promise<T>, what: string, ms = TIMEOUT_MS): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`timed out waiting for ${what}`)), ms)));
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** Where a diagnostic starts and what it says, with the server's long list of valid values cut off. */
const summary = (d: Diagnostic) => ({ line: d.range.start.line, character: d.range.start.character, message: d.message.replace(/ Valid values: .*/s, " Valid values: …") });

// Lines 0-based, as LSP counts them: the typo is on line 9 of the body, DOC-02 (no title) starts on line 10.
const BODY = [
  "organization:",
  "  name: Northwind Managed Services Ltd",
  "scope:",
  "  services: [{ id: service-desk, name: Service desk }]",
  "sms:",
  "  startDate: 2026-03-02",
  "documents:",
  "  - id: DOC-01",
  "    title: Change management policy",
  "    satisfies: [chnage-management-policy]",
  "  - id: DOC-02",
  "    satisfies: [incident-records]",
  "",
];

const EXPECTED_DIAGNOSTICS = (firstLine: number) => [
  { line: firstLine + 9, character: 16, message: "Value is not accepted. Valid values: …" },
  { line: firstLine + 10, character: 4, message: 'Missing property "title".' },
];

describe("yaml-language-server with the sms.yaml schema", () => {
  let project: string;
  let client: LanguageClient;
  let schemaLine: string;
  const networkLog = () => join(project, "network.log");
  const uriOf = (path: string) => pathToFileURL(join(project, path)).href;

  const open = (path: string, text: string) => {
    mkdirSync(join(project, path, ".."), { recursive: true });
    writeFileSync(join(project, path), text);
    client.notify("textDocument/didOpen", { textDocument: { uri: uriOf(path), languageId: "yaml", version: 1, text } });
    return uriOf(path);
  };

  beforeAll(async () => {
    // A project that has iso20k as a devDependency, installed: `init` then points at node_modules by a relative path.
    project = mkdtempSync(join(tmpdir(), "iso20k-editor-"));
    writeFileSync(join(project, "package.json"), JSON.stringify({ name: "policies", private: true, devDependencies: { iso20k: "^0.1.0" } }));
    const installed = join(project, "node_modules/iso20k");
    mkdirSync(join(installed, "schemas"), { recursive: true });
    writeFileSync(join(installed, "package.json"), JSON.stringify({ name: "iso20k", version: "0.1.0" }));
    copyFileSync(join(ROOT, "schemas/sms.schema.json"), join(installed, "schemas/sms.schema.json"));
    mkdirSync(join(project, "sms"));
    const init = await runInProcess(["init", "--yes", "-o", "sms/sms.yaml"], { cwd: project });
    expect(init.code).toBe(0);
    schemaLine = readFileSync(join(project, "sms/sms.yaml"), "utf8").split("\n")[0];

    // The README's .vscode/settings.json mapping (the path is relative to the workspace folder); no SchemaStore, which is online.
    const yamlSettings = { schemas: { "./node_modules/iso20k/schemas/sms.schema.json": ["**/sms.yaml", "**/*.sms.yaml"] }, schemaStore: { enable: false } };
    client = new LanguageClient({ NODE_OPTIONS: `--require ${JSON.stringify(NO_NETWORK)}`, NO_NETWORK_LOG: networkLog() }, yamlSettings);
    const capabilities = {
      workspace: { configuration: true },
      textDocument: {
        completion: { completionItem: { snippetSupport: true, documentationFormat: ["markdown", "plaintext"] } },
        hover: { contentFormat: ["markdown", "plaintext"] },
        publishDiagnostics: {},
      },
    };
    await client.request("initialize", { processId: process.pid, rootUri: pathToFileURL(project).href, capabilities });
    client.notify("initialized", {});
  }, 30_000);

  afterAll(async () => {
    await client?.stop();
    if (project) rmSync(project, { recursive: true, force: true });
  });

  it("follows the schema line init wrote in a project with iso20k installed, and reports the typo and the missing title where they are", async () => {
    expect(schemaLine).toBe("# yaml-language-server: $schema=../node_modules/iso20k/schemas/sms.schema.json");
    const uri = open("sms/sms.yaml", [schemaLine, ...BODY].join("\n"));
    const diagnostics = await client.diagnostics(uri);
    expect(diagnostics.map(summary)).toEqual(EXPECTED_DIAGNOSTICS(1));
    expect(diagnostics[0].message).toContain('"change-management-policy"');
    // The source names the property by its title.
    expect(diagnostics.map((d) => d.source)).toEqual(["yaml-schema: Satisfies", "yaml-schema: Documents"]);
  });

  it("finds the schema through the yaml.schemas setting, with no schema line", async () => {
    const uri = open("by-settings/northwind.sms.yaml", BODY.join("\n"));
    expect((await client.diagnostics(uri)).map(summary)).toEqual(EXPECTED_DIAGNOSTICS(0));
  });

  it("completes requirement ids inside `satisfies: [`, each with its title, clauses, kind and summary", async () => {
    const uri = open("sms/complete.yaml", [schemaLine, "documents:", "  - id: DOC-01", "    title: Change policy", "    satisfies: []", ""].join("\n"));
    const completion = await client.request<{ items: CompletionItem[] }>("textDocument/completion", { textDocument: { uri }, position: { line: 4, character: 16 } });
    expect(completion.items.map((item) => item.label)).toEqual(catalog.requirements().map((r) => r.id));
    const change = completion.items.find((item) => item.label === "change-management-policy");
    const summaryText = catalog.requirement("change-management-policy")?.summary.en;
    expect(change?.documentation).toEqual({ kind: "markdown", value: `**Change management policy** (clauses 8.5.1.1, 7.5.4; document, mandatory): ${summaryText}` });
    const incidents = completion.items.find((item) => item.label === "incident-records");
    expect(incidents?.documentation).toEqual({ kind: "markdown", value: expect.stringMatching(/^\*\*Incident records\*\* \(clause 8\.6\.1; record, mandatory\): /) });
  });

  it("offers a document skeleton in a new `documents` entry, with the version quoted", async () => {
    const uri = open("sms/snippet.yaml", [schemaLine, "documents:", "  - ", ""].join("\n"));
    const completion = await client.request<{ items: CompletionItem[] }>("textDocument/completion", { textDocument: { uri }, position: { line: 2, character: 4 } });
    const skeleton = completion.items.find((item) => item.label === "New document");
    expect(skeleton?.insertText).toBe(
      ["id: ${1:DOC-01}", "  title: ${2}", "  satisfies: [${3}]", "  owner: ${4}", '  version: "${5:1.0}"', "  status: ${6|draft,in-review,approved,retired|}", "  evidence: ${7}"].join("\n"),
    );
  });

  it("shows a property's title and description on hover", async () => {
    const uri = uriOf("sms/sms.yaml");
    const hover = await client.request<{ contents: { kind: string; value: string } }>("textDocument/hover", { textDocument: { uri }, position: { line: 4, character: 4 } });
    expect(hover.contents.value).toMatch(/^#### Services\n\nServices in scope\. Each needs an SLA and a place in the service catalogue\.\n/);
  });

  it("made no network call", () => {
    expect(existsSync(networkLog()) ? readFileSync(networkLog(), "utf8") : "").toBe("");
  });
});
