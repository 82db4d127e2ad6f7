import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Report } from '../findings/types.js';
import { renderReport, type SarifRuleInfo } from '../report/index.js';
import type { PublishResult, Publisher } from './publisher.js';

/**
 * Writes SARIF 2.1.0 (one run, rules with `security-severity`, results with `partialFingerprints`) for
 * `github/codeql-action/upload-sarif`. It needs no token, so it works on fork PRs too.
 */
export class SarifFilePublisher implements Publisher {
  readonly name = 'SARIF file';

  constructor(
    private readonly file: string,
    private readonly rules: readonly SarifRuleInfo[],
  ) {}

  async publish(report: Report): Promise<PublishResult> {
    try {
      await mkdir(path.dirname(this.file), { recursive: true });
      await writeFile(this.file, renderReport(report, 'sarif', { rules: this.rules }));
    } catch (err) {
      return { publisher: this.name, status: 'degraded', reason: `not written — ${(err as Error).message}` };
    }
    return { publisher: this.name, status: 'posted', reason: `wrote ${this.file}` };
  }
}
