import { fg001 } from './fg001-unreadable-flow.js';
import { fg101 } from './fg101-secure-outputs-removed.js';
import { fg102 } from './fg102-secure-inputs-removed.js';
import { fg103 } from './fg103-unsecured-secret-source.js';
import { fg110 } from './fg110-secret-enumeration.js';
import { fg111 } from './fg111-bulk-secret-read.js';
import { fg112 } from './fg112-dynamic-secret-name.js';
import { fg120 } from './fg120-secret-in-run-history.js';
import { fg121 } from './fg121-secret-exfiltration.js';
import { fg130 } from './fg130-anonymous-http-trigger.js';
import { fg140 } from './fg140-privileged-connection-change.js';
import { fg141 } from './fg141-connector-policy-violation.js';
import { fg150 } from './fg150-hardcoded-credential.js';
import type { Rule } from './rule.js';

/** Every rule, sorted by id. A catalogue test keeps this list, the docs pages and SPEC §3 in agreement. */
export const RULES: readonly Rule[] = [
  fg001,
  fg101,
  fg102,
  fg103,
  fg110,
  fg111,
  fg112,
  fg120,
  fg121,
  fg130,
  fg140,
  fg141,
  fg150,
] as Rule[];

export function ruleById(id: string): Rule | undefined {
  return RULES.find((r) => r.meta.id === id);
}
