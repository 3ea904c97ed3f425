// What an ISO/IEC 20000 consultant expects `init --scan` to make of real file names: Chinese dossier names and common English ones.
import { describe, expect, it } from "vitest";
import { catalog } from "../../src/catalog/catalog.js";
import { proposeFor } from "../../src/init/scan.js";

interface NameCase {
  name: string;
  /** The requirement the file satisfies; undefined when it is no SMS document or record. */
  requirement: string | undefined;
  /** For a process document: the clauses of the process it describes. */
  processes?: string[];
}

export const NAME_CASES: NameCase[] = [
  // Chinese application dossiers: manual, policies, procedures (流程, 程序, 制度, 办法, 规范), plans.
  { name: "服务管理手册.docx", requirement: "sms-processes" },
  { name: "服务管理方针.docx", requirement: "service-management-policy" },
  { name: "信息安全管理方针V2.0.pdf", requirement: "information-security-policy" },
  { name: "服务管理计划2026.docx", requirement: "service-management-plan" },
  { name: "服务目录V1.1.xlsx", requirement: "service-catalogue" },
  { name: "服务级别协议-服务台.docx", requirement: "service-level-agreements" },
  { name: "事件管理流程-2025.docx", requirement: "major-incident-procedure" },
  { name: "问题管理流程.docx", requirement: "sms-processes", processes: ["8.6.3"] },
  { name: "配置管理程序.doc", requirement: "sms-processes", processes: ["8.2.6"] },
  { name: "变更管理流程V3.docx", requirement: "change-management-policy" },
  { name: "发布和部署管理程序.docx", requirement: "release-policy" },
  { name: "服务连续性和可用性管理流程.docx", requirement: "sms-processes", processes: ["8.7.1", "8.7.2"] },
  { name: "供方管理流程.docx", requirement: "sms-processes", processes: ["8.3.4"] },
  { name: "供应商管理制度.docx", requirement: "sms-processes", processes: ["8.3.4"] },
  { name: "业务关系管理流程.docx", requirement: "sms-processes", processes: ["8.3.2"] },
  { name: "服务报告流程.docx", requirement: "sms-processes", processes: ["9.4"] },
  { name: "服务请求管理规范.docx", requirement: "service-request-instructions" },
  { name: "IT服务预算和核算管理办法.docx", requirement: "service-budget" },
  { name: "容量管理计划.docx", requirement: "capacity-plan" },
  { name: "内部审核计划2026.xlsx", requirement: "internal-audit-programme" },
  { name: "文件控制程序.docx", requirement: "document-control-procedure" },
  { name: "服务连续性计划V1.0.docx", requirement: "service-continuity-plan" },
  { name: "岗位职责说明书.docx", requirement: "roles-and-responsibilities" },
  { name: "信息安全风险评估报告2026.xlsx", requirement: "information-security-risk-assessment" },
  // Chinese records: reports, minutes, logs, registers, mostly dated.
  { name: "2026年10月服务报告.pdf", requirement: "service-reports" },
  { name: "2026年度内部审核报告.pdf", requirement: "internal-audit-results" },
  { name: "管理评审会议纪要20261115.docx", requirement: "management-review-results" },
  { name: "事件记录表2026-10.xlsx", requirement: "incident-records" },
  { name: "变更管理记录2026.xlsx", requirement: "change-records" },
  { name: "不符合项报告及纠正措施.xlsx", requirement: "nonconformity-records" },
  { name: "客户满意度调查2026.xlsx", requirement: "customer-satisfaction-results" },
  { name: "应急演练记录2026-06.docx", requirement: "continuity-test-reports" },
  { name: "配置项清单2026-10.xlsx", requirement: "configuration-information" },
  // Application files and everything else: no SMS requirement.
  { name: "组织机构图.pdf", requirement: undefined },
  { name: "营业执照副本.pdf", requirement: undefined },
  { name: "员工通讯录.xlsx", requirement: undefined },
  // English names.
  { name: "Problem Management Procedure v1.3.docx", requirement: "sms-processes", processes: ["8.6.3"] },
  { name: "Supplier Management Process.docx", requirement: "sms-processes", processes: ["8.3.4"] },
  { name: "Service Reporting Procedure.docx", requirement: "sms-processes", processes: ["9.4"] },
  { name: "Configuration Management Plan.docx", requirement: "sms-processes", processes: ["8.2.6"] },
  { name: "Incident Management Process.docx", requirement: "major-incident-procedure" },
  { name: "Change_Management_Policy_v2.docx", requirement: "change-management-policy" },
  { name: "Information Security Policy 2026.pdf", requirement: "information-security-policy" },
  { name: "SLA - Service Desk.pdf", requirement: "service-level-agreements" },
  { name: "Service Catalogue v3.xlsx", requirement: "service-catalogue" },
  { name: "Capacity Plan FY2026.docx", requirement: "capacity-plan" },
  { name: "Business Continuity Plan.pdf", requirement: "service-continuity-plan" },
  { name: "Service Desk Work Instructions.docx", requirement: "service-request-instructions" },
  { name: "incident-log-2026.xlsx", requirement: "incident-records" },
  { name: "Major Incident Report 2026-09-03.docx", requirement: "incident-records" },
  { name: "Internal Audit Report 2026-05.pdf", requirement: "internal-audit-results" },
  { name: "Management Review Minutes 2026-11-15.docx", requirement: "management-review-results" },
  { name: "Monthly Service Report - October 2026.pdf", requirement: "service-reports" },
  { name: "CAB minutes 2026-10-14.docx", requirement: "change-records" },
  { name: "Risk Register.xlsx", requirement: "risks-and-opportunities" },
  { name: "Release Notes 2.4.1.pdf", requirement: "release-records" },
  { name: "Known Error Database export.csv", requirement: "known-error-records" },
  { name: "Customer Satisfaction Survey Results 2026.xlsx", requirement: "customer-satisfaction-results" },
  { name: "Team photo.jpg", requirement: undefined },
  { name: "Meeting notes.docx", requirement: undefined },
];

describe("init --scan on realistic file names", () => {
  it.each(NAME_CASES)("$name → $requirement $processes", ({ name, requirement, processes }) => {
    const proposal = proposeFor(name, name, undefined, catalog);
    expect(proposal?.requirementId).toBe(requirement);
    expect(proposal?.processes).toEqual(requirement === undefined ? undefined : processes);
  });

  it("proposes documents for procedures, policies and plans, registers for records", () => {
    for (const { name, requirement } of NAME_CASES) {
      if (requirement === undefined) continue;
      const kind = catalog.requirement(requirement)?.kind === "record" ? "register" : "document";
      expect([name, proposeFor(name, name, undefined, catalog)?.kind]).toEqual([name, kind]);
    }
  });
});
