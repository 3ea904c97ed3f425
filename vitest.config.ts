import { tmpdir } from "node:os";
import { join } from "node:path";
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    testTimeout: 30_000,
    // The CLIs the tests spawn keep their code caches out of the user's own folder: a cache recorded
    // after a test's small run would slow the user's (and the benchmark's) later runs.
    env: { NO_COLOR: "1", ISO20K_CACHE_DIR: join(tmpdir(), "iso20k-test-cache") },
  },
});
