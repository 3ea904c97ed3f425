// Temporary files being written, removed when SIGINT or SIGTERM stops the process, which then dies
// of the signal as it would have: a stopped run leaves no half-written .tmp file beside its output.
import { rmSync } from "node:fs";

const SIGNALS = ["SIGINT", "SIGTERM"] as const;
const live = new Set<string>();
let listening = false;

/** Marks `path` for removal if the process is stopped before untrackTemporary(path). */
export function trackTemporary(path: string): void {
  live.add(path);
  if (listening) return;
  // Kept until a signal comes: removed earlier, a signal caught but not yet handled would be lost.
  for (const signal of SIGNALS) process.on(signal, removeTemporariesAndStop);
  listening = true;
}

export function untrackTemporary(path: string): void {
  live.delete(path);
}

/** The signal handler: removes the temporary files, then lets the signal do what it would have done. */
export function removeTemporariesAndStop(signal: NodeJS.Signals): void {
  for (const path of live) {
    try {
      rmSync(path, { force: true });
    } catch {
      // Best effort: the process is stopping either way.
    }
  }
  live.clear();
  for (const each of SIGNALS) process.removeListener(each, removeTemporariesAndStop);
  listening = false;
  // With no other listener the default action is back: raising the signal again ends the process
  // with it (exit status 128 + n). Another listener has been called already and decides for itself.
  if (process.listenerCount(signal) === 0) process.kill(process.pid, signal);
}
