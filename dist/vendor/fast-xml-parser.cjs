"use strict"; const __importMetaUrl = require("node:url").pathToFileURL(__filename).href;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __commonJS = (cb, mod) => function __require() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};

// node_modules/fast-xml-parser/lib/fxp.cjs
var require_fxp = __commonJS({
  "node_modules/fast-xml-parser/lib/fxp.cjs"(exports2, module2) {
    (() => {
      "use strict";
      var t = { d: (e2, n2) => {
        for (var i2 in n2) t.o(n2, i2) && !t.o(e2, i2) && Object.defineProperty(e2, i2, { enumerable: true, get: n2[i2] });
      }, o: (t2, e2) => Object.prototype.hasOwnProperty.call(t2, e2), r: (t2) => {
        "undefined" != typeof Symbol && Symbol.toStringTag && Object.defineProperty(t2, Symbol.toStringTag, { value: "Module" }), Object.defineProperty(t2, "__esModule", { value: true });
      } }, e = {};
      t.r(e), t.d(e, { XMLBuilder: () => $e, XMLParser: () => ce, XMLValidator: () => Oe });
      const n = ":A-Za-z_\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u02FF\\u0370-\\u037D\\u037F-\\u1FFF\\u200C-\\u200D\\u2070-\\u218F\\u2C00-\\u2FEF\\u3001-\\uD7FF\\uF900-\\uFDCF\\uFDF0-\\uFFFD", i = new RegExp("^[" + n + "][" + n + "\\-.\\d\\u00B7\\u0300-\\u036F\\u203F-\\u2040]*$"), r = function(t2) {
        return !(null == i.exec(t2));
      }, s = ["hasOwnProperty", "toString", "valueOf", "__defineGetter__", "__defineSetter__", "__lookupGetter__", "__lookupSetter__"], o = ["__proto__", "constructor", "prototype"], a = { allowBooleanAttributes: false, unpairedTags: [] };
      function l(t2, e2) {
        e2 = Object.assign({}, a, e2);
        const n2 = [];
        let i2 = false, r2 = false;
        "\uFEFF" === t2[0] && (t2 = t2.substr(1));
        for (let s2 = 0; s2 < t2.length; s2++) if ("<" === t2[s2] && "?" === t2[s2 + 1]) {
          if (s2 += 2, s2 = p(t2, s2), s2.err) return s2;
        } else {
          if ("<" !== t2[s2]) {
            if (c(t2[s2])) continue;
            return x("InvalidChar", "char '" + t2[s2] + "' is not expected.", N(t2, s2));
          }
          {
            let o2 = s2;
            if (s2++, "!" === t2[s2]) {
              s2 = h(t2, s2);
              continue;
            }
            {
              let a2 = false;
              "/" === t2[s2] && (a2 = true, s2++);
              let l2 = "";
              for (; s2 < t2.length && ">" !== t2[s2] && " " !== t2[s2] && "	" !== t2[s2] && "\n" !== t2[s2] && "\r" !== t2[s2]; s2++) l2 += t2[s2];
              if (l2 = l2.trim(), "/" === l2[l2.length - 1] && (l2 = l2.substring(0, l2.length - 1), s2--), !y(l2)) {
                let e3;
                return e3 = 0 === l2.trim().length ? "Invalid space after '<'." : "Tag '" + l2 + "' is an invalid name.", x("InvalidTag", e3, N(t2, s2));
              }
              const d2 = f(t2, s2);
              if (false === d2) return x("InvalidAttr", "Attributes for '" + l2 + "' have open quote.", N(t2, s2));
              let u2 = d2.value;
              if (s2 = d2.index, "/" === u2[u2.length - 1]) {
                const n3 = s2 - u2.length;
                u2 = u2.substring(0, u2.length - 1);
                const r3 = g(u2, e2);
                if (true !== r3) return x(r3.err.code, r3.err.msg, N(t2, n3 + r3.err.line));
                i2 = true;
              } else if (a2) {
                if (!d2.tagClosed) return x("InvalidTag", "Closing tag '" + l2 + "' doesn't have proper closing.", N(t2, s2));
                if (u2.trim().length > 0) return x("InvalidTag", "Closing tag '" + l2 + "' can't have attributes or invalid starting.", N(t2, o2));
                if (0 === n2.length) return x("InvalidTag", "Closing tag '" + l2 + "' has not been opened.", N(t2, o2));
                {
                  const e3 = n2.pop();
                  if (l2 !== e3.tagName) {
                    let n3 = N(t2, e3.tagStartPos);
                    return x("InvalidTag", "Expected closing tag '" + e3.tagName + "' (opened in line " + n3.line + ", col " + n3.col + ") instead of closing tag '" + l2 + "'.", N(t2, o2));
                  }
                  0 == n2.length && (r2 = true);
                }
              } else {
                const a3 = g(u2, e2);
                if (true !== a3) return x(a3.err.code, a3.err.msg, N(t2, s2 - u2.length + a3.err.line));
                if (true === r2) return x("InvalidXml", "Multiple possible root nodes found.", N(t2, s2));
                -1 !== e2.unpairedTags.indexOf(l2) || n2.push({ tagName: l2, tagStartPos: o2 }), i2 = true;
              }
              for (s2++; s2 < t2.length; s2++) if ("<" === t2[s2]) {
                if ("!" === t2[s2 + 1]) {
                  s2++, s2 = h(t2, s2);
                  continue;
                }
                if ("?" !== t2[s2 + 1]) break;
                if (s2 = p(t2, ++s2), s2.err) return s2;
              } else if ("&" === t2[s2]) {
                const e3 = m(t2, s2);
                if (-1 == e3) return x("InvalidChar", "char '&' is not expected.", N(t2, s2));
                s2 = e3;
              } else if (true === r2 && !c(t2[s2])) return x("InvalidXml", "Extra text at the end", N(t2, s2));
              "<" === t2[s2] && s2--;
            }
          }
        }
        return i2 ? 1 == n2.length ? x("InvalidTag", "Unclosed tag '" + n2[0].tagName + "'.", N(t2, n2[0].tagStartPos)) : !(n2.length > 0) || x("InvalidXml", "Invalid '" + JSON.stringify(n2.map((t3) => t3.tagName), null, 4).replace(/\r?\n/g, "") + "' found.", { line: 1, col: 1 }) : x("InvalidXml", "Start tag expected.", 1);
      }
      function c(t2) {
        return " " === t2 || "	" === t2 || "\n" === t2 || "\r" === t2;
      }
      function p(t2, e2) {
        const n2 = e2;
        for (; e2 < t2.length; e2++) if ("?" == t2[e2] || " " == t2[e2]) {
          const i2 = t2.substr(n2, e2 - n2);
          if (e2 > 5 && "xml" === i2) return x("InvalidXml", "XML declaration allowed only at the start of the document.", N(t2, e2));
          if ("?" == t2[e2] && ">" == t2[e2 + 1]) {
            e2++;
            break;
          }
          continue;
        }
        return e2;
      }
      function h(t2, e2) {
        if (t2.length > e2 + 5 && "-" === t2[e2 + 1] && "-" === t2[e2 + 2]) {
          for (e2 += 3; e2 < t2.length; e2++) if ("-" === t2[e2] && "-" === t2[e2 + 1] && ">" === t2[e2 + 2]) {
            e2 += 2;
            break;
          }
        } else if (t2.length > e2 + 8 && "D" === t2[e2 + 1] && "O" === t2[e2 + 2] && "C" === t2[e2 + 3] && "T" === t2[e2 + 4] && "Y" === t2[e2 + 5] && "P" === t2[e2 + 6] && "E" === t2[e2 + 7]) {
          let n2 = 1;
          for (e2 += 8; e2 < t2.length; e2++) if ("<" === t2[e2]) n2++;
          else if (">" === t2[e2] && (n2--, 0 === n2)) break;
        } else if (t2.length > e2 + 9 && "[" === t2[e2 + 1] && "C" === t2[e2 + 2] && "D" === t2[e2 + 3] && "A" === t2[e2 + 4] && "T" === t2[e2 + 5] && "A" === t2[e2 + 6] && "[" === t2[e2 + 7]) {
          for (e2 += 8; e2 < t2.length; e2++) if ("]" === t2[e2] && "]" === t2[e2 + 1] && ">" === t2[e2 + 2]) {
            e2 += 2;
            break;
          }
        }
        return e2;
      }
      const d = '"', u = "'";
      function f(t2, e2) {
        let n2 = "", i2 = "", r2 = false;
        for (; e2 < t2.length; e2++) {
          if (t2[e2] === d || t2[e2] === u) "" === i2 ? i2 = t2[e2] : i2 !== t2[e2] || (i2 = "");
          else if (">" === t2[e2] && "" === i2) {
            r2 = true;
            break;
          }
          n2 += t2[e2];
        }
        return "" === i2 && { value: n2, index: e2, tagClosed: r2 };
      }
      function g(t2, e2) {
        const n2 = (function(t3) {
          const e3 = [], n3 = t3.length;
          let i3 = 0;
          for (; i3 < n3; ) {
            const r2 = i3;
            for (; i3 < n3 && c(t3[i3]); ) i3++;
            if (i3 >= n3) break;
            if ("=" === t3[i3]) {
              i3++;
              continue;
            }
            const s2 = t3.slice(r2, i3), o2 = i3;
            for (; i3 < n3 && !c(t3[i3]) && "=" !== t3[i3]; ) i3++;
            const a2 = t3.slice(o2, i3);
            let l2, p2, h2, d2 = i3;
            for (; d2 < n3 && c(t3[d2]); ) d2++;
            d2 < n3 && "=" === t3[d2] && (l2 = t3.slice(i3, d2 + 1), i3 = d2 + 1);
            let u2 = i3;
            for (; u2 < n3 && c(t3[u2]); ) u2++;
            if (u2 < n3 && ('"' === t3[u2] || "'" === t3[u2])) {
              const e4 = u2 + 1, n4 = t3.indexOf(t3[u2], e4);
              -1 !== n4 && (p2 = t3[u2], h2 = t3.slice(e4, n4), i3 = n4 + 1);
            }
            const f2 = { startIndex: r2 };
            f2[1] = s2, f2[2] = a2, f2[3] = l2, f2[4] = void 0 !== p2 || void 0, f2[5] = p2, f2[6] = h2, e3.push(f2);
          }
          return e3;
        })(t2), i2 = {};
        for (let t3 = 0; t3 < n2.length; t3++) {
          if (0 === n2[t3][1].length) return x("InvalidAttr", "Attribute '" + n2[t3][2] + "' has no space in starting.", E(n2[t3]));
          if (void 0 !== n2[t3][3] && void 0 === n2[t3][4]) return x("InvalidAttr", "Attribute '" + n2[t3][2] + "' is without value.", E(n2[t3]));
          if (void 0 === n2[t3][3] && !e2.allowBooleanAttributes) return x("InvalidAttr", "boolean attribute '" + n2[t3][2] + "' is not allowed.", E(n2[t3]));
          const r2 = n2[t3][2];
          if (!b(r2)) return x("InvalidAttr", "Attribute '" + r2 + "' is an invalid name.", E(n2[t3]));
          if (Object.prototype.hasOwnProperty.call(i2, r2)) return x("InvalidAttr", "Attribute '" + r2 + "' is repeated.", E(n2[t3]));
          i2[r2] = 1;
        }
        return true;
      }
      function m(t2, e2) {
        if (";" === t2[++e2]) return -1;
        if ("#" === t2[e2]) return (function(t3, e3) {
          let n3 = /\d/;
          for ("x" === t3[e3] && (e3++, n3 = /[\da-fA-F]/); e3 < t3.length; e3++) {
            if (";" === t3[e3]) return e3;
            if (!t3[e3].match(n3)) break;
          }
          return -1;
        })(t2, ++e2);
        let n2 = 0;
        for (; e2 < t2.length; e2++, n2++) if (!(t2[e2].match(/\w/) && n2 < 20)) {
          if (";" === t2[e2]) break;
          return -1;
        }
        return e2;
      }
      function x(t2, e2, n2) {
        return { err: { code: t2, msg: e2, line: n2.line || n2, col: n2.col } };
      }
      function b(t2) {
        return r(t2);
      }
      function y(t2) {
        return r(t2);
      }
      function N(t2, e2) {
        const n2 = t2.substring(0, e2).split(/\r?\n/);
        return { line: n2.length, col: n2[n2.length - 1].length + 1 };
      }
      function E(t2) {
        return t2.startIndex + t2[1].length;
      }
      const w = (t2) => s.includes(t2) ? "__" + t2 : t2, v = { preserveOrder: false, attributeNamePrefix: "@_", attributesGroupName: false, textNodeName: "#text", ignoreAttributes: true, removeNSPrefix: false, allowBooleanAttributes: false, parseTagValue: true, parseAttributeValue: false, trimValues: true, cdataPropName: false, numberParseOptions: { hex: true, leadingZeros: true, eNotation: true, unicode: false }, tagValueProcessor: function(t2, e2) {
        return e2;
      }, attributeValueProcessor: function(t2, e2) {
        return e2;
      }, stopNodes: [], alwaysCreateTextNode: false, isArray: () => false, commentPropName: false, unpairedTags: [], processEntities: true, htmlEntities: false, entityDecoder: null, ignoreDeclaration: false, ignorePiTags: false, transformTagName: false, transformAttributeName: false, updateTag: function(t2, e2, n2) {
        return t2;
      }, captureMetaData: false, maxNestedTags: 100, strictReservedNames: true, jPath: true, onDangerousProperty: w };
      function S(t2, e2) {
        if ("string" != typeof t2) return;
        const n2 = t2.toLowerCase();
        if (s.some((t3) => n2 === t3.toLowerCase())) throw new Error(`[SECURITY] Invalid ${e2}: "${t2}" is a reserved JavaScript keyword that could cause prototype pollution`);
        if (o.some((t3) => n2 === t3.toLowerCase())) throw new Error(`[SECURITY] Invalid ${e2}: "${t2}" is a reserved JavaScript keyword that could cause prototype pollution`);
      }
      function A(t2, e2) {
        return "boolean" == typeof t2 ? { enabled: t2, maxEntitySize: 1e4, maxExpansionDepth: 1e4, maxTotalExpansions: 1 / 0, maxExpandedLength: 1e5, maxEntityCount: 1e3, allowedTags: null, tagFilter: null, appliesTo: "all" } : "object" == typeof t2 && null !== t2 ? { enabled: false !== t2.enabled, maxEntitySize: Math.max(1, t2.maxEntitySize ?? 1e4), maxExpansionDepth: Math.max(1, t2.maxExpansionDepth ?? 1e4), maxTotalExpansions: Math.max(1, t2.maxTotalExpansions ?? 1 / 0), maxExpandedLength: Math.max(1, t2.maxExpandedLength ?? 1e5), maxEntityCount: Math.max(1, t2.maxEntityCount ?? 1e3), allowedTags: t2.allowedTags ?? null, tagFilter: t2.tagFilter ?? null, appliesTo: t2.appliesTo ?? "all" } : A(true);
      }
      const T = function(t2) {
        const e2 = Object.assign({}, v, t2), n2 = [{ value: e2.attributeNamePrefix, name: "attributeNamePrefix" }, { value: e2.attributesGroupName, name: "attributesGroupName" }, { value: e2.textNodeName, name: "textNodeName" }, { value: e2.cdataPropName, name: "cdataPropName" }, { value: e2.commentPropName, name: "commentPropName" }];
        for (const { value: t3, name: e3 } of n2) t3 && S(t3, e3);
        return null === e2.onDangerousProperty && (e2.onDangerousProperty = w), e2.processEntities = A(e2.processEntities, e2.htmlEntities), e2.unpairedTagsSet = new Set(e2.unpairedTags), e2.stopNodes && Array.isArray(e2.stopNodes) && (e2.stopNodes = e2.stopNodes.map((t3) => "string" == typeof t3 && t3.startsWith("*.") ? ".." + t3.substring(2) : t3)), e2;
      };
      let _;
      _ = "function" != typeof Symbol ? "@@xmlMetadata" : /* @__PURE__ */ Symbol("XML Node Metadata");
      class C {
        constructor(t2) {
          this.tagname = t2, this.child = [], this[":@"] = /* @__PURE__ */ Object.create(null);
        }
        add(t2, e2) {
          "__proto__" === t2 && (t2 = "#__proto__"), this.child.push({ [t2]: e2 });
        }
        addChild(t2, e2) {
          "__proto__" === t2.tagname && (t2.tagname = "#__proto__"), t2[":@"] && Object.keys(t2[":@"]).length > 0 ? this.child.push({ [t2.tagname]: t2.child, ":@": t2[":@"] }) : this.child.push({ [t2.tagname]: t2.child }), this.addStartIndex(e2);
        }
        addStartIndex(t2) {
          void 0 !== t2 && (this.child[this.child.length - 1][_] = { startIndex: t2 });
        }
        addEndIndex(t2) {
          const e2 = this.child[this.child.length - 1];
          void 0 !== e2 && void 0 !== e2[_] && void 0 === e2[_].endIndex && (e2[_].endIndex = t2);
        }
        static getMetaDataSymbol() {
          return _;
        }
      }
      const $ = ":A-Za-z_\xC0-\xD6\xD8-\xF6\xF8-\u02FF\u0370-\u037D\u037F-\u0486\u0488-\u1FFF\u200C-\u200D\u2070-\u218F\u2C00-\u2FEF\u3001-\uD7FF\uF900-\uFDCF\uFDF0-\uFFFD", O = ":A-Za-z_\xC0-\u02FF\u0370-\u037D\u037F-\u0486\u0488-\u1FFF\u200C-\u200D\u2070-\u218F\u2C00-\u2FEF\u3001-\uD7FF\uF900-\uFDCF\uFDF0-\uFFFD\u{10000}-\u{EFFFF}", P = O + "\\-\\.\\d\xB7\u0300-\u036F\u0487\u203F-\u2040", j = (t2, e2, n2 = "") => {
        const i2 = `[${t2.replace(":", "")}][${e2.replace(":", "")}]*`;
        return { name: new RegExp(`^[${t2}][${e2}]*$`, n2), ncName: new RegExp(`^${i2}$`, n2), qName: new RegExp(`^${i2}(?::${i2})?$`, n2), nmToken: new RegExp(`^[${e2}]+$`, n2), nmTokens: new RegExp(`^[${e2}]+(?:\\s+[${e2}]+)*$`, n2) };
      }, I = j($, $ + "\\-\\.\\d\xB7\u0300-\u036F\u203F-\u2040"), k = j(O, P, "u"), L = ":A-Za-z_", D = j(L, L + "\\-\\.\\d"), M = (t2 = "1.0", e2 = false) => e2 ? D : "1.1" === t2 ? k : I, R = (t2, { xmlVersion: e2 = "1.0", asciiOnly: n2 = false } = {}) => M(e2, n2).qName.test(t2), V = ["name", "ncName", "qName", "nmToken", "nmTokens"], q = (t2, { xmlVersion: e2 = "1.0", asciiOnly: n2 = false, maxCacheSize: i2 = 2048 } = {}) => {
        if (!V.includes(t2)) throw new TypeError(`Unknown production "${t2}". Must be one of: ${V.join(", ")}`);
        const r2 = M(e2, n2)[t2];
        let s2 = /* @__PURE__ */ new Map();
        const o2 = (t3) => {
          const e3 = s2.get(t3);
          if (void 0 !== e3) return e3;
          const n3 = r2.test(t3);
          return s2.size < i2 && s2.set(t3, n3), n3;
        };
        return o2.reset = () => {
          s2 = /* @__PURE__ */ new Map();
        }, o2;
      };
      class F {
        constructor(t2, e2) {
          this.suppressValidationErr = !t2, this.options = t2, this.xmlVersion = e2 || 1;
        }
        setXmlVersion(t2 = 1) {
          this.xmlVersion = t2;
        }
        readDocType(t2, e2) {
          const n2 = /* @__PURE__ */ Object.create(null);
          let i2 = 0;
          if ("O" !== t2[e2 + 3] || "C" !== t2[e2 + 4] || "T" !== t2[e2 + 5] || "Y" !== t2[e2 + 6] || "P" !== t2[e2 + 7] || "E" !== t2[e2 + 8]) throw new Error("Invalid Tag instead of DOCTYPE");
          {
            e2 += 9;
            let r2 = 1, s2 = false, o2 = false, a2 = null, l2 = "";
            for (; e2 < t2.length; e2++) if (null === a2) if (s2 || o2 || '"' !== t2[e2] && "'" !== t2[e2]) if ("<" !== t2[e2] || o2) if (">" === t2[e2]) {
              if (o2 ? "-" === t2[e2 - 1] && "-" === t2[e2 - 2] && (o2 = false, r2--) : r2--, 0 === r2) break;
            } else "[" === t2[e2] ? s2 = true : l2 += t2[e2];
            else {
              if (s2 && B(t2, "!ENTITY", e2)) {
                let r3, s3;
                if (e2 += 7, [r3, s3, e2] = this.readEntityExp(t2, e2 + 1, this.suppressValidationErr), -1 === s3.indexOf("&")) {
                  if (false !== this.options.enabled && null != this.options.maxEntityCount && i2 >= this.options.maxEntityCount) throw new Error(`Entity count (${i2 + 1}) exceeds maximum allowed (${this.options.maxEntityCount})`);
                  n2[r3] = s3, i2++;
                }
              } else if (s2 && B(t2, "!ELEMENT", e2)) {
                e2 += 8;
                const { index: n3 } = this.readElementExp(t2, e2 + 1);
                e2 = n3;
              } else if (s2 && B(t2, "!ATTLIST", e2)) e2 += 8;
              else if (s2 && B(t2, "!NOTATION", e2)) {
                e2 += 9;
                const { index: n3 } = this.readNotationExp(t2, e2 + 1, this.suppressValidationErr);
                e2 = n3;
              } else {
                if (!B(t2, "!--", e2)) throw new Error("Invalid DOCTYPE");
                o2 = true;
              }
              r2++, l2 = "";
            }
            else a2 = t2[e2], l2 += t2[e2];
            else t2[e2] === a2 && (a2 = null), l2 += t2[e2];
            if (null !== a2 || 0 !== r2) throw new Error("Unclosed DOCTYPE");
          }
          return { entities: n2, i: e2 };
        }
        readEntityExp(t2, e2) {
          const n2 = e2 = U(t2, e2);
          for (; e2 < t2.length && !/\s/.test(t2[e2]) && '"' !== t2[e2] && "'" !== t2[e2]; ) e2++;
          let i2 = t2.substring(n2, e2);
          if (G(i2, { xmlVersion: this.xmlVersion }), e2 = U(t2, e2), !this.suppressValidationErr) {
            if ("SYSTEM" === t2.substring(e2, e2 + 6).toUpperCase()) throw new Error("External entities are not supported");
            if ("%" === t2[e2]) throw new Error("Parameter entities are not supported");
          }
          let r2 = "";
          if ([e2, r2] = this.readIdentifierVal(t2, e2, "entity"), false !== this.options.enabled && null != this.options.maxEntitySize && r2.length > this.options.maxEntitySize) throw new Error(`Entity "${i2}" size (${r2.length}) exceeds maximum allowed size (${this.options.maxEntitySize})`);
          return [i2, r2, --e2];
        }
        readNotationExp(t2, e2) {
          const n2 = e2 = U(t2, e2);
          for (; e2 < t2.length && !/\s/.test(t2[e2]); ) e2++;
          let i2 = t2.substring(n2, e2);
          !this.suppressValidationErr && G(i2, { xmlVersion: this.xmlVersion }), e2 = U(t2, e2);
          const r2 = t2.substring(e2, e2 + 6).toUpperCase();
          if (!this.suppressValidationErr && "SYSTEM" !== r2 && "PUBLIC" !== r2) throw new Error(`Expected SYSTEM or PUBLIC, found "${r2}"`);
          e2 += r2.length, e2 = U(t2, e2);
          let s2 = null, o2 = null;
          if ("PUBLIC" === r2) [e2, s2] = this.readIdentifierVal(t2, e2, "publicIdentifier"), '"' !== t2[e2 = U(t2, e2)] && "'" !== t2[e2] || ([e2, o2] = this.readIdentifierVal(t2, e2, "systemIdentifier"));
          else if ("SYSTEM" === r2 && ([e2, o2] = this.readIdentifierVal(t2, e2, "systemIdentifier"), !this.suppressValidationErr && !o2)) throw new Error("Missing mandatory system identifier for SYSTEM notation");
          return { notationName: i2, publicIdentifier: s2, systemIdentifier: o2, index: --e2 };
        }
        readIdentifierVal(t2, e2, n2) {
          let i2 = "";
          const r2 = t2[e2];
          if ('"' !== r2 && "'" !== r2) throw new Error(`Expected quoted string, found "${r2}"`);
          const s2 = ++e2;
          for (; e2 < t2.length && t2[e2] !== r2; ) e2++;
          if (i2 = t2.substring(s2, e2), t2[e2] !== r2) throw new Error(`Unterminated ${n2} value`);
          return [++e2, i2];
        }
        readElementExp(t2, e2) {
          const n2 = e2 = U(t2, e2);
          for (; e2 < t2.length && !/\s/.test(t2[e2]); ) e2++;
          let i2 = t2.substring(n2, e2);
          if (!this.suppressValidationErr && !R(i2, { xmlVersion: this.xmlVersion })) throw new Error(`Invalid element name: "${i2}"`);
          let r2 = "";
          if ("E" === t2[e2 = U(t2, e2)] && B(t2, "MPTY", e2)) e2 += 4;
          else if ("A" === t2[e2] && B(t2, "NY", e2)) e2 += 2;
          else if ("(" === t2[e2]) {
            const n3 = ++e2;
            for (; e2 < t2.length && ")" !== t2[e2]; ) e2++;
            if (r2 = t2.substring(n3, e2), ")" !== t2[e2]) throw new Error("Unterminated content model");
          } else if (!this.suppressValidationErr) throw new Error(`Invalid Element Expression, found "${t2[e2]}"`);
          return { elementName: i2, contentModel: r2.trim(), index: e2 };
        }
        readAttlistExp(t2, e2) {
          let n2 = e2 = U(t2, e2);
          for (; e2 < t2.length && !/\s/.test(t2[e2]); ) e2++;
          let i2 = t2.substring(n2, e2);
          for (G(i2, { xmlVersion: this.xmlVersion }), n2 = e2 = U(t2, e2); e2 < t2.length && !/\s/.test(t2[e2]); ) e2++;
          let r2 = t2.substring(n2, e2);
          if (!G(r2, { xmlVersion: this.xmlVersion })) throw new Error(`Invalid attribute name: "${r2}"`);
          e2 = U(t2, e2);
          let s2 = "";
          if ("NOTATION" === t2.substring(e2, e2 + 8).toUpperCase()) {
            if (s2 = "NOTATION", "(" !== t2[e2 = U(t2, e2 += 8)]) throw new Error(`Expected '(', found "${t2[e2]}"`);
            e2++;
            let n3 = [];
            for (; e2 < t2.length && ")" !== t2[e2]; ) {
              const i3 = e2;
              for (; e2 < t2.length && "|" !== t2[e2] && ")" !== t2[e2]; ) e2++;
              let r3 = t2.substring(i3, e2);
              if (r3 = r3.trim(), !G(r3, { xmlVersion: this.xmlVersion })) throw new Error(`Invalid notation name: "${r3}"`);
              n3.push(r3), "|" === t2[e2] && (e2++, e2 = U(t2, e2));
            }
            if (")" !== t2[e2]) throw new Error("Unterminated list of notations");
            e2++, s2 += " (" + n3.join("|") + ")";
          } else {
            const n3 = e2;
            for (; e2 < t2.length && !/\s/.test(t2[e2]); ) e2++;
            s2 += t2.substring(n3, e2);
            const i3 = ["CDATA", "ID", "IDREF", "IDREFS", "ENTITY", "ENTITIES", "NMTOKEN", "NMTOKENS"];
            if (!this.suppressValidationErr && !i3.includes(s2.toUpperCase())) throw new Error(`Invalid attribute type: "${s2}"`);
          }
          e2 = U(t2, e2);
          let o2 = "";
          return "#REQUIRED" === t2.substring(e2, e2 + 8).toUpperCase() ? (o2 = "#REQUIRED", e2 += 8) : "#IMPLIED" === t2.substring(e2, e2 + 7).toUpperCase() ? (o2 = "#IMPLIED", e2 += 7) : [e2, o2] = this.readIdentifierVal(t2, e2, "ATTLIST"), { elementName: i2, attributeName: r2, attributeType: s2, defaultValue: o2, index: e2 };
        }
      }
      const U = (t2, e2) => {
        for (; e2 < t2.length && /\s/.test(t2[e2]); ) e2++;
        return e2;
      };
      function B(t2, e2, n2) {
        for (let i2 = 0; i2 < e2.length; i2++) if (e2[i2] !== t2[n2 + i2 + 1]) return false;
        return true;
      }
      function G(t2, e2) {
        if (R(t2, { xmlVersion: e2 })) return t2;
        throw new Error(`Invalid entity name ${t2}`);
      }
      const X = [48, 1632, 1776, 2406, 2534, 2662, 2790, 2918, 3046, 3174, 3302, 3430, 3558, 3664, 3792, 3872, 4160, 4240, 6112, 6160, 6470, 6608, 6784, 6800, 6992, 7088, 7232, 7248, 65296, 120782, 120792, 120802, 120812, 120822, 66720, 68912, 69734, 69872, 69942, 70096, 70384, 70736, 70864, 71248, 71360, 71472, 71904, 72016, 72688, 72784, 73040, 73120, 73552, 92768, 92864, 93008, 123200, 123632, 124144, 125264, 130032], W = /* @__PURE__ */ new Map(), z = 1632, Y = new Uint8Array(63904).fill(255);
      for (const t2 of X) for (let e2 = 0; e2 < 10; e2++) {
        const n2 = t2 + e2;
        n2 <= 65535 ? Y[n2 - z] = e2 : W.set(n2, e2);
      }
      const H = /* @__PURE__ */ new Set([8722, 65293, 65123]), Q = /^[-+]?0x[a-fA-F0-9]+$/, J = /^0b[01]+$/, Z = /^0o[0-7]+$/, K = /^([\-\+])?(0*)([0-9]*(\.[0-9]*)?)$/, tt = { hex: true, binary: false, octal: false, leadingZeros: true, decimalPoint: ".", eNotation: true, infinity: "original", unicode: false };
      function et(t2, e2 = {}) {
        if (e2 = Object.assign({}, tt, e2), !t2 || "string" != typeof t2) return t2;
        let n2 = t2.trim();
        if (0 === n2.length) return t2;
        if (void 0 !== e2.skipLike && e2.skipLike.test(n2)) return t2;
        if ("0" === n2) return 0;
        if (e2.unicode && (n2 = (function(t3) {
          if ("string" != typeof t3) return t3;
          const e3 = t3.length;
          if (0 === e3) return t3;
          let n3 = -1;
          for (let i3 = 0; i3 < e3; i3++) {
            const r2 = t3.charCodeAt(i3);
            if (!(r2 >= 48 && r2 <= 57 || 45 === r2)) {
              if (r2 < z) {
                if (H.has(r2)) {
                  n3 = i3;
                  break;
                }
              } else if (r2 >= 55296 && r2 <= 56319) {
                if (i3 + 1 < e3) {
                  const e4 = t3.charCodeAt(i3 + 1);
                  if (e4 >= 56320 && e4 <= 57343) {
                    const t4 = 65536 + (r2 - 55296 << 10) + (e4 - 56320);
                    if (W.has(t4)) {
                      n3 = i3;
                      break;
                    }
                  }
                }
              } else if (255 !== Y[r2 - z] || H.has(r2)) {
                n3 = i3;
                break;
              }
            }
          }
          if (-1 === n3) return t3;
          const i2 = [];
          n3 > 0 && i2.push(t3.slice(0, n3));
          for (let r2 = n3; r2 < e3; r2++) {
            const n4 = t3.charCodeAt(r2);
            if (n4 >= 48 && n4 <= 57 || 45 === n4) {
              i2.push(t3[r2]);
              continue;
            }
            if (n4 < z) {
              i2.push(H.has(n4) ? "-" : t3[r2]);
              continue;
            }
            if (n4 >= 55296 && n4 <= 56319) {
              if (r2 + 1 < e3) {
                const e4 = t3.charCodeAt(r2 + 1);
                if (e4 >= 56320 && e4 <= 57343) {
                  const t4 = 65536 + (n4 - 55296 << 10) + (e4 - 56320), s3 = W.get(t4);
                  if (void 0 !== s3) {
                    i2.push(String.fromCharCode(s3 + 48)), r2++;
                    continue;
                  }
                }
              }
              i2.push(t3[r2]);
              continue;
            }
            if (H.has(n4)) {
              i2.push("-");
              continue;
            }
            const s2 = Y[n4 - z];
            i2.push(255 !== s2 ? String.fromCharCode(s2 + 48) : t3[r2]);
          }
          return i2.join("");
        })(n2), "0" === n2)) return 0;
        if (e2.hex && Q.test(n2)) return it(n2, 16);
        if (e2.binary && J.test(n2)) return it(n2, 2);
        if (e2.octal && Z.test(n2)) return it(n2, 8);
        if (isFinite(n2)) {
          if (n2.includes("e") || n2.includes("E")) return (function(t3, e3, n3) {
            if (!n3.eNotation) return t3;
            const i2 = e3.match(nt);
            if (i2) {
              let r2 = i2[1] || "";
              const s2 = -1 === i2[3].indexOf("e") ? "E" : "e", o2 = i2[2], a2 = r2 ? e3[o2.length + 1] === s2 : e3[o2.length] === s2;
              return o2.length > 1 && a2 ? t3 : (1 !== o2.length || !i2[3].startsWith(`.${s2}`) && i2[3][0] !== s2) && o2.length > 0 ? n3.leadingZeros && !a2 ? Number(e3) : t3 : Number(e3);
            }
            return t3;
          })(t2, n2, e2);
          {
            const i2 = K.exec(n2);
            if (i2) {
              const r2 = i2[1] || "", s2 = i2[2];
              let o2 = (function(t3) {
                if (t3 && -1 !== t3.indexOf(".")) {
                  let e3 = t3.length;
                  for (; e3 > 0 && 48 === t3.charCodeAt(e3 - 1); ) e3--;
                  return "." === (t3 = t3.slice(0, e3)) ? t3 = "0" : "." === t3[0] ? t3 = "0" + t3 : "." === t3[t3.length - 1] && (t3 = t3.substring(0, t3.length - 1)), t3;
                }
                return t3;
              })(i2[3]);
              const a2 = r2 ? "." === n2[s2.length + 1] : "." === n2[s2.length];
              if (!e2.leadingZeros && (s2.length > 1 || 1 === s2.length && !a2)) return t2;
              {
                const i3 = Number(n2), a3 = String(i3);
                if (0 === i3) return i3;
                if (-1 !== a3.search(/[eE]/)) return e2.eNotation ? i3 : t2;
                if (-1 !== n2.indexOf(".")) return "0" === a3 || a3 === o2 || a3 === `${r2}${o2}` ? i3 : t2;
                let l2 = s2 ? o2 : n2;
                return s2 ? l2 === a3 || r2 + l2 === a3 ? i3 : t2 : l2 === a3 || l2 === r2 + a3 ? i3 : t2;
              }
            }
            return t2;
          }
        }
        {
          const i2 = Number(n2);
          return Number.isNaN(i2) ? t2 : (function(t3, e3, n3) {
            const i3 = e3 === 1 / 0;
            switch (n3.infinity.toLowerCase()) {
              case "null":
                return null;
              case "infinity":
                return e3;
              case "string":
                return i3 ? "Infinity" : "-Infinity";
              default:
                return t3;
            }
          })(t2, i2, e2);
        }
      }
      const nt = /^([-+])?(0*)(\d*(\.\d*)?[eE][-\+]?\d+)$/;
      function it(t2, e2) {
        const n2 = t2.trim();
        if (2 !== e2 && 8 !== e2 || (t2 = n2.substring(2)), parseInt) return parseInt(t2, e2);
        if (Number.parseInt) return Number.parseInt(t2, e2);
        if (window && window.parseInt) return window.parseInt(t2, e2);
        throw new Error("parseInt, Number.parseInt, window.parseInt are not supported");
      }
      class rt {
        constructor(t2) {
          this._matcher = t2;
        }
        get separator() {
          return this._matcher.separator;
        }
        getCurrentTag() {
          const t2 = this._matcher.path;
          return t2.length > 0 ? t2[t2.length - 1].tag : void 0;
        }
        getCurrentNamespace() {
          const t2 = this._matcher.path;
          return t2.length > 0 ? t2[t2.length - 1].namespace : void 0;
        }
        getAttrValue(t2) {
          const e2 = this._matcher.path;
          if (0 !== e2.length) return e2[e2.length - 1].values?.[t2];
        }
        hasAttr(t2) {
          const e2 = this._matcher.path;
          if (0 === e2.length) return false;
          const n2 = e2[e2.length - 1];
          return void 0 !== n2.values && t2 in n2.values;
        }
        getAnyParentAttr(t2) {
          return this._matcher.getAnyParentAttr(t2);
        }
        hasAnyParentAttr(t2) {
          return this._matcher.hasAnyParentAttr(t2);
        }
        getPosition() {
          const t2 = this._matcher.path;
          return 0 === t2.length ? -1 : t2[t2.length - 1].position ?? 0;
        }
        getCounter() {
          const t2 = this._matcher.path;
          return 0 === t2.length ? -1 : t2[t2.length - 1].counter ?? 0;
        }
        getIndex() {
          return this.getPosition();
        }
        getDepth() {
          return this._matcher.path.length;
        }
        toString(t2, e2 = true) {
          return this._matcher.toString(t2, e2);
        }
        toArray() {
          return this._matcher.path.map((t2) => t2.tag);
        }
        matches(t2) {
          return this._matcher.matches(t2);
        }
        matchesAny(t2) {
          return t2.matchesAny(this._matcher);
        }
      }
      class st {
        constructor(t2 = {}) {
          this.separator = t2.separator || ".", this.path = [], this.siblingStacks = [], this._pathStringCache = null, this._view = new rt(this), this._keptAttrs = [];
        }
        push(t2, e2 = null, n2 = null, i2 = null) {
          this._pathStringCache = null, this.path.length > 0 && (this.path[this.path.length - 1].values = void 0);
          const r2 = this.path.length;
          let s2 = this.siblingStacks[r2];
          s2 || (s2 = { counts: /* @__PURE__ */ new Map(), total: 0 }, this.siblingStacks[r2] = s2);
          const o2 = n2 ? `${n2}:${t2}` : t2, a2 = s2.counts.get(o2) || 0, l2 = s2.total;
          s2.counts.set(o2, a2 + 1), s2.total++;
          const c2 = { tag: t2, position: l2, counter: a2 };
          null != n2 && (c2.namespace = n2), null != e2 && (c2.values = e2), this.path.push(c2);
          const p2 = this.path.length, h2 = null !== i2 ? i2.keep : null;
          if (null != h2 && h2.length > 0 && e2) for (let t3 = 0; t3 < h2.length; t3++) {
            const n3 = h2[t3];
            void 0 !== e2[n3] && this._keptAttrs.push({ depth: p2, name: n3, value: e2[n3] });
          }
        }
        pop() {
          if (0 === this.path.length) return;
          this._pathStringCache = null;
          const t2 = this.path.pop();
          this.siblingStacks.length > this.path.length + 1 && (this.siblingStacks.length = this.path.length + 1);
          const e2 = this.path.length + 1;
          for (; this._keptAttrs.length > 0 && this._keptAttrs[this._keptAttrs.length - 1].depth >= e2; ) this._keptAttrs.pop();
          return t2;
        }
        updateCurrent(t2) {
          if (this.path.length > 0) {
            const e2 = this.path[this.path.length - 1];
            null != t2 && (e2.values = t2);
          }
        }
        getCurrentTag() {
          return this.path.length > 0 ? this.path[this.path.length - 1].tag : void 0;
        }
        getCurrentNamespace() {
          return this.path.length > 0 ? this.path[this.path.length - 1].namespace : void 0;
        }
        getAttrValue(t2) {
          if (0 !== this.path.length) return this.path[this.path.length - 1].values?.[t2];
        }
        hasAttr(t2) {
          if (0 === this.path.length) return false;
          const e2 = this.path[this.path.length - 1];
          return void 0 !== e2.values && t2 in e2.values;
        }
        getAnyParentAttr(t2) {
          const e2 = this._keptAttrs;
          for (let n2 = e2.length - 1; n2 >= 0; n2--) if (e2[n2].name === t2) return e2[n2].value;
        }
        hasAnyParentAttr(t2) {
          const e2 = this._keptAttrs;
          for (let n2 = e2.length - 1; n2 >= 0; n2--) if (e2[n2].name === t2) return true;
          return false;
        }
        getPosition() {
          return 0 === this.path.length ? -1 : this.path[this.path.length - 1].position ?? 0;
        }
        getCounter() {
          return 0 === this.path.length ? -1 : this.path[this.path.length - 1].counter ?? 0;
        }
        getIndex() {
          return this.getPosition();
        }
        getDepth() {
          return this.path.length;
        }
        toString(t2, e2 = true) {
          const n2 = t2 || this.separator;
          if (n2 === this.separator && true === e2) {
            if (null !== this._pathStringCache) return this._pathStringCache;
            const t3 = this.path.map((t4) => t4.namespace ? `${t4.namespace}:${t4.tag}` : t4.tag).join(n2);
            return this._pathStringCache = t3, t3;
          }
          return this.path.map((t3) => e2 && t3.namespace ? `${t3.namespace}:${t3.tag}` : t3.tag).join(n2);
        }
        toArray() {
          return this.path.map((t2) => t2.tag);
        }
        reset() {
          this._pathStringCache = null, this.path = [], this.siblingStacks = [], this._keptAttrs = [];
        }
        matches(t2) {
          const e2 = t2.segments;
          return 0 !== e2.length && (t2.hasDeepWildcard() ? this._matchWithDeepWildcard(e2) : this._matchSimple(e2));
        }
        _matchSimple(t2) {
          if (this.path.length !== t2.length) return false;
          for (let e2 = 0; e2 < t2.length; e2++) if (!this._matchSegment(t2[e2], this.path[e2], e2 === this.path.length - 1)) return false;
          return true;
        }
        _matchWithDeepWildcard(t2) {
          let e2 = this.path.length - 1, n2 = t2.length - 1;
          for (; n2 >= 0 && e2 >= 0; ) {
            const i2 = t2[n2];
            if ("deep-wildcard" === i2.type) {
              if (n2--, n2 < 0) return true;
              const i3 = t2[n2];
              let r2 = false;
              for (let t3 = e2; t3 >= 0; t3--) if (this._matchSegment(i3, this.path[t3], t3 === this.path.length - 1)) {
                e2 = t3 - 1, n2--, r2 = true;
                break;
              }
              if (!r2) return false;
            } else {
              if (!this._matchSegment(i2, this.path[e2], e2 === this.path.length - 1)) return false;
              e2--, n2--;
            }
          }
          return n2 < 0;
        }
        _matchSegment(t2, e2, n2) {
          if ("*" !== t2.tag && t2.tag !== e2.tag) return false;
          if (void 0 !== t2.namespace && "*" !== t2.namespace && t2.namespace !== e2.namespace) return false;
          if (void 0 !== t2.attrName) {
            if (!n2) return false;
            if (!e2.values || !(t2.attrName in e2.values)) return false;
            if (void 0 !== t2.attrValue && String(e2.values[t2.attrName]) !== String(t2.attrValue)) return false;
          }
          if (void 0 !== t2.position) {
            if (!n2) return false;
            const i2 = e2.counter ?? 0;
            if ("first" === t2.position && 0 !== i2) return false;
            if ("odd" === t2.position && i2 % 2 != 1) return false;
            if ("even" === t2.position && i2 % 2 != 0) return false;
            if ("nth" === t2.position && i2 !== t2.positionValue) return false;
          }
          return true;
        }
        matchesAny(t2) {
          return t2.matchesAny(this);
        }
        snapshot() {
          return { path: this.path.map((t2) => ({ ...t2 })), siblingStacks: this.siblingStacks.map((t2) => t2 ? { counts: new Map(t2.counts), total: t2.total } : t2), keptAttrs: this._keptAttrs.map((t2) => ({ ...t2 })) };
        }
        restore(t2) {
          this._pathStringCache = null, this.path = t2.path.map((t3) => ({ ...t3 })), this.siblingStacks = t2.siblingStacks.map((t3) => t3 ? { counts: new Map(t3.counts), total: t3.total } : t3), this._keptAttrs = (t2.keptAttrs || []).map((t3) => ({ ...t3 }));
        }
        readOnly() {
          return this._view;
        }
      }
      class ot {
        constructor(t2, e2 = {}, n2) {
          this.pattern = t2, this.separator = e2.separator || ".", this.segments = this._parse(t2), this.data = n2, this._hasDeepWildcard = this.segments.some((t3) => "deep-wildcard" === t3.type), this._hasAttributeCondition = this.segments.some((t3) => void 0 !== t3.attrName), this._hasPositionSelector = this.segments.some((t3) => void 0 !== t3.position);
        }
        _parse(t2) {
          const e2 = [];
          let n2 = 0, i2 = "";
          for (; n2 < t2.length; ) t2[n2] === this.separator ? n2 + 1 < t2.length && t2[n2 + 1] === this.separator ? (i2.trim() && (e2.push(this._parseSegment(i2.trim())), i2 = ""), e2.push({ type: "deep-wildcard" }), n2 += 2) : (i2.trim() && e2.push(this._parseSegment(i2.trim())), i2 = "", n2++) : (i2 += t2[n2], n2++);
          return i2.trim() && e2.push(this._parseSegment(i2.trim())), e2;
        }
        _parseSegment(t2) {
          const e2 = { type: "tag" };
          let n2 = null, i2 = t2;
          const r2 = t2.match(/^([^\[]+)(\[[^\]]*\])(.*)$/);
          if (r2 && (i2 = r2[1] + r2[3], r2[2])) {
            const t3 = r2[2].slice(1, -1);
            t3 && (n2 = t3);
          }
          let s2, o2, a2 = i2;
          if (i2.includes("::")) {
            const e3 = i2.indexOf("::");
            if (s2 = i2.substring(0, e3).trim(), a2 = i2.substring(e3 + 2).trim(), !s2) throw new Error(`Invalid namespace in pattern: ${t2}`);
          }
          let l2 = null;
          if (a2.includes(":")) {
            const t3 = a2.lastIndexOf(":"), e3 = a2.substring(0, t3).trim(), n3 = a2.substring(t3 + 1).trim();
            ["first", "last", "odd", "even"].includes(n3) || /^nth\(\d+\)$/.test(n3) ? (o2 = e3, l2 = n3) : o2 = a2;
          } else o2 = a2;
          if (!o2) throw new Error(`Invalid segment pattern: ${t2}`);
          if (e2.tag = o2, s2 && (e2.namespace = s2), n2) if (n2.includes("=")) {
            const t3 = n2.indexOf("=");
            e2.attrName = n2.substring(0, t3).trim(), e2.attrValue = n2.substring(t3 + 1).trim();
          } else e2.attrName = n2.trim();
          if (l2) {
            const t3 = l2.match(/^nth\((\d+)\)$/);
            t3 ? (e2.position = "nth", e2.positionValue = parseInt(t3[1], 10)) : e2.position = l2;
          }
          return e2;
        }
        get length() {
          return this.segments.length;
        }
        hasDeepWildcard() {
          return this._hasDeepWildcard;
        }
        hasAttributeCondition() {
          return this._hasAttributeCondition;
        }
        hasPositionSelector() {
          return this._hasPositionSelector;
        }
        toString() {
          return this.pattern;
        }
      }
      class at {
        constructor() {
          this._byDepthAndTag = /* @__PURE__ */ new Map(), this._wildcardByDepth = /* @__PURE__ */ new Map(), this._deepWildcards = [], this._deepByTerminalTag = /* @__PURE__ */ new Map(), this._patterns = /* @__PURE__ */ new Set(), this._sealed = false;
        }
        add(t2) {
          if (this._sealed) throw new TypeError("ExpressionSet is sealed. Create a new ExpressionSet to add more expressions.");
          if (this._patterns.has(t2.pattern)) return this;
          if (this._patterns.add(t2.pattern), t2.hasDeepWildcard()) {
            const e3 = t2.segments[t2.segments.length - 1];
            if (e3 && "deep-wildcard" !== e3.type && "*" !== e3.tag) {
              const n3 = e3.tag;
              this._deepByTerminalTag.has(n3) || this._deepByTerminalTag.set(n3, []), this._deepByTerminalTag.get(n3).push(t2);
            } else this._deepWildcards.push(t2);
            return this;
          }
          const e2 = t2.length, n2 = t2.segments[t2.segments.length - 1], i2 = n2?.tag;
          if (i2 && "*" !== i2) {
            const n3 = `${e2}:${i2}`;
            this._byDepthAndTag.has(n3) || this._byDepthAndTag.set(n3, []), this._byDepthAndTag.get(n3).push(t2);
          } else this._wildcardByDepth.has(e2) || this._wildcardByDepth.set(e2, []), this._wildcardByDepth.get(e2).push(t2);
          return this;
        }
        addAll(t2) {
          for (const e2 of t2) this.add(e2);
          return this;
        }
        has(t2) {
          return this._patterns.has(t2.pattern);
        }
        get size() {
          return this._patterns.size;
        }
        seal() {
          return this._sealed = true, this;
        }
        get isSealed() {
          return this._sealed;
        }
        matchesAny(t2) {
          return null !== this.findMatch(t2);
        }
        findMatch(t2) {
          const e2 = t2.getDepth(), n2 = t2.getCurrentTag(), i2 = `${e2}:${n2}`, r2 = this._byDepthAndTag.get(i2);
          if (r2) {
            for (let e3 = 0; e3 < r2.length; e3++) if (t2.matches(r2[e3])) return r2[e3];
          }
          const s2 = this._wildcardByDepth.get(e2);
          if (s2) {
            for (let e3 = 0; e3 < s2.length; e3++) if (t2.matches(s2[e3])) return s2[e3];
          }
          const o2 = this._deepByTerminalTag.get(n2);
          if (o2) {
            for (let e3 = 0; e3 < o2.length; e3++) if (t2.matches(o2[e3])) return o2[e3];
          }
          for (let e3 = 0; e3 < this._deepWildcards.length; e3++) if (t2.matches(this._deepWildcards[e3])) return this._deepWildcards[e3];
          return null;
        }
      }
      const lt = { cent: "\xA2", pound: "\xA3", curren: "\xA4", yen: "\xA5", euro: "\u20AC", dollar: "$", fnof: "\u0192", inr: "\u20B9", af: "\u060B", birr: "\u1265\u122D", peso: "\u20B1", rub: "\u20BD", won: "\u20A9", yuan: "\xA5", cedil: "\xB8" }, ct = { amp: "&", apos: "'", gt: ">", lt: "<", quot: '"' }, pt = { nbsp: "\xA0", copy: "\xA9", reg: "\xAE", trade: "\u2122", mdash: "\u2014", ndash: "\u2013", hellip: "\u2026", laquo: "\xAB", raquo: "\xBB", lsquo: "\u2018", rsquo: "\u2019", ldquo: "\u201C", rdquo: "\u201D", bull: "\u2022", para: "\xB6", sect: "\xA7", deg: "\xB0", frac12: "\xBD", frac14: "\xBC", frac34: "\xBE" }, ht = Object.freeze({ ALLOW: "allow", BLOCK: "block", THROW: "throw" }), dt = new Set("!?\\\\/[]$%{}^&*()<>|+");
      function ut(t2) {
        if ("#" === t2[0]) throw new Error(`[EntityReplacer] Invalid character '#' in entity name: "${t2}"`);
        for (const e2 of t2) if (dt.has(e2)) throw new Error(`[EntityReplacer] Invalid character '${e2}' in entity name: "${t2}"`);
        return t2;
      }
      function ft(...t2) {
        const e2 = /* @__PURE__ */ Object.create(null);
        for (const n2 of t2) if (n2) for (const t3 of Object.keys(n2)) {
          const i2 = n2[t3];
          if ("string" == typeof i2) e2[t3] = i2;
          else if (i2 && "object" == typeof i2 && void 0 !== i2.val) {
            const n3 = i2.val;
            "string" == typeof n3 && (e2[t3] = n3);
          }
        }
        return e2;
      }
      const gt = "external", mt = "base", xt = "all", bt = Object.freeze({ allow: 0, leave: 1, remove: 2, throw: 3 }), yt = /* @__PURE__ */ new Set([9, 10, 13]);
      class Nt {
        constructor(t2 = {}) {
          var e2;
          this._limit = t2.limit || {}, this._maxTotalExpansions = this._limit.maxTotalExpansions || 0, this._maxExpandedLength = this._limit.maxExpandedLength || 0, this._postCheck = "function" == typeof t2.postCheck ? t2.postCheck : (t3) => t3, this._limitTiers = (e2 = this._limit.applyLimitsTo ?? gt) && e2 !== gt ? e2 === xt ? /* @__PURE__ */ new Set([xt]) : e2 === mt ? /* @__PURE__ */ new Set([mt]) : Array.isArray(e2) ? new Set(e2) : /* @__PURE__ */ new Set([gt]) : /* @__PURE__ */ new Set([gt]), this._numericAllowed = t2.numericAllowed ?? true, this._baseMap = ft(ct, t2.namedEntities || null), this._externalMap = /* @__PURE__ */ Object.create(null), this._inputMap = /* @__PURE__ */ Object.create(null), this._totalExpansions = 0, this._expandedLength = 0, this._removeSet = new Set(t2.remove && Array.isArray(t2.remove) ? t2.remove : []), this._leaveSet = new Set(t2.leave && Array.isArray(t2.leave) ? t2.leave : []);
          const n2 = (function(t3) {
            if (!t3) return { xmlVersion: 1, onLevel: bt.allow, nullLevel: bt.remove };
            const e3 = 1.1 === t3.xmlVersion ? 1.1 : 1, n3 = bt[t3.onNCR] ?? bt.allow, i2 = bt[t3.nullNCR] ?? bt.remove;
            return { xmlVersion: e3, onLevel: n3, nullLevel: Math.max(i2, bt.remove) };
          })(t2.ncr);
          this._ncrXmlVersion = n2.xmlVersion, this._ncrOnLevel = n2.onLevel, this._ncrNullLevel = n2.nullLevel, this._onExternalEntity = "function" == typeof t2.onExternalEntity ? t2.onExternalEntity : null, this._onInputEntity = "function" == typeof t2.onInputEntity ? t2.onInputEntity : null;
        }
        _applyRegistrationHook(t2, e2, n2, i2) {
          if (!t2) return true;
          const r2 = t2(e2, n2);
          if (r2 === ht.BLOCK) return false;
          if (r2 === ht.THROW) throw new Error(`[EntityDecoder] Registration of ${i2} entity "&${e2};" was rejected by hook`);
          return true;
        }
        setExternalEntities(t2) {
          if (t2) for (const e3 of Object.keys(t2)) ut(e3);
          if (!this._onExternalEntity) return void (this._externalMap = ft(t2));
          const e2 = ft(t2), n2 = /* @__PURE__ */ Object.create(null);
          for (const [t3, i2] of Object.entries(e2)) this._applyRegistrationHook(this._onExternalEntity, t3, i2, "external") && (n2[t3] = i2);
          this._externalMap = n2;
        }
        addExternalEntity(t2, e2) {
          ut(t2), "string" == typeof e2 && -1 === e2.indexOf("&") && this._applyRegistrationHook(this._onExternalEntity, t2, e2, "external") && (this._externalMap[t2] = e2);
        }
        addInputEntities(t2) {
          if (this._totalExpansions = 0, this._expandedLength = 0, !this._onInputEntity) return void (this._inputMap = ft(t2));
          const e2 = ft(t2), n2 = /* @__PURE__ */ Object.create(null);
          for (const [t3, i2] of Object.entries(e2)) this._applyRegistrationHook(this._onInputEntity, t3, i2, "input") && (n2[t3] = i2);
          this._inputMap = n2;
        }
        reset() {
          return this._inputMap = /* @__PURE__ */ Object.create(null), this._totalExpansions = 0, this._expandedLength = 0, this;
        }
        setXmlVersion(t2) {
          this._ncrXmlVersion = 1.1 === t2 ? 1.1 : 1;
        }
        decode(t2) {
          if ("string" != typeof t2 || 0 === t2.length) return t2;
          if (-1 === t2.indexOf("&")) return t2;
          const e2 = t2, n2 = [], i2 = t2.length;
          let r2 = 0, s2 = 0;
          const o2 = this._maxTotalExpansions > 0, a2 = this._maxExpandedLength > 0, l2 = o2 || a2;
          for (; s2 < i2; ) {
            if (38 !== t2.charCodeAt(s2)) {
              s2++;
              continue;
            }
            let e3 = s2 + 1;
            for (; e3 < i2 && 59 !== t2.charCodeAt(e3) && e3 - s2 <= 32; ) e3++;
            if (e3 >= i2 || 59 !== t2.charCodeAt(e3)) {
              s2++;
              continue;
            }
            const c3 = t2.slice(s2 + 1, e3);
            if (0 === c3.length) {
              s2++;
              continue;
            }
            let p2, h2;
            if (this._removeSet.has(c3)) p2 = "", void 0 === h2 && (h2 = gt);
            else {
              if (this._leaveSet.has(c3)) {
                s2++;
                continue;
              }
              if (35 === c3.charCodeAt(0)) {
                const t3 = this._resolveNCR(c3);
                if (void 0 === t3) {
                  s2++;
                  continue;
                }
                p2 = t3, h2 = mt;
              } else {
                const t3 = this._resolveName(c3);
                p2 = t3?.value, h2 = t3?.tier;
              }
            }
            if (void 0 !== p2) {
              if (s2 > r2 && n2.push(t2.slice(r2, s2)), n2.push(p2), r2 = e3 + 1, s2 = r2, l2 && this._tierCounts(h2)) {
                if (o2 && (this._totalExpansions++, this._totalExpansions > this._maxTotalExpansions)) throw new Error(`[EntityReplacer] Entity expansion count limit exceeded: ${this._totalExpansions} > ${this._maxTotalExpansions}`);
                if (a2) {
                  const t3 = p2.length - (c3.length + 2);
                  if (t3 > 0 && (this._expandedLength += t3, this._expandedLength > this._maxExpandedLength)) throw new Error(`[EntityReplacer] Expanded content length limit exceeded: ${this._expandedLength} > ${this._maxExpandedLength}`);
                }
              }
            } else s2++;
          }
          r2 < i2 && n2.push(t2.slice(r2));
          const c2 = 0 === n2.length ? t2 : n2.join("");
          return this._postCheck(c2, e2);
        }
        _tierCounts(t2) {
          return !!this._limitTiers.has(xt) || this._limitTiers.has(t2);
        }
        _resolveName(t2) {
          return t2 in this._inputMap ? { value: this._inputMap[t2], tier: gt } : t2 in this._externalMap ? { value: this._externalMap[t2], tier: gt } : t2 in this._baseMap ? { value: this._baseMap[t2], tier: mt } : void 0;
        }
        _classifyNCR(t2) {
          return 0 === t2 ? this._ncrNullLevel : t2 >= 55296 && t2 <= 57343 || 1 === this._ncrXmlVersion && t2 >= 1 && t2 <= 31 && !yt.has(t2) ? bt.remove : -1;
        }
        _applyNCRAction(t2, e2, n2) {
          switch (t2) {
            case bt.allow:
              return String.fromCodePoint(n2);
            case bt.remove:
              return "";
            case bt.leave:
              return;
            case bt.throw:
              throw new Error(`[EntityDecoder] Prohibited numeric character reference &${e2}; (U+${n2.toString(16).toUpperCase().padStart(4, "0")})`);
            default:
              return String.fromCodePoint(n2);
          }
        }
        _resolveNCR(t2) {
          const e2 = t2.charCodeAt(1);
          let n2;
          if (n2 = 120 === e2 || 88 === e2 ? parseInt(t2.slice(2), 16) : parseInt(t2.slice(1), 10), Number.isNaN(n2) || n2 < 0 || n2 > 1114111) return;
          const i2 = this._classifyNCR(n2);
          if (!this._numericAllowed && i2 < bt.remove) return;
          const r2 = -1 === i2 ? this._ncrOnLevel : Math.max(this._ncrOnLevel, i2);
          return this._applyNCRAction(r2, t2, n2);
        }
      }
      const Et = [{ id: "sql-block-comment-open", description: "SQL block comment open: /* ... */ \u2014 unusual in legitimate user text", pattern: /\/\*/ }, { id: "sql-union-select", description: "UNION SELECT \u2014 most common SQL injection aggregation attack", pattern: /\bUNION\s{1,20}(?:ALL\s{1,20})?SELECT\b/i }, { id: "sql-drop-table", description: "DROP TABLE \u2014 destructive DDL injection", pattern: /\bDROP\s{1,20}TABLE\b/i }, { id: "sql-drop-database", description: "DROP DATABASE \u2014 destructive DDL injection", pattern: /\bDROP\s{1,20}DATABASE\b/i }, { id: "sql-insert-into", description: "INSERT INTO \u2014 data injection", pattern: /\bINSERT\s{1,20}INTO\b/i }, { id: "sql-delete-from", description: "DELETE FROM \u2014 data deletion injection", pattern: /\bDELETE\s{1,20}FROM\b/i }, { id: "sql-update-set", description: "UPDATE ... SET \u2014 data modification injection", pattern: /\bUPDATE\b[\s\S]{1,60}\bSET\b/i }, { id: "sql-exec-xp", description: "EXEC xp_ \u2014 MSSQL extended stored procedure execution", pattern: /\bEXEC(?:UTE)?\s{1,20}xp_/i }, { id: "sql-tautology-string", description: `Classic string tautology: ' OR '1'='1 or " OR "1"="1"`, pattern: /'\s{0,10}OR\s{0,10}'[^']{0,20}'\s*=\s*'[^']{0,20}/i }, { id: "sql-tautology-numeric", description: "Numeric tautology: OR 1=1", pattern: /\bOR\s{1,10}1\s*=\s*1\b/i }, { id: "sql-always-true-zero", description: "Numeric tautology: OR 0=0", pattern: /\bOR\s{1,10}0\s*=\s*0\b/i }, { id: "sql-sleep-benchmark", description: "Time-based blind injection: SLEEP() or BENCHMARK()", pattern: /\b(?:SLEEP|BENCHMARK)\s*\(/i }, { id: "sql-waitfor-delay", description: "MSSQL time-based blind injection: WAITFOR DELAY", pattern: /\bWAITFOR\s{1,20}DELAY\b/i }, { id: "sql-char-function", description: "CHAR() function \u2014 used to obfuscate injected strings", pattern: /\bCHAR\s*\(\s*\d{1,3}/i }, { id: "sql-information-schema", description: "INFORMATION_SCHEMA \u2014 reconnaissance query for table/column enumeration", pattern: /\bINFORMATION_SCHEMA\b/i }], wt = [...Et, { id: "sql-line-comment", description: "SQL line comment: -- followed by whitespace or end of string", pattern: /--(?:\s|$)/ }, { id: "sql-stacked-query", description: "Stacked queries: semicolon immediately followed by a SQL keyword", pattern: /;\s{0,10}(?:SELECT|INSERT|UPDATE|DELETE|DROP|CREATE|ALTER|EXEC)\b/i }, { id: "sql-hex-encoding", description: "Hex-encoded string injection: 0x41414141 style (MySQL)", pattern: /\b0x[0-9a-f]{4,}/i }], vt = Object.freeze({ colon: ":", Tab: "	", NewLine: "\n" }), St = /&(?:#[xX]0*([0-9a-fA-F]{1,6});?|#0*([0-9]{1,7});?|([a-zA-Z][a-zA-Z0-9]{1,15});)/g, At = [{ id: "html-script-open", description: "<script opening tag", pattern: /<script[\s>/]/i }, { id: "html-script-close", description: "</script closing tag", pattern: /<\/script[\s>]/i }, { id: "html-javascript-protocol", description: "javascript: URI scheme (with optional whitespace/encoding)", pattern: /j[\t\n\r ]*a[\t\n\r ]*v[\t\n\r ]*a[\t\n\r ]*s[\t\n\r ]*c[\t\n\r ]*r[\t\n\r ]*i[\t\n\r ]*p[\t\n\r ]*t[\t\n\r ]*:/i }, { id: "html-vbscript-protocol", description: "vbscript: URI scheme", pattern: /vbscript[\t\n\r ]*:/i }, { id: "html-data-html", description: "data:text/html URI \u2014 can execute scripts in browsers", pattern: /data[\t\n\r ]*:[\t\n\r ]*text\/html/i }, { id: "html-data-xhtml", description: "data:application/xhtml+xml URI", pattern: /data[\t\n\r ]*:[\t\n\r ]*application\/xhtml/i }, { id: "html-data-svg", description: "data:image/svg+xml URI \u2014 can execute scripts", pattern: /data[\t\n\r ]*:[\t\n\r ]*image\/svg\+xml/i }, { id: "html-inline-event-handler", description: "Inline event handler attributes: onclick=, onerror=, onload=, etc.", pattern: /\bon\w{1,30}\s*=/i }, { id: "html-entity-obfuscated-script", description: "HTML-entity-encoded <script (e.g. &#x3C;script or &lt;script)", pattern: /(?:&#x0*3[Cc];?|&#0*60;?|&lt;)\s*script/i }, { id: "html-entity-obfuscated-javascript", description: 'HTML-entity-encoded javascript: (partial \u2014 catches common &#106; or &#x6a; for "j")', pattern: /(?:&#x0*6[Aa];?|&#0*106;?)\s*(?:&#x0*61;?|a)[\s\S]{0,80}script\s*:/i }, { id: "html-style-expression", description: "CSS expression() \u2014 IE-era code execution in style attributes", pattern: /style[\s\S]{0,20}expression\s*\(/i }, { id: "html-object-embed", description: "<object or <embed tags that can load active content", pattern: /<(?:object|embed)[\s>/]/i }, { id: "html-base-tag", description: "<base href= \u2014 can hijack all relative URLs on a page", pattern: /<base[\s>]/i }, { id: "html-meta-refresh", description: '<meta http-equiv="refresh" \u2014 can redirect users', pattern: /<meta[\s\S]{0,40}http-equiv[\s\S]{0,20}refresh/i }, { id: "html-srcdoc", description: "srcdoc= attribute on iframes \u2014 embeds HTML that can run scripts", pattern: /srcdoc\s*=/i }, { id: "html-iframe", description: "<iframe tag", pattern: /<iframe[\s>/]/i }, { id: "html-form", description: "<form tag \u2014 can be used for phishing / credential harvesting injection", pattern: /<form[\s>/]/i }], Tt = [{ id: "xml-cdata-injection", description: "CDATA section injection: <![CDATA[ breaks out of text node context", pattern: /<!\[CDATA\[/i }, { id: "xml-cdata-close", description: "CDATA close sequence: ]]> can terminate an enclosing CDATA section", pattern: /\]\]>/ }, { id: "xml-processing-instruction", description: "XML processing instruction: <?xml-stylesheet or <?php etc.", pattern: /<\?(?:xml[\- ]|php|asp)/i }, { id: "xml-doctype-injection", description: "DOCTYPE declaration embedded in content \u2014 can define entities", pattern: /<!DOCTYPE(?:[\s[]|$)/i }, { id: "xml-entity-system", description: "SYSTEM keyword \u2014 used in external entity declarations (XXE)", pattern: /\bSYSTEM\s+["']/i }, { id: "xml-entity-public", description: "PUBLIC keyword \u2014 used in external entity declarations (XXE)", pattern: /\bPUBLIC\s+["']/i }, { id: "xml-entity-declaration", description: "<!ENTITY declaration \u2014 defines entities, potential XXE or entity expansion", pattern: /<!ENTITY[\s%]/i }, { id: "xml-billion-laughs", description: "Entity reference chaining / billion laughs: repeated &eX; style references", pattern: /(?:&\w{1,20};){3,}/ }, { id: "xml-namespace-confusion", description: "xmlns: attribute injection \u2014 can redefine namespaces to confuse parsers", pattern: /\bxmlns(?::\w{1,40})?\s*=/i }, { id: "xml-comment-injection", description: "<!-- comment injection \u2014 can hide content from some parsers", pattern: /<!--/ }, { id: "xml-comment-close", description: "--> closes an enclosing XML comment", pattern: /-->/ }, { id: "xml-pi-close", description: "?> closes an enclosing processing instruction", pattern: /\?>/ }], _t = [{ id: "svg-script-element", description: "<script element inside SVG executes JavaScript", pattern: /<script[\s>/]/i }, { id: "svg-xlink-href-javascript", description: "xlink:href with javascript: \u2014 classic SVG XSS via <a> or <use>", pattern: /xlink\s*:\s*href\s*=\s*["']?\s*javascript\s*:/i }, { id: "svg-href-javascript", description: "href= with javascript: in SVG context (<a>, <animate>, etc.)", pattern: /href\s*=\s*["']?\s*javascript\s*:/i }, { id: "svg-foreignobject", description: "<foreignObject embeds HTML inside SVG \u2014 can execute scripts", pattern: /<foreignObject[\s>/]/i }, { id: "svg-use-external", description: "<use xlink:href or href pointing to external resource (non-fragment URL)", pattern: /<use[\s\S]{0,60}(?:xlink\s*:\s*)?href\s*=\s*(?:["'][^#]|[^"'#\s>])/i }, { id: "svg-animate-href", description: '<animate attributeName="href" \u2014 can dynamically change href to javascript:', pattern: /<animate[\s\S]{0,80}attributeName\s*=\s*["'][\s]*href["']/i }, { id: "svg-animate-xlinkhref", description: '<animate attributeName="xlink:href"', pattern: /<animate[\s\S]{0,80}attributeName\s*=\s*["'][\s]*xlink\s*:\s*href["']/i }, { id: "svg-set-javascript", description: '<set to="javascript:..." \u2014 sets an attribute to a javascript: URI', pattern: /<set[\s\S]{0,80}to\s*=\s*["']?\s*javascript\s*:/i }, { id: "svg-event-handler", description: "SVG-specific event handler attributes: onload=, onerror=, onactivate=, etc.", pattern: /\bon(?:load|error|activate|begin|end|repeat|focus|blur|click|mouse\w{1,20}|key\w{1,20})\s*=/i }, { id: "svg-handler-generic", description: "Generic on* handler catch-all for SVG attributes", pattern: /\bon\w{1,30}\s*=/i }, { id: "svg-filter-feimage", description: "<feImage href= \u2014 filter primitive that can load external resources", pattern: /<feImage[\s\S]{0,80}(?:xlink\s*:\s*)?href\s*=/i }, { id: "svg-image-external", description: "<image xlink:href with http/https or javascript protocol", pattern: /<image[\s\S]{0,80}(?:xlink\s*:\s*)?href\s*=\s*["']?\s*(?:https?|javascript)\s*:/i }, { id: "svg-style-javascript", description: "style= attribute containing javascript: (e.g. background:url(javascript:...))", pattern: /style\s*=[\s\S]{0,60}javascript\s*:/i }], Ct = [{ id: "shell-path-traversal-unix", description: "Unix path traversal: ../  \u2014 climbing the directory tree", pattern: /\.\.\// }, { id: "shell-path-traversal-windows", description: "Windows path traversal: ..\\ \u2014 climbing the directory tree", pattern: /\.\.\\/ }, { id: "shell-path-traversal-encoded", description: "URL-encoded path traversal: %2e%2e or %2f variants", pattern: /%2e%2e|%2f\.\.|\.\.%2f/i }, { id: "shell-null-byte", description: "Null byte injection: \\x00 or %00 \u2014 truncates strings in C-backed functions", pattern: /\x00|%00/ }, { id: "shell-semicolon", description: "Semicolon command separator: cmd1; cmd2", pattern: /;/ }, { id: "shell-pipe", description: "Pipe operator: cmd1 | cmd2", pattern: /\|/ }, { id: "shell-and-operator", description: "AND operator: cmd1 && cmd2", pattern: /&&/ }, { id: "shell-or-operator", description: "OR operator: cmd1 || cmd2", pattern: /\|\|/ }, { id: "shell-backtick", description: "Backtick command substitution: `cmd`", pattern: /`/ }, { id: "shell-dollar-paren", description: "Dollar-paren command substitution: $(cmd)", pattern: /\$\(/ }, { id: "shell-dollar-brace", description: "Dollar-brace variable expansion: ${var} \u2014 can be abused for injection", pattern: /\$\{/ }, { id: "shell-redirect-out", description: "Output redirection: cmd > file or cmd >> file", pattern: />{1,2}/ }, { id: "shell-redirect-in", description: "Input redirection: cmd < file", pattern: /</ }, { id: "shell-newline-injection", description: "Newline injection: \\n or \\r \u2014 can inject new shell commands", pattern: /[\n\r]/ }, { id: "shell-glob-star", description: "Glob expansion: * or ? \u2014 can expand to unintended files", pattern: /[/\\][*?]/ }, { id: "shell-absolute-root", description: "Absolute root path injection: string starting with / or \\ (Windows UNC)", pattern: /^(?:\/|\\\\)/ }, { id: "shell-windows-drive", description: "Windows drive letter path injection: C:\\ or D:/", pattern: /^[a-zA-Z]:[/\\]/ }, { id: "shell-curl-wget", description: "curl/wget with URL or flags \u2014 can exfiltrate data or download payloads", pattern: /\b(?:curl|wget)\s+(?:https?:\/\/|ftp:\/\/|-)/i }], $t = [{ id: "redos-nested-quantifier-plus", description: "Nested + quantifier inside a group with outer quantifier: (a+)+, (.+b)*, etc.", pattern: /\([^)]*\+[^)]*\)[+*]/ }, { id: "redos-nested-quantifier-star", description: "Nested * quantifier: (a*)* or (a*)+ \u2014 catastrophic backtracking", pattern: /\([^)]*\*[^)]*\)[*+]/ }, { id: "redos-nested-groups", description: "Doubly nested quantified groups: ((a+)+) \u2014 guaranteed catastrophic", pattern: /\(\([^)]{0,40}\)[+*]\)[+*]/ }, { id: "redos-alternation-overlap", description: "Overlapping alternation under quantifier: (a|a)+ \u2014 ambiguous NFA paths", pattern: /\(([^|()]{1,20})\|(?:\1)(?:\|[^|()]{1,20}){0,5}\)[+*?]{1,2}/ }, { id: "redos-star-plus-concat", description: "(x*x)+ pattern \u2014 triggers super-linear backtracking", pattern: /\([^)]{0,10}\*[^)]{0,10}\)[+*]/ }, { id: "redos-dot-star-greedy", description: "(.*){n,} or (.+){n,} \u2014 repeated greedy dot quantifiers", pattern: /\(\.[*+]\)\{?\d/ }, { id: "redos-large-repetition", description: "Very large fixed or range repetition count {1000,} or {1000,n} \u2014 denial of service via backtracking", pattern: /\{\d{4,}(?:,\d*)?\}/ }, { id: "redos-catastrophic-alternation", description: "Long alternation with many similar branches \u2014 polynomial backtracking risk", pattern: /\([^)]{0,200}(?:\|[^|)]{0,50}){9,}\)/ }], Ot = `["'\\s]*:`, Pt = [{ id: "nosql-where-operator", description: "$where \u2014 executes arbitrary JavaScript server-side in MongoDB", pattern: new RegExp(`\\$where${Ot}`, "i") }, { id: "nosql-ne-operator", description: '$ne \u2014 "not equal" operator used to bypass equality checks', pattern: new RegExp(`\\$ne${Ot}`, "i") }, { id: "nosql-gt-operator", description: '$gt \u2014 "greater than" used to bypass password/value checks', pattern: new RegExp(`\\$gte?${Ot}`, "i") }, { id: "nosql-lt-operator", description: '$lt / $lte \u2014 "less than" bypass variants', pattern: new RegExp(`\\$lte?${Ot}`, "i") }, { id: "nosql-regex-operator", description: "$regex \u2014 can be used to extract data character by character (blind injection)", pattern: new RegExp(`\\$regex${Ot}`, "i") }, { id: "nosql-or-operator", description: "$or \u2014 logical OR; used to create always-true conditions", pattern: new RegExp(`\\$or${Ot}\\s*\\[`, "i") }, { id: "nosql-and-operator", description: "$and \u2014 logical AND operator injection", pattern: new RegExp(`\\$and${Ot}\\s*\\[`, "i") }, { id: "nosql-nor-operator", description: "$nor \u2014 logical NOR operator injection", pattern: new RegExp(`\\$nor${Ot}\\s*\\[`, "i") }, { id: "nosql-exists-operator", description: "$exists \u2014 can enumerate fields to determine schema", pattern: new RegExp(`\\$exists${Ot}`, "i") }, { id: "nosql-in-operator", description: "$in \u2014 matches any value in a list; can enumerate values", pattern: new RegExp(`\\$in${Ot}\\s*\\[`, "i") }, { id: "nosql-expr-operator", description: "$expr \u2014 allows aggregation expressions in queries (MongoDB 3.6+)", pattern: new RegExp(`\\$expr${Ot}`, "i") }, { id: "nosql-function-operator", description: "$function \u2014 executes arbitrary JavaScript in MongoDB 4.4+", pattern: new RegExp(`\\$function${Ot}`, "i") }, { id: "nosql-accumulator-operator", description: "$accumulator \u2014 custom aggregation with arbitrary JS execution", pattern: new RegExp(`\\$accumulator${Ot}`, "i") }, { id: "nosql-proto-pollution", description: "__proto__ \u2014 prototype pollution via object key injection", pattern: /__proto__/ }, { id: "nosql-constructor-prototype", description: "constructor.prototype \u2014 alternative prototype pollution vector (dot notation or JSON key)", pattern: /constructor[\s"':.,{\[]*prototype/i }, { id: "nosql-proto-bracket", description: '["__proto__"] \u2014 bracket-notation prototype pollution', pattern: /\[["']__proto__["']\]/ }], jt = [{ id: "log-crlf-injection", description: "CRLF injection: literal \\r or \\n embeds fake log lines", pattern: /[\r\n]/ }, { id: "log-url-encoded-crlf", description: "URL-encoded CRLF: %0d, %0a, %0D, %0A \u2014 decoded by some log parsers", pattern: /%0[dDaA]/ }, { id: "log-unicode-newline", description: "Unicode newline variants: U+2028 (line separator), U+2029 (paragraph separator)", pattern: /[\u2028\u2029]/ }, { id: "log-log4shell-jndi", description: "Log4Shell: ${jndi:...} triggers remote code execution in Apache Log4j", pattern: /\$\{jndi\s*:/i }, { id: "log-log4shell-obfuscated", description: "Obfuscated Log4Shell: ${::-j}... lookup-bypass prefix used to evade WAF detection", pattern: /\$\{::-/ }, { id: "log-log4j-lookup", description: "Log4j lookup syntax: ${env:...}, ${sys:...}, ${ctx:...} \u2014 data exfiltration", pattern: /\$\{(?:env|sys|ctx|main|map|sd|web|docker|k8s|spring)\s*:/i }, { id: "log-ssti-double-brace", description: "SSTI double-brace: {{expression}} \u2014 Jinja2, Twig, Handlebars, etc.", pattern: /\{\{[\s\S]{0,80}\}\}/ }, { id: "log-ssti-hash-brace", description: "SSTI hash-brace: #{expression} \u2014 Thymeleaf, Velocity, Ruby ERB", pattern: /#\{[\s\S]{0,80}\}/ }, { id: "log-ssti-dollar-brace", description: "SSTI/EL injection: ${expression with operators or method calls} \u2014 JSP EL, Freemarker, SpEL", pattern: /\$\{[^}]*(?:\.|\(|\*|\+|\bclass\b|\bruntime\b|\bprocess\b|\bexec\b)[^}]{0,80}\}/i }, { id: "log-ssti-percent-tag", description: "SSTI ERB/ASP tag: <%= expression %> \u2014 Ruby ERB, ASP", pattern: /<%=[\s\S]{0,80}%>/ }, { id: "log-null-byte", description: "Null byte: \\x00 or %00 \u2014 can truncate log entries in C-backed loggers", pattern: /\x00|%00/ }, { id: "log-ansi-escape", description: "ANSI escape sequence: ESC[ \u2014 can manipulate terminal output when logs are tailed", pattern: /\x1b\[/ }];
      function It(t2, e2) {
        const n2 = e2.label ?? "CUSTOM", i2 = (function(t3, e3) {
          if (!e3.decodeEntities) return null;
          const n3 = -1 === (i3 = t3).indexOf("&") ? i3 : i3.replace(St, (t4, e4, n4, i4) => {
            if (void 0 !== i4) return Object.prototype.hasOwnProperty.call(vt, i4) ? vt[i4] : t4;
            const r2 = void 0 !== e4 ? parseInt(e4, 16) : parseInt(n4, 10);
            return !Number.isFinite(r2) || r2 > 1114111 ? t4 : String.fromCodePoint(r2);
          });
          var i3;
          return n3 === t3 ? null : n3;
        })(t2, e2);
        for (const r2 of e2) if (r2.pattern.test(t2) || null !== i2 && r2.pattern.test(i2)) return { context: n2, id: r2.id, description: r2.description, pattern: r2.pattern };
        return null;
      }
      function kt(t2, e2) {
        (function(t3) {
          if ("string" != typeof t3) throw new TypeError("is-unsafe: first argument must be a string, got " + typeof t3);
        })(t2), (function(t3) {
          if (!(t3 instanceof RegExp)) {
            if (!Array.isArray(t3)) throw new TypeError("is-unsafe: second argument must be a PatternList (e.g. HTML), an array of PatternLists (e.g. [HTML, XML]), or a RegExp. Got: " + typeof t3);
            if (0 === t3.length) throw new TypeError("is-unsafe: context must not be an empty array");
            if (Array.isArray(t3[0])) {
              for (const e3 of t3) if (!Array.isArray(e3) || 0 === e3.length) throw new TypeError("is-unsafe: each context in the array must be a non-empty pattern array (PatternList)");
            }
          }
        })(e2);
        const { lists: n2, regex: i2 } = (function(t3) {
          return t3 instanceof RegExp ? { lists: null, regex: t3 } : Array.isArray(t3[0]) ? { lists: t3, regex: null } : { lists: [t3], regex: null };
        })(e2);
        if (i2) return i2.test(t2);
        for (const e3 of n2) if (null !== It(t2, e3)) return true;
        return false;
      }
      function Lt(t2, e2) {
        if (!t2) return {};
        const n2 = e2.attributesGroupName ? t2[e2.attributesGroupName] : t2;
        if (!n2) return {};
        const i2 = {};
        for (const t3 in n2) t3.startsWith(e2.attributeNamePrefix) ? i2[t3.substring(e2.attributeNamePrefix.length)] = n2[t3] : i2[t3] = n2[t3];
        return i2;
      }
      function Dt(t2) {
        if (!t2 || "string" != typeof t2) return;
        const e2 = t2.indexOf(":");
        if (-1 !== e2 && e2 > 0) {
          const n2 = t2.substring(0, e2);
          if ("xmlns" !== n2) return n2;
        }
      }
      At.label = "HTML", Tt.label = "XML", _t.label = "SVG", At.decodeEntities = true, Tt.decodeEntities = true, _t.decodeEntities = true, Et.label = "SQL", wt.label = "SQL-STRICT", Ct.label = "SHELL", $t.label = "REDOS", Pt.label = "NOSQL", jt.label = "LOG", Object.freeze({ HTML: At, XML: Tt, SVG: _t, SQL: Et, "SQL-STRICT": wt, SHELL: Ct, REDOS: $t, NOSQL: Pt, LOG: jt });
      class Mt {
        constructor(t2, e2) {
          var n2;
          this.options = t2, this.currentNode = null, this.tagsNodeStack = [], this.parseXml = Bt, this.parseTextData = Rt, this.resolveNameSpace = Vt, this.buildAttributesMap = Ut, this.isItStopNode = Yt, this.replaceEntitiesValue = Wt, this.readStopNodeData = Zt, this.saveTextToParentTag = zt, this.addChild = Xt, this.ignoreAttributesFn = "function" == typeof (n2 = this.options.ignoreAttributes) ? n2 : Array.isArray(n2) ? (t3) => {
            for (const e3 of n2) {
              if ("string" == typeof e3 && t3 === e3) return true;
              if (e3 instanceof RegExp && e3.test(t3)) return true;
            }
          } : () => false, this.entityExpansionCount = 0, this.currentExpandedLength = 0, this.doctypefound = false;
          let i2 = { ...ct };
          this.options.entityDecoder ? this.entityDecoder = this.options.entityDecoder : ("object" == typeof this.options.htmlEntities ? i2 = this.options.htmlEntities : true === this.options.htmlEntities && (i2 = { ...pt, ...lt }), this.entityDecoder = new Nt({ namedEntities: { ...i2, ...e2 }, numericAllowed: this.options.htmlEntities, limit: { maxTotalExpansions: this.options.processEntities.maxTotalExpansions, maxExpandedLength: this.options.processEntities.maxExpandedLength, applyLimitsTo: this.options.processEntities.appliesTo }, onInputEntity: (t3, e3) => kt(e3, [At, Tt]) ? ht.BLOCK : ht.ALLOW })), this.matcher = new st(), this.readonlyMatcher = this.matcher.readOnly(), this.isCurrentNodeStopNode = false, this.stopNodeExpressionsSet = new at();
          const r2 = this.options.stopNodes;
          if (r2 && r2.length > 0) {
            for (let t3 = 0; t3 < r2.length; t3++) {
              const e3 = r2[t3];
              "string" == typeof e3 ? this.stopNodeExpressionsSet.add(new ot(e3)) : e3 instanceof ot && this.stopNodeExpressionsSet.add(e3);
            }
            this.stopNodeExpressionsSet.seal();
          }
        }
      }
      function Rt(t2, e2, n2, i2, r2, s2, o2) {
        const a2 = this.options;
        if (void 0 !== t2 && (a2.trimValues && !i2 && (t2 = t2.trim()), t2.length > 0)) {
          o2 || (t2 = this.replaceEntitiesValue(t2, e2, n2));
          const i3 = a2.jPath ? n2.toString() : n2, l2 = a2.tagValueProcessor(e2, t2, i3, r2, s2);
          return null == l2 ? t2 : typeof l2 != typeof t2 || l2 !== t2 ? l2 : a2.trimValues || t2.trim() === t2 ? Kt(t2, a2.parseTagValue, a2.numberParseOptions) : t2;
        }
      }
      function Vt(t2) {
        if (this.options.removeNSPrefix) {
          const e2 = t2.split(":"), n2 = "/" === t2.charAt(0) ? "/" : "";
          if ("xmlns" === e2[0]) return "";
          2 === e2.length && (t2 = n2 + e2[1]);
        }
        return t2;
      }
      const qt = /([^\s=]+)\s*(=\s*(?:"([^"]*)"|'([^']*)'))?/gm;
      function Ft(t2) {
        return void 0 !== t2[3] ? t2[3] : t2[4];
      }
      function Ut(t2, e2, n2, i2 = false) {
        const r2 = this.options;
        if (true === i2 || true !== r2.ignoreAttributes && "string" == typeof t2) {
          const i3 = (function(t3, e3) {
            const n3 = [];
            let i4 = e3.exec(t3);
            for (; i4; ) {
              const r3 = [];
              r3.startIndex = e3.lastIndex - i4[0].length;
              const s3 = i4.length;
              for (let t4 = 0; t4 < s3; t4++) r3.push(i4[t4]);
              n3.push(r3), i4 = e3.exec(t3);
            }
            return n3;
          })(t2, qt), s2 = i3.length, o2 = {}, a2 = new Array(s2);
          let l2 = false;
          const c2 = {};
          for (let t3 = 0; t3 < s2; t3++) {
            const e3 = this.resolveNameSpace(i3[t3][1]), s3 = Ft(i3[t3]);
            if (e3.length && void 0 !== s3) {
              let i4 = s3;
              r2.trimValues && (i4 = i4.trim()), i4 = this.replaceEntitiesValue(i4, n2, this.readonlyMatcher), a2[t3] = i4, c2[e3] = i4, l2 = true;
            }
          }
          l2 && "object" == typeof e2 && e2.updateCurrent && e2.updateCurrent(c2);
          const p2 = r2.jPath ? e2.toString() : this.readonlyMatcher;
          let h2 = false;
          for (let t3 = 0; t3 < s2; t3++) {
            const e3 = this.resolveNameSpace(i3[t3][1]);
            if (this.ignoreAttributesFn(e3, p2)) continue;
            let n3 = r2.attributeNamePrefix + e3;
            if (e3.length) if (r2.transformAttributeName && (n3 = r2.transformAttributeName(n3)), n3 = ee(n3, r2), void 0 !== Ft(i3[t3])) {
              const i4 = a2[t3], s3 = r2.attributeValueProcessor(e3, i4, p2);
              o2[n3] = null == s3 ? i4 : typeof s3 != typeof i4 || s3 !== i4 ? s3 : Kt(i4, r2.parseAttributeValue, r2.numberParseOptions), h2 = true;
            } else r2.allowBooleanAttributes && (o2[n3] = true, h2 = true);
          }
          if (!h2) return;
          if (r2.attributesGroupName && !r2.preserveOrder) {
            const t3 = {};
            return t3[r2.attributesGroupName] = o2, t3;
          }
          return o2;
        }
      }
      const Bt = function(t2) {
        const e2 = this.options, n2 = e2.captureMetaData ? [] : void 0;
        t2 = t2.replace(/\r\n?/g, e2.captureMetaData ? (t3, e3) => (2 === t3.length && n2.push(e3 - n2.length), "\n") : "\n");
        const i2 = new C("!xml");
        let r2 = i2, s2 = "";
        this.matcher.reset(), this.entityDecoder.reset(), this.entityExpansionCount = 0, this.currentExpandedLength = 0, this.doctypefound = false;
        const o2 = new F(e2.processEntities), a2 = t2.length;
        for (let l2 = 0; l2 < a2; l2++) if ("<" === t2[l2]) {
          const c2 = t2.charCodeAt(l2 + 1);
          if (47 === c2) {
            const o3 = Ht(t2, ">", l2, "Closing Tag is not closed.");
            let a3 = t2.substring(l2 + 2, o3).trim();
            if (e2.removeNSPrefix) {
              const t3 = a3.indexOf(":");
              -1 !== t3 && (a3 = a3.substr(t3 + 1));
            }
            a3 = te(e2.transformTagName, a3, "", e2).tagName, r2 && (s2 = this.saveTextToParentTag(s2, r2, this.readonlyMatcher));
            const c3 = this.matcher.getCurrentTag();
            if (a3 && e2.unpairedTagsSet.has(a3)) throw new Error(`Unpaired tag can not be used as closing tag: </${a3}>`);
            c3 && e2.unpairedTagsSet.has(c3) && (this.matcher.pop(), this.tagsNodeStack.pop()), this.matcher.pop(), this.isCurrentNodeStopNode = false, r2 = this.tagsNodeStack.pop() || i2, e2.captureMetaData && r2 && r2.addEndIndex(Gt(o3 + 1, n2)), s2 = "", l2 = o3;
          } else if (63 === c2) {
            let i3 = Jt(t2, l2, false, "?>");
            if (!i3) throw new Error("Pi Tag is not closed.");
            s2 = this.saveTextToParentTag(s2, r2, this.readonlyMatcher);
            const a3 = this.buildAttributesMap(i3.tagExp, this.matcher, i3.tagName, true);
            if (a3) {
              const t3 = a3[this.options.attributeNamePrefix + "version"];
              this.entityDecoder.setXmlVersion(Number(t3) || 1), o2.setXmlVersion(Number(t3) || 1);
            }
            if (e2.ignoreDeclaration && "?xml" === i3.tagName || e2.ignorePiTags) ;
            else {
              const t3 = new C(i3.tagName);
              t3.add(e2.textNodeName, ""), i3.tagName !== i3.tagExp && i3.attrExpPresent && true !== e2.ignoreAttributes && (t3[":@"] = a3);
              const s3 = e2.captureMetaData ? Gt(l2, n2) : l2;
              this.addChild(r2, t3, this.readonlyMatcher, s3), e2.captureMetaData && r2.addEndIndex(Gt(i3.closeIndex + 2, n2));
            }
            l2 = i3.closeIndex + 1;
          } else if (33 === c2 && 45 === t2.charCodeAt(l2 + 2) && 45 === t2.charCodeAt(l2 + 3)) {
            const n3 = Ht(t2, "-->", l2 + 4, "Comment is not closed.");
            if (e2.commentPropName) {
              const i3 = t2.substring(l2 + 4, n3 - 2);
              s2 = this.saveTextToParentTag(s2, r2, this.readonlyMatcher), r2.add(e2.commentPropName, [{ [e2.textNodeName]: i3 }]);
            }
            l2 = n3;
          } else if (33 === c2 && 68 === t2.charCodeAt(l2 + 2)) {
            if (this.doctypefound) throw new Error("Multiple DOCTYPE declarations found.");
            this.doctypefound = true;
            const e3 = o2.readDocType(t2, l2);
            this.entityDecoder.addInputEntities(e3.entities), l2 = e3.i;
          } else if (33 === c2 && 91 === t2.charCodeAt(l2 + 2)) {
            const n3 = Ht(t2, "]]>", l2, "CDATA is not closed.") - 2, i3 = t2.substring(l2 + 9, n3);
            s2 = this.saveTextToParentTag(s2, r2, this.readonlyMatcher);
            let o3 = this.parseTextData(i3, r2.tagname, this.readonlyMatcher, true, false, true, true);
            null == o3 && (o3 = ""), e2.cdataPropName ? r2.add(e2.cdataPropName, [{ [e2.textNodeName]: i3 }]) : r2.add(e2.textNodeName, o3), l2 = n3 + 2;
          } else {
            let o3 = Jt(t2, l2, e2.removeNSPrefix);
            if (!o3) {
              const e3 = t2.substring(Math.max(0, l2 - 50), Math.min(a2, l2 + 50));
              throw new Error(`readTagExp returned undefined at position ${l2}. Context: "${e3}"`);
            }
            let c3 = o3.tagName;
            const p2 = o3.rawTagName;
            let h2 = o3.tagExp, d2 = o3.attrExpPresent, u2 = o3.closeIndex;
            if ({ tagName: c3, tagExp: h2 } = te(e2.transformTagName, c3, h2, e2), e2.strictReservedNames && (c3 === e2.commentPropName || c3 === e2.cdataPropName || c3 === e2.textNodeName || c3 === e2.attributesGroupName)) throw new Error(`Invalid tag name: ${c3}`);
            r2 && s2 && "!xml" !== r2.tagname && (s2 = this.saveTextToParentTag(s2, r2, this.readonlyMatcher, false));
            const f2 = r2;
            f2 && e2.unpairedTagsSet.has(f2.tagname) && (r2 = this.tagsNodeStack.pop(), this.matcher.pop());
            let g2 = false;
            h2.length > 0 && h2.lastIndexOf("/") === h2.length - 1 && (g2 = true, "/" === c3[c3.length - 1] ? (c3 = c3.substr(0, c3.length - 1), h2 = c3) : h2 = h2.substr(0, h2.length - 1), d2 = c3 !== h2);
            let m2, x2 = null, b2 = {};
            m2 = Dt(p2), c3 !== i2.tagname && this.matcher.push(c3, {}, m2), c3 !== h2 && d2 && (x2 = this.buildAttributesMap(h2, this.matcher, c3), x2 && (b2 = Lt(x2, e2))), c3 !== i2.tagname && (this.isCurrentNodeStopNode = this.isItStopNode());
            const y2 = e2.captureMetaData ? Gt(l2, n2) : l2;
            if (this.isCurrentNodeStopNode) {
              let i3 = "";
              if (g2) l2 = o3.closeIndex;
              else if (e2.unpairedTagsSet.has(c3)) l2 = o3.closeIndex;
              else {
                const e3 = this.readStopNodeData(t2, p2, u2 + 1);
                if (!e3) throw new Error(`Unexpected end of ${p2}`);
                l2 = e3.i, i3 = e3.tagContent;
              }
              const s3 = new C(c3);
              x2 && (s3[":@"] = x2), s3.add(e2.textNodeName, i3), this.matcher.pop(), this.isCurrentNodeStopNode = false, this.addChild(r2, s3, this.readonlyMatcher, y2), e2.captureMetaData && r2.addEndIndex(Gt(l2 + 1, n2));
            } else {
              if (g2) {
                ({ tagName: c3, tagExp: h2 } = te(e2.transformTagName, c3, h2, e2));
                const t3 = new C(c3);
                x2 && (t3[":@"] = x2), this.addChild(r2, t3, this.readonlyMatcher, y2), e2.captureMetaData && r2.addEndIndex(Gt(u2 + 1, n2)), this.matcher.pop(), this.isCurrentNodeStopNode = false;
              } else {
                if (e2.unpairedTagsSet.has(c3)) {
                  const t3 = new C(c3);
                  x2 && (t3[":@"] = x2), this.addChild(r2, t3, this.readonlyMatcher, y2), e2.captureMetaData && r2.addEndIndex(Gt(o3.closeIndex + 1, n2)), this.matcher.pop(), this.isCurrentNodeStopNode = false, l2 = o3.closeIndex;
                  continue;
                }
                {
                  const t3 = new C(c3);
                  if (this.tagsNodeStack.length > e2.maxNestedTags) throw new Error("Maximum nested tags exceeded");
                  this.tagsNodeStack.push(r2), x2 && (t3[":@"] = x2), this.addChild(r2, t3, this.readonlyMatcher, y2), r2 = t3;
                }
              }
              s2 = "", l2 = u2;
            }
          }
        } else s2 += t2[l2];
        return i2.child;
      };
      function Gt(t2, e2) {
        let n2 = 0, i2 = e2.length;
        for (; n2 < i2; ) {
          const r2 = Math.floor((n2 + i2) / 2);
          e2[r2] < t2 ? n2 = r2 + 1 : i2 = r2;
        }
        return t2 + n2;
      }
      function Xt(t2, e2, n2, i2) {
        this.options.captureMetaData || (i2 = void 0);
        const r2 = this.options.jPath ? n2.toString() : n2, s2 = this.options.updateTag(e2.tagname, r2, e2[":@"]);
        false === s2 || ("string" == typeof s2 ? (e2.tagname = s2, t2.addChild(e2, i2)) : t2.addChild(e2, i2));
      }
      function Wt(t2, e2, n2) {
        const i2 = this.options.processEntities;
        if (!i2 || !i2.enabled) return t2;
        if (i2.allowedTags) {
          const r2 = this.options.jPath ? n2.toString() : n2;
          if (!(Array.isArray(i2.allowedTags) ? i2.allowedTags.includes(e2) : i2.allowedTags(e2, r2))) return t2;
        }
        if (i2.tagFilter) {
          const r2 = this.options.jPath ? n2.toString() : n2;
          if (!i2.tagFilter(e2, r2)) return t2;
        }
        return this.entityDecoder.decode(t2);
      }
      function zt(t2, e2, n2, i2) {
        return t2 && (void 0 === i2 && (i2 = 0 === e2.child.length), void 0 !== (t2 = this.parseTextData(t2, e2.tagname, n2, false, !!e2[":@"] && 0 !== Object.keys(e2[":@"]).length, i2)) && "" !== t2 && e2.add(this.options.textNodeName, t2), t2 = ""), t2;
      }
      function Yt() {
        return 0 !== this.stopNodeExpressionsSet.size && this.matcher.matchesAny(this.stopNodeExpressionsSet);
      }
      function Ht(t2, e2, n2, i2) {
        const r2 = t2.indexOf(e2, n2);
        if (-1 === r2) throw new Error(i2);
        return r2 + e2.length - 1;
      }
      function Qt(t2, e2, n2, i2) {
        const r2 = t2.indexOf(e2, n2);
        if (-1 === r2) throw new Error(i2);
        return r2;
      }
      function Jt(t2, e2, n2, i2 = ">") {
        const r2 = (function(t3, e3, n3 = ">") {
          const i3 = t3.length, r3 = n3.charCodeAt(0), s3 = n3.length > 1 ? n3.charCodeAt(1) : -1;
          let o3 = "", a3 = e3;
          for (let n4 = e3; n4 < i3; n4++) {
            const e4 = t3.charCodeAt(n4);
            if (34 === e4 || 39 === e4) {
              if (n4 = t3.indexOf(t3[n4], n4 + 1), -1 === n4) return;
            } else if (e4 === r3) {
              if (-1 === s3) return o3 += t3.substring(a3, n4), { data: o3, index: n4 };
              if (t3.charCodeAt(n4 + 1) === s3) return o3 += t3.substring(a3, n4), { data: o3, index: n4 };
            } else 9 === e4 && (o3 += t3.substring(a3, n4) + " ", a3 = n4 + 1);
          }
        })(t2, e2 + 1, i2);
        if (!r2) return;
        let s2 = r2.data;
        const o2 = r2.index, a2 = s2.search(/\s/);
        let l2 = s2, c2 = true;
        -1 !== a2 && (l2 = s2.substring(0, a2), s2 = s2.substring(a2 + 1).trimStart());
        const p2 = l2;
        if (n2) {
          const t3 = l2.indexOf(":");
          -1 !== t3 && (l2 = l2.substr(t3 + 1), c2 = l2 !== r2.data.substr(t3 + 1));
        }
        return { tagName: l2, tagExp: s2, closeIndex: o2, attrExpPresent: c2, rawTagName: p2 };
      }
      function Zt(t2, e2, n2) {
        const i2 = n2;
        let r2 = 1, s2 = false, o2 = -1;
        const a2 = t2.length;
        for (; n2 < a2; n2++) if ("<" === t2[n2]) {
          const a3 = t2.charCodeAt(n2 + 1);
          if (47 === a3) {
            const s3 = Qt(t2, ">", n2, `${e2} is not closed`);
            if (t2.substring(n2 + 2, s3).trim() === e2 && (r2--, 0 === r2)) return { tagContent: t2.substring(i2, n2), i: s3 };
            n2 = s3;
          } else if (63 === a3) n2 = Ht(t2, "?>", n2 + 1, "StopNode is not closed.");
          else if (33 === a3 && 45 === t2.charCodeAt(n2 + 2) && 45 === t2.charCodeAt(n2 + 3)) n2 = Ht(t2, "-->", n2 + 3, "StopNode is not closed.");
          else if (33 === a3 && 91 === t2.charCodeAt(n2 + 2)) n2 = Ht(t2, "]]>", n2, "StopNode is not closed.") - 2;
          else {
            const i3 = s2 ? void 0 : Jt(t2, n2, false);
            if (i3) i3.tagName === e2 && "/" !== i3.tagExp[i3.tagExp.length - 1] && r2++, n2 = i3.closeIndex;
            else {
              if (s2 = true, o2 < n2 && (o2 = t2.indexOf(">", n2), -1 === o2)) return;
              const i4 = t2.indexOf("<", n2 + 1);
              if (-1 === i4 || i4 > o2) {
                const i5 = t2.substring(n2 + 1, o2), s3 = i5.search(/\s/);
                (-1 === s3 ? i5 : i5.substring(0, s3)) === e2 && "/" !== i5[i5.length - 1] && r2++, n2 = o2;
              }
            }
          }
        }
      }
      function Kt(t2, e2, n2) {
        if (e2 && "string" == typeof t2) {
          const e3 = t2.trim();
          return "true" === e3 || "false" !== e3 && et(t2, n2);
        }
        return void 0 !== t2 ? t2 : "";
      }
      function te(t2, e2, n2, i2) {
        if (t2) {
          const i3 = t2(e2);
          n2 === e2 && (n2 = i3), e2 = i3;
        }
        return { tagName: e2 = ee(e2, i2), tagExp: n2 };
      }
      function ee(t2, e2) {
        if (o.includes(t2)) throw new Error(`[SECURITY] Invalid name: "${t2}" is a reserved JavaScript keyword that could cause prototype pollution`);
        return s.includes(t2) ? e2.onDangerousProperty(t2) : t2;
      }
      const ne = C.getMetaDataSymbol();
      function ie(t2, e2) {
        if (!t2 || "object" != typeof t2) return {};
        if (!e2) return t2;
        const n2 = {};
        for (const i2 in t2) i2.startsWith(e2) ? n2[i2.substring(e2.length)] = t2[i2] : n2[i2] = t2[i2];
        return n2;
      }
      function re(t2, e2, n2, i2) {
        return se(t2, e2, n2, i2);
      }
      function se(t2, e2, n2, i2) {
        let r2;
        const s2 = {};
        for (let o2 = 0; o2 < t2.length; o2++) {
          const a2 = t2[o2], l2 = oe(a2);
          if (void 0 !== l2 && l2 !== e2.textNodeName) {
            const t3 = ie(a2[":@"] || {}, e2.attributeNamePrefix);
            n2.push(l2, t3);
          }
          if (l2 === e2.textNodeName) void 0 === r2 ? r2 = a2[l2] : r2 += "" + a2[l2];
          else {
            if (void 0 === l2) continue;
            if (a2[l2]) {
              let t3 = se(a2[l2], e2, n2, i2);
              const r3 = le(t3, e2);
              if (0 === Object.keys(t3).length && e2.alwaysCreateTextNode && (t3[e2.textNodeName] = ""), a2[":@"] ? ae(t3, a2[":@"], i2, e2) : 1 !== Object.keys(t3).length || void 0 === t3[e2.textNodeName] || e2.alwaysCreateTextNode ? 0 === Object.keys(t3).length && (e2.alwaysCreateTextNode ? t3[e2.textNodeName] = "" : t3 = "") : t3 = t3[e2.textNodeName], void 0 !== a2[ne] && "object" == typeof t3 && null !== t3 && (t3[ne] = a2[ne]), void 0 !== s2[l2] && Object.prototype.hasOwnProperty.call(s2, l2)) Array.isArray(s2[l2]) || (s2[l2] = [s2[l2]]), s2[l2].push(t3);
              else {
                const n3 = e2.jPath ? i2.toString() : i2;
                e2.isArray(l2, n3, r3) ? s2[l2] = [t3] : s2[l2] = t3;
              }
              void 0 !== l2 && l2 !== e2.textNodeName && n2.pop();
            }
          }
        }
        return "string" == typeof r2 ? r2.length > 0 && (s2[e2.textNodeName] = r2) : void 0 !== r2 && (s2[e2.textNodeName] = r2), s2;
      }
      function oe(t2) {
        const e2 = Object.keys(t2);
        for (let t3 = 0; t3 < e2.length; t3++) {
          const n2 = e2[t3];
          if (":@" !== n2) return n2;
        }
      }
      function ae(t2, e2, n2, i2) {
        if (e2) {
          const r2 = Object.keys(e2), s2 = r2.length;
          for (let o2 = 0; o2 < s2; o2++) {
            const s3 = r2[o2], a2 = s3.startsWith(i2.attributeNamePrefix) ? s3.substring(i2.attributeNamePrefix.length) : s3, l2 = i2.jPath ? n2.toString() + "." + a2 : n2;
            i2.isArray(s3, l2, true, true) ? t2[s3] = [e2[s3]] : t2[s3] = e2[s3];
          }
        }
      }
      function le(t2, e2) {
        const { textNodeName: n2 } = e2, i2 = Object.keys(t2).length;
        return 0 === i2 || !(1 !== i2 || !t2[n2] && "boolean" != typeof t2[n2] && 0 !== t2[n2]);
      }
      class ce {
        constructor(t2) {
          this.externalEntities = {}, this.options = T(t2);
        }
        parse(t2, e2) {
          if ("string" != typeof t2 && t2.toString) t2 = t2 instanceof Uint8Array && ("undefined" == typeof Buffer || !Buffer.isBuffer(t2)) ? new TextDecoder("utf-8", { ignoreBOM: true }).decode(t2) : t2.toString();
          else if ("string" != typeof t2) throw new Error("XML data is accepted in String or Bytes[] form.");
          if (e2) {
            true === e2 && (e2 = {});
            const n3 = l(t2, e2);
            if (true !== n3) throw Error(`${n3.err.msg}:${n3.err.line}:${n3.err.col}`);
          }
          const n2 = new Mt(this.options, this.externalEntities), i2 = n2.parseXml(t2);
          return this.options.preserveOrder || void 0 === i2 ? i2 : re(i2, this.options, n2.matcher, n2.readonlyMatcher);
        }
        addEntity(t2, e2) {
          if (-1 !== e2.indexOf("&")) throw new Error("Entity value can't have '&'");
          if (-1 !== t2.indexOf("&") || -1 !== t2.indexOf(";")) throw new Error("An entity must be set without '&' and ';'. Eg. use '#xD' for '&#xD;'");
          if ("&" === e2) throw new Error("An entity with value '&' is not permitted");
          this.externalEntities[t2] = e2;
        }
        static getMetaDataSymbol() {
          return C.getMetaDataSymbol();
        }
      }
      function pe(t2) {
        return "number" == typeof t2 && Object.is(t2, -0) ? "-0" : String(t2);
      }
      function he(t2) {
        return pe(t2).replace(/--/g, "- -").replace(/--/g, "- -").replace(/-$/, "- ");
      }
      function de(t2) {
        return pe(t2).replace(/\]\]>/g, "]]]]><![CDATA[>");
      }
      function ue(t2) {
        return pe(t2).replace(/"/g, "&quot;").replace(/'/g, "&apos;");
      }
      function fe(t2, e2, n2, i2, r2) {
        if (!n2.sanitizeName) return t2;
        const s2 = !e2 && "?" === t2[0], o2 = s2 ? t2.slice(1) : t2;
        if (r2(o2)) return t2;
        const a2 = n2.sanitizeName(o2, { isAttribute: e2, matcher: i2.readOnly() });
        if ("string" != typeof a2 || !r2(a2)) throw new Error(`sanitizeName returned an invalid XML name for "${o2}"`);
        return s2 ? "?" + a2 : a2;
      }
      function ge(t2, e2) {
        let n2 = "";
        e2.format && (n2 = "\n");
        const i2 = [];
        if (e2.stopNodes && Array.isArray(e2.stopNodes)) for (let t3 = 0; t3 < e2.stopNodes.length; t3++) {
          const n3 = e2.stopNodes[t3];
          "string" == typeof n3 ? i2.push(new ot(n3)) : n3 instanceof ot && i2.push(n3);
        }
        const r2 = (function(t3, e3) {
          if (!Array.isArray(t3) || 0 === t3.length) return "1.0";
          const n3 = t3[0];
          if ("?xml" === Ne(n3)) {
            const t4 = n3[":@"];
            if (t4) {
              const n4 = e3.attributeNamePrefix + "version";
              if (t4[n4]) return t4[n4];
            }
          }
          return "1.0";
        })(t2, e2), s2 = q("qName", { xmlVersion: r2 });
        return me(t2, e2, n2, new st(), i2, s2);
      }
      function me(t2, e2, n2, i2, r2, s2) {
        let o2 = "", a2 = false;
        if (e2.maxNestedTags && i2.getDepth() > e2.maxNestedTags) throw new Error("Maximum nested tags exceeded");
        if (!Array.isArray(t2)) {
          if (null != t2) {
            let n3 = pe(t2);
            return n3 = ve(n3, e2), n3;
          }
          return "";
        }
        for (let l2 = 0; l2 < t2.length; l2++) {
          const c2 = t2[l2], p2 = Ne(c2);
          if (void 0 === p2) continue;
          const h2 = p2 === e2.textNodeName || p2 === e2.cdataPropName || p2 === e2.commentPropName ? p2 : fe(p2, false, e2, i2, s2), d2 = xe(c2[":@"], e2);
          i2.push(h2, d2);
          const u2 = we(i2, r2);
          if (h2 === e2.textNodeName) {
            let t3 = c2[p2];
            u2 || (t3 = e2.tagValueProcessor(h2, t3), t3 = ve(t3, e2)), t3 = pe(t3), a2 && (o2 += n2), o2 += t3, a2 = false, i2.pop();
            continue;
          }
          if (h2 === e2.cdataPropName) {
            a2 && (o2 += n2), o2 += `<![CDATA[${de(c2[p2][0][e2.textNodeName])}]]>`, a2 = false, i2.pop();
            continue;
          }
          if (h2 === e2.commentPropName) {
            o2 += n2 + `<!--${he(c2[p2][0][e2.textNodeName])}-->`, a2 = true, i2.pop();
            continue;
          }
          if ("?" === h2[0]) {
            o2 += ("?xml" === h2 ? "" : n2) + `<${h2}${Ee(c2[":@"], e2, u2, i2, s2)}?>`, a2 = true, i2.pop();
            continue;
          }
          let f2 = n2;
          "" !== f2 && (f2 += e2.indentBy);
          const g2 = n2 + `<${h2}${Ee(c2[":@"], e2, u2, i2, s2)}`;
          let m2;
          m2 = u2 ? be(c2[p2], e2, i2.getDepth()) : me(c2[p2], e2, f2, i2, r2, s2), -1 !== e2.unpairedTags.indexOf(h2) ? e2.suppressUnpairedNode ? o2 += g2 + ">" : o2 += g2 + "/>" : m2 && 0 !== m2.length || !e2.suppressEmptyNode ? m2 && m2.endsWith(">") ? o2 += g2 + `>${m2}${n2}</${h2}>` : (o2 += g2 + ">", m2 && "" !== n2 && (m2.includes("/>") || m2.includes("</")) ? o2 += n2 + e2.indentBy + m2 + n2 : o2 += m2, o2 += `</${h2}>`) : o2 += g2 + "/>", a2 = true, i2.pop();
        }
        return o2;
      }
      function xe(t2, e2) {
        if (!t2 || e2.ignoreAttributes) return null;
        const n2 = {};
        let i2 = false;
        for (let r2 in t2) Object.prototype.hasOwnProperty.call(t2, r2) && (n2[r2.startsWith(e2.attributeNamePrefix) ? r2.substr(e2.attributeNamePrefix.length) : r2] = ue(t2[r2]), i2 = true);
        return i2 ? n2 : null;
      }
      function be(t2, e2, n2 = 0) {
        if (e2.maxNestedTags && n2 > e2.maxNestedTags) throw new Error("Maximum nested tags exceeded");
        if (!Array.isArray(t2)) return null != t2 ? pe(t2) : "";
        let i2 = "";
        for (let r2 = 0; r2 < t2.length; r2++) {
          const s2 = t2[r2], o2 = Ne(s2);
          if (o2 === e2.textNodeName) i2 += pe(s2[o2]);
          else if (o2 === e2.cdataPropName) i2 += s2[o2][0][e2.textNodeName];
          else if (o2 === e2.commentPropName) i2 += s2[o2][0][e2.textNodeName];
          else {
            if (o2 && "?" === o2[0]) continue;
            if (o2) {
              const t3 = ye(s2[":@"], e2), r3 = be(s2[o2], e2, n2 + 1);
              r3 && 0 !== r3.length ? i2 += `<${o2}${t3}>${r3}</${o2}>` : i2 += `<${o2}${t3}/>`;
            }
          }
        }
        return i2;
      }
      function ye(t2, e2) {
        let n2 = "";
        if (t2 && !e2.ignoreAttributes) for (let i2 in t2) {
          if (!Object.prototype.hasOwnProperty.call(t2, i2)) continue;
          let r2 = t2[i2];
          true === r2 && e2.suppressBooleanAttributes ? n2 += ` ${i2.substr(e2.attributeNamePrefix.length)}` : n2 += ` ${i2.substr(e2.attributeNamePrefix.length)}="${ue(r2)}"`;
        }
        return n2;
      }
      function Ne(t2) {
        const e2 = Object.keys(t2);
        for (let n2 = 0; n2 < e2.length; n2++) {
          const i2 = e2[n2];
          if (Object.prototype.hasOwnProperty.call(t2, i2) && ":@" !== i2) return i2;
        }
      }
      function Ee(t2, e2, n2, i2, r2) {
        let s2 = "";
        if (t2 && !e2.ignoreAttributes) for (let o2 in t2) {
          if (!Object.prototype.hasOwnProperty.call(t2, o2)) continue;
          const a2 = o2.substr(e2.attributeNamePrefix.length), l2 = n2 ? a2 : fe(a2, true, e2, i2, r2);
          let c2;
          n2 ? c2 = t2[o2] : (c2 = e2.attributeValueProcessor(o2, t2[o2]), c2 = ve(c2, e2)), true === c2 && e2.suppressBooleanAttributes ? s2 += ` ${l2}` : s2 += ` ${l2}="${ue(c2)}"`;
        }
        return s2;
      }
      function we(t2, e2) {
        if (!e2 || 0 === e2.length) return false;
        for (let n2 = 0; n2 < e2.length; n2++) if (t2.matches(e2[n2])) return true;
        return false;
      }
      function ve(t2, e2) {
        if (t2 && t2.length > 0 && e2.processEntities) for (let n2 = 0; n2 < e2.entities.length; n2++) {
          const i2 = e2.entities[n2];
          t2 = t2.replace(i2.regex, i2.val);
        }
        return t2;
      }
      const Se = { attributeNamePrefix: "@_", attributesGroupName: false, textNodeName: "#text", ignoreAttributes: true, cdataPropName: false, format: false, indentBy: "  ", suppressEmptyNode: false, suppressUnpairedNode: true, suppressBooleanAttributes: true, tagValueProcessor: function(t2, e2) {
        return e2;
      }, attributeValueProcessor: function(t2, e2) {
        return e2;
      }, preserveOrder: false, commentPropName: false, unpairedTags: [], entities: [{ regex: new RegExp("&", "g"), val: "&amp;" }, { regex: new RegExp(">", "g"), val: "&gt;" }, { regex: new RegExp("<", "g"), val: "&lt;" }, { regex: new RegExp("'", "g"), val: "&apos;" }, { regex: new RegExp('"', "g"), val: "&quot;" }], processEntities: true, stopNodes: [], oneListGroup: false, maxNestedTags: 100, jPath: true, sanitizeName: false };
      function Ae(t2) {
        if (this.options = Object.assign({}, Se, t2), this.options.stopNodes && Array.isArray(this.options.stopNodes) && (this.options.stopNodes = this.options.stopNodes.map((t3) => "string" == typeof t3 && t3.startsWith("*.") ? ".." + t3.substring(2) : t3)), this.stopNodeExpressions = [], this.options.stopNodes && Array.isArray(this.options.stopNodes)) for (let t3 = 0; t3 < this.options.stopNodes.length; t3++) {
          const e3 = this.options.stopNodes[t3];
          "string" == typeof e3 ? this.stopNodeExpressions.push(new ot(e3)) : e3 instanceof ot && this.stopNodeExpressions.push(e3);
        }
        var e2;
        true === this.options.ignoreAttributes || this.options.attributesGroupName ? this.isAttribute = function() {
          return false;
        } : (this.ignoreAttributesFn = "function" == typeof (e2 = this.options.ignoreAttributes) ? e2 : Array.isArray(e2) ? (t3) => {
          for (const n2 of e2) {
            if ("string" == typeof n2 && t3 === n2) return true;
            if (n2 instanceof RegExp && n2.test(t3)) return true;
          }
        } : () => false, this.attrPrefixLen = this.options.attributeNamePrefix.length, this.isAttribute = Ce), this.processTextOrObjNode = Te, this.options.format ? (this.indentate = _e, this.tagEndChar = ">\n", this.newLine = "\n") : (this.indentate = function() {
          return "";
        }, this.tagEndChar = ">", this.newLine = "");
      }
      function Te(t2, e2, n2, i2, r2) {
        const s2 = this.extractAttributes(t2);
        if (i2.push(e2, s2), this.checkStopNode(i2)) {
          const r3 = this.buildRawContent(t2, i2.getDepth()), s3 = this.buildAttributesForStopNode(t2);
          return i2.pop(), this.buildObjectNode(r3, e2, s3, n2);
        }
        const o2 = this.j2x(t2, n2 + 1, i2, r2);
        return i2.pop(), "?" === e2[0] ? this.buildTextValNode("", e2, o2.attrStr, n2, i2) : void 0 !== t2[this.options.textNodeName] && 1 === Object.keys(t2).length ? this.buildTextValNode(t2[this.options.textNodeName], e2, o2.attrStr, n2, i2) : this.buildObjectNode(o2.val, e2, o2.attrStr, n2);
      }
      function _e(t2) {
        return this.options.indentBy.repeat(t2);
      }
      function Ce(t2) {
        return !(!t2.startsWith(this.options.attributeNamePrefix) || t2 === this.options.textNodeName) && t2.substr(this.attrPrefixLen);
      }
      Ae.prototype.build = function(t2) {
        if (this.options.preserveOrder) return ge(t2, this.options);
        {
          Array.isArray(t2) && this.options.arrayNodeName && this.options.arrayNodeName.length > 1 && (t2 = { [this.options.arrayNodeName]: t2 });
          const e2 = new st(), n2 = (function(t3, e3) {
            const n3 = t3["?xml"];
            if (n3 && "object" == typeof n3) {
              if (e3.attributesGroupName && n3[e3.attributesGroupName]) {
                const t5 = n3[e3.attributesGroupName][e3.attributeNamePrefix + "version"];
                if (t5) return t5;
              }
              const t4 = n3[e3.attributeNamePrefix + "version"];
              if (t4) return t4;
            }
            return "1.0";
          })(t2, this.options), i2 = q("qName", { xmlVersion: n2 });
          return this.j2x(t2, 0, e2, i2).val;
        }
      }, Ae.prototype.j2x = function(t2, e2, n2, i2) {
        let r2 = "", s2 = "";
        if (this.options.maxNestedTags && n2.getDepth() >= this.options.maxNestedTags) throw new Error("Maximum nested tags exceeded");
        const o2 = this.options.jPath ? n2.toString() : n2, a2 = this.checkStopNode(n2);
        for (let l2 in t2) {
          if (!Object.prototype.hasOwnProperty.call(t2, l2)) continue;
          const c2 = l2 === this.options.textNodeName || l2 === this.options.cdataPropName || l2 === this.options.commentPropName || this.options.attributesGroupName && l2 === this.options.attributesGroupName || this.isAttribute(l2) ? l2 : fe(l2, false, this.options, n2, i2);
          if (void 0 === t2[l2]) this.isAttribute(l2) && (s2 += "");
          else if (null === t2[l2]) this.isAttribute(l2) || c2 === this.options.cdataPropName || c2 === this.options.commentPropName ? s2 += "" : "?" === c2[0] ? s2 += this.indentate(e2) + "<" + c2 + "?" + this.tagEndChar : s2 += this.indentate(e2) + "<" + c2 + "/" + this.tagEndChar;
          else if (t2[l2] instanceof Date) s2 += this.buildTextValNode(t2[l2], c2, "", e2, n2);
          else if ("object" != typeof t2[l2]) {
            const p2 = this.isAttribute(l2);
            if (p2 && !this.ignoreAttributesFn(p2, o2)) {
              const e3 = fe(p2, true, this.options, n2, i2);
              r2 += this.buildAttrPairStr(e3, pe(t2[l2]), a2);
            } else if (!p2) if (l2 === this.options.textNodeName) {
              let e3 = this.options.tagValueProcessor(l2, pe(t2[l2]));
              s2 += this.replaceEntitiesValue(e3);
            } else {
              n2.push(c2);
              const i3 = this.checkStopNode(n2);
              if (n2.pop(), i3) {
                const n3 = pe(t2[l2]);
                s2 += "" === n3 ? this.indentate(e2) + "<" + c2 + this.closeTag(c2) + this.tagEndChar : this.indentate(e2) + "<" + c2 + ">" + n3 + "</" + c2 + this.tagEndChar;
              } else s2 += this.buildTextValNode(t2[l2], c2, "", e2, n2);
            }
          } else if (Array.isArray(t2[l2])) {
            const r3 = t2[l2].length;
            let o3 = "", a3 = "";
            for (let p2 = 0; p2 < r3; p2++) {
              const r4 = t2[l2][p2];
              if (void 0 === r4) ;
              else if (null === r4) "?" === c2[0] ? s2 += this.indentate(e2) + "<" + c2 + "?" + this.tagEndChar : s2 += this.indentate(e2) + "<" + c2 + "/" + this.tagEndChar;
              else if ("object" == typeof r4) if (this.options.oneListGroup) {
                n2.push(c2);
                const t3 = this.j2x(r4, e2 + 1, n2, i2);
                n2.pop(), o3 += t3.val, this.options.attributesGroupName && r4.hasOwnProperty(this.options.attributesGroupName) && (a3 += t3.attrStr);
              } else o3 += this.processTextOrObjNode(r4, c2, e2, n2, i2);
              else if (this.options.oneListGroup) {
                let t3 = this.options.tagValueProcessor(c2, r4);
                t3 = this.replaceEntitiesValue(t3), t3 = pe(t3), o3 += t3;
              } else {
                n2.push(c2);
                const t3 = this.checkStopNode(n2);
                if (n2.pop(), t3) {
                  const t4 = pe(r4);
                  o3 += "" === t4 ? this.indentate(e2) + "<" + c2 + this.closeTag(c2) + this.tagEndChar : this.indentate(e2) + "<" + c2 + ">" + t4 + "</" + c2 + this.tagEndChar;
                } else o3 += this.buildTextValNode(r4, c2, "", e2, n2);
              }
            }
            this.options.oneListGroup && (o3 = this.buildObjectNode(o3, c2, a3, e2)), s2 += o3;
          } else if (this.options.attributesGroupName && l2 === this.options.attributesGroupName) {
            const e3 = Object.keys(t2[l2]), s3 = e3.length;
            for (let o3 = 0; o3 < s3; o3++) {
              const s4 = fe(e3[o3], true, this.options, n2, i2);
              r2 += this.buildAttrPairStr(s4, pe(t2[l2][e3[o3]]), a2);
            }
          } else s2 += this.processTextOrObjNode(t2[l2], c2, e2, n2, i2);
        }
        return { attrStr: r2, val: s2 };
      }, Ae.prototype.buildAttrPairStr = function(t2, e2, n2) {
        return n2 || (e2 = this.options.attributeValueProcessor(t2, pe(e2)), e2 = this.replaceEntitiesValue(e2)), this.options.suppressBooleanAttributes && "true" === e2 ? " " + t2 : " " + t2 + '="' + ue(e2) + '"';
      }, Ae.prototype.extractAttributes = function(t2) {
        if (!t2 || "object" != typeof t2) return null;
        const e2 = {};
        let n2 = false;
        if (this.options.attributesGroupName && t2[this.options.attributesGroupName]) {
          const i2 = t2[this.options.attributesGroupName];
          for (let t3 in i2) Object.prototype.hasOwnProperty.call(i2, t3) && (e2[t3.startsWith(this.options.attributeNamePrefix) ? t3.substring(this.options.attributeNamePrefix.length) : t3] = ue(i2[t3]), n2 = true);
        } else for (let i2 in t2) {
          if (!Object.prototype.hasOwnProperty.call(t2, i2)) continue;
          const r2 = this.isAttribute(i2);
          r2 && (e2[r2] = ue(t2[i2]), n2 = true);
        }
        return n2 ? e2 : null;
      }, Ae.prototype.buildRawContent = function(t2, e2 = 0) {
        if (this.options.maxNestedTags && e2 >= this.options.maxNestedTags) throw new Error("Maximum nested tags exceeded");
        if ("string" == typeof t2) return t2;
        if ("object" != typeof t2 || null === t2) return String(t2);
        if (void 0 !== t2[this.options.textNodeName]) return t2[this.options.textNodeName];
        let n2 = "";
        for (let i2 in t2) {
          if (!Object.prototype.hasOwnProperty.call(t2, i2)) continue;
          if (this.isAttribute(i2)) continue;
          if (this.options.attributesGroupName && i2 === this.options.attributesGroupName) continue;
          const r2 = t2[i2];
          if (i2 === this.options.textNodeName) n2 += r2;
          else if (Array.isArray(r2)) {
            for (let t3 of r2) if ("string" == typeof t3 || "number" == typeof t3) n2 += `<${i2}>${t3}</${i2}>`;
            else if ("object" == typeof t3 && null !== t3) {
              const r3 = this.buildRawContent(t3, e2 + 1), s2 = this.buildAttributesForStopNode(t3);
              n2 += "" === r3 ? `<${i2}${s2}/>` : `<${i2}${s2}>${r3}</${i2}>`;
            }
          } else if ("object" == typeof r2 && null !== r2) {
            const t3 = this.buildRawContent(r2, e2 + 1), s2 = this.buildAttributesForStopNode(r2);
            n2 += "" === t3 ? `<${i2}${s2}/>` : `<${i2}${s2}>${t3}</${i2}>`;
          } else n2 += `<${i2}>${r2}</${i2}>`;
        }
        return n2;
      }, Ae.prototype.buildAttributesForStopNode = function(t2) {
        if (!t2 || "object" != typeof t2) return "";
        let e2 = "";
        if (this.options.attributesGroupName && t2[this.options.attributesGroupName]) {
          const n2 = t2[this.options.attributesGroupName];
          for (let t3 in n2) {
            if (!Object.prototype.hasOwnProperty.call(n2, t3)) continue;
            const i2 = t3.startsWith(this.options.attributeNamePrefix) ? t3.substring(this.options.attributeNamePrefix.length) : t3, r2 = n2[t3];
            true === r2 && this.options.suppressBooleanAttributes ? e2 += " " + i2 : e2 += " " + i2 + '="' + ue(r2) + '"';
          }
        } else for (let n2 in t2) {
          if (!Object.prototype.hasOwnProperty.call(t2, n2)) continue;
          const i2 = this.isAttribute(n2);
          if (i2) {
            const r2 = t2[n2];
            true === r2 && this.options.suppressBooleanAttributes ? e2 += " " + i2 : e2 += " " + i2 + '="' + ue(r2) + '"';
          }
        }
        return e2;
      }, Ae.prototype.buildObjectNode = function(t2, e2, n2, i2) {
        if ("" === t2) return "?" === e2[0] ? this.indentate(i2) + "<" + e2 + n2 + "?" + this.tagEndChar : this.indentate(i2) + "<" + e2 + n2 + this.closeTag(e2) + this.tagEndChar;
        if ("?" === e2[0]) return this.indentate(i2) + "<" + e2 + n2 + "?" + this.tagEndChar;
        {
          let r2 = "</" + e2 + this.tagEndChar, s2 = "";
          return "?" === e2[0] && (s2 = "?", r2 = ""), !n2 && "" !== n2 || -1 !== t2.indexOf("<") ? false !== this.options.commentPropName && e2 === this.options.commentPropName && 0 === s2.length ? this.indentate(i2) + `<!--${he(t2)}-->` + this.newLine : this.indentate(i2) + "<" + e2 + n2 + s2 + this.tagEndChar + t2 + this.indentate(i2) + r2 : this.indentate(i2) + "<" + e2 + n2 + s2 + ">" + t2 + r2;
        }
      }, Ae.prototype.closeTag = function(t2) {
        let e2 = "";
        return -1 !== this.options.unpairedTags.indexOf(t2) ? this.options.suppressUnpairedNode || (e2 = "/") : e2 = this.options.suppressEmptyNode ? "/" : `></${t2}`, e2;
      }, Ae.prototype.checkStopNode = function(t2) {
        if (!this.stopNodeExpressions || 0 === this.stopNodeExpressions.length) return false;
        for (let e2 = 0; e2 < this.stopNodeExpressions.length; e2++) if (t2.matches(this.stopNodeExpressions[e2])) return true;
        return false;
      }, Ae.prototype.buildTextValNode = function(t2, e2, n2, i2, r2) {
        if (false !== this.options.cdataPropName && e2 === this.options.cdataPropName) {
          const e3 = de(t2);
          return this.indentate(i2) + `<![CDATA[${e3}]]>` + this.newLine;
        }
        if (false !== this.options.commentPropName && e2 === this.options.commentPropName) {
          const e3 = he(t2);
          return this.indentate(i2) + `<!--${e3}-->` + this.newLine;
        }
        if ("?" === e2[0]) return this.indentate(i2) + "<" + e2 + n2 + "?" + this.tagEndChar;
        {
          let r3 = this.options.tagValueProcessor(e2, t2);
          return r3 = this.replaceEntitiesValue(r3), r3 = pe(r3), "" === r3 ? this.indentate(i2) + "<" + e2 + n2 + this.closeTag(e2) + this.tagEndChar : this.indentate(i2) + "<" + e2 + n2 + ">" + r3 + "</" + e2 + this.tagEndChar;
        }
      }, Ae.prototype.replaceEntitiesValue = function(t2) {
        if (t2 && t2.length > 0 && this.options.processEntities) for (let e2 = 0; e2 < this.options.entities.length; e2++) {
          const n2 = this.options.entities[e2];
          t2 = t2.replace(n2.regex, n2.val);
        }
        return t2;
      };
      const $e = Ae, Oe = { validate: l };
      module2.exports = e;
    })();
  }
});

// <stdin>
module.exports = require_fxp();
