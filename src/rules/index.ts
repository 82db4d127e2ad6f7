import { fg001 } from './fg001-unreadable-flow.js';
import type { Rule } from './rule.js';

/** Every rule, sorted by id. A catalogue test keeps this list, the docs pages and SPEC §3 in agreement. */
export const RULES: readonly Rule[] = [
  fg001,
] as Rule[];

export function ruleById(id: string): Rule | undefined {
  return RULES.find((r) => r.meta.id === id);
}
