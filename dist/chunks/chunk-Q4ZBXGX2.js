import { createRequire as __fgCreateRequire } from 'node:module'; const require = __fgCreateRequire(import.meta.url);

// src/report/escape.ts
var UNSAFE = new RegExp("[\\p{Cc}\\p{Cf}\\p{Zl}\\p{Zp}]|\\p{Cs}", "gu");
var LINE_BREAKS = /\r\n?|\n|\t/g;
var ZWJ = "\u200D";
var EMOJI_BEFORE = new RegExp("\\p{Extended_Pictographic}[\\ufe0f\\u{1f3fb}-\\u{1f3ff}]?$", "u");
var EMOJI_AFTER = new RegExp("^\\p{Extended_Pictographic}", "u");
function hex(cp, width) {
  return cp.toString(16).toUpperCase().padStart(width, "0");
}
function visibleCode(ch) {
  if (ch === "\n") return "\\n";
  if (ch === "\r") return "\\r";
  if (ch === "	") return "\\t";
  const cp = ch.codePointAt(0) ?? 0;
  if (cp <= 255) return `\\x${hex(cp, 2)}`;
  if (cp <= 65535) return `\\u${hex(cp, 4)}`;
  return `\\u{${hex(cp, 1)}}`;
}
function revealUnsafe(text, keep = "") {
  return text.replace(UNSAFE, (ch, offset, whole) => {
    if (keep.includes(ch)) return ch;
    if (ch === ZWJ && EMOJI_BEFORE.test(whole.slice(Math.max(0, offset - 3), offset)) && EMOJI_AFTER.test(whole.slice(offset + 1, offset + 3))) {
      return ch;
    }
    return visibleCode(ch);
  });
}
function oneLine(text) {
  return text.replace(LINE_BREAKS, " ");
}
var ZWSP = "&#8203;";
var MARKDOWN_PUNCTUATION = /[\\`*_~[\]()!|$#]/g;
var HTML_ENTITIES = { "&": "&amp;", "<": "&lt;", ">": "&gt;" };
function escapeMarkdown(text) {
  let s = revealUnsafe(oneLine(text));
  s = s.replace(MARKDOWN_PUNCTUATION, "\\$&");
  s = s.replace(/[&<>]/g, (ch) => HTML_ENTITIES[ch] ?? ch);
  s = s.replace(/^(\s*)([-+=])/, "$1\\$2").replace(/^(\s*\d+)\./, "$1\\.");
  return s.replace(/@/g, `@${ZWSP}`).replace(/\\#(?=\d)/g, `\\#${ZWSP}`).replace(/\b(gh)-(?=\d)/gi, `$1-${ZWSP}`).replace(/:\/\//g, `:${ZWSP}//`).replace(/\b(www)\./gi, `$1${ZWSP}.`);
}
function percentEncode(ch) {
  return Array.from(new TextEncoder().encode(ch), (b) => `%${hex(b, 2)}`).join("");
}
function escapeHtmlComment(text) {
  return text.replace(new RegExp("[%<>]|[\\p{Cc}\\p{Cf}\\p{Zl}\\p{Zp}]|\\p{Cs}", "gu"), percentEncode).replace(/^-|-(?=-)|-$/g, "%2D");
}
function workflowCommandBase(text) {
  return revealUnsafe(text, "\r\n").replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function escapeWorkflowCommandData(text) {
  return workflowCommandBase(text);
}
function escapeWorkflowCommandProperty(text) {
  return workflowCommandBase(text).replace(/:/g, "%3A").replace(/,/g, "%2C");
}
var AZURE_PIPELINES_COMMAND = /(##vso)\[/gi;
function escapeTerminal(text) {
  return revealUnsafe(text).replace(AZURE_PIPELINES_COMMAND, "$1\\x5B");
}
function sarifText(text) {
  return revealUnsafe(text);
}
function sarifMarkdown(text) {
  return escapeMarkdown(text);
}
function escapeJsonOutput(json) {
  return json.replace(
    /[\u007f-\u009f\p{Cf}\p{Zl}\p{Zp}]/gu,
    (ch) => Array.from({ length: ch.length }, (_, i) => `\\u${hex(ch.charCodeAt(i), 4).toLowerCase()}`).join("")
  ).replace(AZURE_PIPELINES_COMMAND, "$1\\u005b");
}
function azureDevOpsBase(text) {
  return revealUnsafe(text, "\r\n").replace(/%/g, "%AZP25").replace(/\r/g, "%0D").replace(/\n/g, "%0A").replace(/]/g, "%5D");
}
function escapeAzureDevOpsData(text) {
  return azureDevOpsBase(text).replace(/;/g, "%3B");
}
function escapeAzureDevOpsProperty(text) {
  return azureDevOpsBase(text).replace(/;/g, "%3B");
}

export {
  escapeMarkdown,
  escapeHtmlComment,
  escapeWorkflowCommandData,
  escapeWorkflowCommandProperty,
  escapeTerminal,
  sarifText,
  sarifMarkdown,
  escapeJsonOutput,
  escapeAzureDevOpsData,
  escapeAzureDevOpsProperty
};
