#!/usr/bin/env node
import { run } from "../dist/iso20k.js";
process.exitCode = await run(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, env: process.env, cwd: process.cwd(), now: () => new Date(), stdinIsTTY: process.stdin.isTTY });
