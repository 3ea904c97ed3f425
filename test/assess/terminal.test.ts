// `iso20k assess` in a real pseudo-terminal: the built binary in tmux, answered keystroke by keystroke,
// in Chinese, interrupted with Ctrl-C, then resumed in English.
import { cpSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { ROOT } from "../helpers/cli.js";
import { HAS_TMUX, tmuxServer } from "../helpers/tmux.js";

const server = tmuxServer("assess");
afterAll(() => server.close());

describe.skipIf(!HAS_TMUX)("iso20k assess in a terminal", () => {
  it("rates a clause in Chinese, keeps it through Ctrl-C, and resumes at the next clause in English", async () => {
    const folder = mkdtempSync(join(tmpdir(), "iso20k-assess-tty-"));
    cpSync(join(ROOT, "examples", "zh-cn"), folder, { recursive: true });
    rmSync(join(folder, "gap-assessment.yaml"), { force: true });

    const zh = server.start(folder, ["assess", "sms.yaml", "--clause", "8.6", "--lang", "zh-CN", "--as-of", "2026-11-21"]);
    await zh.waitFor("评估人是谁");
    zh.type("陈立新，咨询师");
    await zh.waitFor("[1/3] 8.6.1");
    await zh.waitFor("审核员关注：");
    await zh.waitFor("组织对 8.6.1 的符合程度如何？");
    zh.press("Down"); // 符合 -> 已定义但执行不一致
    zh.press("Enter");
    await zh.waitFor("您看到了哪些证据？");
    zh.press("Enter"); // none ticked
    await zh.waitFor("备注");
    zh.type("重大事件处理未按程序升级。");
    await zh.waitFor("关闭该差距的整改措施");
    zh.type(""); // agreed later
    await zh.waitFor("[2/3] 8.6.2");
    await zh.waitFor("组织对 8.6.2 的符合程度如何？");
    zh.press("C-c");
    await zh.waitFor("EXIT=130");
    expect(zh.screen()).toContain("访谈已中止；已作答的内容保存在 gap-assessment.yaml");

    const saved = parse(readFileSync(join(folder, "gap-assessment.yaml"), "utf8"));
    expect(saved.assessment.assessor).toBe("陈立新，咨询师");
    expect(saved.items).toEqual([{ clause: "8.6.1", status: "inconsistent", note: "重大事件处理未按程序升级。", date: "2026-11-21" }]);

    const en = server.start(folder, ["assess", "sms.yaml", "--as-of", "2026-11-21"]);
    await en.waitFor("56 clauses to assess");
    await en.waitFor("[1/56] 4.1");
    await en.waitFor("How far does the organisation conform to 4.1?");
    for (let i = 0; i < 6; i++) en.press("Down"); // to "Stop the interview here"
    en.press("Enter");
    await en.waitFor("EXIT=0");
    expect(en.screen()).toContain("0 clauses rated and saved in gap-assessment.yaml");
  }, 60_000);
});
