import { describe, expect, it } from '@jest/globals';
import { analyseFlow } from '../../src/model/analyse-flow.js';
import { secretChildrenOf } from '../../src/model/child-flows.js';
import { buildFlow } from '../../src/model/build-flow.js';
import { matchNodes } from '../../src/diff/match-nodes.js';
import { runRule } from '../../src/findings/finding-builder.js';
import type { Finding } from '../../src/findings/types.js';
import type { Severity } from '../../src/rules/severity.js';
import type { Flow } from '../../src/model/types.js';
import type { Layout } from '../../src/sources/types.js';
import type { Rule, RuleOptions } from '../../src/rules/rule.js';

type Json = Record<string, unknown>;

export interface ExpectedFinding {
  action: string | null;
  severity?: Severity;
  /** Substrings the message must contain. */
  message?: string[];
}

export interface RuleCase {
  name: string;
  /** A flow file object (`{ properties: { definition } }`) or a workflow (`{ definition }`). */
  flow: Json;
  /** For change rules: the base revision of the same flow. */
  base?: Json;
  /** Where the flow (and its base) was read from; default `Workflows/Test-<guid>.json` for both. */
  file?: string;
  baseFile?: string;
  options?: Partial<RuleOptions>;
  /** Other flows of the head revision, by file path (child flows the case's flow calls). */
  others?: Record<string, Json>;
}

export interface InvalidCase extends RuleCase {
  findings: ExpectedFinding[];
}

export const DEFAULT_RULE_OPTIONS: RuleOptions = { allowedHosts: [], privilegedConnectors: [] };

/** Builds the model of a flow object as if it had been read from `Workflows/Test-<guid>.json`. */
export function modelOf(
  obj: Json,
  file = 'Workflows/Test-11111111-2222-3333-4444-555555555555.json',
  layout: Layout = 'single-file',
): Flow {
  const hasProps = typeof obj.properties === 'object' && obj.properties !== null;
  const container = (hasProps ? obj.properties : obj) as Json;
  return buildFlow({
    source: { file, entry: null, layout, text: JSON.stringify(obj, null, 2) },
    containerPath: hasProps ? ['properties'] : [],
    container,
    meta: {},
    solutionConnectionReferences: [],
    pathKey: file,
  });
}

/** Runs a rule on one case the way the engine does. */
export function runCase(rule: Rule, c: RuleCase): Finding[] {
  const options = { ...DEFAULT_RULE_OPTIONS, ...c.options };
  const head = modelOf(c.flow, c.file);
  const base = c.base ? modelOf(c.base, c.baseFile) : null;
  const others = Object.entries(c.others ?? {}).map(([file, obj]) => modelOf(obj, file));
  const secretChildren = others.length ? secretChildrenOf([head, ...others], options) : undefined;
  return runRule(
    rule,
    head,
    analyseFlow(head, { ...options, secretChildren }),
    base ? { flow: base, analysis: analyseFlow(base, options), nodes: matchNodes(base, head) } : null,
    options,
  );
}

/**
 * ESLint-style table runner. Valid cases must produce nothing; invalid cases must produce exactly the
 * listed findings. The tables are checked too: unique case names, at least one of each kind.
 */
export function ruleTester(rule: Rule, tables: { valid: RuleCase[]; invalid: InvalidCase[] }): void {
  describe(`${rule.meta.id} ${rule.meta.name}`, () => {
    it('has a well-formed table', () => {
      const names = [...tables.valid, ...tables.invalid].map((c) => c.name);
      expect(new Set(names).size).toBe(names.length);
      expect(tables.valid.length).toBeGreaterThan(0);
      expect(tables.invalid.length).toBeGreaterThan(0);
      for (const c of tables.invalid) expect(c.findings.length).toBeGreaterThan(0);
    });

    if (tables.valid.length) {
      it.each(tables.valid.map((c) => [c.name, c] as const))('valid: %s', (_name, c) => {
        expect(runCase(rule, c).map(summarise)).toEqual([]);
      });
    }

    if (tables.invalid.length) {
      it.each(tables.invalid.map((c) => [c.name, c] as const))('invalid: %s', (_name, c) => {
        const found = runCase(rule, c);
        expect(found.map((f) => f.action).sort()).toEqual(c.findings.map((f) => f.action).sort());
        for (const want of c.findings) {
          const same = (f: Finding) =>
            f.action === want.action && (!want.severity || f.severity === want.severity);
          // Several findings on one action (one per discriminator): prefer the one whose message matches.
          const got =
            found.find((f) => same(f) && (want.message ?? []).every((part) => f.message.includes(part))) ??
            found.find(same);
          expect(got ? summarise(got) : `no ${want.severity ?? ''} finding on ${want.action}`).toEqual(
            expect.objectContaining({
              action: want.action,
              ...(want.severity ? { severity: want.severity } : {}),
            }),
          );
          for (const part of want.message ?? []) expect(got!.message).toContain(part);
        }
      });
    }
  });
}

function summarise(f: Finding): { action: string | null; severity: Severity; message: string } {
  return { action: f.action, severity: f.severity, message: f.message };
}
