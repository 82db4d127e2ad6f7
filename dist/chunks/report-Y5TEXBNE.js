import { createRequire as __fgCreateRequire } from 'node:module'; const require = __fgCreateRequire(import.meta.url);
import {
  MARKDOWN_MAX_LENGTH,
  REPORT_FORMATS,
  renderJson,
  renderMarkdown,
  renderReport,
  renderSarif,
  renderText,
  toJsonReportV1,
  toSarifLog
} from "./chunk-SXNERQ3N.js";
import {
  maskSecret
} from "./chunk-YHK7GYQQ.js";
import {
  escapeHtmlComment,
  escapeJsonOutput,
  escapeMarkdown,
  escapeTerminal,
  escapeWorkflowCommandData,
  escapeWorkflowCommandProperty,
  sarifMarkdown,
  sarifText
} from "./chunk-RO47R66I.js";
import "./chunk-D42DQ53W.js";
import "./chunk-D5OJBM4B.js";
import "./chunk-IMH2DE2T.js";
export {
  MARKDOWN_MAX_LENGTH,
  REPORT_FORMATS,
  escapeHtmlComment,
  escapeJsonOutput,
  escapeMarkdown,
  escapeTerminal,
  escapeWorkflowCommandData,
  escapeWorkflowCommandProperty,
  maskSecret,
  renderJson,
  renderMarkdown,
  renderReport,
  renderSarif,
  renderText,
  sarifMarkdown,
  sarifText,
  toJsonReportV1,
  toSarifLog
};
