import type { Finding, Report } from '../../src/findings/types.js';
import type { FlowSecretAccess, SecretAccessEntry } from '../../src/model/secret-access.js';
import type { GitHubClient } from '../../src/github/octokit-client.js';
import type { FakeGitHub } from '../helpers/fake-github.js';

export const FILE = 'solution/Workflows/Rotate-0A1B2C3D-4E5F-4A6B-8C7D-9E0F1A2B3C4D.json';
export const HEAD = 'b'.repeat(40);

/**
 * A plain client on the fake server: @actions/github's Octokit without the retry and throttling plugins,
 * whose waits belong to octokit-client.test.ts, not to every publisher test.
 */
export async function plainClient(github: FakeGitHub): Promise<GitHubClient> {
  const { getOctokit } = await import('@actions/github');
  return getOctokit('ghs_test', { baseUrl: github.url });
}

let counter = 0;

/** A finding on FILE; fingerprints are unique unless given. */
export function finding(over: Partial<Finding> = {}): Finding {
  counter++;
  return {
    ruleId: 'FG110',
    rule: 'secret-enumeration',
    severity: 'high',
    status: 'new',
    message: `"List_secrets_${counter}" (Azure Key Vault ListSecrets) lists what the vault holds.`,
    location: {
      file: FILE,
      entry: null,
      path: ['properties', 'definition', 'actions', `List_secrets_${counter}`],
      line: 20,
      endLine: 30,
    },
    flow: { id: '0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d', name: 'Rotate keys', key: 'guid:0a1b2c3d' },
    action: `List_secrets_${counter}`,
    fingerprint: counter.toString(16).padStart(32, '0'),
    ...over,
  };
}

/** The engine's secret access of the flow a finding is on: one entry, on the finding's action, naming its rule. */
export function accessOf(f: Finding, entry: Partial<SecretAccessEntry> = {}): FlowSecretAccess {
  return {
    flow: f.flow.name,
    flowKey: f.flow.key,
    file: f.location.file,
    entry: f.location.entry,
    entries: [
      {
        action: f.action ?? '',
        kind: 'secret source',
        secureOutputs: false,
        inLoop: false,
        rules: [f.ruleId],
        ...entry,
      },
    ],
  };
}

export function report(findings: Finding[], over: Partial<Report['summary']> = {}): Report {
  const counts = { new: 0, existing: 0, resolved: 0 };
  for (const f of findings) counts[f.status]++;
  return {
    compared: true,
    findings,
    summary: {
      flows: 1,
      changedFlows: 1,
      filesRead: 2,
      findings: counts,
      gate: findings.some((f) => f.status === 'new') ? 'failed' : 'passed',
      failOn: 'high',
      report: 'new',
      maxSeverity: findings.length ? 'critical' : null,
      ...over,
    },
  };
}

/**
 * A patch for FILE: lines 20–24 added in the head (a new action), base lines 40–42 deleted (a removed
 * secure-data block), with context around both.
 */
export const PATCH = [
  '@@ -17,3 +17,8 @@',
  ' context 17',
  ' context 18',
  ' context 19',
  '+added 20',
  '+added 21',
  '+added 22',
  '+added 23',
  '+added 24',
  '@@ -38,6 +43,3 @@',
  ' context base 38 / head 43',
  ' context base 39 / head 44',
  '-deleted 40',
  '-deleted 41',
  '-deleted 42',
  ' context base 43 / head 45',
].join('\n');
