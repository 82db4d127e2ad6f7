import type { Report } from '../findings/types.js';
import { renderAzureDevOps } from './azure-devops-reporter.js';
import { renderJson } from './json-reporter.js';
import { renderMarkdown, type MarkdownRenderOptions } from './markdown-reporter.js';
import { renderSarif, type SarifRenderOptions } from './sarif-reporter.js';
import { renderText, type TextRenderOptions } from './text-reporter.js';

export type ReportFormat = 'text' | 'json' | 'sarif' | 'markdown' | 'azure-devops';
export const REPORT_FORMATS: readonly ReportFormat[] = ['text', 'json', 'sarif', 'markdown', 'azure-devops'];

/** Options of every reporter in one bag; each reporter reads only its own. */
export type RenderOptions = TextRenderOptions & MarkdownRenderOptions & SarifRenderOptions;

/** Renders a Report in the format `--format` names; pure, so the caller decides where it goes. */
export function renderReport(report: Report, format: ReportFormat, options: RenderOptions = {}): string {
  switch (format) {
    case 'text':
      return renderText(report, options);
    case 'json':
      return renderJson(report);
    case 'sarif':
      return renderSarif(report, options);
    case 'markdown':
      return renderMarkdown(report, options);
    case 'azure-devops':
      return renderAzureDevOps(report);
  }
}

export { renderText, renderJson, renderMarkdown, renderSarif, renderAzureDevOps };
export type { TextRenderOptions, MarkdownRenderOptions, SarifRenderOptions };
export {
  toJsonReportV1,
  type JsonReportV1,
  type JsonFindingV1,
  type JsonSummaryV1,
} from './json-reporter.js';
export { toSarifLog, type SarifRuleInfo } from './sarif-reporter.js';
export { MARKDOWN_MAX_LENGTH } from './markdown-reporter.js';
export * from './escape.js';
export { maskSecret } from '../findings/mask.js';
