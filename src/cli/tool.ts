// The tool's name and version, as reports print them.
import pkg from "../../package.json" with { type: "json" };
import type { ToolInfo } from "../report/model.js";

export const TOOL: ToolInfo = { name: "iso20k", version: pkg.version };
