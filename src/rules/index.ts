import { fg001 } from './fg001-unreadable-flow.js';
import { fg101 } from './fg101-secure-outputs-removed.js';
import { fg102 } from './fg102-secure-inputs-removed.js';
import { fg140 } from './fg140-privileged-connection-change.js';
import type { Rule } from './rule.js';

/** Every rule, sorted by id. A catalogue test keeps this list, the docs pages and SPEC §3 in agreement. */
export const RULES: readonly Rule[] = [
  fg001,
  fg101,
  fg102,
  fg140,
] as Rule[];

export function ruleById(id: string): Rule | undefined {
  return RULES.find((r) => r.meta.id === id);
}
