// Whether a path lies in a root: the test every evidence path, logo and Markdown folder passes.
import { sep } from "node:path";
import { describe, expect, it } from "vitest";
import { isInside } from "../../src/io/inspect-evidence.js";

describe.skipIf(sep !== "/")("isInside", () => {
  it("takes the root itself and what lies below it", () => {
    expect(isInside("/srv/sms", "/srv/sms")).toBe(true);
    expect(isInside("/srv/sms", "/srv/sms/evidence/a.md")).toBe(true);
    expect(isInside("/srv/sms/", "/srv/sms/a.md")).toBe(true);
  });

  it("refuses the parent, a sibling whose name begins as the root's does, and another tree", () => {
    expect(isInside("/srv/sms", "/srv")).toBe(false);
    expect(isInside("/srv/sms", "/srv/sms-old/a.md")).toBe(false);
    expect(isInside("/srv/sms", "/srv/smsa.md")).toBe(false);
    expect(isInside("/srv/sms", "/etc/passwd")).toBe(false);
  });

  it("takes every path below the file system's root", () => {
    expect(isInside("/", "/etc/passwd")).toBe(true);
  });
});
