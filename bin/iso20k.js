#!/usr/bin/env node
import { nodeIO, run } from "../dist/iso20k.js";
process.exitCode = await run(process.argv.slice(2), nodeIO());
