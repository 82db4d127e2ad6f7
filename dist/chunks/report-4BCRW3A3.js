import { createRequire as __fgCreateRequire } from 'node:module'; const require = __fgCreateRequire(import.meta.url);
import {
  MARKDOWN_MAX_LENGTH,
  REPORT_FORMATS,
  renderAzureDevOps,
  renderJson,
  renderMarkdown,
  renderReport,
  renderSarif,
  renderText,
  toJsonReportV1,
  toSarifLog
} from "./chunk-K55IDCPZ.js";
import {
  maskSecret
} from "./chunk-AZKPCXJK.js";
import {
  escapeAzureDevOpsData,
  escapeAzureDevOpsProperty,
  escapeHtmlComment,
  escapeJsonOutput,
  escapeMarkdown,
  escapeTerminal,
  escapeWorkflowCommandData,
  escapeWorkflowCommandProperty,
  sarifMarkdown,
  sarifText
} from "./chunk-Q4ZBXGX2.js";
import "./chunk-D42DQ53W.js";
import "./chunk-PXSJU5AW.js";
import "./chunk-VEL7OLBI.js";
import "./chunk-SVGO55I2.js";
import "./chunk-IMH2DE2T.js";
export {
  MARKDOWN_MAX_LENGTH,
  REPORT_FORMATS,
  escapeAzureDevOpsData,
  escapeAzureDevOpsProperty,
  escapeHtmlComment,
  escapeJsonOutput,
  escapeMarkdown,
  escapeTerminal,
  escapeWorkflowCommandData,
  escapeWorkflowCommandProperty,
  maskSecret,
  renderAzureDevOps,
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
