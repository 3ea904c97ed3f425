import { describe, expect, it } from "vitest";
import { frontMatter } from "../../src/io/discover-documents.js";

describe("front matter", () => {
  it("is the text between a first line of --- and the next line of --- or ...", () => {
    expect(frontMatter("---\nid: A\ntitle: B\n---\n\n# Body\n---\n")).toEqual({ text: "id: A\ntitle: B\n", firstLine: 2 });
    expect(frontMatter("---  \nid: A\n...\nbody")).toEqual({ text: "id: A\n", firstLine: 2 });
    expect(frontMatter("---\n---\n")).toEqual({ text: "\n", firstLine: 2 });
  });

  it("takes CRLF line ends, and keeps spaces at the end of a line of YAML", () => {
    expect(frontMatter("---\r\nid: A  \r\nnote: x\r\n---\r\n# Body\r\n")).toEqual({ text: "id: A  \nnote: x\n", firstLine: 2 });
  });

  it("is missing when the file does not open with ---, or nothing closes it", () => {
    expect(frontMatter("# Title\n---\nid: A\n---\n")).toBeUndefined();
    expect(frontMatter("\n---\nid: A\n---\n")).toBeUndefined();
    expect(frontMatter("--- id: A\n---\n")).toBeUndefined();
    expect(frontMatter("---\nid: A\n")).toBeUndefined();
    expect(frontMatter("---")).toBeUndefined();
    expect(frontMatter("")).toBeUndefined();
  });

  it("does not read a closing line written inside a line", () => {
    expect(frontMatter("---\ntitle: a --- b\n----\n---\n")).toEqual({ text: "title: a --- b\n----\n", firstLine: 2 });
  });
});
