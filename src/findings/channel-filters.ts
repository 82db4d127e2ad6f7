import type { Finding } from './types.js';

/*
 * What each channel shows, decided here once. classify() decides status and which findings a report
 * holds (existing ones only with `report: all`); every channel then picks from report.findings with these.
 */

/** Still in the head revision: every channel about the code as it is (SARIF, the secret access map). */
export function isPresent(f: Finding): boolean {
  return f.status !== 'resolved';
}

/**
 * Asks for action: present and not accepted by a suppression. These gate, and are the ones commented
 * inline, annotated and written into a new baseline.
 */
export function needsAction(f: Finding): boolean {
  return f.status !== 'resolved' && !f.suppressed;
}
