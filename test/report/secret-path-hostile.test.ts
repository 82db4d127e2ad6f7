import { describe, expect, it } from '@jest/globals';
import type { Finding, FindingPathStep } from '../../src/findings/types.js';
import { renderMarkdown } from '../../src/report/markdown-reporter.js';
import { commentBody } from '../../src/github/review-publisher.js';
import { HOSTILE_PAYLOADS } from './hostile-payloads.js';
import { hostileReport } from './hostile-report.js';

/** Action names are the flow author's: in a secret path they must not escape the Mermaid label or the Markdown. */
const EXTRA = [
  { name: 'mermaid label breakout', payload: 'x"] --> evil["pwned' },
  {
    name: 'mermaid directive',
    payload: '%%{init: {"securityLevel": "loose"}}%%\nclick s0 "https://evil.example"',
  },
  { name: 'fence close', payload: '```\n# Approved\n```mermaid' },
  { name: 'html in label', payload: '<img src=x onerror=alert(1)>' },
];

function step(action: string, role: FindingPathStep['role']): FindingPathStep {
  return {
    action,
    role,
    file: 'flows/a.json',
    entry: null,
    jsonPath: ['x'],
    line: 3,
    connector: action,
    operation: 'op',
    secureInputs: false,
    secureOutputs: true,
    destination: role === 'sink' ? action : null,
  };
}

describe('secret path with hostile action names', () => {
  it.each([...HOSTILE_PAYLOADS, ...EXTRA].map((p) => [p.name, p.payload] as const))('%s', (_n, payload) => {
    const report = hostileReport(payload);
    const f: Finding = { ...report.findings[0], status: 'new', suppressed: null };
    f.path = [step(payload, 'source'), step(`${payload}2`, 'hop'), step(payload, 'sink')];
    report.findings = [f];
    const md = renderMarkdown(report);
    const start = md.indexOf('```mermaid\n');
    expect(start).toBeGreaterThan(0);
    const end = md.indexOf('\n```\n', start);
    const diagram = md.slice(start + '```mermaid\n'.length, end).split('\n');
    // Exactly the lines we write: nodes with encoded labels, our links, our class lines.
    for (const line of diagram) {
      expect(line).toMatch(
        /^(flowchart LR|  s\d+\["[A-Za-z0-9 _.#;·…-]*"\]|  s\d+ --> s\d+|  d\(\["[A-Za-z0-9 _.#;…-]*"\]\)|  s\d+ -\.-> d|  classDef secret fill:#fde2e1,stroke:#c0392b|  class s0,s\d+ secret)$/u,
      );
    }
    // Labels hold no raw quote, bracket, backtick, angle bracket percent or line break.
    for (const line of diagram.filter((l) => l.includes('["'))) {
      const label = line.slice(line.indexOf('"') + 1, line.lastIndexOf('"'));
      expect(label).not.toMatch(/["[\]`<>%|\n]/);
    }
    // One fence open and one close: the diagram cannot end early.
    expect(md.split('```').length - 1).toBe(2);
    const comment = commentBody(f, 'RIGHT');
    expect(comment).toContain('Path: ');
    expect(comment).not.toContain('](https://evil.example');
  });
});
