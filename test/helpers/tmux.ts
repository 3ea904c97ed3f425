// The built CLI in a real pseudo-terminal: tmux runs it, keystrokes answer it, the screen is read back.
import { execFileSync } from "node:child_process";
import { existsSync, rmSync } from "node:fs";
import { BIN } from "./cli.js";

export const TMUX = "/usr/bin/tmux";
export const HAS_TMUX = existsSync(TMUX);

export interface Terminal {
  /** Waits until the screen shows `text` (the `count`th time), failing with the screen after 15 s. */
  waitFor(text: string, count?: number): Promise<void>;
  /** Types `text` literally, then presses Enter. */
  type(text: string): void;
  press(...keys: string[]): void;
  /** Waits for the prompt `question` to be active, then answers it by typing. */
  answer(question: string, text: string): Promise<void>;
  screen(): string;
}

/** A tmux server of its own for one test file; `close` ends it. */
export function tmuxServer(label: string) {
  const socket = `iso20k-${label}-${process.pid}`;
  let sessions = 0;
  let socketPath: string | undefined;
  const tmux = (...args: string[]) => execFileSync(TMUX, ["-L", socket, ...args], { encoding: "utf8" });

  /** A 200×50 session running the CLI with `args` in `folder`; the shell prints EXIT=<code> when it ends. */
  function start(folder: string, args: string[]): Terminal {
    const name = `${label}-${++sessions}`;
    const quoted = [BIN, ...args].map((a) => `'${a.replace(/'/g, `'\\''`)}'`).join(" ");
    tmux("new-session", "-d", "-x", "200", "-y", "50", "-s", name, `cd '${folder}' && NO_COLOR=1 '${process.execPath}' ${quoted}; echo "EXIT=$?"; sleep 120`);
    socketPath ??= tmux("display-message", "-p", "-t", name, "#{socket_path}").trim();
    const screen = () => tmux("capture-pane", "-p", "-J", "-S", "-500", "-t", name);
    async function waitFor(text: string, count = 1): Promise<void> {
      const deadline = Date.now() + 15_000;
      for (;;) {
        const shown = screen();
        if (shown.split(text).length - 1 >= count) return;
        if (Date.now() > deadline) throw new Error(`timed out waiting for ${JSON.stringify(text)}; the screen shows:\n${shown}`);
        await new Promise((r) => setTimeout(r, 50));
      }
    }
    const press = (...keys: string[]) => {
      tmux("send-keys", "-t", name, ...keys);
    };
    const type = (text: string) => {
      if (text) tmux("send-keys", "-t", name, "-l", text);
      press("Enter");
    };
    const answer = async (question: string, text: string) => {
      await waitFor(`? ${question}`);
      type(text);
    };
    return { waitFor, type, press, answer, screen };
  }

  function close(): void {
    if (sessions === 0) return;
    tmux("kill-server");
    if (socketPath) rmSync(socketPath, { force: true });
  }

  return { start, close };
}
