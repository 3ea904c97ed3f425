// Makes sure the headless Chromium that test/reports/browser.test.ts drives is installed (Debian package).
// Runs from `npm test`'s pretest step; never fails the test run itself: without root it only explains.
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";

const CHROMIUM = "/usr/bin/chromium";

/** True when fontconfig knows a Simplified Chinese font, so zh-CN screenshots show text rather than boxes. */
function hasCjkFont() {
  try {
    return execFileSync("fc-list", [":lang=zh-cn", "family"], { encoding: "utf8" }).trim() !== "";
  } catch {
    return false;
  }
}

const missing = [];
if (!existsSync(CHROMIUM)) missing.push("chromium");
if (!hasCjkFont()) missing.push("fonts-noto-cjk");

if (missing.length === 0) {
  console.log(`ensure-chromium: ${CHROMIUM} and a CJK font are present`);
} else if (process.platform !== "linux" || !existsSync("/usr/bin/apt-get")) {
  console.log(`ensure-chromium: ${missing.join(", ")} missing and this is not a Debian-like system; the browser test will be skipped`);
} else if (typeof process.getuid !== "function" || process.getuid() !== 0) {
  console.log(`ensure-chromium: ${missing.join(", ")} missing; run as root: apt-get install -y --no-install-recommends ${missing.join(" ")}`);
} else {
  console.log(`ensure-chromium: installing ${missing.join(", ")}`);
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  try {
    execFileSync("apt-get", ["update"], { stdio: "inherit", env });
    execFileSync("apt-get", ["install", "-y", "--no-install-recommends", ...missing], { stdio: "inherit", env });
  } catch (error) {
    console.log(`ensure-chromium: apt-get failed (${error instanceof Error ? error.message : error}); the browser test will be skipped`);
  }
}
