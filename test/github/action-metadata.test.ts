import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { parseInputs } from '../../src/action/action-inputs.js';

interface ActionYml {
  name: string;
  description: string;
  branding: { icon: string; color: string };
  inputs: Record<string, { description: string; required?: boolean; default?: string }>;
  outputs: Record<string, { description: string }>;
  runs: { using: string; main: string };
}

const action = parse(readFileSync('action.yml', 'utf8')) as ActionYml;

describe('action.yml', () => {
  it('runs the committed bundle on node24', () => {
    expect(action.runs).toEqual({ using: 'node24', main: 'dist/index.js' });
    expect(action.name).toBe('flowguard');
    expect(action.branding).toEqual({ icon: 'shield', color: 'blue' });
  });

  it('declares exactly the inputs the action reads, each optional with its default documented', () => {
    const read = new Set<string>();
    parseInputs((name) => (read.add(name), ''), {});
    expect(Object.keys(action.inputs).sort()).toEqual([...read].sort());
    for (const [name, input] of Object.entries(action.inputs)) {
      expect({ name, required: input.required }).toEqual({ name, required: false });
      expect({ name, default: typeof input.default }).toEqual({ name, default: 'string' });
      expect({ name, documented: /Default: /.test(input.description) }).toEqual({ name, documented: true });
    }
  });

  it('declares the outputs the action sets (SPEC §6)', () => {
    expect(Object.keys(action.outputs).sort()).toEqual([
      'gate',
      'max-severity',
      'new-findings',
      'sarif-file',
    ]);
  });
});
