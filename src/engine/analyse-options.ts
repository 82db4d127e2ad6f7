import type { ClassifyOptions } from '../findings/classify.js';
import type { SeverityOverride } from '../findings/suppression-types.js';
import type { RuleOptions } from '../rules/rule.js';

export interface AnalyseOptions extends ClassifyOptions {
  rules: RuleOptions;
  /** Rule ids to leave out (config `disable`). */
  disabled?: readonly string[];
  /** Config `severity:` overrides (`off` rules are in `disabled`). */
  severity?: Readonly<Record<string, SeverityOverride>>;
}
