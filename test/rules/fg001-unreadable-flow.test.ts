import { describe, expect, it } from '@jest/globals';
import { unreadableFinding } from '../../src/findings/finding-builder.js';
import { fg001 } from '../../src/rules/fg001-unreadable-flow.js';
import { flowFile } from '../helpers/flow-builders.js';
import { runCase } from '../helpers/rule-tester.js';

/** FG001 has no model to check: the engine turns each unreadable file into a finding (finding-builder). */
describe('FG001 unreadable-flow', () => {
  it('never reports on a flow that could be read', () => {
    expect(runCase(fg001, { name: 'readable', flow: flowFile({}) })).toEqual([]);
  });

  it('names the file, the zip entry and the reason, and points at the line', () => {
    const f = unreadableFinding(fg001, {
      file: 'solutions/Orders.zip',
      entry: 'Workflows/Sync-8F0C2D4E-5B1A-4C3E-9D7F-2A6B8C4E1F30.json',
      reason: 'invalid JSON: unexpected end of input',
      line: 41,
    });
    expect(f).toMatchObject({ ruleId: 'FG001', rule: 'unreadable-flow', severity: 'high', action: null });
    expect(f.message).toContain(
      'solutions/Orders.zip!Workflows/Sync-8F0C2D4E-5B1A-4C3E-9D7F-2A6B8C4E1F30.json',
    );
    expect(f.message).toContain('invalid JSON: unexpected end of input');
    expect(f.location).toMatchObject({ file: 'solutions/Orders.zip', line: 41, endLine: 41 });
  });

  it('keeps its fingerprint when the file stays broken in another way', () => {
    const a = unreadableFinding(fg001, { file: 'Workflows/A.json', entry: null, reason: 'invalid JSON' });
    const b = unreadableFinding(fg001, {
      file: 'Workflows/A.json',
      entry: null,
      reason: 'not valid UTF-8 text',
    });
    const c = unreadableFinding(fg001, { file: 'Workflows/B.json', entry: null, reason: 'invalid JSON' });
    expect(a.fingerprint).toBe(b.fingerprint);
    expect(a.fingerprint).not.toBe(c.fingerprint);
  });
});
