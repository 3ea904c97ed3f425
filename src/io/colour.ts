// Decides whether to colour output: only on a TTY, honouring NO_COLOR and FORCE_COLOR.
import { Chalk, type ChalkInstance } from "chalk";

/** A chalk instance for a stream; `isTTY` and `env` come from the caller so tests can set them. */
export function colourFor(isTTY: boolean | undefined, env: Record<string, string | undefined>): ChalkInstance {
  const force = env.FORCE_COLOR;
  if (force === "0" || force === "false") return new Chalk({ level: 0 });
  if (force !== undefined) return new Chalk({ level: 1 });
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== "") return new Chalk({ level: 0 });
  return new Chalk({ level: isTTY ? 1 : 0 });
}
