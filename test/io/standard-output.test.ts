// Standard output and error of a real process (src/cli/node-io.ts): written to the descriptor when it
// is a file or a pipe, so that Node's stream modules are never loaded; handed to Node's stream when
// the descriptor would block.
import { spawnSync } from "node:child_process";
import { closeSync, constants, mkdtempSync, openSync, readFileSync, readSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { standardOutput } from "../../src/cli/node-io.js";
import { ROOT } from "../helpers/cli.js";

/** A stand-in for process.stdout that keeps what it is given. */
function keepingStream(kept: Buffer[]) {
  return () => ({ isTTY: false, on: () => undefined, write: (chunk: Uint8Array | string) => kept.push(Buffer.from(chunk)) }) as unknown as NodeJS.WriteStream;
}

describe("standard output", () => {
  it("writes a file's output to its descriptor, whole, and never makes the stream", () => {
    const file = join(mkdtempSync(join(tmpdir(), "iso20k-out-")), "out.txt");
    const fd = openSync(file, "w");
    const made: Buffer[] = [];
    let streams = 0;
    const output = standardOutput(fd, () => {
      streams++;
      return keepingStream(made)();
    });
    const text = "申请 ready\n".repeat(100_000);
    output.write(text);
    output.write("end\n");
    closeSync(fd);
    expect(readFileSync(file, "utf8")).toBe(`${text}end\n`);
    expect([output.isTTY, streams]).toEqual([false, 0]);
  });

  // A pipe another program left non-blocking fills up and says EAGAIN: what it could not take goes to
  // Node's stream, which waits for the reader, and so does everything after, in order.
  it.skipIf(process.platform === "win32")("hands the rest to the stream when the pipe would block", () => {
    const fifo = join(mkdtempSync(join(tmpdir(), "iso20k-fifo-")), "pipe");
    expect(spawnSync("mkfifo", [fifo]).status).toBe(0);
    const reader = openSync(fifo, constants.O_RDONLY | constants.O_NONBLOCK);
    const writer = openSync(fifo, constants.O_WRONLY | constants.O_NONBLOCK);
    const streamed: Buffer[] = [];
    const output = standardOutput(writer, keepingStream(streamed));
    const text = "0123456789abcdef".repeat(64 * 1024); // 1 MB, far more than a pipe holds
    output.write(text);
    output.write("after\n");
    const piped: Buffer[] = [];
    const piece = Buffer.alloc(64 * 1024);
    for (;;) {
      let read = 0;
      try {
        read = readSync(reader, piece);
      } catch {
        break; // EAGAIN: the pipe is empty
      }
      if (read === 0) break;
      piped.push(Buffer.from(piece.subarray(0, read)));
    }
    closeSync(writer);
    closeSync(reader);
    const direct = Buffer.concat(piped).toString();
    expect(direct.length).toBeGreaterThan(0);
    expect(direct.length).toBeLessThan(text.length);
    expect(direct + Buffer.concat(streamed).toString()).toBe(`${text}after\n`);
  });

  // (An SMS file that records evidence hashes loads node:crypto, and with it the streams: this one records none.)
  it.skipIf(process.platform === "win32")("a check written to a file or a pipe loads none of Node's stream modules", () => {
    const folder = mkdtempSync(join(tmpdir(), "iso20k-modules-"));
    const probe = join(folder, "probe.cjs");
    writeFileSync(probe, `process.on("exit", () => require("node:fs").writeSync(2, JSON.stringify(process.moduleLoadList.filter((m) => /^NativeModule (stream|net|tty|zlib)$/.test(m)))));`);
    const check = `"${process.execPath}" --require "${probe}" "${ROOT}bin/iso20k.cjs" check "${ROOT}examples/policy-repo/sms.yaml" --as-of 2026-11-21`;
    for (const command of [`${check} > "${join(folder, "out.txt")}"`, `${check} | cat > /dev/null`, `${check} > /dev/null`]) {
      const result = spawnSync("sh", ["-c", command], { encoding: "utf8", env: { ...process.env, ISO20K_CACHE_DIR: folder } });
      expect([command, result.stderr]).toEqual([command, "[]"]);
    }
    expect(readFileSync(join(folder, "out.txt"), "utf8")).toContain("Not ready to apply for the stage 1 audit");
  });
});
