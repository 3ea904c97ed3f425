"use strict";
var __getOwnPropNames = Object.getOwnPropertyNames;
var __commonJS = (cb, mod) => function __require() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};

// node_modules/ajv/dist/runtime/ucs2length.js
var require_ucs2length = __commonJS({
  "node_modules/ajv/dist/runtime/ucs2length.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    function ucs2length(str) {
      const len = str.length;
      let length = 0;
      let pos = 0;
      let value;
      while (pos < len) {
        length++;
        value = str.charCodeAt(pos++);
        if (value >= 55296 && value <= 56319 && pos < len) {
          value = str.charCodeAt(pos);
          if ((value & 64512) === 56320)
            pos++;
        }
      }
      return length;
    }
    exports2.default = ucs2length;
    ucs2length.code = 'require("ajv/dist/runtime/ucs2length").default';
  }
});

// <stdin>
module.exports = validate20;
module.exports.default = validate20;
var schema31 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://raw.githubusercontent.com/iso20k/iso20k/v0.1.0/schemas/check-report.schema.json", "title": "iso20k check report", "description": "The output of `iso20k check --format json`. schemaVersion is raised when a change could break a reader (a key renamed, removed or retyped); the $id names the release that published this text of the schema.", "type": "object", "required": ["schemaVersion", "tool", "standard", "file", "asOf", "organization", "valid", "verdict", "overall", "scores", "requirements", "findings", "suppressed", "waivers", "dossier"], "additionalProperties": false, "properties": { "schemaVersion": { "const": 1 }, "tool": { "type": "object", "required": ["name", "version"], "additionalProperties": false, "properties": { "name": { "const": "iso20k" }, "version": { "type": "string", "minLength": 1 } } }, "standard": { "type": "string", "minLength": 1 }, "file": { "type": "string", "minLength": 1, "description": "The SMS file as given on the command line." }, "asOf": { "$ref": "#/$defs/date", "description": "The day the check speaks for." }, "organization": { "type": "string", "description": "The organisation's name; empty when the file is not valid." }, "valid": { "type": "boolean", "description": "False when the file did not parse or match the schema; then only findings are filled in." }, "verdict": { "type": "object", "required": ["status", "reasons", "counts"], "additionalProperties": false, "properties": { "status": { "enum": ["ready", "not-ready"] }, "reasons": { "type": "array", "items": { "type": "object", "required": ["ruleId", "message"], "additionalProperties": false, "properties": { "ruleId": { "$ref": "#/$defs/ruleId" }, "message": { "type": "string" } } } }, "counts": { "type": "object", "required": ["prerequisites", "majors", "uncovered", "invalid"], "additionalProperties": false, "properties": { "prerequisites": { "$ref": "#/$defs/count" }, "majors": { "$ref": "#/$defs/count" }, "uncovered": { "$ref": "#/$defs/count" }, "invalid": { "$ref": "#/$defs/count" } } }, "earliestApplicationDate": { "$ref": "#/$defs/date" }, "earliestApplication": { "type": "string" } } }, "overall": { "$ref": "#/$defs/score", "type": "object", "unevaluatedProperties": false }, "scores": { "type": "array", "description": "Clauses 4 to 10, each followed by its 8.x processes where it is clause 8.", "items": { "$ref": "#/$defs/score", "type": "object", "required": ["clause", "title", "depth"], "properties": { "clause": { "$ref": "#/$defs/clause" }, "title": { "type": "string" }, "depth": { "enum": [0, 1] } }, "unevaluatedProperties": false } }, "requirements": { "type": "array", "items": { "type": "object", "required": ["id", "title", "summary", "clauses", "kind", "mandatory", "state", "satisfiedBy"], "additionalProperties": false, "properties": { "id": { "type": "string", "minLength": 1 }, "title": { "type": "string" }, "summary": { "type": "string" }, "clauses": { "type": "array", "items": { "$ref": "#/$defs/clause" } }, "kind": { "enum": ["document", "record"] }, "mandatory": { "type": "boolean" }, "state": { "enum": ["satisfied", "weak", "missing", "not-applicable"] }, "satisfiedBy": { "type": "array", "items": { "type": "string" } } } } }, "findings": { "type": "array", "items": { "$ref": "#/$defs/finding", "type": "object", "unevaluatedProperties": false } }, "suppressed": { "type": "array", "description": "Findings a waiver suppressed, each with the id of that waiver.", "items": { "$ref": "#/$defs/finding", "type": "object", "required": ["waiver"], "properties": { "waiver": { "type": "string", "minLength": 1 } }, "unevaluatedProperties": false } }, "waivers": { "type": "array", "items": { "type": "object", "required": ["id", "justification", "approver", "expires", "state", "suppressed", "refused"], "additionalProperties": false, "properties": { "id": { "type": "string", "minLength": 1 }, "rule": { "$ref": "#/$defs/ruleId" }, "requirement": { "type": "string" }, "justification": { "type": "string" }, "approver": { "type": "string" }, "expires": { "$ref": "#/$defs/date" }, "state": { "enum": ["active", "expired"] }, "suppressed": { "$ref": "#/$defs/count", "description": "How many findings it suppressed." }, "refused": { "$ref": "#/$defs/count", "description": "How many majors or prerequisites it named and could not suppress." } } } }, "dossier": { "type": "array", "description": "The application dossier item by item; empty when the file is not valid.", "items": { "type": "object", "required": ["number", "id", "title", "state", "evidence", "missing"], "additionalProperties": false, "properties": { "number": { "type": "integer", "minimum": 1 }, "id": { "type": "string", "minLength": 1 }, "title": { "type": "string" }, "state": { "enum": ["provided", "partial", "missing", "generated"] }, "evidence": { "type": "array", "items": { "type": "string" } }, "missing": { "type": "array", "items": { "type": "string" } } } } }, "gapAssessment": { "$ref": "#/$defs/gapAssessment" }, "fixed": { "type": "array", "description": "Findings of the baseline that are gone now; only with --baseline.", "items": { "$ref": "#/$defs/finding", "type": "object", "unevaluatedProperties": false } } }, "$defs": { "date": { "type": "string", "pattern": "^\\d{4}-\\d{2}-\\d{2}$" }, "count": { "type": "integer", "minimum": 0 }, "clause": { "type": "string", "pattern": "^\\d+(\\.\\d+)*$" }, "ruleId": { "type": "string", "pattern": "^[a-z0-9]+(-[a-z0-9]+)*$" }, "score": { "type": "object", "description": "Documented-information coverage of the applicable mandatory requirements.", "required": ["applicable", "satisfied", "weak", "ratio"], "properties": { "applicable": { "$ref": "#/$defs/count" }, "satisfied": { "$ref": "#/$defs/count" }, "weak": { "$ref": "#/$defs/count" }, "ratio": { "description": "satisfied / applicable; null when nothing applies.", "anyOf": [{ "type": "number", "minimum": 0, "maximum": 1 }, { "type": "null" }] } } }, "finding": { "type": "object", "required": ["ruleId", "category", "severity", "messageId", "message"], "properties": { "ruleId": { "$ref": "#/$defs/ruleId" }, "category": { "enum": ["invalid", "prerequisite", "nonconformity"] }, "severity": { "enum": ["major", "minor", "observation"], "description": "A grade only for nonconformities; prerequisites and invalid input carry major." }, "messageId": { "type": "string", "minLength": 1 }, "params": { "type": "object", "additionalProperties": { "anyOf": [{ "type": "string" }, { "type": "number" }, { "type": "object", "description": "A text given in every language of the tool.", "required": ["en", "zh-CN"], "additionalProperties": false, "properties": { "en": { "type": "string" }, "zh-CN": { "type": "string" } } }] } }, "clause": { "$ref": "#/$defs/clause" }, "requirementId": { "type": "string", "minLength": 1 }, "pointer": { "type": "string", "description": "A JSON pointer into the SMS file." }, "file": { "type": "string", "minLength": 1, "description": "The file the finding is in, as given or as named by the SMS file." }, "line": { "type": "integer", "minimum": 1 }, "column": { "type": "integer", "minimum": 1 }, "blocking": { "type": "boolean", "description": "True when the finding stops an application for certification." }, "blockingUntil": { "$ref": "#/$defs/date", "description": "For a time-bound prerequisite: the first day it no longer blocks." }, "message": { "type": "string" }, "remedy": { "type": "string", "description": "What to do about it, in words for people." }, "howToRecord": { "type": "string", "description": "How to record the fix in the SMS file." }, "baseline": { "enum": ["new", "unchanged"], "description": "Only with --baseline." } } }, "gapAssessment": { "type": "object", "additionalProperties": false, "description": "The consultant's gap assessment given with --assessment.", "required": ["file", "assessor", "date", "items", "byClause", "actions"], "properties": { "file": { "type": "string" }, "assessor": { "type": "string", "minLength": 1 }, "date": { "$ref": "#/$defs/date" }, "items": { "type": "array", "items": { "type": "object", "additionalProperties": false, "required": ["clause", "title", "question", "status", "evidence", "assessor", "date"], "properties": { "clause": { "$ref": "#/$defs/clause" }, "title": { "type": "string", "minLength": 1 }, "question": { "type": "string", "minLength": 1 }, "status": { "enum": ["not-assessed", "not-addressed", "initial", "inconsistent", "conforming", "not-applicable"] }, "grade": { "enum": ["major", "minor", "observation"] }, "evidence": { "type": "array", "items": { "type": "object", "minProperties": 1, "maxProperties": 1 } }, "note": { "type": "string" }, "assessor": { "type": "string", "minLength": 1 }, "date": { "$ref": "#/$defs/date" } } } }, "byClause": { "type": "array", "items": { "type": "object", "additionalProperties": false, "required": ["clause", "title", "counts"], "properties": { "clause": { "$ref": "#/$defs/clause" }, "title": { "type": "string", "minLength": 1 }, "counts": { "type": "object", "additionalProperties": false, "required": ["not-assessed", "not-addressed", "initial", "inconsistent", "conforming", "not-applicable"], "properties": { "not-assessed": { "$ref": "#/$defs/count" }, "not-addressed": { "$ref": "#/$defs/count" }, "initial": { "$ref": "#/$defs/count" }, "inconsistent": { "$ref": "#/$defs/count" }, "conforming": { "$ref": "#/$defs/count" }, "not-applicable": { "$ref": "#/$defs/count" } } } } } }, "actions": { "type": "array", "items": { "type": "object", "additionalProperties": false, "required": ["id", "action", "due", "status", "items", "requirements", "overdue"], "properties": { "id": { "type": "string", "minLength": 1 }, "action": { "type": "string", "minLength": 1 }, "owner": { "type": "string", "minLength": 1 }, "due": { "$ref": "#/$defs/date" }, "status": { "enum": ["open", "in-progress", "done", "cancelled"] }, "items": { "type": "array", "items": { "$ref": "#/$defs/clause" } }, "requirements": { "type": "array", "items": { "type": "string" } }, "overdue": { "type": "boolean" } } } }, "progress": { "type": "object", "additionalProperties": false, "description": "Against an earlier assessment (--previous-assessment).", "required": ["since", "improved", "regressed", "newlyAssessed", "closedActions"], "properties": { "since": { "$ref": "#/$defs/date" }, "improved": { "type": "array", "items": { "type": "object", "additionalProperties": false, "required": ["clause", "from", "to"], "properties": { "clause": { "$ref": "#/$defs/clause" }, "from": { "enum": ["not-assessed", "not-addressed", "initial", "inconsistent", "conforming", "not-applicable"] }, "to": { "enum": ["not-assessed", "not-addressed", "initial", "inconsistent", "conforming", "not-applicable"] } } } }, "regressed": { "type": "array", "items": { "type": "object", "additionalProperties": false, "required": ["clause", "from", "to"], "properties": { "clause": { "$ref": "#/$defs/clause" }, "from": { "enum": ["not-assessed", "not-addressed", "initial", "inconsistent", "conforming", "not-applicable"] }, "to": { "enum": ["not-assessed", "not-addressed", "initial", "inconsistent", "conforming", "not-applicable"] } } } }, "newlyAssessed": { "type": "array", "items": { "type": "object", "additionalProperties": false, "required": ["clause", "from", "to"], "properties": { "clause": { "$ref": "#/$defs/clause" }, "from": { "enum": ["not-assessed", "not-addressed", "initial", "inconsistent", "conforming", "not-applicable"] }, "to": { "enum": ["not-assessed", "not-addressed", "initial", "inconsistent", "conforming", "not-applicable"] } } } }, "closedActions": { "type": "array", "items": { "type": "string" } } } } } } } };
var func1 = Object.prototype.hasOwnProperty;
var func2 = require_ucs2length().default;
var pattern4 = new RegExp("^\\d{4}-\\d{2}-\\d{2}$", "u");
var pattern5 = new RegExp("^[a-z0-9]+(-[a-z0-9]+)*$", "u");
var pattern7 = new RegExp("^\\d+(\\.\\d+)*$", "u");
function validate21(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate21.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.applicable === void 0 && (missing0 = "applicable") || data.satisfied === void 0 && (missing0 = "satisfied") || data.weak === void 0 && (missing0 = "weak") || data.ratio === void 0 && (missing0 = "ratio")) {
        validate21.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.applicable !== void 0) {
          let data0 = data.applicable;
          const _errs1 = errors;
          const _errs2 = errors;
          if (!(typeof data0 == "number" && (!(data0 % 1) && !isNaN(data0)) && isFinite(data0))) {
            validate21.errors = [{ instancePath: instancePath + "/applicable", schemaPath: "#/$defs/count/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
            return false;
          }
          if (errors === _errs2) {
            if (typeof data0 == "number" && isFinite(data0)) {
              if (data0 < 0 || isNaN(data0)) {
                validate21.errors = [{ instancePath: instancePath + "/applicable", schemaPath: "#/$defs/count/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }];
                return false;
              }
            }
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.satisfied !== void 0) {
            let data1 = data.satisfied;
            const _errs4 = errors;
            const _errs5 = errors;
            if (!(typeof data1 == "number" && (!(data1 % 1) && !isNaN(data1)) && isFinite(data1))) {
              validate21.errors = [{ instancePath: instancePath + "/satisfied", schemaPath: "#/$defs/count/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
              return false;
            }
            if (errors === _errs5) {
              if (typeof data1 == "number" && isFinite(data1)) {
                if (data1 < 0 || isNaN(data1)) {
                  validate21.errors = [{ instancePath: instancePath + "/satisfied", schemaPath: "#/$defs/count/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }];
                  return false;
                }
              }
            }
            var valid0 = _errs4 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.weak !== void 0) {
              let data2 = data.weak;
              const _errs7 = errors;
              const _errs8 = errors;
              if (!(typeof data2 == "number" && (!(data2 % 1) && !isNaN(data2)) && isFinite(data2))) {
                validate21.errors = [{ instancePath: instancePath + "/weak", schemaPath: "#/$defs/count/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                return false;
              }
              if (errors === _errs8) {
                if (typeof data2 == "number" && isFinite(data2)) {
                  if (data2 < 0 || isNaN(data2)) {
                    validate21.errors = [{ instancePath: instancePath + "/weak", schemaPath: "#/$defs/count/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }];
                    return false;
                  }
                }
              }
              var valid0 = _errs7 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.ratio !== void 0) {
                let data3 = data.ratio;
                const _errs10 = errors;
                const _errs11 = errors;
                let valid4 = false;
                const _errs12 = errors;
                if (errors === _errs12) {
                  if (typeof data3 == "number" && isFinite(data3)) {
                    if (data3 > 1 || isNaN(data3)) {
                      const err0 = { instancePath: instancePath + "/ratio", schemaPath: "#/properties/ratio/anyOf/0/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1" };
                      if (vErrors === null) {
                        vErrors = [err0];
                      } else {
                        vErrors.push(err0);
                      }
                      errors++;
                    } else {
                      if (data3 < 0 || isNaN(data3)) {
                        const err1 = { instancePath: instancePath + "/ratio", schemaPath: "#/properties/ratio/anyOf/0/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                        if (vErrors === null) {
                          vErrors = [err1];
                        } else {
                          vErrors.push(err1);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err2 = { instancePath: instancePath + "/ratio", schemaPath: "#/properties/ratio/anyOf/0/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                    if (vErrors === null) {
                      vErrors = [err2];
                    } else {
                      vErrors.push(err2);
                    }
                    errors++;
                  }
                }
                var _valid0 = _errs12 === errors;
                valid4 = valid4 || _valid0;
                const _errs14 = errors;
                if (data3 !== null) {
                  const err3 = { instancePath: instancePath + "/ratio", schemaPath: "#/properties/ratio/anyOf/1/type", keyword: "type", params: { type: "null" }, message: "must be null" };
                  if (vErrors === null) {
                    vErrors = [err3];
                  } else {
                    vErrors.push(err3);
                  }
                  errors++;
                }
                var _valid0 = _errs14 === errors;
                valid4 = valid4 || _valid0;
                if (!valid4) {
                  const err4 = { instancePath: instancePath + "/ratio", schemaPath: "#/properties/ratio/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
                  if (vErrors === null) {
                    vErrors = [err4];
                  } else {
                    vErrors.push(err4);
                  }
                  errors++;
                  validate21.errors = vErrors;
                  return false;
                } else {
                  errors = _errs11;
                  if (vErrors !== null) {
                    if (_errs11) {
                      vErrors.length = _errs11;
                    } else {
                      vErrors = null;
                    }
                  }
                }
                var valid0 = _errs10 === errors;
              } else {
                var valid0 = true;
              }
            }
          }
        }
      }
    } else {
      validate21.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate21.errors = vErrors;
  return errors === 0;
}
validate21.evaluated = { "props": { "applicable": true, "satisfied": true, "weak": true, "ratio": true }, "dynamicProps": false, "dynamicItems": false };
var schema45 = { "type": "object", "required": ["ruleId", "category", "severity", "messageId", "message"], "properties": { "ruleId": { "$ref": "#/$defs/ruleId" }, "category": { "enum": ["invalid", "prerequisite", "nonconformity"] }, "severity": { "enum": ["major", "minor", "observation"], "description": "A grade only for nonconformities; prerequisites and invalid input carry major." }, "messageId": { "type": "string", "minLength": 1 }, "params": { "type": "object", "additionalProperties": { "anyOf": [{ "type": "string" }, { "type": "number" }, { "type": "object", "description": "A text given in every language of the tool.", "required": ["en", "zh-CN"], "additionalProperties": false, "properties": { "en": { "type": "string" }, "zh-CN": { "type": "string" } } }] } }, "clause": { "$ref": "#/$defs/clause" }, "requirementId": { "type": "string", "minLength": 1 }, "pointer": { "type": "string", "description": "A JSON pointer into the SMS file." }, "file": { "type": "string", "minLength": 1, "description": "The file the finding is in, as given or as named by the SMS file." }, "line": { "type": "integer", "minimum": 1 }, "column": { "type": "integer", "minimum": 1 }, "blocking": { "type": "boolean", "description": "True when the finding stops an application for certification." }, "blockingUntil": { "$ref": "#/$defs/date", "description": "For a time-bound prerequisite: the first day it no longer blocks." }, "message": { "type": "string" }, "remedy": { "type": "string", "description": "What to do about it, in words for people." }, "howToRecord": { "type": "string", "description": "How to record the fix in the SMS file." }, "baseline": { "enum": ["new", "unchanged"], "description": "Only with --baseline." } } };
function validate24(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate24.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.ruleId === void 0 && (missing0 = "ruleId") || data.category === void 0 && (missing0 = "category") || data.severity === void 0 && (missing0 = "severity") || data.messageId === void 0 && (missing0 = "messageId") || data.message === void 0 && (missing0 = "message")) {
        validate24.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.ruleId !== void 0) {
          let data0 = data.ruleId;
          const _errs1 = errors;
          const _errs2 = errors;
          if (errors === _errs2) {
            if (typeof data0 === "string") {
              if (!pattern5.test(data0)) {
                validate24.errors = [{ instancePath: instancePath + "/ruleId", schemaPath: "#/$defs/ruleId/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]+(-[a-z0-9]+)*$" }, message: 'must match pattern "^[a-z0-9]+(-[a-z0-9]+)*$"' }];
                return false;
              }
            } else {
              validate24.errors = [{ instancePath: instancePath + "/ruleId", schemaPath: "#/$defs/ruleId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
              return false;
            }
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.category !== void 0) {
            let data1 = data.category;
            const _errs4 = errors;
            if (!(data1 === "invalid" || data1 === "prerequisite" || data1 === "nonconformity")) {
              validate24.errors = [{ instancePath: instancePath + "/category", schemaPath: "#/properties/category/enum", keyword: "enum", params: { allowedValues: schema45.properties.category.enum }, message: "must be equal to one of the allowed values" }];
              return false;
            }
            var valid0 = _errs4 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.severity !== void 0) {
              let data2 = data.severity;
              const _errs5 = errors;
              if (!(data2 === "major" || data2 === "minor" || data2 === "observation")) {
                validate24.errors = [{ instancePath: instancePath + "/severity", schemaPath: "#/properties/severity/enum", keyword: "enum", params: { allowedValues: schema45.properties.severity.enum }, message: "must be equal to one of the allowed values" }];
                return false;
              }
              var valid0 = _errs5 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.messageId !== void 0) {
                let data3 = data.messageId;
                const _errs6 = errors;
                if (errors === _errs6) {
                  if (typeof data3 === "string") {
                    if (func2(data3) < 1) {
                      validate24.errors = [{ instancePath: instancePath + "/messageId", schemaPath: "#/properties/messageId/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                      return false;
                    }
                  } else {
                    validate24.errors = [{ instancePath: instancePath + "/messageId", schemaPath: "#/properties/messageId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                    return false;
                  }
                }
                var valid0 = _errs6 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.params !== void 0) {
                  let data4 = data.params;
                  const _errs8 = errors;
                  if (errors === _errs8) {
                    if (data4 && typeof data4 == "object" && !Array.isArray(data4)) {
                      for (const key0 in data4) {
                        let data5 = data4[key0];
                        const _errs11 = errors;
                        const _errs12 = errors;
                        let valid3 = false;
                        const _errs13 = errors;
                        if (typeof data5 !== "string") {
                          const err0 = { instancePath: instancePath + "/params/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/params/additionalProperties/anyOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                          if (vErrors === null) {
                            vErrors = [err0];
                          } else {
                            vErrors.push(err0);
                          }
                          errors++;
                        }
                        var _valid0 = _errs13 === errors;
                        valid3 = valid3 || _valid0;
                        const _errs15 = errors;
                        if (!(typeof data5 == "number" && isFinite(data5))) {
                          const err1 = { instancePath: instancePath + "/params/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/params/additionalProperties/anyOf/1/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                          if (vErrors === null) {
                            vErrors = [err1];
                          } else {
                            vErrors.push(err1);
                          }
                          errors++;
                        }
                        var _valid0 = _errs15 === errors;
                        valid3 = valid3 || _valid0;
                        const _errs17 = errors;
                        if (errors === _errs17) {
                          if (data5 && typeof data5 == "object" && !Array.isArray(data5)) {
                            let missing1;
                            if (data5.en === void 0 && (missing1 = "en") || data5["zh-CN"] === void 0 && (missing1 = "zh-CN")) {
                              const err2 = { instancePath: instancePath + "/params/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/params/additionalProperties/anyOf/2/required", keyword: "required", params: { missingProperty: missing1 }, message: "must have required property '" + missing1 + "'" };
                              if (vErrors === null) {
                                vErrors = [err2];
                              } else {
                                vErrors.push(err2);
                              }
                              errors++;
                            } else {
                              const _errs19 = errors;
                              for (const key1 in data5) {
                                if (!(key1 === "en" || key1 === "zh-CN")) {
                                  const err3 = { instancePath: instancePath + "/params/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/params/additionalProperties/anyOf/2/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" };
                                  if (vErrors === null) {
                                    vErrors = [err3];
                                  } else {
                                    vErrors.push(err3);
                                  }
                                  errors++;
                                  break;
                                }
                              }
                              if (_errs19 === errors) {
                                if (data5.en !== void 0) {
                                  const _errs20 = errors;
                                  if (typeof data5.en !== "string") {
                                    const err4 = { instancePath: instancePath + "/params/" + key0.replace(/~/g, "~0").replace(/\//g, "~1") + "/en", schemaPath: "#/properties/params/additionalProperties/anyOf/2/properties/en/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                    if (vErrors === null) {
                                      vErrors = [err4];
                                    } else {
                                      vErrors.push(err4);
                                    }
                                    errors++;
                                  }
                                  var valid4 = _errs20 === errors;
                                } else {
                                  var valid4 = true;
                                }
                                if (valid4) {
                                  if (data5["zh-CN"] !== void 0) {
                                    const _errs22 = errors;
                                    if (typeof data5["zh-CN"] !== "string") {
                                      const err5 = { instancePath: instancePath + "/params/" + key0.replace(/~/g, "~0").replace(/\//g, "~1") + "/zh-CN", schemaPath: "#/properties/params/additionalProperties/anyOf/2/properties/zh-CN/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                      if (vErrors === null) {
                                        vErrors = [err5];
                                      } else {
                                        vErrors.push(err5);
                                      }
                                      errors++;
                                    }
                                    var valid4 = _errs22 === errors;
                                  } else {
                                    var valid4 = true;
                                  }
                                }
                              }
                            }
                          } else {
                            const err6 = { instancePath: instancePath + "/params/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/params/additionalProperties/anyOf/2/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                            if (vErrors === null) {
                              vErrors = [err6];
                            } else {
                              vErrors.push(err6);
                            }
                            errors++;
                          }
                        }
                        var _valid0 = _errs17 === errors;
                        valid3 = valid3 || _valid0;
                        if (!valid3) {
                          const err7 = { instancePath: instancePath + "/params/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/params/additionalProperties/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
                          if (vErrors === null) {
                            vErrors = [err7];
                          } else {
                            vErrors.push(err7);
                          }
                          errors++;
                          validate24.errors = vErrors;
                          return false;
                        } else {
                          errors = _errs12;
                          if (vErrors !== null) {
                            if (_errs12) {
                              vErrors.length = _errs12;
                            } else {
                              vErrors = null;
                            }
                          }
                        }
                        var valid2 = _errs11 === errors;
                        if (!valid2) {
                          break;
                        }
                      }
                    } else {
                      validate24.errors = [{ instancePath: instancePath + "/params", schemaPath: "#/properties/params/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                      return false;
                    }
                  }
                  var valid0 = _errs8 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.clause !== void 0) {
                    let data8 = data.clause;
                    const _errs24 = errors;
                    const _errs25 = errors;
                    if (errors === _errs25) {
                      if (typeof data8 === "string") {
                        if (!pattern7.test(data8)) {
                          validate24.errors = [{ instancePath: instancePath + "/clause", schemaPath: "#/$defs/clause/pattern", keyword: "pattern", params: { pattern: "^\\d+(\\.\\d+)*$" }, message: 'must match pattern "^\\d+(\\.\\d+)*$"' }];
                          return false;
                        }
                      } else {
                        validate24.errors = [{ instancePath: instancePath + "/clause", schemaPath: "#/$defs/clause/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                        return false;
                      }
                    }
                    var valid0 = _errs24 === errors;
                  } else {
                    var valid0 = true;
                  }
                  if (valid0) {
                    if (data.requirementId !== void 0) {
                      let data9 = data.requirementId;
                      const _errs27 = errors;
                      if (errors === _errs27) {
                        if (typeof data9 === "string") {
                          if (func2(data9) < 1) {
                            validate24.errors = [{ instancePath: instancePath + "/requirementId", schemaPath: "#/properties/requirementId/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                            return false;
                          }
                        } else {
                          validate24.errors = [{ instancePath: instancePath + "/requirementId", schemaPath: "#/properties/requirementId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                          return false;
                        }
                      }
                      var valid0 = _errs27 === errors;
                    } else {
                      var valid0 = true;
                    }
                    if (valid0) {
                      if (data.pointer !== void 0) {
                        const _errs29 = errors;
                        if (typeof data.pointer !== "string") {
                          validate24.errors = [{ instancePath: instancePath + "/pointer", schemaPath: "#/properties/pointer/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                          return false;
                        }
                        var valid0 = _errs29 === errors;
                      } else {
                        var valid0 = true;
                      }
                      if (valid0) {
                        if (data.file !== void 0) {
                          let data11 = data.file;
                          const _errs31 = errors;
                          if (errors === _errs31) {
                            if (typeof data11 === "string") {
                              if (func2(data11) < 1) {
                                validate24.errors = [{ instancePath: instancePath + "/file", schemaPath: "#/properties/file/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                                return false;
                              }
                            } else {
                              validate24.errors = [{ instancePath: instancePath + "/file", schemaPath: "#/properties/file/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                              return false;
                            }
                          }
                          var valid0 = _errs31 === errors;
                        } else {
                          var valid0 = true;
                        }
                        if (valid0) {
                          if (data.line !== void 0) {
                            let data12 = data.line;
                            const _errs33 = errors;
                            if (!(typeof data12 == "number" && (!(data12 % 1) && !isNaN(data12)) && isFinite(data12))) {
                              validate24.errors = [{ instancePath: instancePath + "/line", schemaPath: "#/properties/line/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                              return false;
                            }
                            if (errors === _errs33) {
                              if (typeof data12 == "number" && isFinite(data12)) {
                                if (data12 < 1 || isNaN(data12)) {
                                  validate24.errors = [{ instancePath: instancePath + "/line", schemaPath: "#/properties/line/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" }];
                                  return false;
                                }
                              }
                            }
                            var valid0 = _errs33 === errors;
                          } else {
                            var valid0 = true;
                          }
                          if (valid0) {
                            if (data.column !== void 0) {
                              let data13 = data.column;
                              const _errs35 = errors;
                              if (!(typeof data13 == "number" && (!(data13 % 1) && !isNaN(data13)) && isFinite(data13))) {
                                validate24.errors = [{ instancePath: instancePath + "/column", schemaPath: "#/properties/column/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                                return false;
                              }
                              if (errors === _errs35) {
                                if (typeof data13 == "number" && isFinite(data13)) {
                                  if (data13 < 1 || isNaN(data13)) {
                                    validate24.errors = [{ instancePath: instancePath + "/column", schemaPath: "#/properties/column/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" }];
                                    return false;
                                  }
                                }
                              }
                              var valid0 = _errs35 === errors;
                            } else {
                              var valid0 = true;
                            }
                            if (valid0) {
                              if (data.blocking !== void 0) {
                                const _errs37 = errors;
                                if (typeof data.blocking !== "boolean") {
                                  validate24.errors = [{ instancePath: instancePath + "/blocking", schemaPath: "#/properties/blocking/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" }];
                                  return false;
                                }
                                var valid0 = _errs37 === errors;
                              } else {
                                var valid0 = true;
                              }
                              if (valid0) {
                                if (data.blockingUntil !== void 0) {
                                  let data15 = data.blockingUntil;
                                  const _errs39 = errors;
                                  const _errs40 = errors;
                                  if (errors === _errs40) {
                                    if (typeof data15 === "string") {
                                      if (!pattern4.test(data15)) {
                                        validate24.errors = [{ instancePath: instancePath + "/blockingUntil", schemaPath: "#/$defs/date/pattern", keyword: "pattern", params: { pattern: "^\\d{4}-\\d{2}-\\d{2}$" }, message: 'must match pattern "^\\d{4}-\\d{2}-\\d{2}$"' }];
                                        return false;
                                      }
                                    } else {
                                      validate24.errors = [{ instancePath: instancePath + "/blockingUntil", schemaPath: "#/$defs/date/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                      return false;
                                    }
                                  }
                                  var valid0 = _errs39 === errors;
                                } else {
                                  var valid0 = true;
                                }
                                if (valid0) {
                                  if (data.message !== void 0) {
                                    const _errs42 = errors;
                                    if (typeof data.message !== "string") {
                                      validate24.errors = [{ instancePath: instancePath + "/message", schemaPath: "#/properties/message/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                      return false;
                                    }
                                    var valid0 = _errs42 === errors;
                                  } else {
                                    var valid0 = true;
                                  }
                                  if (valid0) {
                                    if (data.remedy !== void 0) {
                                      const _errs44 = errors;
                                      if (typeof data.remedy !== "string") {
                                        validate24.errors = [{ instancePath: instancePath + "/remedy", schemaPath: "#/properties/remedy/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                        return false;
                                      }
                                      var valid0 = _errs44 === errors;
                                    } else {
                                      var valid0 = true;
                                    }
                                    if (valid0) {
                                      if (data.howToRecord !== void 0) {
                                        const _errs46 = errors;
                                        if (typeof data.howToRecord !== "string") {
                                          validate24.errors = [{ instancePath: instancePath + "/howToRecord", schemaPath: "#/properties/howToRecord/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                          return false;
                                        }
                                        var valid0 = _errs46 === errors;
                                      } else {
                                        var valid0 = true;
                                      }
                                      if (valid0) {
                                        if (data.baseline !== void 0) {
                                          let data19 = data.baseline;
                                          const _errs48 = errors;
                                          if (!(data19 === "new" || data19 === "unchanged")) {
                                            validate24.errors = [{ instancePath: instancePath + "/baseline", schemaPath: "#/properties/baseline/enum", keyword: "enum", params: { allowedValues: schema45.properties.baseline.enum }, message: "must be equal to one of the allowed values" }];
                                            return false;
                                          }
                                          var valid0 = _errs48 === errors;
                                        } else {
                                          var valid0 = true;
                                        }
                                      }
                                    }
                                  }
                                }
                              }
                            }
                          }
                        }
                      }
                    }
                  }
                }
              }
            }
          }
        }
      }
    } else {
      validate24.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate24.errors = vErrors;
  return errors === 0;
}
validate24.evaluated = { "props": { "ruleId": true, "category": true, "severity": true, "messageId": true, "params": true, "clause": true, "requirementId": true, "pointer": true, "file": true, "line": true, "column": true, "blocking": true, "blockingUntil": true, "message": true, "remedy": true, "howToRecord": true, "baseline": true }, "dynamicProps": false, "dynamicItems": false };
var schema53 = { "type": "object", "additionalProperties": false, "description": "The consultant's gap assessment given with --assessment.", "required": ["file", "assessor", "date", "items", "byClause", "actions"], "properties": { "file": { "type": "string" }, "assessor": { "type": "string", "minLength": 1 }, "date": { "$ref": "#/$defs/date" }, "items": { "type": "array", "items": { "type": "object", "additionalProperties": false, "required": ["clause", "title", "question", "status", "evidence", "assessor", "date"], "properties": { "clause": { "$ref": "#/$defs/clause" }, "title": { "type": "string", "minLength": 1 }, "question": { "type": "string", "minLength": 1 }, "status": { "enum": ["not-assessed", "not-addressed", "initial", "inconsistent", "conforming", "not-applicable"] }, "grade": { "enum": ["major", "minor", "observation"] }, "evidence": { "type": "array", "items": { "type": "object", "minProperties": 1, "maxProperties": 1 } }, "note": { "type": "string" }, "assessor": { "type": "string", "minLength": 1 }, "date": { "$ref": "#/$defs/date" } } } }, "byClause": { "type": "array", "items": { "type": "object", "additionalProperties": false, "required": ["clause", "title", "counts"], "properties": { "clause": { "$ref": "#/$defs/clause" }, "title": { "type": "string", "minLength": 1 }, "counts": { "type": "object", "additionalProperties": false, "required": ["not-assessed", "not-addressed", "initial", "inconsistent", "conforming", "not-applicable"], "properties": { "not-assessed": { "$ref": "#/$defs/count" }, "not-addressed": { "$ref": "#/$defs/count" }, "initial": { "$ref": "#/$defs/count" }, "inconsistent": { "$ref": "#/$defs/count" }, "conforming": { "$ref": "#/$defs/count" }, "not-applicable": { "$ref": "#/$defs/count" } } } } } }, "actions": { "type": "array", "items": { "type": "object", "additionalProperties": false, "required": ["id", "action", "due", "status", "items", "requirements", "overdue"], "properties": { "id": { "type": "string", "minLength": 1 }, "action": { "type": "string", "minLength": 1 }, "owner": { "type": "string", "minLength": 1 }, "due": { "$ref": "#/$defs/date" }, "status": { "enum": ["open", "in-progress", "done", "cancelled"] }, "items": { "type": "array", "items": { "$ref": "#/$defs/clause" } }, "requirements": { "type": "array", "items": { "type": "string" } }, "overdue": { "type": "boolean" } } } }, "progress": { "type": "object", "additionalProperties": false, "description": "Against an earlier assessment (--previous-assessment).", "required": ["since", "improved", "regressed", "newlyAssessed", "closedActions"], "properties": { "since": { "$ref": "#/$defs/date" }, "improved": { "type": "array", "items": { "type": "object", "additionalProperties": false, "required": ["clause", "from", "to"], "properties": { "clause": { "$ref": "#/$defs/clause" }, "from": { "enum": ["not-assessed", "not-addressed", "initial", "inconsistent", "conforming", "not-applicable"] }, "to": { "enum": ["not-assessed", "not-addressed", "initial", "inconsistent", "conforming", "not-applicable"] } } } }, "regressed": { "type": "array", "items": { "type": "object", "additionalProperties": false, "required": ["clause", "from", "to"], "properties": { "clause": { "$ref": "#/$defs/clause" }, "from": { "enum": ["not-assessed", "not-addressed", "initial", "inconsistent", "conforming", "not-applicable"] }, "to": { "enum": ["not-assessed", "not-addressed", "initial", "inconsistent", "conforming", "not-applicable"] } } } }, "newlyAssessed": { "type": "array", "items": { "type": "object", "additionalProperties": false, "required": ["clause", "from", "to"], "properties": { "clause": { "$ref": "#/$defs/clause" }, "from": { "enum": ["not-assessed", "not-addressed", "initial", "inconsistent", "conforming", "not-applicable"] }, "to": { "enum": ["not-assessed", "not-addressed", "initial", "inconsistent", "conforming", "not-applicable"] } } } }, "closedActions": { "type": "array", "items": { "type": "string" } } } } } };
function validate27(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate27.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.file === void 0 && (missing0 = "file") || data.assessor === void 0 && (missing0 = "assessor") || data.date === void 0 && (missing0 = "date") || data.items === void 0 && (missing0 = "items") || data.byClause === void 0 && (missing0 = "byClause") || data.actions === void 0 && (missing0 = "actions")) {
        validate27.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        const _errs1 = errors;
        for (const key0 in data) {
          if (!(key0 === "file" || key0 === "assessor" || key0 === "date" || key0 === "items" || key0 === "byClause" || key0 === "actions" || key0 === "progress")) {
            validate27.errors = [{ instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" }];
            return false;
            break;
          }
        }
        if (_errs1 === errors) {
          if (data.file !== void 0) {
            const _errs2 = errors;
            if (typeof data.file !== "string") {
              validate27.errors = [{ instancePath: instancePath + "/file", schemaPath: "#/properties/file/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
              return false;
            }
            var valid0 = _errs2 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.assessor !== void 0) {
              let data1 = data.assessor;
              const _errs4 = errors;
              if (errors === _errs4) {
                if (typeof data1 === "string") {
                  if (func2(data1) < 1) {
                    validate27.errors = [{ instancePath: instancePath + "/assessor", schemaPath: "#/properties/assessor/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                    return false;
                  }
                } else {
                  validate27.errors = [{ instancePath: instancePath + "/assessor", schemaPath: "#/properties/assessor/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                  return false;
                }
              }
              var valid0 = _errs4 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.date !== void 0) {
                let data2 = data.date;
                const _errs6 = errors;
                const _errs7 = errors;
                if (errors === _errs7) {
                  if (typeof data2 === "string") {
                    if (!pattern4.test(data2)) {
                      validate27.errors = [{ instancePath: instancePath + "/date", schemaPath: "#/$defs/date/pattern", keyword: "pattern", params: { pattern: "^\\d{4}-\\d{2}-\\d{2}$" }, message: 'must match pattern "^\\d{4}-\\d{2}-\\d{2}$"' }];
                      return false;
                    }
                  } else {
                    validate27.errors = [{ instancePath: instancePath + "/date", schemaPath: "#/$defs/date/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                    return false;
                  }
                }
                var valid0 = _errs6 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.items !== void 0) {
                  let data3 = data.items;
                  const _errs9 = errors;
                  if (errors === _errs9) {
                    if (Array.isArray(data3)) {
                      var valid2 = true;
                      const len0 = data3.length;
                      for (let i0 = 0; i0 < len0; i0++) {
                        let data4 = data3[i0];
                        const _errs11 = errors;
                        if (errors === _errs11) {
                          if (data4 && typeof data4 == "object" && !Array.isArray(data4)) {
                            let missing1;
                            if (data4.clause === void 0 && (missing1 = "clause") || data4.title === void 0 && (missing1 = "title") || data4.question === void 0 && (missing1 = "question") || data4.status === void 0 && (missing1 = "status") || data4.evidence === void 0 && (missing1 = "evidence") || data4.assessor === void 0 && (missing1 = "assessor") || data4.date === void 0 && (missing1 = "date")) {
                              validate27.errors = [{ instancePath: instancePath + "/items/" + i0, schemaPath: "#/properties/items/items/required", keyword: "required", params: { missingProperty: missing1 }, message: "must have required property '" + missing1 + "'" }];
                              return false;
                            } else {
                              const _errs13 = errors;
                              for (const key1 in data4) {
                                if (!func1.call(schema53.properties.items.items.properties, key1)) {
                                  validate27.errors = [{ instancePath: instancePath + "/items/" + i0, schemaPath: "#/properties/items/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" }];
                                  return false;
                                  break;
                                }
                              }
                              if (_errs13 === errors) {
                                if (data4.clause !== void 0) {
                                  let data5 = data4.clause;
                                  const _errs14 = errors;
                                  const _errs15 = errors;
                                  if (errors === _errs15) {
                                    if (typeof data5 === "string") {
                                      if (!pattern7.test(data5)) {
                                        validate27.errors = [{ instancePath: instancePath + "/items/" + i0 + "/clause", schemaPath: "#/$defs/clause/pattern", keyword: "pattern", params: { pattern: "^\\d+(\\.\\d+)*$" }, message: 'must match pattern "^\\d+(\\.\\d+)*$"' }];
                                        return false;
                                      }
                                    } else {
                                      validate27.errors = [{ instancePath: instancePath + "/items/" + i0 + "/clause", schemaPath: "#/$defs/clause/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                      return false;
                                    }
                                  }
                                  var valid3 = _errs14 === errors;
                                } else {
                                  var valid3 = true;
                                }
                                if (valid3) {
                                  if (data4.title !== void 0) {
                                    let data6 = data4.title;
                                    const _errs17 = errors;
                                    if (errors === _errs17) {
                                      if (typeof data6 === "string") {
                                        if (func2(data6) < 1) {
                                          validate27.errors = [{ instancePath: instancePath + "/items/" + i0 + "/title", schemaPath: "#/properties/items/items/properties/title/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                                          return false;
                                        }
                                      } else {
                                        validate27.errors = [{ instancePath: instancePath + "/items/" + i0 + "/title", schemaPath: "#/properties/items/items/properties/title/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                        return false;
                                      }
                                    }
                                    var valid3 = _errs17 === errors;
                                  } else {
                                    var valid3 = true;
                                  }
                                  if (valid3) {
                                    if (data4.question !== void 0) {
                                      let data7 = data4.question;
                                      const _errs19 = errors;
                                      if (errors === _errs19) {
                                        if (typeof data7 === "string") {
                                          if (func2(data7) < 1) {
                                            validate27.errors = [{ instancePath: instancePath + "/items/" + i0 + "/question", schemaPath: "#/properties/items/items/properties/question/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                                            return false;
                                          }
                                        } else {
                                          validate27.errors = [{ instancePath: instancePath + "/items/" + i0 + "/question", schemaPath: "#/properties/items/items/properties/question/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                          return false;
                                        }
                                      }
                                      var valid3 = _errs19 === errors;
                                    } else {
                                      var valid3 = true;
                                    }
                                    if (valid3) {
                                      if (data4.status !== void 0) {
                                        let data8 = data4.status;
                                        const _errs21 = errors;
                                        if (!(data8 === "not-assessed" || data8 === "not-addressed" || data8 === "initial" || data8 === "inconsistent" || data8 === "conforming" || data8 === "not-applicable")) {
                                          validate27.errors = [{ instancePath: instancePath + "/items/" + i0 + "/status", schemaPath: "#/properties/items/items/properties/status/enum", keyword: "enum", params: { allowedValues: schema53.properties.items.items.properties.status.enum }, message: "must be equal to one of the allowed values" }];
                                          return false;
                                        }
                                        var valid3 = _errs21 === errors;
                                      } else {
                                        var valid3 = true;
                                      }
                                      if (valid3) {
                                        if (data4.grade !== void 0) {
                                          let data9 = data4.grade;
                                          const _errs22 = errors;
                                          if (!(data9 === "major" || data9 === "minor" || data9 === "observation")) {
                                            validate27.errors = [{ instancePath: instancePath + "/items/" + i0 + "/grade", schemaPath: "#/properties/items/items/properties/grade/enum", keyword: "enum", params: { allowedValues: schema53.properties.items.items.properties.grade.enum }, message: "must be equal to one of the allowed values" }];
                                            return false;
                                          }
                                          var valid3 = _errs22 === errors;
                                        } else {
                                          var valid3 = true;
                                        }
                                        if (valid3) {
                                          if (data4.evidence !== void 0) {
                                            let data10 = data4.evidence;
                                            const _errs23 = errors;
                                            if (errors === _errs23) {
                                              if (Array.isArray(data10)) {
                                                var valid5 = true;
                                                const len1 = data10.length;
                                                for (let i1 = 0; i1 < len1; i1++) {
                                                  let data11 = data10[i1];
                                                  const _errs25 = errors;
                                                  if (errors === _errs25) {
                                                    if (data11 && typeof data11 == "object" && !Array.isArray(data11)) {
                                                      if (Object.keys(data11).length > 1) {
                                                        validate27.errors = [{ instancePath: instancePath + "/items/" + i0 + "/evidence/" + i1, schemaPath: "#/properties/items/items/properties/evidence/items/maxProperties", keyword: "maxProperties", params: { limit: 1 }, message: "must NOT have more than 1 properties" }];
                                                        return false;
                                                      } else {
                                                        if (Object.keys(data11).length < 1) {
                                                          validate27.errors = [{ instancePath: instancePath + "/items/" + i0 + "/evidence/" + i1, schemaPath: "#/properties/items/items/properties/evidence/items/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties" }];
                                                          return false;
                                                        }
                                                      }
                                                    } else {
                                                      validate27.errors = [{ instancePath: instancePath + "/items/" + i0 + "/evidence/" + i1, schemaPath: "#/properties/items/items/properties/evidence/items/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                                      return false;
                                                    }
                                                  }
                                                  var valid5 = _errs25 === errors;
                                                  if (!valid5) {
                                                    break;
                                                  }
                                                }
                                              } else {
                                                validate27.errors = [{ instancePath: instancePath + "/items/" + i0 + "/evidence", schemaPath: "#/properties/items/items/properties/evidence/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                                return false;
                                              }
                                            }
                                            var valid3 = _errs23 === errors;
                                          } else {
                                            var valid3 = true;
                                          }
                                          if (valid3) {
                                            if (data4.note !== void 0) {
                                              const _errs27 = errors;
                                              if (typeof data4.note !== "string") {
                                                validate27.errors = [{ instancePath: instancePath + "/items/" + i0 + "/note", schemaPath: "#/properties/items/items/properties/note/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                return false;
                                              }
                                              var valid3 = _errs27 === errors;
                                            } else {
                                              var valid3 = true;
                                            }
                                            if (valid3) {
                                              if (data4.assessor !== void 0) {
                                                let data13 = data4.assessor;
                                                const _errs29 = errors;
                                                if (errors === _errs29) {
                                                  if (typeof data13 === "string") {
                                                    if (func2(data13) < 1) {
                                                      validate27.errors = [{ instancePath: instancePath + "/items/" + i0 + "/assessor", schemaPath: "#/properties/items/items/properties/assessor/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                                                      return false;
                                                    }
                                                  } else {
                                                    validate27.errors = [{ instancePath: instancePath + "/items/" + i0 + "/assessor", schemaPath: "#/properties/items/items/properties/assessor/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                    return false;
                                                  }
                                                }
                                                var valid3 = _errs29 === errors;
                                              } else {
                                                var valid3 = true;
                                              }
                                              if (valid3) {
                                                if (data4.date !== void 0) {
                                                  let data14 = data4.date;
                                                  const _errs31 = errors;
                                                  const _errs32 = errors;
                                                  if (errors === _errs32) {
                                                    if (typeof data14 === "string") {
                                                      if (!pattern4.test(data14)) {
                                                        validate27.errors = [{ instancePath: instancePath + "/items/" + i0 + "/date", schemaPath: "#/$defs/date/pattern", keyword: "pattern", params: { pattern: "^\\d{4}-\\d{2}-\\d{2}$" }, message: 'must match pattern "^\\d{4}-\\d{2}-\\d{2}$"' }];
                                                        return false;
                                                      }
                                                    } else {
                                                      validate27.errors = [{ instancePath: instancePath + "/items/" + i0 + "/date", schemaPath: "#/$defs/date/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                      return false;
                                                    }
                                                  }
                                                  var valid3 = _errs31 === errors;
                                                } else {
                                                  var valid3 = true;
                                                }
                                              }
                                            }
                                          }
                                        }
                                      }
                                    }
                                  }
                                }
                              }
                            }
                          } else {
                            validate27.errors = [{ instancePath: instancePath + "/items/" + i0, schemaPath: "#/properties/items/items/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                            return false;
                          }
                        }
                        var valid2 = _errs11 === errors;
                        if (!valid2) {
                          break;
                        }
                      }
                    } else {
                      validate27.errors = [{ instancePath: instancePath + "/items", schemaPath: "#/properties/items/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                      return false;
                    }
                  }
                  var valid0 = _errs9 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.byClause !== void 0) {
                    let data15 = data.byClause;
                    const _errs34 = errors;
                    if (errors === _errs34) {
                      if (Array.isArray(data15)) {
                        var valid7 = true;
                        const len2 = data15.length;
                        for (let i2 = 0; i2 < len2; i2++) {
                          let data16 = data15[i2];
                          const _errs36 = errors;
                          if (errors === _errs36) {
                            if (data16 && typeof data16 == "object" && !Array.isArray(data16)) {
                              let missing2;
                              if (data16.clause === void 0 && (missing2 = "clause") || data16.title === void 0 && (missing2 = "title") || data16.counts === void 0 && (missing2 = "counts")) {
                                validate27.errors = [{ instancePath: instancePath + "/byClause/" + i2, schemaPath: "#/properties/byClause/items/required", keyword: "required", params: { missingProperty: missing2 }, message: "must have required property '" + missing2 + "'" }];
                                return false;
                              } else {
                                const _errs38 = errors;
                                for (const key2 in data16) {
                                  if (!(key2 === "clause" || key2 === "title" || key2 === "counts")) {
                                    validate27.errors = [{ instancePath: instancePath + "/byClause/" + i2, schemaPath: "#/properties/byClause/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties" }];
                                    return false;
                                    break;
                                  }
                                }
                                if (_errs38 === errors) {
                                  if (data16.clause !== void 0) {
                                    let data17 = data16.clause;
                                    const _errs39 = errors;
                                    const _errs40 = errors;
                                    if (errors === _errs40) {
                                      if (typeof data17 === "string") {
                                        if (!pattern7.test(data17)) {
                                          validate27.errors = [{ instancePath: instancePath + "/byClause/" + i2 + "/clause", schemaPath: "#/$defs/clause/pattern", keyword: "pattern", params: { pattern: "^\\d+(\\.\\d+)*$" }, message: 'must match pattern "^\\d+(\\.\\d+)*$"' }];
                                          return false;
                                        }
                                      } else {
                                        validate27.errors = [{ instancePath: instancePath + "/byClause/" + i2 + "/clause", schemaPath: "#/$defs/clause/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                        return false;
                                      }
                                    }
                                    var valid8 = _errs39 === errors;
                                  } else {
                                    var valid8 = true;
                                  }
                                  if (valid8) {
                                    if (data16.title !== void 0) {
                                      let data18 = data16.title;
                                      const _errs42 = errors;
                                      if (errors === _errs42) {
                                        if (typeof data18 === "string") {
                                          if (func2(data18) < 1) {
                                            validate27.errors = [{ instancePath: instancePath + "/byClause/" + i2 + "/title", schemaPath: "#/properties/byClause/items/properties/title/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                                            return false;
                                          }
                                        } else {
                                          validate27.errors = [{ instancePath: instancePath + "/byClause/" + i2 + "/title", schemaPath: "#/properties/byClause/items/properties/title/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                          return false;
                                        }
                                      }
                                      var valid8 = _errs42 === errors;
                                    } else {
                                      var valid8 = true;
                                    }
                                    if (valid8) {
                                      if (data16.counts !== void 0) {
                                        let data19 = data16.counts;
                                        const _errs44 = errors;
                                        if (errors === _errs44) {
                                          if (data19 && typeof data19 == "object" && !Array.isArray(data19)) {
                                            let missing3;
                                            if (data19["not-assessed"] === void 0 && (missing3 = "not-assessed") || data19["not-addressed"] === void 0 && (missing3 = "not-addressed") || data19.initial === void 0 && (missing3 = "initial") || data19.inconsistent === void 0 && (missing3 = "inconsistent") || data19.conforming === void 0 && (missing3 = "conforming") || data19["not-applicable"] === void 0 && (missing3 = "not-applicable")) {
                                              validate27.errors = [{ instancePath: instancePath + "/byClause/" + i2 + "/counts", schemaPath: "#/properties/byClause/items/properties/counts/required", keyword: "required", params: { missingProperty: missing3 }, message: "must have required property '" + missing3 + "'" }];
                                              return false;
                                            } else {
                                              const _errs46 = errors;
                                              for (const key3 in data19) {
                                                if (!(key3 === "not-assessed" || key3 === "not-addressed" || key3 === "initial" || key3 === "inconsistent" || key3 === "conforming" || key3 === "not-applicable")) {
                                                  validate27.errors = [{ instancePath: instancePath + "/byClause/" + i2 + "/counts", schemaPath: "#/properties/byClause/items/properties/counts/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties" }];
                                                  return false;
                                                  break;
                                                }
                                              }
                                              if (_errs46 === errors) {
                                                if (data19["not-assessed"] !== void 0) {
                                                  let data20 = data19["not-assessed"];
                                                  const _errs47 = errors;
                                                  const _errs48 = errors;
                                                  if (!(typeof data20 == "number" && (!(data20 % 1) && !isNaN(data20)) && isFinite(data20))) {
                                                    validate27.errors = [{ instancePath: instancePath + "/byClause/" + i2 + "/counts/not-assessed", schemaPath: "#/$defs/count/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                                                    return false;
                                                  }
                                                  if (errors === _errs48) {
                                                    if (typeof data20 == "number" && isFinite(data20)) {
                                                      if (data20 < 0 || isNaN(data20)) {
                                                        validate27.errors = [{ instancePath: instancePath + "/byClause/" + i2 + "/counts/not-assessed", schemaPath: "#/$defs/count/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }];
                                                        return false;
                                                      }
                                                    }
                                                  }
                                                  var valid10 = _errs47 === errors;
                                                } else {
                                                  var valid10 = true;
                                                }
                                                if (valid10) {
                                                  if (data19["not-addressed"] !== void 0) {
                                                    let data21 = data19["not-addressed"];
                                                    const _errs50 = errors;
                                                    const _errs51 = errors;
                                                    if (!(typeof data21 == "number" && (!(data21 % 1) && !isNaN(data21)) && isFinite(data21))) {
                                                      validate27.errors = [{ instancePath: instancePath + "/byClause/" + i2 + "/counts/not-addressed", schemaPath: "#/$defs/count/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                                                      return false;
                                                    }
                                                    if (errors === _errs51) {
                                                      if (typeof data21 == "number" && isFinite(data21)) {
                                                        if (data21 < 0 || isNaN(data21)) {
                                                          validate27.errors = [{ instancePath: instancePath + "/byClause/" + i2 + "/counts/not-addressed", schemaPath: "#/$defs/count/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }];
                                                          return false;
                                                        }
                                                      }
                                                    }
                                                    var valid10 = _errs50 === errors;
                                                  } else {
                                                    var valid10 = true;
                                                  }
                                                  if (valid10) {
                                                    if (data19.initial !== void 0) {
                                                      let data22 = data19.initial;
                                                      const _errs53 = errors;
                                                      const _errs54 = errors;
                                                      if (!(typeof data22 == "number" && (!(data22 % 1) && !isNaN(data22)) && isFinite(data22))) {
                                                        validate27.errors = [{ instancePath: instancePath + "/byClause/" + i2 + "/counts/initial", schemaPath: "#/$defs/count/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                                                        return false;
                                                      }
                                                      if (errors === _errs54) {
                                                        if (typeof data22 == "number" && isFinite(data22)) {
                                                          if (data22 < 0 || isNaN(data22)) {
                                                            validate27.errors = [{ instancePath: instancePath + "/byClause/" + i2 + "/counts/initial", schemaPath: "#/$defs/count/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }];
                                                            return false;
                                                          }
                                                        }
                                                      }
                                                      var valid10 = _errs53 === errors;
                                                    } else {
                                                      var valid10 = true;
                                                    }
                                                    if (valid10) {
                                                      if (data19.inconsistent !== void 0) {
                                                        let data23 = data19.inconsistent;
                                                        const _errs56 = errors;
                                                        const _errs57 = errors;
                                                        if (!(typeof data23 == "number" && (!(data23 % 1) && !isNaN(data23)) && isFinite(data23))) {
                                                          validate27.errors = [{ instancePath: instancePath + "/byClause/" + i2 + "/counts/inconsistent", schemaPath: "#/$defs/count/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                                                          return false;
                                                        }
                                                        if (errors === _errs57) {
                                                          if (typeof data23 == "number" && isFinite(data23)) {
                                                            if (data23 < 0 || isNaN(data23)) {
                                                              validate27.errors = [{ instancePath: instancePath + "/byClause/" + i2 + "/counts/inconsistent", schemaPath: "#/$defs/count/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }];
                                                              return false;
                                                            }
                                                          }
                                                        }
                                                        var valid10 = _errs56 === errors;
                                                      } else {
                                                        var valid10 = true;
                                                      }
                                                      if (valid10) {
                                                        if (data19.conforming !== void 0) {
                                                          let data24 = data19.conforming;
                                                          const _errs59 = errors;
                                                          const _errs60 = errors;
                                                          if (!(typeof data24 == "number" && (!(data24 % 1) && !isNaN(data24)) && isFinite(data24))) {
                                                            validate27.errors = [{ instancePath: instancePath + "/byClause/" + i2 + "/counts/conforming", schemaPath: "#/$defs/count/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                                                            return false;
                                                          }
                                                          if (errors === _errs60) {
                                                            if (typeof data24 == "number" && isFinite(data24)) {
                                                              if (data24 < 0 || isNaN(data24)) {
                                                                validate27.errors = [{ instancePath: instancePath + "/byClause/" + i2 + "/counts/conforming", schemaPath: "#/$defs/count/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }];
                                                                return false;
                                                              }
                                                            }
                                                          }
                                                          var valid10 = _errs59 === errors;
                                                        } else {
                                                          var valid10 = true;
                                                        }
                                                        if (valid10) {
                                                          if (data19["not-applicable"] !== void 0) {
                                                            let data25 = data19["not-applicable"];
                                                            const _errs62 = errors;
                                                            const _errs63 = errors;
                                                            if (!(typeof data25 == "number" && (!(data25 % 1) && !isNaN(data25)) && isFinite(data25))) {
                                                              validate27.errors = [{ instancePath: instancePath + "/byClause/" + i2 + "/counts/not-applicable", schemaPath: "#/$defs/count/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                                                              return false;
                                                            }
                                                            if (errors === _errs63) {
                                                              if (typeof data25 == "number" && isFinite(data25)) {
                                                                if (data25 < 0 || isNaN(data25)) {
                                                                  validate27.errors = [{ instancePath: instancePath + "/byClause/" + i2 + "/counts/not-applicable", schemaPath: "#/$defs/count/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }];
                                                                  return false;
                                                                }
                                                              }
                                                            }
                                                            var valid10 = _errs62 === errors;
                                                          } else {
                                                            var valid10 = true;
                                                          }
                                                        }
                                                      }
                                                    }
                                                  }
                                                }
                                              }
                                            }
                                          } else {
                                            validate27.errors = [{ instancePath: instancePath + "/byClause/" + i2 + "/counts", schemaPath: "#/properties/byClause/items/properties/counts/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                            return false;
                                          }
                                        }
                                        var valid8 = _errs44 === errors;
                                      } else {
                                        var valid8 = true;
                                      }
                                    }
                                  }
                                }
                              }
                            } else {
                              validate27.errors = [{ instancePath: instancePath + "/byClause/" + i2, schemaPath: "#/properties/byClause/items/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                              return false;
                            }
                          }
                          var valid7 = _errs36 === errors;
                          if (!valid7) {
                            break;
                          }
                        }
                      } else {
                        validate27.errors = [{ instancePath: instancePath + "/byClause", schemaPath: "#/properties/byClause/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                        return false;
                      }
                    }
                    var valid0 = _errs34 === errors;
                  } else {
                    var valid0 = true;
                  }
                  if (valid0) {
                    if (data.actions !== void 0) {
                      let data26 = data.actions;
                      const _errs65 = errors;
                      if (errors === _errs65) {
                        if (Array.isArray(data26)) {
                          var valid17 = true;
                          const len3 = data26.length;
                          for (let i3 = 0; i3 < len3; i3++) {
                            let data27 = data26[i3];
                            const _errs67 = errors;
                            if (errors === _errs67) {
                              if (data27 && typeof data27 == "object" && !Array.isArray(data27)) {
                                let missing4;
                                if (data27.id === void 0 && (missing4 = "id") || data27.action === void 0 && (missing4 = "action") || data27.due === void 0 && (missing4 = "due") || data27.status === void 0 && (missing4 = "status") || data27.items === void 0 && (missing4 = "items") || data27.requirements === void 0 && (missing4 = "requirements") || data27.overdue === void 0 && (missing4 = "overdue")) {
                                  validate27.errors = [{ instancePath: instancePath + "/actions/" + i3, schemaPath: "#/properties/actions/items/required", keyword: "required", params: { missingProperty: missing4 }, message: "must have required property '" + missing4 + "'" }];
                                  return false;
                                } else {
                                  const _errs69 = errors;
                                  for (const key4 in data27) {
                                    if (!(key4 === "id" || key4 === "action" || key4 === "owner" || key4 === "due" || key4 === "status" || key4 === "items" || key4 === "requirements" || key4 === "overdue")) {
                                      validate27.errors = [{ instancePath: instancePath + "/actions/" + i3, schemaPath: "#/properties/actions/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties" }];
                                      return false;
                                      break;
                                    }
                                  }
                                  if (_errs69 === errors) {
                                    if (data27.id !== void 0) {
                                      let data28 = data27.id;
                                      const _errs70 = errors;
                                      if (errors === _errs70) {
                                        if (typeof data28 === "string") {
                                          if (func2(data28) < 1) {
                                            validate27.errors = [{ instancePath: instancePath + "/actions/" + i3 + "/id", schemaPath: "#/properties/actions/items/properties/id/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                                            return false;
                                          }
                                        } else {
                                          validate27.errors = [{ instancePath: instancePath + "/actions/" + i3 + "/id", schemaPath: "#/properties/actions/items/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                          return false;
                                        }
                                      }
                                      var valid18 = _errs70 === errors;
                                    } else {
                                      var valid18 = true;
                                    }
                                    if (valid18) {
                                      if (data27.action !== void 0) {
                                        let data29 = data27.action;
                                        const _errs72 = errors;
                                        if (errors === _errs72) {
                                          if (typeof data29 === "string") {
                                            if (func2(data29) < 1) {
                                              validate27.errors = [{ instancePath: instancePath + "/actions/" + i3 + "/action", schemaPath: "#/properties/actions/items/properties/action/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                                              return false;
                                            }
                                          } else {
                                            validate27.errors = [{ instancePath: instancePath + "/actions/" + i3 + "/action", schemaPath: "#/properties/actions/items/properties/action/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                            return false;
                                          }
                                        }
                                        var valid18 = _errs72 === errors;
                                      } else {
                                        var valid18 = true;
                                      }
                                      if (valid18) {
                                        if (data27.owner !== void 0) {
                                          let data30 = data27.owner;
                                          const _errs74 = errors;
                                          if (errors === _errs74) {
                                            if (typeof data30 === "string") {
                                              if (func2(data30) < 1) {
                                                validate27.errors = [{ instancePath: instancePath + "/actions/" + i3 + "/owner", schemaPath: "#/properties/actions/items/properties/owner/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                                                return false;
                                              }
                                            } else {
                                              validate27.errors = [{ instancePath: instancePath + "/actions/" + i3 + "/owner", schemaPath: "#/properties/actions/items/properties/owner/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                              return false;
                                            }
                                          }
                                          var valid18 = _errs74 === errors;
                                        } else {
                                          var valid18 = true;
                                        }
                                        if (valid18) {
                                          if (data27.due !== void 0) {
                                            let data31 = data27.due;
                                            const _errs76 = errors;
                                            const _errs77 = errors;
                                            if (errors === _errs77) {
                                              if (typeof data31 === "string") {
                                                if (!pattern4.test(data31)) {
                                                  validate27.errors = [{ instancePath: instancePath + "/actions/" + i3 + "/due", schemaPath: "#/$defs/date/pattern", keyword: "pattern", params: { pattern: "^\\d{4}-\\d{2}-\\d{2}$" }, message: 'must match pattern "^\\d{4}-\\d{2}-\\d{2}$"' }];
                                                  return false;
                                                }
                                              } else {
                                                validate27.errors = [{ instancePath: instancePath + "/actions/" + i3 + "/due", schemaPath: "#/$defs/date/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                return false;
                                              }
                                            }
                                            var valid18 = _errs76 === errors;
                                          } else {
                                            var valid18 = true;
                                          }
                                          if (valid18) {
                                            if (data27.status !== void 0) {
                                              let data32 = data27.status;
                                              const _errs79 = errors;
                                              if (!(data32 === "open" || data32 === "in-progress" || data32 === "done" || data32 === "cancelled")) {
                                                validate27.errors = [{ instancePath: instancePath + "/actions/" + i3 + "/status", schemaPath: "#/properties/actions/items/properties/status/enum", keyword: "enum", params: { allowedValues: schema53.properties.actions.items.properties.status.enum }, message: "must be equal to one of the allowed values" }];
                                                return false;
                                              }
                                              var valid18 = _errs79 === errors;
                                            } else {
                                              var valid18 = true;
                                            }
                                            if (valid18) {
                                              if (data27.items !== void 0) {
                                                let data33 = data27.items;
                                                const _errs80 = errors;
                                                if (errors === _errs80) {
                                                  if (Array.isArray(data33)) {
                                                    var valid20 = true;
                                                    const len4 = data33.length;
                                                    for (let i4 = 0; i4 < len4; i4++) {
                                                      let data34 = data33[i4];
                                                      const _errs82 = errors;
                                                      const _errs83 = errors;
                                                      if (errors === _errs83) {
                                                        if (typeof data34 === "string") {
                                                          if (!pattern7.test(data34)) {
                                                            validate27.errors = [{ instancePath: instancePath + "/actions/" + i3 + "/items/" + i4, schemaPath: "#/$defs/clause/pattern", keyword: "pattern", params: { pattern: "^\\d+(\\.\\d+)*$" }, message: 'must match pattern "^\\d+(\\.\\d+)*$"' }];
                                                            return false;
                                                          }
                                                        } else {
                                                          validate27.errors = [{ instancePath: instancePath + "/actions/" + i3 + "/items/" + i4, schemaPath: "#/$defs/clause/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                          return false;
                                                        }
                                                      }
                                                      var valid20 = _errs82 === errors;
                                                      if (!valid20) {
                                                        break;
                                                      }
                                                    }
                                                  } else {
                                                    validate27.errors = [{ instancePath: instancePath + "/actions/" + i3 + "/items", schemaPath: "#/properties/actions/items/properties/items/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                                    return false;
                                                  }
                                                }
                                                var valid18 = _errs80 === errors;
                                              } else {
                                                var valid18 = true;
                                              }
                                              if (valid18) {
                                                if (data27.requirements !== void 0) {
                                                  let data35 = data27.requirements;
                                                  const _errs85 = errors;
                                                  if (errors === _errs85) {
                                                    if (Array.isArray(data35)) {
                                                      var valid22 = true;
                                                      const len5 = data35.length;
                                                      for (let i5 = 0; i5 < len5; i5++) {
                                                        const _errs87 = errors;
                                                        if (typeof data35[i5] !== "string") {
                                                          validate27.errors = [{ instancePath: instancePath + "/actions/" + i3 + "/requirements/" + i5, schemaPath: "#/properties/actions/items/properties/requirements/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                          return false;
                                                        }
                                                        var valid22 = _errs87 === errors;
                                                        if (!valid22) {
                                                          break;
                                                        }
                                                      }
                                                    } else {
                                                      validate27.errors = [{ instancePath: instancePath + "/actions/" + i3 + "/requirements", schemaPath: "#/properties/actions/items/properties/requirements/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                                      return false;
                                                    }
                                                  }
                                                  var valid18 = _errs85 === errors;
                                                } else {
                                                  var valid18 = true;
                                                }
                                                if (valid18) {
                                                  if (data27.overdue !== void 0) {
                                                    const _errs89 = errors;
                                                    if (typeof data27.overdue !== "boolean") {
                                                      validate27.errors = [{ instancePath: instancePath + "/actions/" + i3 + "/overdue", schemaPath: "#/properties/actions/items/properties/overdue/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" }];
                                                      return false;
                                                    }
                                                    var valid18 = _errs89 === errors;
                                                  } else {
                                                    var valid18 = true;
                                                  }
                                                }
                                              }
                                            }
                                          }
                                        }
                                      }
                                    }
                                  }
                                }
                              } else {
                                validate27.errors = [{ instancePath: instancePath + "/actions/" + i3, schemaPath: "#/properties/actions/items/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                return false;
                              }
                            }
                            var valid17 = _errs67 === errors;
                            if (!valid17) {
                              break;
                            }
                          }
                        } else {
                          validate27.errors = [{ instancePath: instancePath + "/actions", schemaPath: "#/properties/actions/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                          return false;
                        }
                      }
                      var valid0 = _errs65 === errors;
                    } else {
                      var valid0 = true;
                    }
                    if (valid0) {
                      if (data.progress !== void 0) {
                        let data38 = data.progress;
                        const _errs91 = errors;
                        if (errors === _errs91) {
                          if (data38 && typeof data38 == "object" && !Array.isArray(data38)) {
                            let missing5;
                            if (data38.since === void 0 && (missing5 = "since") || data38.improved === void 0 && (missing5 = "improved") || data38.regressed === void 0 && (missing5 = "regressed") || data38.newlyAssessed === void 0 && (missing5 = "newlyAssessed") || data38.closedActions === void 0 && (missing5 = "closedActions")) {
                              validate27.errors = [{ instancePath: instancePath + "/progress", schemaPath: "#/properties/progress/required", keyword: "required", params: { missingProperty: missing5 }, message: "must have required property '" + missing5 + "'" }];
                              return false;
                            } else {
                              const _errs93 = errors;
                              for (const key5 in data38) {
                                if (!(key5 === "since" || key5 === "improved" || key5 === "regressed" || key5 === "newlyAssessed" || key5 === "closedActions")) {
                                  validate27.errors = [{ instancePath: instancePath + "/progress", schemaPath: "#/properties/progress/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties" }];
                                  return false;
                                  break;
                                }
                              }
                              if (_errs93 === errors) {
                                if (data38.since !== void 0) {
                                  let data39 = data38.since;
                                  const _errs94 = errors;
                                  const _errs95 = errors;
                                  if (errors === _errs95) {
                                    if (typeof data39 === "string") {
                                      if (!pattern4.test(data39)) {
                                        validate27.errors = [{ instancePath: instancePath + "/progress/since", schemaPath: "#/$defs/date/pattern", keyword: "pattern", params: { pattern: "^\\d{4}-\\d{2}-\\d{2}$" }, message: 'must match pattern "^\\d{4}-\\d{2}-\\d{2}$"' }];
                                        return false;
                                      }
                                    } else {
                                      validate27.errors = [{ instancePath: instancePath + "/progress/since", schemaPath: "#/$defs/date/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                      return false;
                                    }
                                  }
                                  var valid23 = _errs94 === errors;
                                } else {
                                  var valid23 = true;
                                }
                                if (valid23) {
                                  if (data38.improved !== void 0) {
                                    let data40 = data38.improved;
                                    const _errs97 = errors;
                                    if (errors === _errs97) {
                                      if (Array.isArray(data40)) {
                                        var valid25 = true;
                                        const len6 = data40.length;
                                        for (let i6 = 0; i6 < len6; i6++) {
                                          let data41 = data40[i6];
                                          const _errs99 = errors;
                                          if (errors === _errs99) {
                                            if (data41 && typeof data41 == "object" && !Array.isArray(data41)) {
                                              let missing6;
                                              if (data41.clause === void 0 && (missing6 = "clause") || data41.from === void 0 && (missing6 = "from") || data41.to === void 0 && (missing6 = "to")) {
                                                validate27.errors = [{ instancePath: instancePath + "/progress/improved/" + i6, schemaPath: "#/properties/progress/properties/improved/items/required", keyword: "required", params: { missingProperty: missing6 }, message: "must have required property '" + missing6 + "'" }];
                                                return false;
                                              } else {
                                                const _errs101 = errors;
                                                for (const key6 in data41) {
                                                  if (!(key6 === "clause" || key6 === "from" || key6 === "to")) {
                                                    validate27.errors = [{ instancePath: instancePath + "/progress/improved/" + i6, schemaPath: "#/properties/progress/properties/improved/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key6 }, message: "must NOT have additional properties" }];
                                                    return false;
                                                    break;
                                                  }
                                                }
                                                if (_errs101 === errors) {
                                                  if (data41.clause !== void 0) {
                                                    let data42 = data41.clause;
                                                    const _errs102 = errors;
                                                    const _errs103 = errors;
                                                    if (errors === _errs103) {
                                                      if (typeof data42 === "string") {
                                                        if (!pattern7.test(data42)) {
                                                          validate27.errors = [{ instancePath: instancePath + "/progress/improved/" + i6 + "/clause", schemaPath: "#/$defs/clause/pattern", keyword: "pattern", params: { pattern: "^\\d+(\\.\\d+)*$" }, message: 'must match pattern "^\\d+(\\.\\d+)*$"' }];
                                                          return false;
                                                        }
                                                      } else {
                                                        validate27.errors = [{ instancePath: instancePath + "/progress/improved/" + i6 + "/clause", schemaPath: "#/$defs/clause/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                        return false;
                                                      }
                                                    }
                                                    var valid26 = _errs102 === errors;
                                                  } else {
                                                    var valid26 = true;
                                                  }
                                                  if (valid26) {
                                                    if (data41.from !== void 0) {
                                                      let data43 = data41.from;
                                                      const _errs105 = errors;
                                                      if (!(data43 === "not-assessed" || data43 === "not-addressed" || data43 === "initial" || data43 === "inconsistent" || data43 === "conforming" || data43 === "not-applicable")) {
                                                        validate27.errors = [{ instancePath: instancePath + "/progress/improved/" + i6 + "/from", schemaPath: "#/properties/progress/properties/improved/items/properties/from/enum", keyword: "enum", params: { allowedValues: schema53.properties.progress.properties.improved.items.properties.from.enum }, message: "must be equal to one of the allowed values" }];
                                                        return false;
                                                      }
                                                      var valid26 = _errs105 === errors;
                                                    } else {
                                                      var valid26 = true;
                                                    }
                                                    if (valid26) {
                                                      if (data41.to !== void 0) {
                                                        let data44 = data41.to;
                                                        const _errs106 = errors;
                                                        if (!(data44 === "not-assessed" || data44 === "not-addressed" || data44 === "initial" || data44 === "inconsistent" || data44 === "conforming" || data44 === "not-applicable")) {
                                                          validate27.errors = [{ instancePath: instancePath + "/progress/improved/" + i6 + "/to", schemaPath: "#/properties/progress/properties/improved/items/properties/to/enum", keyword: "enum", params: { allowedValues: schema53.properties.progress.properties.improved.items.properties.to.enum }, message: "must be equal to one of the allowed values" }];
                                                          return false;
                                                        }
                                                        var valid26 = _errs106 === errors;
                                                      } else {
                                                        var valid26 = true;
                                                      }
                                                    }
                                                  }
                                                }
                                              }
                                            } else {
                                              validate27.errors = [{ instancePath: instancePath + "/progress/improved/" + i6, schemaPath: "#/properties/progress/properties/improved/items/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                              return false;
                                            }
                                          }
                                          var valid25 = _errs99 === errors;
                                          if (!valid25) {
                                            break;
                                          }
                                        }
                                      } else {
                                        validate27.errors = [{ instancePath: instancePath + "/progress/improved", schemaPath: "#/properties/progress/properties/improved/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                        return false;
                                      }
                                    }
                                    var valid23 = _errs97 === errors;
                                  } else {
                                    var valid23 = true;
                                  }
                                  if (valid23) {
                                    if (data38.regressed !== void 0) {
                                      let data45 = data38.regressed;
                                      const _errs107 = errors;
                                      if (errors === _errs107) {
                                        if (Array.isArray(data45)) {
                                          var valid28 = true;
                                          const len7 = data45.length;
                                          for (let i7 = 0; i7 < len7; i7++) {
                                            let data46 = data45[i7];
                                            const _errs109 = errors;
                                            if (errors === _errs109) {
                                              if (data46 && typeof data46 == "object" && !Array.isArray(data46)) {
                                                let missing7;
                                                if (data46.clause === void 0 && (missing7 = "clause") || data46.from === void 0 && (missing7 = "from") || data46.to === void 0 && (missing7 = "to")) {
                                                  validate27.errors = [{ instancePath: instancePath + "/progress/regressed/" + i7, schemaPath: "#/properties/progress/properties/regressed/items/required", keyword: "required", params: { missingProperty: missing7 }, message: "must have required property '" + missing7 + "'" }];
                                                  return false;
                                                } else {
                                                  const _errs111 = errors;
                                                  for (const key7 in data46) {
                                                    if (!(key7 === "clause" || key7 === "from" || key7 === "to")) {
                                                      validate27.errors = [{ instancePath: instancePath + "/progress/regressed/" + i7, schemaPath: "#/properties/progress/properties/regressed/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key7 }, message: "must NOT have additional properties" }];
                                                      return false;
                                                      break;
                                                    }
                                                  }
                                                  if (_errs111 === errors) {
                                                    if (data46.clause !== void 0) {
                                                      let data47 = data46.clause;
                                                      const _errs112 = errors;
                                                      const _errs113 = errors;
                                                      if (errors === _errs113) {
                                                        if (typeof data47 === "string") {
                                                          if (!pattern7.test(data47)) {
                                                            validate27.errors = [{ instancePath: instancePath + "/progress/regressed/" + i7 + "/clause", schemaPath: "#/$defs/clause/pattern", keyword: "pattern", params: { pattern: "^\\d+(\\.\\d+)*$" }, message: 'must match pattern "^\\d+(\\.\\d+)*$"' }];
                                                            return false;
                                                          }
                                                        } else {
                                                          validate27.errors = [{ instancePath: instancePath + "/progress/regressed/" + i7 + "/clause", schemaPath: "#/$defs/clause/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                          return false;
                                                        }
                                                      }
                                                      var valid29 = _errs112 === errors;
                                                    } else {
                                                      var valid29 = true;
                                                    }
                                                    if (valid29) {
                                                      if (data46.from !== void 0) {
                                                        let data48 = data46.from;
                                                        const _errs115 = errors;
                                                        if (!(data48 === "not-assessed" || data48 === "not-addressed" || data48 === "initial" || data48 === "inconsistent" || data48 === "conforming" || data48 === "not-applicable")) {
                                                          validate27.errors = [{ instancePath: instancePath + "/progress/regressed/" + i7 + "/from", schemaPath: "#/properties/progress/properties/regressed/items/properties/from/enum", keyword: "enum", params: { allowedValues: schema53.properties.progress.properties.regressed.items.properties.from.enum }, message: "must be equal to one of the allowed values" }];
                                                          return false;
                                                        }
                                                        var valid29 = _errs115 === errors;
                                                      } else {
                                                        var valid29 = true;
                                                      }
                                                      if (valid29) {
                                                        if (data46.to !== void 0) {
                                                          let data49 = data46.to;
                                                          const _errs116 = errors;
                                                          if (!(data49 === "not-assessed" || data49 === "not-addressed" || data49 === "initial" || data49 === "inconsistent" || data49 === "conforming" || data49 === "not-applicable")) {
                                                            validate27.errors = [{ instancePath: instancePath + "/progress/regressed/" + i7 + "/to", schemaPath: "#/properties/progress/properties/regressed/items/properties/to/enum", keyword: "enum", params: { allowedValues: schema53.properties.progress.properties.regressed.items.properties.to.enum }, message: "must be equal to one of the allowed values" }];
                                                            return false;
                                                          }
                                                          var valid29 = _errs116 === errors;
                                                        } else {
                                                          var valid29 = true;
                                                        }
                                                      }
                                                    }
                                                  }
                                                }
                                              } else {
                                                validate27.errors = [{ instancePath: instancePath + "/progress/regressed/" + i7, schemaPath: "#/properties/progress/properties/regressed/items/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                                return false;
                                              }
                                            }
                                            var valid28 = _errs109 === errors;
                                            if (!valid28) {
                                              break;
                                            }
                                          }
                                        } else {
                                          validate27.errors = [{ instancePath: instancePath + "/progress/regressed", schemaPath: "#/properties/progress/properties/regressed/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                          return false;
                                        }
                                      }
                                      var valid23 = _errs107 === errors;
                                    } else {
                                      var valid23 = true;
                                    }
                                    if (valid23) {
                                      if (data38.newlyAssessed !== void 0) {
                                        let data50 = data38.newlyAssessed;
                                        const _errs117 = errors;
                                        if (errors === _errs117) {
                                          if (Array.isArray(data50)) {
                                            var valid31 = true;
                                            const len8 = data50.length;
                                            for (let i8 = 0; i8 < len8; i8++) {
                                              let data51 = data50[i8];
                                              const _errs119 = errors;
                                              if (errors === _errs119) {
                                                if (data51 && typeof data51 == "object" && !Array.isArray(data51)) {
                                                  let missing8;
                                                  if (data51.clause === void 0 && (missing8 = "clause") || data51.from === void 0 && (missing8 = "from") || data51.to === void 0 && (missing8 = "to")) {
                                                    validate27.errors = [{ instancePath: instancePath + "/progress/newlyAssessed/" + i8, schemaPath: "#/properties/progress/properties/newlyAssessed/items/required", keyword: "required", params: { missingProperty: missing8 }, message: "must have required property '" + missing8 + "'" }];
                                                    return false;
                                                  } else {
                                                    const _errs121 = errors;
                                                    for (const key8 in data51) {
                                                      if (!(key8 === "clause" || key8 === "from" || key8 === "to")) {
                                                        validate27.errors = [{ instancePath: instancePath + "/progress/newlyAssessed/" + i8, schemaPath: "#/properties/progress/properties/newlyAssessed/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key8 }, message: "must NOT have additional properties" }];
                                                        return false;
                                                        break;
                                                      }
                                                    }
                                                    if (_errs121 === errors) {
                                                      if (data51.clause !== void 0) {
                                                        let data52 = data51.clause;
                                                        const _errs122 = errors;
                                                        const _errs123 = errors;
                                                        if (errors === _errs123) {
                                                          if (typeof data52 === "string") {
                                                            if (!pattern7.test(data52)) {
                                                              validate27.errors = [{ instancePath: instancePath + "/progress/newlyAssessed/" + i8 + "/clause", schemaPath: "#/$defs/clause/pattern", keyword: "pattern", params: { pattern: "^\\d+(\\.\\d+)*$" }, message: 'must match pattern "^\\d+(\\.\\d+)*$"' }];
                                                              return false;
                                                            }
                                                          } else {
                                                            validate27.errors = [{ instancePath: instancePath + "/progress/newlyAssessed/" + i8 + "/clause", schemaPath: "#/$defs/clause/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                            return false;
                                                          }
                                                        }
                                                        var valid32 = _errs122 === errors;
                                                      } else {
                                                        var valid32 = true;
                                                      }
                                                      if (valid32) {
                                                        if (data51.from !== void 0) {
                                                          let data53 = data51.from;
                                                          const _errs125 = errors;
                                                          if (!(data53 === "not-assessed" || data53 === "not-addressed" || data53 === "initial" || data53 === "inconsistent" || data53 === "conforming" || data53 === "not-applicable")) {
                                                            validate27.errors = [{ instancePath: instancePath + "/progress/newlyAssessed/" + i8 + "/from", schemaPath: "#/properties/progress/properties/newlyAssessed/items/properties/from/enum", keyword: "enum", params: { allowedValues: schema53.properties.progress.properties.newlyAssessed.items.properties.from.enum }, message: "must be equal to one of the allowed values" }];
                                                            return false;
                                                          }
                                                          var valid32 = _errs125 === errors;
                                                        } else {
                                                          var valid32 = true;
                                                        }
                                                        if (valid32) {
                                                          if (data51.to !== void 0) {
                                                            let data54 = data51.to;
                                                            const _errs126 = errors;
                                                            if (!(data54 === "not-assessed" || data54 === "not-addressed" || data54 === "initial" || data54 === "inconsistent" || data54 === "conforming" || data54 === "not-applicable")) {
                                                              validate27.errors = [{ instancePath: instancePath + "/progress/newlyAssessed/" + i8 + "/to", schemaPath: "#/properties/progress/properties/newlyAssessed/items/properties/to/enum", keyword: "enum", params: { allowedValues: schema53.properties.progress.properties.newlyAssessed.items.properties.to.enum }, message: "must be equal to one of the allowed values" }];
                                                              return false;
                                                            }
                                                            var valid32 = _errs126 === errors;
                                                          } else {
                                                            var valid32 = true;
                                                          }
                                                        }
                                                      }
                                                    }
                                                  }
                                                } else {
                                                  validate27.errors = [{ instancePath: instancePath + "/progress/newlyAssessed/" + i8, schemaPath: "#/properties/progress/properties/newlyAssessed/items/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                                  return false;
                                                }
                                              }
                                              var valid31 = _errs119 === errors;
                                              if (!valid31) {
                                                break;
                                              }
                                            }
                                          } else {
                                            validate27.errors = [{ instancePath: instancePath + "/progress/newlyAssessed", schemaPath: "#/properties/progress/properties/newlyAssessed/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                            return false;
                                          }
                                        }
                                        var valid23 = _errs117 === errors;
                                      } else {
                                        var valid23 = true;
                                      }
                                      if (valid23) {
                                        if (data38.closedActions !== void 0) {
                                          let data55 = data38.closedActions;
                                          const _errs127 = errors;
                                          if (errors === _errs127) {
                                            if (Array.isArray(data55)) {
                                              var valid34 = true;
                                              const len9 = data55.length;
                                              for (let i9 = 0; i9 < len9; i9++) {
                                                const _errs129 = errors;
                                                if (typeof data55[i9] !== "string") {
                                                  validate27.errors = [{ instancePath: instancePath + "/progress/closedActions/" + i9, schemaPath: "#/properties/progress/properties/closedActions/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                  return false;
                                                }
                                                var valid34 = _errs129 === errors;
                                                if (!valid34) {
                                                  break;
                                                }
                                              }
                                            } else {
                                              validate27.errors = [{ instancePath: instancePath + "/progress/closedActions", schemaPath: "#/properties/progress/properties/closedActions/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                              return false;
                                            }
                                          }
                                          var valid23 = _errs127 === errors;
                                        } else {
                                          var valid23 = true;
                                        }
                                      }
                                    }
                                  }
                                }
                              }
                            }
                          } else {
                            validate27.errors = [{ instancePath: instancePath + "/progress", schemaPath: "#/properties/progress/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                            return false;
                          }
                        }
                        var valid0 = _errs91 === errors;
                      } else {
                        var valid0 = true;
                      }
                    }
                  }
                }
              }
            }
          }
        }
      }
    } else {
      validate27.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate27.errors = vErrors;
  return errors === 0;
}
validate27.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
function validate20(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate20.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.schemaVersion === void 0 && (missing0 = "schemaVersion") || data.tool === void 0 && (missing0 = "tool") || data.standard === void 0 && (missing0 = "standard") || data.file === void 0 && (missing0 = "file") || data.asOf === void 0 && (missing0 = "asOf") || data.organization === void 0 && (missing0 = "organization") || data.valid === void 0 && (missing0 = "valid") || data.verdict === void 0 && (missing0 = "verdict") || data.overall === void 0 && (missing0 = "overall") || data.scores === void 0 && (missing0 = "scores") || data.requirements === void 0 && (missing0 = "requirements") || data.findings === void 0 && (missing0 = "findings") || data.suppressed === void 0 && (missing0 = "suppressed") || data.waivers === void 0 && (missing0 = "waivers") || data.dossier === void 0 && (missing0 = "dossier")) {
        validate20.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        const _errs1 = errors;
        for (const key0 in data) {
          if (!func1.call(schema31.properties, key0)) {
            validate20.errors = [{ instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" }];
            return false;
            break;
          }
        }
        if (_errs1 === errors) {
          if (data.schemaVersion !== void 0) {
            const _errs2 = errors;
            if (1 !== data.schemaVersion) {
              validate20.errors = [{ instancePath: instancePath + "/schemaVersion", schemaPath: "#/properties/schemaVersion/const", keyword: "const", params: { allowedValue: 1 }, message: "must be equal to constant" }];
              return false;
            }
            var valid0 = _errs2 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.tool !== void 0) {
              let data1 = data.tool;
              const _errs3 = errors;
              if (errors === _errs3) {
                if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
                  let missing1;
                  if (data1.name === void 0 && (missing1 = "name") || data1.version === void 0 && (missing1 = "version")) {
                    validate20.errors = [{ instancePath: instancePath + "/tool", schemaPath: "#/properties/tool/required", keyword: "required", params: { missingProperty: missing1 }, message: "must have required property '" + missing1 + "'" }];
                    return false;
                  } else {
                    const _errs5 = errors;
                    for (const key1 in data1) {
                      if (!(key1 === "name" || key1 === "version")) {
                        validate20.errors = [{ instancePath: instancePath + "/tool", schemaPath: "#/properties/tool/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" }];
                        return false;
                        break;
                      }
                    }
                    if (_errs5 === errors) {
                      if (data1.name !== void 0) {
                        const _errs6 = errors;
                        if ("iso20k" !== data1.name) {
                          validate20.errors = [{ instancePath: instancePath + "/tool/name", schemaPath: "#/properties/tool/properties/name/const", keyword: "const", params: { allowedValue: "iso20k" }, message: "must be equal to constant" }];
                          return false;
                        }
                        var valid1 = _errs6 === errors;
                      } else {
                        var valid1 = true;
                      }
                      if (valid1) {
                        if (data1.version !== void 0) {
                          let data3 = data1.version;
                          const _errs7 = errors;
                          if (errors === _errs7) {
                            if (typeof data3 === "string") {
                              if (func2(data3) < 1) {
                                validate20.errors = [{ instancePath: instancePath + "/tool/version", schemaPath: "#/properties/tool/properties/version/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                                return false;
                              }
                            } else {
                              validate20.errors = [{ instancePath: instancePath + "/tool/version", schemaPath: "#/properties/tool/properties/version/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                              return false;
                            }
                          }
                          var valid1 = _errs7 === errors;
                        } else {
                          var valid1 = true;
                        }
                      }
                    }
                  }
                } else {
                  validate20.errors = [{ instancePath: instancePath + "/tool", schemaPath: "#/properties/tool/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                  return false;
                }
              }
              var valid0 = _errs3 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.standard !== void 0) {
                let data4 = data.standard;
                const _errs9 = errors;
                if (errors === _errs9) {
                  if (typeof data4 === "string") {
                    if (func2(data4) < 1) {
                      validate20.errors = [{ instancePath: instancePath + "/standard", schemaPath: "#/properties/standard/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                      return false;
                    }
                  } else {
                    validate20.errors = [{ instancePath: instancePath + "/standard", schemaPath: "#/properties/standard/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                    return false;
                  }
                }
                var valid0 = _errs9 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.file !== void 0) {
                  let data5 = data.file;
                  const _errs11 = errors;
                  if (errors === _errs11) {
                    if (typeof data5 === "string") {
                      if (func2(data5) < 1) {
                        validate20.errors = [{ instancePath: instancePath + "/file", schemaPath: "#/properties/file/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                        return false;
                      }
                    } else {
                      validate20.errors = [{ instancePath: instancePath + "/file", schemaPath: "#/properties/file/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                      return false;
                    }
                  }
                  var valid0 = _errs11 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.asOf !== void 0) {
                    let data6 = data.asOf;
                    const _errs13 = errors;
                    const _errs14 = errors;
                    if (errors === _errs14) {
                      if (typeof data6 === "string") {
                        if (!pattern4.test(data6)) {
                          validate20.errors = [{ instancePath: instancePath + "/asOf", schemaPath: "#/$defs/date/pattern", keyword: "pattern", params: { pattern: "^\\d{4}-\\d{2}-\\d{2}$" }, message: 'must match pattern "^\\d{4}-\\d{2}-\\d{2}$"' }];
                          return false;
                        }
                      } else {
                        validate20.errors = [{ instancePath: instancePath + "/asOf", schemaPath: "#/$defs/date/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                        return false;
                      }
                    }
                    var valid0 = _errs13 === errors;
                  } else {
                    var valid0 = true;
                  }
                  if (valid0) {
                    if (data.organization !== void 0) {
                      const _errs16 = errors;
                      if (typeof data.organization !== "string") {
                        validate20.errors = [{ instancePath: instancePath + "/organization", schemaPath: "#/properties/organization/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                        return false;
                      }
                      var valid0 = _errs16 === errors;
                    } else {
                      var valid0 = true;
                    }
                    if (valid0) {
                      if (data.valid !== void 0) {
                        const _errs18 = errors;
                        if (typeof data.valid !== "boolean") {
                          validate20.errors = [{ instancePath: instancePath + "/valid", schemaPath: "#/properties/valid/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" }];
                          return false;
                        }
                        var valid0 = _errs18 === errors;
                      } else {
                        var valid0 = true;
                      }
                      if (valid0) {
                        if (data.verdict !== void 0) {
                          let data9 = data.verdict;
                          const _errs20 = errors;
                          if (errors === _errs20) {
                            if (data9 && typeof data9 == "object" && !Array.isArray(data9)) {
                              let missing2;
                              if (data9.status === void 0 && (missing2 = "status") || data9.reasons === void 0 && (missing2 = "reasons") || data9.counts === void 0 && (missing2 = "counts")) {
                                validate20.errors = [{ instancePath: instancePath + "/verdict", schemaPath: "#/properties/verdict/required", keyword: "required", params: { missingProperty: missing2 }, message: "must have required property '" + missing2 + "'" }];
                                return false;
                              } else {
                                const _errs22 = errors;
                                for (const key2 in data9) {
                                  if (!(key2 === "status" || key2 === "reasons" || key2 === "counts" || key2 === "earliestApplicationDate" || key2 === "earliestApplication")) {
                                    validate20.errors = [{ instancePath: instancePath + "/verdict", schemaPath: "#/properties/verdict/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties" }];
                                    return false;
                                    break;
                                  }
                                }
                                if (_errs22 === errors) {
                                  if (data9.status !== void 0) {
                                    let data10 = data9.status;
                                    const _errs23 = errors;
                                    if (!(data10 === "ready" || data10 === "not-ready")) {
                                      validate20.errors = [{ instancePath: instancePath + "/verdict/status", schemaPath: "#/properties/verdict/properties/status/enum", keyword: "enum", params: { allowedValues: schema31.properties.verdict.properties.status.enum }, message: "must be equal to one of the allowed values" }];
                                      return false;
                                    }
                                    var valid3 = _errs23 === errors;
                                  } else {
                                    var valid3 = true;
                                  }
                                  if (valid3) {
                                    if (data9.reasons !== void 0) {
                                      let data11 = data9.reasons;
                                      const _errs24 = errors;
                                      if (errors === _errs24) {
                                        if (Array.isArray(data11)) {
                                          var valid4 = true;
                                          const len0 = data11.length;
                                          for (let i0 = 0; i0 < len0; i0++) {
                                            let data12 = data11[i0];
                                            const _errs26 = errors;
                                            if (errors === _errs26) {
                                              if (data12 && typeof data12 == "object" && !Array.isArray(data12)) {
                                                let missing3;
                                                if (data12.ruleId === void 0 && (missing3 = "ruleId") || data12.message === void 0 && (missing3 = "message")) {
                                                  validate20.errors = [{ instancePath: instancePath + "/verdict/reasons/" + i0, schemaPath: "#/properties/verdict/properties/reasons/items/required", keyword: "required", params: { missingProperty: missing3 }, message: "must have required property '" + missing3 + "'" }];
                                                  return false;
                                                } else {
                                                  const _errs28 = errors;
                                                  for (const key3 in data12) {
                                                    if (!(key3 === "ruleId" || key3 === "message")) {
                                                      validate20.errors = [{ instancePath: instancePath + "/verdict/reasons/" + i0, schemaPath: "#/properties/verdict/properties/reasons/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties" }];
                                                      return false;
                                                      break;
                                                    }
                                                  }
                                                  if (_errs28 === errors) {
                                                    if (data12.ruleId !== void 0) {
                                                      let data13 = data12.ruleId;
                                                      const _errs29 = errors;
                                                      const _errs30 = errors;
                                                      if (errors === _errs30) {
                                                        if (typeof data13 === "string") {
                                                          if (!pattern5.test(data13)) {
                                                            validate20.errors = [{ instancePath: instancePath + "/verdict/reasons/" + i0 + "/ruleId", schemaPath: "#/$defs/ruleId/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]+(-[a-z0-9]+)*$" }, message: 'must match pattern "^[a-z0-9]+(-[a-z0-9]+)*$"' }];
                                                            return false;
                                                          }
                                                        } else {
                                                          validate20.errors = [{ instancePath: instancePath + "/verdict/reasons/" + i0 + "/ruleId", schemaPath: "#/$defs/ruleId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                          return false;
                                                        }
                                                      }
                                                      var valid5 = _errs29 === errors;
                                                    } else {
                                                      var valid5 = true;
                                                    }
                                                    if (valid5) {
                                                      if (data12.message !== void 0) {
                                                        const _errs32 = errors;
                                                        if (typeof data12.message !== "string") {
                                                          validate20.errors = [{ instancePath: instancePath + "/verdict/reasons/" + i0 + "/message", schemaPath: "#/properties/verdict/properties/reasons/items/properties/message/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                          return false;
                                                        }
                                                        var valid5 = _errs32 === errors;
                                                      } else {
                                                        var valid5 = true;
                                                      }
                                                    }
                                                  }
                                                }
                                              } else {
                                                validate20.errors = [{ instancePath: instancePath + "/verdict/reasons/" + i0, schemaPath: "#/properties/verdict/properties/reasons/items/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                                return false;
                                              }
                                            }
                                            var valid4 = _errs26 === errors;
                                            if (!valid4) {
                                              break;
                                            }
                                          }
                                        } else {
                                          validate20.errors = [{ instancePath: instancePath + "/verdict/reasons", schemaPath: "#/properties/verdict/properties/reasons/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                          return false;
                                        }
                                      }
                                      var valid3 = _errs24 === errors;
                                    } else {
                                      var valid3 = true;
                                    }
                                    if (valid3) {
                                      if (data9.counts !== void 0) {
                                        let data15 = data9.counts;
                                        const _errs34 = errors;
                                        if (errors === _errs34) {
                                          if (data15 && typeof data15 == "object" && !Array.isArray(data15)) {
                                            let missing4;
                                            if (data15.prerequisites === void 0 && (missing4 = "prerequisites") || data15.majors === void 0 && (missing4 = "majors") || data15.uncovered === void 0 && (missing4 = "uncovered") || data15.invalid === void 0 && (missing4 = "invalid")) {
                                              validate20.errors = [{ instancePath: instancePath + "/verdict/counts", schemaPath: "#/properties/verdict/properties/counts/required", keyword: "required", params: { missingProperty: missing4 }, message: "must have required property '" + missing4 + "'" }];
                                              return false;
                                            } else {
                                              const _errs36 = errors;
                                              for (const key4 in data15) {
                                                if (!(key4 === "prerequisites" || key4 === "majors" || key4 === "uncovered" || key4 === "invalid")) {
                                                  validate20.errors = [{ instancePath: instancePath + "/verdict/counts", schemaPath: "#/properties/verdict/properties/counts/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties" }];
                                                  return false;
                                                  break;
                                                }
                                              }
                                              if (_errs36 === errors) {
                                                if (data15.prerequisites !== void 0) {
                                                  let data16 = data15.prerequisites;
                                                  const _errs37 = errors;
                                                  const _errs38 = errors;
                                                  if (!(typeof data16 == "number" && (!(data16 % 1) && !isNaN(data16)) && isFinite(data16))) {
                                                    validate20.errors = [{ instancePath: instancePath + "/verdict/counts/prerequisites", schemaPath: "#/$defs/count/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                                                    return false;
                                                  }
                                                  if (errors === _errs38) {
                                                    if (typeof data16 == "number" && isFinite(data16)) {
                                                      if (data16 < 0 || isNaN(data16)) {
                                                        validate20.errors = [{ instancePath: instancePath + "/verdict/counts/prerequisites", schemaPath: "#/$defs/count/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }];
                                                        return false;
                                                      }
                                                    }
                                                  }
                                                  var valid7 = _errs37 === errors;
                                                } else {
                                                  var valid7 = true;
                                                }
                                                if (valid7) {
                                                  if (data15.majors !== void 0) {
                                                    let data17 = data15.majors;
                                                    const _errs40 = errors;
                                                    const _errs41 = errors;
                                                    if (!(typeof data17 == "number" && (!(data17 % 1) && !isNaN(data17)) && isFinite(data17))) {
                                                      validate20.errors = [{ instancePath: instancePath + "/verdict/counts/majors", schemaPath: "#/$defs/count/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                                                      return false;
                                                    }
                                                    if (errors === _errs41) {
                                                      if (typeof data17 == "number" && isFinite(data17)) {
                                                        if (data17 < 0 || isNaN(data17)) {
                                                          validate20.errors = [{ instancePath: instancePath + "/verdict/counts/majors", schemaPath: "#/$defs/count/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }];
                                                          return false;
                                                        }
                                                      }
                                                    }
                                                    var valid7 = _errs40 === errors;
                                                  } else {
                                                    var valid7 = true;
                                                  }
                                                  if (valid7) {
                                                    if (data15.uncovered !== void 0) {
                                                      let data18 = data15.uncovered;
                                                      const _errs43 = errors;
                                                      const _errs44 = errors;
                                                      if (!(typeof data18 == "number" && (!(data18 % 1) && !isNaN(data18)) && isFinite(data18))) {
                                                        validate20.errors = [{ instancePath: instancePath + "/verdict/counts/uncovered", schemaPath: "#/$defs/count/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                                                        return false;
                                                      }
                                                      if (errors === _errs44) {
                                                        if (typeof data18 == "number" && isFinite(data18)) {
                                                          if (data18 < 0 || isNaN(data18)) {
                                                            validate20.errors = [{ instancePath: instancePath + "/verdict/counts/uncovered", schemaPath: "#/$defs/count/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }];
                                                            return false;
                                                          }
                                                        }
                                                      }
                                                      var valid7 = _errs43 === errors;
                                                    } else {
                                                      var valid7 = true;
                                                    }
                                                    if (valid7) {
                                                      if (data15.invalid !== void 0) {
                                                        let data19 = data15.invalid;
                                                        const _errs46 = errors;
                                                        const _errs47 = errors;
                                                        if (!(typeof data19 == "number" && (!(data19 % 1) && !isNaN(data19)) && isFinite(data19))) {
                                                          validate20.errors = [{ instancePath: instancePath + "/verdict/counts/invalid", schemaPath: "#/$defs/count/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                                                          return false;
                                                        }
                                                        if (errors === _errs47) {
                                                          if (typeof data19 == "number" && isFinite(data19)) {
                                                            if (data19 < 0 || isNaN(data19)) {
                                                              validate20.errors = [{ instancePath: instancePath + "/verdict/counts/invalid", schemaPath: "#/$defs/count/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }];
                                                              return false;
                                                            }
                                                          }
                                                        }
                                                        var valid7 = _errs46 === errors;
                                                      } else {
                                                        var valid7 = true;
                                                      }
                                                    }
                                                  }
                                                }
                                              }
                                            }
                                          } else {
                                            validate20.errors = [{ instancePath: instancePath + "/verdict/counts", schemaPath: "#/properties/verdict/properties/counts/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                            return false;
                                          }
                                        }
                                        var valid3 = _errs34 === errors;
                                      } else {
                                        var valid3 = true;
                                      }
                                      if (valid3) {
                                        if (data9.earliestApplicationDate !== void 0) {
                                          let data20 = data9.earliestApplicationDate;
                                          const _errs49 = errors;
                                          const _errs50 = errors;
                                          if (errors === _errs50) {
                                            if (typeof data20 === "string") {
                                              if (!pattern4.test(data20)) {
                                                validate20.errors = [{ instancePath: instancePath + "/verdict/earliestApplicationDate", schemaPath: "#/$defs/date/pattern", keyword: "pattern", params: { pattern: "^\\d{4}-\\d{2}-\\d{2}$" }, message: 'must match pattern "^\\d{4}-\\d{2}-\\d{2}$"' }];
                                                return false;
                                              }
                                            } else {
                                              validate20.errors = [{ instancePath: instancePath + "/verdict/earliestApplicationDate", schemaPath: "#/$defs/date/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                              return false;
                                            }
                                          }
                                          var valid3 = _errs49 === errors;
                                        } else {
                                          var valid3 = true;
                                        }
                                        if (valid3) {
                                          if (data9.earliestApplication !== void 0) {
                                            const _errs52 = errors;
                                            if (typeof data9.earliestApplication !== "string") {
                                              validate20.errors = [{ instancePath: instancePath + "/verdict/earliestApplication", schemaPath: "#/properties/verdict/properties/earliestApplication/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                              return false;
                                            }
                                            var valid3 = _errs52 === errors;
                                          } else {
                                            var valid3 = true;
                                          }
                                        }
                                      }
                                    }
                                  }
                                }
                              }
                            } else {
                              validate20.errors = [{ instancePath: instancePath + "/verdict", schemaPath: "#/properties/verdict/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                              return false;
                            }
                          }
                          var valid0 = _errs20 === errors;
                        } else {
                          var valid0 = true;
                        }
                        if (valid0) {
                          if (data.overall !== void 0) {
                            let data22 = data.overall;
                            const _errs54 = errors;
                            if (!validate21(data22, { instancePath: instancePath + "/overall", parentData: data, parentDataProperty: "overall", rootData, dynamicAnchors })) {
                              vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
                              errors = vErrors.length;
                            }
                            if (errors === _errs54) {
                              if (data22 && typeof data22 == "object" && !Array.isArray(data22)) {
                                for (const key5 in data22) {
                                  if (key5 !== "applicable" && key5 !== "satisfied" && key5 !== "weak" && key5 !== "ratio") {
                                    validate20.errors = [{ instancePath: instancePath + "/overall", schemaPath: "#/properties/overall/unevaluatedProperties", keyword: "unevaluatedProperties", params: { unevaluatedProperty: key5 }, message: "must NOT have unevaluated properties" }];
                                    return false;
                                    break;
                                  }
                                }
                              } else {
                                validate20.errors = [{ instancePath: instancePath + "/overall", schemaPath: "#/properties/overall/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                return false;
                              }
                            }
                            var valid0 = _errs54 === errors;
                          } else {
                            var valid0 = true;
                          }
                          if (valid0) {
                            if (data.scores !== void 0) {
                              let data23 = data.scores;
                              const _errs57 = errors;
                              if (errors === _errs57) {
                                if (Array.isArray(data23)) {
                                  var valid13 = true;
                                  const len1 = data23.length;
                                  for (let i1 = 0; i1 < len1; i1++) {
                                    let data24 = data23[i1];
                                    const _errs59 = errors;
                                    if (!validate21(data24, { instancePath: instancePath + "/scores/" + i1, parentData: data23, parentDataProperty: i1, rootData, dynamicAnchors })) {
                                      vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
                                      errors = vErrors.length;
                                    }
                                    if (errors === _errs59) {
                                      if (data24 && typeof data24 == "object" && !Array.isArray(data24)) {
                                        let missing5;
                                        if (data24.clause === void 0 && (missing5 = "clause") || data24.title === void 0 && (missing5 = "title") || data24.depth === void 0 && (missing5 = "depth")) {
                                          validate20.errors = [{ instancePath: instancePath + "/scores/" + i1, schemaPath: "#/properties/scores/items/required", keyword: "required", params: { missingProperty: missing5 }, message: "must have required property '" + missing5 + "'" }];
                                          return false;
                                        } else {
                                          if (data24.clause !== void 0) {
                                            let data25 = data24.clause;
                                            const _errs61 = errors;
                                            const _errs62 = errors;
                                            if (errors === _errs62) {
                                              if (typeof data25 === "string") {
                                                if (!pattern7.test(data25)) {
                                                  validate20.errors = [{ instancePath: instancePath + "/scores/" + i1 + "/clause", schemaPath: "#/$defs/clause/pattern", keyword: "pattern", params: { pattern: "^\\d+(\\.\\d+)*$" }, message: 'must match pattern "^\\d+(\\.\\d+)*$"' }];
                                                  return false;
                                                }
                                              } else {
                                                validate20.errors = [{ instancePath: instancePath + "/scores/" + i1 + "/clause", schemaPath: "#/$defs/clause/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                return false;
                                              }
                                            }
                                            var valid14 = _errs61 === errors;
                                          } else {
                                            var valid14 = true;
                                          }
                                          if (valid14) {
                                            if (data24.title !== void 0) {
                                              const _errs64 = errors;
                                              if (typeof data24.title !== "string") {
                                                validate20.errors = [{ instancePath: instancePath + "/scores/" + i1 + "/title", schemaPath: "#/properties/scores/items/properties/title/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                return false;
                                              }
                                              var valid14 = _errs64 === errors;
                                            } else {
                                              var valid14 = true;
                                            }
                                            if (valid14) {
                                              if (data24.depth !== void 0) {
                                                let data27 = data24.depth;
                                                const _errs66 = errors;
                                                if (!(data27 === 0 || data27 === 1)) {
                                                  validate20.errors = [{ instancePath: instancePath + "/scores/" + i1 + "/depth", schemaPath: "#/properties/scores/items/properties/depth/enum", keyword: "enum", params: { allowedValues: schema31.properties.scores.items.properties.depth.enum }, message: "must be equal to one of the allowed values" }];
                                                  return false;
                                                }
                                                var valid14 = _errs66 === errors;
                                              } else {
                                                var valid14 = true;
                                              }
                                              if (valid14) {
                                                for (const key6 in data24) {
                                                  if (key6 !== "clause" && key6 !== "title" && key6 !== "depth" && key6 !== "applicable" && key6 !== "satisfied" && key6 !== "weak" && key6 !== "ratio") {
                                                    validate20.errors = [{ instancePath: instancePath + "/scores/" + i1, schemaPath: "#/properties/scores/items/unevaluatedProperties", keyword: "unevaluatedProperties", params: { unevaluatedProperty: key6 }, message: "must NOT have unevaluated properties" }];
                                                    return false;
                                                    break;
                                                  }
                                                }
                                              }
                                            }
                                          }
                                        }
                                      } else {
                                        validate20.errors = [{ instancePath: instancePath + "/scores/" + i1, schemaPath: "#/properties/scores/items/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                        return false;
                                      }
                                    }
                                    var valid13 = _errs59 === errors;
                                    if (!valid13) {
                                      break;
                                    }
                                  }
                                } else {
                                  validate20.errors = [{ instancePath: instancePath + "/scores", schemaPath: "#/properties/scores/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                  return false;
                                }
                              }
                              var valid0 = _errs57 === errors;
                            } else {
                              var valid0 = true;
                            }
                            if (valid0) {
                              if (data.requirements !== void 0) {
                                let data28 = data.requirements;
                                const _errs68 = errors;
                                if (errors === _errs68) {
                                  if (Array.isArray(data28)) {
                                    var valid16 = true;
                                    const len2 = data28.length;
                                    for (let i2 = 0; i2 < len2; i2++) {
                                      let data29 = data28[i2];
                                      const _errs70 = errors;
                                      if (errors === _errs70) {
                                        if (data29 && typeof data29 == "object" && !Array.isArray(data29)) {
                                          let missing6;
                                          if (data29.id === void 0 && (missing6 = "id") || data29.title === void 0 && (missing6 = "title") || data29.summary === void 0 && (missing6 = "summary") || data29.clauses === void 0 && (missing6 = "clauses") || data29.kind === void 0 && (missing6 = "kind") || data29.mandatory === void 0 && (missing6 = "mandatory") || data29.state === void 0 && (missing6 = "state") || data29.satisfiedBy === void 0 && (missing6 = "satisfiedBy")) {
                                            validate20.errors = [{ instancePath: instancePath + "/requirements/" + i2, schemaPath: "#/properties/requirements/items/required", keyword: "required", params: { missingProperty: missing6 }, message: "must have required property '" + missing6 + "'" }];
                                            return false;
                                          } else {
                                            const _errs72 = errors;
                                            for (const key7 in data29) {
                                              if (!(key7 === "id" || key7 === "title" || key7 === "summary" || key7 === "clauses" || key7 === "kind" || key7 === "mandatory" || key7 === "state" || key7 === "satisfiedBy")) {
                                                validate20.errors = [{ instancePath: instancePath + "/requirements/" + i2, schemaPath: "#/properties/requirements/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key7 }, message: "must NOT have additional properties" }];
                                                return false;
                                                break;
                                              }
                                            }
                                            if (_errs72 === errors) {
                                              if (data29.id !== void 0) {
                                                let data30 = data29.id;
                                                const _errs73 = errors;
                                                if (errors === _errs73) {
                                                  if (typeof data30 === "string") {
                                                    if (func2(data30) < 1) {
                                                      validate20.errors = [{ instancePath: instancePath + "/requirements/" + i2 + "/id", schemaPath: "#/properties/requirements/items/properties/id/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                                                      return false;
                                                    }
                                                  } else {
                                                    validate20.errors = [{ instancePath: instancePath + "/requirements/" + i2 + "/id", schemaPath: "#/properties/requirements/items/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                    return false;
                                                  }
                                                }
                                                var valid17 = _errs73 === errors;
                                              } else {
                                                var valid17 = true;
                                              }
                                              if (valid17) {
                                                if (data29.title !== void 0) {
                                                  const _errs75 = errors;
                                                  if (typeof data29.title !== "string") {
                                                    validate20.errors = [{ instancePath: instancePath + "/requirements/" + i2 + "/title", schemaPath: "#/properties/requirements/items/properties/title/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                    return false;
                                                  }
                                                  var valid17 = _errs75 === errors;
                                                } else {
                                                  var valid17 = true;
                                                }
                                                if (valid17) {
                                                  if (data29.summary !== void 0) {
                                                    const _errs77 = errors;
                                                    if (typeof data29.summary !== "string") {
                                                      validate20.errors = [{ instancePath: instancePath + "/requirements/" + i2 + "/summary", schemaPath: "#/properties/requirements/items/properties/summary/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                      return false;
                                                    }
                                                    var valid17 = _errs77 === errors;
                                                  } else {
                                                    var valid17 = true;
                                                  }
                                                  if (valid17) {
                                                    if (data29.clauses !== void 0) {
                                                      let data33 = data29.clauses;
                                                      const _errs79 = errors;
                                                      if (errors === _errs79) {
                                                        if (Array.isArray(data33)) {
                                                          var valid18 = true;
                                                          const len3 = data33.length;
                                                          for (let i3 = 0; i3 < len3; i3++) {
                                                            let data34 = data33[i3];
                                                            const _errs81 = errors;
                                                            const _errs82 = errors;
                                                            if (errors === _errs82) {
                                                              if (typeof data34 === "string") {
                                                                if (!pattern7.test(data34)) {
                                                                  validate20.errors = [{ instancePath: instancePath + "/requirements/" + i2 + "/clauses/" + i3, schemaPath: "#/$defs/clause/pattern", keyword: "pattern", params: { pattern: "^\\d+(\\.\\d+)*$" }, message: 'must match pattern "^\\d+(\\.\\d+)*$"' }];
                                                                  return false;
                                                                }
                                                              } else {
                                                                validate20.errors = [{ instancePath: instancePath + "/requirements/" + i2 + "/clauses/" + i3, schemaPath: "#/$defs/clause/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                return false;
                                                              }
                                                            }
                                                            var valid18 = _errs81 === errors;
                                                            if (!valid18) {
                                                              break;
                                                            }
                                                          }
                                                        } else {
                                                          validate20.errors = [{ instancePath: instancePath + "/requirements/" + i2 + "/clauses", schemaPath: "#/properties/requirements/items/properties/clauses/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                                          return false;
                                                        }
                                                      }
                                                      var valid17 = _errs79 === errors;
                                                    } else {
                                                      var valid17 = true;
                                                    }
                                                    if (valid17) {
                                                      if (data29.kind !== void 0) {
                                                        let data35 = data29.kind;
                                                        const _errs84 = errors;
                                                        if (!(data35 === "document" || data35 === "record")) {
                                                          validate20.errors = [{ instancePath: instancePath + "/requirements/" + i2 + "/kind", schemaPath: "#/properties/requirements/items/properties/kind/enum", keyword: "enum", params: { allowedValues: schema31.properties.requirements.items.properties.kind.enum }, message: "must be equal to one of the allowed values" }];
                                                          return false;
                                                        }
                                                        var valid17 = _errs84 === errors;
                                                      } else {
                                                        var valid17 = true;
                                                      }
                                                      if (valid17) {
                                                        if (data29.mandatory !== void 0) {
                                                          const _errs85 = errors;
                                                          if (typeof data29.mandatory !== "boolean") {
                                                            validate20.errors = [{ instancePath: instancePath + "/requirements/" + i2 + "/mandatory", schemaPath: "#/properties/requirements/items/properties/mandatory/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" }];
                                                            return false;
                                                          }
                                                          var valid17 = _errs85 === errors;
                                                        } else {
                                                          var valid17 = true;
                                                        }
                                                        if (valid17) {
                                                          if (data29.state !== void 0) {
                                                            let data37 = data29.state;
                                                            const _errs87 = errors;
                                                            if (!(data37 === "satisfied" || data37 === "weak" || data37 === "missing" || data37 === "not-applicable")) {
                                                              validate20.errors = [{ instancePath: instancePath + "/requirements/" + i2 + "/state", schemaPath: "#/properties/requirements/items/properties/state/enum", keyword: "enum", params: { allowedValues: schema31.properties.requirements.items.properties.state.enum }, message: "must be equal to one of the allowed values" }];
                                                              return false;
                                                            }
                                                            var valid17 = _errs87 === errors;
                                                          } else {
                                                            var valid17 = true;
                                                          }
                                                          if (valid17) {
                                                            if (data29.satisfiedBy !== void 0) {
                                                              let data38 = data29.satisfiedBy;
                                                              const _errs88 = errors;
                                                              if (errors === _errs88) {
                                                                if (Array.isArray(data38)) {
                                                                  var valid20 = true;
                                                                  const len4 = data38.length;
                                                                  for (let i4 = 0; i4 < len4; i4++) {
                                                                    const _errs90 = errors;
                                                                    if (typeof data38[i4] !== "string") {
                                                                      validate20.errors = [{ instancePath: instancePath + "/requirements/" + i2 + "/satisfiedBy/" + i4, schemaPath: "#/properties/requirements/items/properties/satisfiedBy/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                      return false;
                                                                    }
                                                                    var valid20 = _errs90 === errors;
                                                                    if (!valid20) {
                                                                      break;
                                                                    }
                                                                  }
                                                                } else {
                                                                  validate20.errors = [{ instancePath: instancePath + "/requirements/" + i2 + "/satisfiedBy", schemaPath: "#/properties/requirements/items/properties/satisfiedBy/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                                                  return false;
                                                                }
                                                              }
                                                              var valid17 = _errs88 === errors;
                                                            } else {
                                                              var valid17 = true;
                                                            }
                                                          }
                                                        }
                                                      }
                                                    }
                                                  }
                                                }
                                              }
                                            }
                                          }
                                        } else {
                                          validate20.errors = [{ instancePath: instancePath + "/requirements/" + i2, schemaPath: "#/properties/requirements/items/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                          return false;
                                        }
                                      }
                                      var valid16 = _errs70 === errors;
                                      if (!valid16) {
                                        break;
                                      }
                                    }
                                  } else {
                                    validate20.errors = [{ instancePath: instancePath + "/requirements", schemaPath: "#/properties/requirements/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                    return false;
                                  }
                                }
                                var valid0 = _errs68 === errors;
                              } else {
                                var valid0 = true;
                              }
                              if (valid0) {
                                if (data.findings !== void 0) {
                                  let data40 = data.findings;
                                  const _errs92 = errors;
                                  if (errors === _errs92) {
                                    if (Array.isArray(data40)) {
                                      var valid21 = true;
                                      const len5 = data40.length;
                                      for (let i5 = 0; i5 < len5; i5++) {
                                        let data41 = data40[i5];
                                        const _errs94 = errors;
                                        if (!validate24(data41, { instancePath: instancePath + "/findings/" + i5, parentData: data40, parentDataProperty: i5, rootData, dynamicAnchors })) {
                                          vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
                                          errors = vErrors.length;
                                        }
                                        if (errors === _errs94) {
                                          if (data41 && typeof data41 == "object" && !Array.isArray(data41)) {
                                            for (const key8 in data41) {
                                              if (key8 !== "ruleId" && key8 !== "category" && key8 !== "severity" && key8 !== "messageId" && key8 !== "params" && key8 !== "clause" && key8 !== "requirementId" && key8 !== "pointer" && key8 !== "file" && key8 !== "line" && key8 !== "column" && key8 !== "blocking" && key8 !== "blockingUntil" && key8 !== "message" && key8 !== "remedy" && key8 !== "howToRecord" && key8 !== "baseline") {
                                                validate20.errors = [{ instancePath: instancePath + "/findings/" + i5, schemaPath: "#/properties/findings/items/unevaluatedProperties", keyword: "unevaluatedProperties", params: { unevaluatedProperty: key8 }, message: "must NOT have unevaluated properties" }];
                                                return false;
                                                break;
                                              }
                                            }
                                          } else {
                                            validate20.errors = [{ instancePath: instancePath + "/findings/" + i5, schemaPath: "#/properties/findings/items/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                            return false;
                                          }
                                        }
                                        var valid21 = _errs94 === errors;
                                        if (!valid21) {
                                          break;
                                        }
                                      }
                                    } else {
                                      validate20.errors = [{ instancePath: instancePath + "/findings", schemaPath: "#/properties/findings/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                      return false;
                                    }
                                  }
                                  var valid0 = _errs92 === errors;
                                } else {
                                  var valid0 = true;
                                }
                                if (valid0) {
                                  if (data.suppressed !== void 0) {
                                    let data42 = data.suppressed;
                                    const _errs97 = errors;
                                    if (errors === _errs97) {
                                      if (Array.isArray(data42)) {
                                        var valid22 = true;
                                        const len6 = data42.length;
                                        for (let i6 = 0; i6 < len6; i6++) {
                                          let data43 = data42[i6];
                                          const _errs99 = errors;
                                          if (!validate24(data43, { instancePath: instancePath + "/suppressed/" + i6, parentData: data42, parentDataProperty: i6, rootData, dynamicAnchors })) {
                                            vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
                                            errors = vErrors.length;
                                          }
                                          if (errors === _errs99) {
                                            if (data43 && typeof data43 == "object" && !Array.isArray(data43)) {
                                              let missing7;
                                              if (data43.waiver === void 0 && (missing7 = "waiver")) {
                                                validate20.errors = [{ instancePath: instancePath + "/suppressed/" + i6, schemaPath: "#/properties/suppressed/items/required", keyword: "required", params: { missingProperty: missing7 }, message: "must have required property '" + missing7 + "'" }];
                                                return false;
                                              } else {
                                                if (data43.waiver !== void 0) {
                                                  let data44 = data43.waiver;
                                                  const _errs101 = errors;
                                                  if (errors === _errs101) {
                                                    if (typeof data44 === "string") {
                                                      if (func2(data44) < 1) {
                                                        validate20.errors = [{ instancePath: instancePath + "/suppressed/" + i6 + "/waiver", schemaPath: "#/properties/suppressed/items/properties/waiver/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                                                        return false;
                                                      }
                                                    } else {
                                                      validate20.errors = [{ instancePath: instancePath + "/suppressed/" + i6 + "/waiver", schemaPath: "#/properties/suppressed/items/properties/waiver/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                      return false;
                                                    }
                                                  }
                                                  var valid23 = _errs101 === errors;
                                                } else {
                                                  var valid23 = true;
                                                }
                                                if (valid23) {
                                                  for (const key9 in data43) {
                                                    if (key9 !== "waiver" && key9 !== "ruleId" && key9 !== "category" && key9 !== "severity" && key9 !== "messageId" && key9 !== "params" && key9 !== "clause" && key9 !== "requirementId" && key9 !== "pointer" && key9 !== "file" && key9 !== "line" && key9 !== "column" && key9 !== "blocking" && key9 !== "blockingUntil" && key9 !== "message" && key9 !== "remedy" && key9 !== "howToRecord" && key9 !== "baseline") {
                                                      validate20.errors = [{ instancePath: instancePath + "/suppressed/" + i6, schemaPath: "#/properties/suppressed/items/unevaluatedProperties", keyword: "unevaluatedProperties", params: { unevaluatedProperty: key9 }, message: "must NOT have unevaluated properties" }];
                                                      return false;
                                                      break;
                                                    }
                                                  }
                                                }
                                              }
                                            } else {
                                              validate20.errors = [{ instancePath: instancePath + "/suppressed/" + i6, schemaPath: "#/properties/suppressed/items/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                              return false;
                                            }
                                          }
                                          var valid22 = _errs99 === errors;
                                          if (!valid22) {
                                            break;
                                          }
                                        }
                                      } else {
                                        validate20.errors = [{ instancePath: instancePath + "/suppressed", schemaPath: "#/properties/suppressed/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                        return false;
                                      }
                                    }
                                    var valid0 = _errs97 === errors;
                                  } else {
                                    var valid0 = true;
                                  }
                                  if (valid0) {
                                    if (data.waivers !== void 0) {
                                      let data45 = data.waivers;
                                      const _errs104 = errors;
                                      if (errors === _errs104) {
                                        if (Array.isArray(data45)) {
                                          var valid24 = true;
                                          const len7 = data45.length;
                                          for (let i7 = 0; i7 < len7; i7++) {
                                            let data46 = data45[i7];
                                            const _errs106 = errors;
                                            if (errors === _errs106) {
                                              if (data46 && typeof data46 == "object" && !Array.isArray(data46)) {
                                                let missing8;
                                                if (data46.id === void 0 && (missing8 = "id") || data46.justification === void 0 && (missing8 = "justification") || data46.approver === void 0 && (missing8 = "approver") || data46.expires === void 0 && (missing8 = "expires") || data46.state === void 0 && (missing8 = "state") || data46.suppressed === void 0 && (missing8 = "suppressed") || data46.refused === void 0 && (missing8 = "refused")) {
                                                  validate20.errors = [{ instancePath: instancePath + "/waivers/" + i7, schemaPath: "#/properties/waivers/items/required", keyword: "required", params: { missingProperty: missing8 }, message: "must have required property '" + missing8 + "'" }];
                                                  return false;
                                                } else {
                                                  const _errs108 = errors;
                                                  for (const key10 in data46) {
                                                    if (!func1.call(schema31.properties.waivers.items.properties, key10)) {
                                                      validate20.errors = [{ instancePath: instancePath + "/waivers/" + i7, schemaPath: "#/properties/waivers/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key10 }, message: "must NOT have additional properties" }];
                                                      return false;
                                                      break;
                                                    }
                                                  }
                                                  if (_errs108 === errors) {
                                                    if (data46.id !== void 0) {
                                                      let data47 = data46.id;
                                                      const _errs109 = errors;
                                                      if (errors === _errs109) {
                                                        if (typeof data47 === "string") {
                                                          if (func2(data47) < 1) {
                                                            validate20.errors = [{ instancePath: instancePath + "/waivers/" + i7 + "/id", schemaPath: "#/properties/waivers/items/properties/id/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                                                            return false;
                                                          }
                                                        } else {
                                                          validate20.errors = [{ instancePath: instancePath + "/waivers/" + i7 + "/id", schemaPath: "#/properties/waivers/items/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                          return false;
                                                        }
                                                      }
                                                      var valid25 = _errs109 === errors;
                                                    } else {
                                                      var valid25 = true;
                                                    }
                                                    if (valid25) {
                                                      if (data46.rule !== void 0) {
                                                        let data48 = data46.rule;
                                                        const _errs111 = errors;
                                                        const _errs112 = errors;
                                                        if (errors === _errs112) {
                                                          if (typeof data48 === "string") {
                                                            if (!pattern5.test(data48)) {
                                                              validate20.errors = [{ instancePath: instancePath + "/waivers/" + i7 + "/rule", schemaPath: "#/$defs/ruleId/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]+(-[a-z0-9]+)*$" }, message: 'must match pattern "^[a-z0-9]+(-[a-z0-9]+)*$"' }];
                                                              return false;
                                                            }
                                                          } else {
                                                            validate20.errors = [{ instancePath: instancePath + "/waivers/" + i7 + "/rule", schemaPath: "#/$defs/ruleId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                            return false;
                                                          }
                                                        }
                                                        var valid25 = _errs111 === errors;
                                                      } else {
                                                        var valid25 = true;
                                                      }
                                                      if (valid25) {
                                                        if (data46.requirement !== void 0) {
                                                          const _errs114 = errors;
                                                          if (typeof data46.requirement !== "string") {
                                                            validate20.errors = [{ instancePath: instancePath + "/waivers/" + i7 + "/requirement", schemaPath: "#/properties/waivers/items/properties/requirement/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                            return false;
                                                          }
                                                          var valid25 = _errs114 === errors;
                                                        } else {
                                                          var valid25 = true;
                                                        }
                                                        if (valid25) {
                                                          if (data46.justification !== void 0) {
                                                            const _errs116 = errors;
                                                            if (typeof data46.justification !== "string") {
                                                              validate20.errors = [{ instancePath: instancePath + "/waivers/" + i7 + "/justification", schemaPath: "#/properties/waivers/items/properties/justification/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                              return false;
                                                            }
                                                            var valid25 = _errs116 === errors;
                                                          } else {
                                                            var valid25 = true;
                                                          }
                                                          if (valid25) {
                                                            if (data46.approver !== void 0) {
                                                              const _errs118 = errors;
                                                              if (typeof data46.approver !== "string") {
                                                                validate20.errors = [{ instancePath: instancePath + "/waivers/" + i7 + "/approver", schemaPath: "#/properties/waivers/items/properties/approver/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                return false;
                                                              }
                                                              var valid25 = _errs118 === errors;
                                                            } else {
                                                              var valid25 = true;
                                                            }
                                                            if (valid25) {
                                                              if (data46.expires !== void 0) {
                                                                let data52 = data46.expires;
                                                                const _errs120 = errors;
                                                                const _errs121 = errors;
                                                                if (errors === _errs121) {
                                                                  if (typeof data52 === "string") {
                                                                    if (!pattern4.test(data52)) {
                                                                      validate20.errors = [{ instancePath: instancePath + "/waivers/" + i7 + "/expires", schemaPath: "#/$defs/date/pattern", keyword: "pattern", params: { pattern: "^\\d{4}-\\d{2}-\\d{2}$" }, message: 'must match pattern "^\\d{4}-\\d{2}-\\d{2}$"' }];
                                                                      return false;
                                                                    }
                                                                  } else {
                                                                    validate20.errors = [{ instancePath: instancePath + "/waivers/" + i7 + "/expires", schemaPath: "#/$defs/date/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                    return false;
                                                                  }
                                                                }
                                                                var valid25 = _errs120 === errors;
                                                              } else {
                                                                var valid25 = true;
                                                              }
                                                              if (valid25) {
                                                                if (data46.state !== void 0) {
                                                                  let data53 = data46.state;
                                                                  const _errs123 = errors;
                                                                  if (!(data53 === "active" || data53 === "expired")) {
                                                                    validate20.errors = [{ instancePath: instancePath + "/waivers/" + i7 + "/state", schemaPath: "#/properties/waivers/items/properties/state/enum", keyword: "enum", params: { allowedValues: schema31.properties.waivers.items.properties.state.enum }, message: "must be equal to one of the allowed values" }];
                                                                    return false;
                                                                  }
                                                                  var valid25 = _errs123 === errors;
                                                                } else {
                                                                  var valid25 = true;
                                                                }
                                                                if (valid25) {
                                                                  if (data46.suppressed !== void 0) {
                                                                    let data54 = data46.suppressed;
                                                                    const _errs124 = errors;
                                                                    const _errs125 = errors;
                                                                    if (!(typeof data54 == "number" && (!(data54 % 1) && !isNaN(data54)) && isFinite(data54))) {
                                                                      validate20.errors = [{ instancePath: instancePath + "/waivers/" + i7 + "/suppressed", schemaPath: "#/$defs/count/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                                                                      return false;
                                                                    }
                                                                    if (errors === _errs125) {
                                                                      if (typeof data54 == "number" && isFinite(data54)) {
                                                                        if (data54 < 0 || isNaN(data54)) {
                                                                          validate20.errors = [{ instancePath: instancePath + "/waivers/" + i7 + "/suppressed", schemaPath: "#/$defs/count/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }];
                                                                          return false;
                                                                        }
                                                                      }
                                                                    }
                                                                    var valid25 = _errs124 === errors;
                                                                  } else {
                                                                    var valid25 = true;
                                                                  }
                                                                  if (valid25) {
                                                                    if (data46.refused !== void 0) {
                                                                      let data55 = data46.refused;
                                                                      const _errs127 = errors;
                                                                      const _errs128 = errors;
                                                                      if (!(typeof data55 == "number" && (!(data55 % 1) && !isNaN(data55)) && isFinite(data55))) {
                                                                        validate20.errors = [{ instancePath: instancePath + "/waivers/" + i7 + "/refused", schemaPath: "#/$defs/count/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                                                                        return false;
                                                                      }
                                                                      if (errors === _errs128) {
                                                                        if (typeof data55 == "number" && isFinite(data55)) {
                                                                          if (data55 < 0 || isNaN(data55)) {
                                                                            validate20.errors = [{ instancePath: instancePath + "/waivers/" + i7 + "/refused", schemaPath: "#/$defs/count/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }];
                                                                            return false;
                                                                          }
                                                                        }
                                                                      }
                                                                      var valid25 = _errs127 === errors;
                                                                    } else {
                                                                      var valid25 = true;
                                                                    }
                                                                  }
                                                                }
                                                              }
                                                            }
                                                          }
                                                        }
                                                      }
                                                    }
                                                  }
                                                }
                                              } else {
                                                validate20.errors = [{ instancePath: instancePath + "/waivers/" + i7, schemaPath: "#/properties/waivers/items/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                                return false;
                                              }
                                            }
                                            var valid24 = _errs106 === errors;
                                            if (!valid24) {
                                              break;
                                            }
                                          }
                                        } else {
                                          validate20.errors = [{ instancePath: instancePath + "/waivers", schemaPath: "#/properties/waivers/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                          return false;
                                        }
                                      }
                                      var valid0 = _errs104 === errors;
                                    } else {
                                      var valid0 = true;
                                    }
                                    if (valid0) {
                                      if (data.dossier !== void 0) {
                                        let data56 = data.dossier;
                                        const _errs130 = errors;
                                        if (errors === _errs130) {
                                          if (Array.isArray(data56)) {
                                            var valid30 = true;
                                            const len8 = data56.length;
                                            for (let i8 = 0; i8 < len8; i8++) {
                                              let data57 = data56[i8];
                                              const _errs132 = errors;
                                              if (errors === _errs132) {
                                                if (data57 && typeof data57 == "object" && !Array.isArray(data57)) {
                                                  let missing9;
                                                  if (data57.number === void 0 && (missing9 = "number") || data57.id === void 0 && (missing9 = "id") || data57.title === void 0 && (missing9 = "title") || data57.state === void 0 && (missing9 = "state") || data57.evidence === void 0 && (missing9 = "evidence") || data57.missing === void 0 && (missing9 = "missing")) {
                                                    validate20.errors = [{ instancePath: instancePath + "/dossier/" + i8, schemaPath: "#/properties/dossier/items/required", keyword: "required", params: { missingProperty: missing9 }, message: "must have required property '" + missing9 + "'" }];
                                                    return false;
                                                  } else {
                                                    const _errs134 = errors;
                                                    for (const key11 in data57) {
                                                      if (!(key11 === "number" || key11 === "id" || key11 === "title" || key11 === "state" || key11 === "evidence" || key11 === "missing")) {
                                                        validate20.errors = [{ instancePath: instancePath + "/dossier/" + i8, schemaPath: "#/properties/dossier/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key11 }, message: "must NOT have additional properties" }];
                                                        return false;
                                                        break;
                                                      }
                                                    }
                                                    if (_errs134 === errors) {
                                                      if (data57.number !== void 0) {
                                                        let data58 = data57.number;
                                                        const _errs135 = errors;
                                                        if (!(typeof data58 == "number" && (!(data58 % 1) && !isNaN(data58)) && isFinite(data58))) {
                                                          validate20.errors = [{ instancePath: instancePath + "/dossier/" + i8 + "/number", schemaPath: "#/properties/dossier/items/properties/number/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                                                          return false;
                                                        }
                                                        if (errors === _errs135) {
                                                          if (typeof data58 == "number" && isFinite(data58)) {
                                                            if (data58 < 1 || isNaN(data58)) {
                                                              validate20.errors = [{ instancePath: instancePath + "/dossier/" + i8 + "/number", schemaPath: "#/properties/dossier/items/properties/number/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" }];
                                                              return false;
                                                            }
                                                          }
                                                        }
                                                        var valid31 = _errs135 === errors;
                                                      } else {
                                                        var valid31 = true;
                                                      }
                                                      if (valid31) {
                                                        if (data57.id !== void 0) {
                                                          let data59 = data57.id;
                                                          const _errs137 = errors;
                                                          if (errors === _errs137) {
                                                            if (typeof data59 === "string") {
                                                              if (func2(data59) < 1) {
                                                                validate20.errors = [{ instancePath: instancePath + "/dossier/" + i8 + "/id", schemaPath: "#/properties/dossier/items/properties/id/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                                                                return false;
                                                              }
                                                            } else {
                                                              validate20.errors = [{ instancePath: instancePath + "/dossier/" + i8 + "/id", schemaPath: "#/properties/dossier/items/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                              return false;
                                                            }
                                                          }
                                                          var valid31 = _errs137 === errors;
                                                        } else {
                                                          var valid31 = true;
                                                        }
                                                        if (valid31) {
                                                          if (data57.title !== void 0) {
                                                            const _errs139 = errors;
                                                            if (typeof data57.title !== "string") {
                                                              validate20.errors = [{ instancePath: instancePath + "/dossier/" + i8 + "/title", schemaPath: "#/properties/dossier/items/properties/title/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                              return false;
                                                            }
                                                            var valid31 = _errs139 === errors;
                                                          } else {
                                                            var valid31 = true;
                                                          }
                                                          if (valid31) {
                                                            if (data57.state !== void 0) {
                                                              let data61 = data57.state;
                                                              const _errs141 = errors;
                                                              if (!(data61 === "provided" || data61 === "partial" || data61 === "missing" || data61 === "generated")) {
                                                                validate20.errors = [{ instancePath: instancePath + "/dossier/" + i8 + "/state", schemaPath: "#/properties/dossier/items/properties/state/enum", keyword: "enum", params: { allowedValues: schema31.properties.dossier.items.properties.state.enum }, message: "must be equal to one of the allowed values" }];
                                                                return false;
                                                              }
                                                              var valid31 = _errs141 === errors;
                                                            } else {
                                                              var valid31 = true;
                                                            }
                                                            if (valid31) {
                                                              if (data57.evidence !== void 0) {
                                                                let data62 = data57.evidence;
                                                                const _errs142 = errors;
                                                                if (errors === _errs142) {
                                                                  if (Array.isArray(data62)) {
                                                                    var valid32 = true;
                                                                    const len9 = data62.length;
                                                                    for (let i9 = 0; i9 < len9; i9++) {
                                                                      const _errs144 = errors;
                                                                      if (typeof data62[i9] !== "string") {
                                                                        validate20.errors = [{ instancePath: instancePath + "/dossier/" + i8 + "/evidence/" + i9, schemaPath: "#/properties/dossier/items/properties/evidence/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                        return false;
                                                                      }
                                                                      var valid32 = _errs144 === errors;
                                                                      if (!valid32) {
                                                                        break;
                                                                      }
                                                                    }
                                                                  } else {
                                                                    validate20.errors = [{ instancePath: instancePath + "/dossier/" + i8 + "/evidence", schemaPath: "#/properties/dossier/items/properties/evidence/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                                                    return false;
                                                                  }
                                                                }
                                                                var valid31 = _errs142 === errors;
                                                              } else {
                                                                var valid31 = true;
                                                              }
                                                              if (valid31) {
                                                                if (data57.missing !== void 0) {
                                                                  let data64 = data57.missing;
                                                                  const _errs146 = errors;
                                                                  if (errors === _errs146) {
                                                                    if (Array.isArray(data64)) {
                                                                      var valid33 = true;
                                                                      const len10 = data64.length;
                                                                      for (let i10 = 0; i10 < len10; i10++) {
                                                                        const _errs148 = errors;
                                                                        if (typeof data64[i10] !== "string") {
                                                                          validate20.errors = [{ instancePath: instancePath + "/dossier/" + i8 + "/missing/" + i10, schemaPath: "#/properties/dossier/items/properties/missing/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                          return false;
                                                                        }
                                                                        var valid33 = _errs148 === errors;
                                                                        if (!valid33) {
                                                                          break;
                                                                        }
                                                                      }
                                                                    } else {
                                                                      validate20.errors = [{ instancePath: instancePath + "/dossier/" + i8 + "/missing", schemaPath: "#/properties/dossier/items/properties/missing/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                                                      return false;
                                                                    }
                                                                  }
                                                                  var valid31 = _errs146 === errors;
                                                                } else {
                                                                  var valid31 = true;
                                                                }
                                                              }
                                                            }
                                                          }
                                                        }
                                                      }
                                                    }
                                                  }
                                                } else {
                                                  validate20.errors = [{ instancePath: instancePath + "/dossier/" + i8, schemaPath: "#/properties/dossier/items/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                                  return false;
                                                }
                                              }
                                              var valid30 = _errs132 === errors;
                                              if (!valid30) {
                                                break;
                                              }
                                            }
                                          } else {
                                            validate20.errors = [{ instancePath: instancePath + "/dossier", schemaPath: "#/properties/dossier/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                            return false;
                                          }
                                        }
                                        var valid0 = _errs130 === errors;
                                      } else {
                                        var valid0 = true;
                                      }
                                      if (valid0) {
                                        if (data.gapAssessment !== void 0) {
                                          const _errs150 = errors;
                                          if (!validate27(data.gapAssessment, { instancePath: instancePath + "/gapAssessment", parentData: data, parentDataProperty: "gapAssessment", rootData, dynamicAnchors })) {
                                            vErrors = vErrors === null ? validate27.errors : vErrors.concat(validate27.errors);
                                            errors = vErrors.length;
                                          }
                                          var valid0 = _errs150 === errors;
                                        } else {
                                          var valid0 = true;
                                        }
                                        if (valid0) {
                                          if (data.fixed !== void 0) {
                                            let data67 = data.fixed;
                                            const _errs151 = errors;
                                            if (errors === _errs151) {
                                              if (Array.isArray(data67)) {
                                                var valid34 = true;
                                                const len11 = data67.length;
                                                for (let i11 = 0; i11 < len11; i11++) {
                                                  let data68 = data67[i11];
                                                  const _errs153 = errors;
                                                  if (!validate24(data68, { instancePath: instancePath + "/fixed/" + i11, parentData: data67, parentDataProperty: i11, rootData, dynamicAnchors })) {
                                                    vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
                                                    errors = vErrors.length;
                                                  }
                                                  if (errors === _errs153) {
                                                    if (data68 && typeof data68 == "object" && !Array.isArray(data68)) {
                                                      for (const key12 in data68) {
                                                        if (key12 !== "ruleId" && key12 !== "category" && key12 !== "severity" && key12 !== "messageId" && key12 !== "params" && key12 !== "clause" && key12 !== "requirementId" && key12 !== "pointer" && key12 !== "file" && key12 !== "line" && key12 !== "column" && key12 !== "blocking" && key12 !== "blockingUntil" && key12 !== "message" && key12 !== "remedy" && key12 !== "howToRecord" && key12 !== "baseline") {
                                                          validate20.errors = [{ instancePath: instancePath + "/fixed/" + i11, schemaPath: "#/properties/fixed/items/unevaluatedProperties", keyword: "unevaluatedProperties", params: { unevaluatedProperty: key12 }, message: "must NOT have unevaluated properties" }];
                                                          return false;
                                                          break;
                                                        }
                                                      }
                                                    } else {
                                                      validate20.errors = [{ instancePath: instancePath + "/fixed/" + i11, schemaPath: "#/properties/fixed/items/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                                      return false;
                                                    }
                                                  }
                                                  var valid34 = _errs153 === errors;
                                                  if (!valid34) {
                                                    break;
                                                  }
                                                }
                                              } else {
                                                validate20.errors = [{ instancePath: instancePath + "/fixed", schemaPath: "#/properties/fixed/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                                return false;
                                              }
                                            }
                                            var valid0 = _errs151 === errors;
                                          } else {
                                            var valid0 = true;
                                          }
                                        }
                                      }
                                    }
                                  }
                                }
                              }
                            }
                          }
                        }
                      }
                    }
                  }
                }
              }
            }
          }
        }
      }
    } else {
      validate20.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate20.errors = vErrors;
  return errors === 0;
}
validate20.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
