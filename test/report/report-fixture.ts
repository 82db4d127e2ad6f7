import type { Finding, Report } from '../../src/findings/types.js';

/**
 * The one Report every reporter's golden file is rendered from (ARCHITECTURE house style 7): a PR
 * comparison with new, existing and resolved findings, a flow inside a solution zip, flow-level findings
 * without lines, and an unreadable file (FG001). Fingerprints are literals so goldens never depend on the
 * fingerprint algorithm. Sorted as the engine sorts: status, severity desc, file, line.
 */

const ROTATE = {
  file: 'src/Workflows/RotateKeys-0A1B2C3D-4E5F-4A6B-8C7D-9E0F1A2B3C4D.json',
  flow: {
    id: '0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d',
    name: 'Rotate keys',
    key: '0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d',
  },
};
const SYNC = {
  file: 'exports/ContosoAutomation_1_0_0_2.zip',
  entry: 'Workflows/SyncInvoices-5C6D7E8F-9A0B-4C1D-8E2F-3A4B5C6D7E8F.json',
  flow: {
    id: '5c6d7e8f-9a0b-4c1d-8e2f-3a4b5c6d7e8f',
    name: 'Sync invoices',
    key: '5c6d7e8f-9a0b-4c1d-8e2f-3a4b5c6d7e8f',
  },
};
const BROKEN = {
  file: 'src/Workflows/Broken-7F8E9D0C-1B2A-4F3E-9D8C-7B6A5F4E3D2C.json',
  flow: {
    id: '7f8e9d0c-1b2a-4f3e-9d8c-7b6a5f4e3d2c',
    name: 'Broken-7F8E9D0C-1B2A-4F3E-9D8C-7B6A5F4E3D2C',
    key: '7f8e9d0c-1b2a-4f3e-9d8c-7b6a5f4e3d2c',
  },
};
const AUDIT = {
  file: 'src/Workflows/AuditVault-2D3E4F5A-6B7C-4D8E-9F0A-1B2C3D4E5F6A.json',
  flow: {
    id: '2d3e4f5a-6b7c-4d8e-9f0a-1b2c3d4e5f6a',
    name: 'Audit vault',
    key: '2d3e4f5a-6b7c-4d8e-9f0a-1b2c3d4e5f6a',
  },
};

export const FIXTURE_FINDINGS: readonly Finding[] = [
  {
    ruleId: 'FG101',
    rule: 'secure-outputs-removed',
    severity: 'critical',
    status: 'new',
    message:
      "Action 'Get_secret' (Azure Key Vault, GetSecret) no longer has secure outputs: the value of secret 'db-password' will be stored in run history.",
    location: {
      file: ROTATE.file,
      entry: null,
      path: ['properties', 'definition', 'actions', 'Get_secret'],
      line: 41,
      endLine: 58,
    },
    flow: ROTATE.flow,
    action: 'Get_secret',
    fingerprint: '3f9a1c07d2b84e6a9c0d1e2f3a4b5c6d',
  },
  {
    ruleId: 'FG150',
    rule: 'hardcoded-credential',
    severity: 'critical',
    status: 'new',
    message:
      "HTTP action 'Call_billing_API' sends a literal credential in header 'Authorization': Bea…(47 chars).",
    location: {
      file: SYNC.file,
      entry: SYNC.entry,
      path: ['properties', 'definition', 'actions', 'Call_billing_API'],
      line: 112,
      endLine: 130,
    },
    flow: SYNC.flow,
    action: 'Call_billing_API',
    fingerprint: '8b2e4d6f0a1c3e5a7c9e1b3d5f7a9c1e',
  },
  {
    ruleId: 'FG001',
    rule: 'unreadable-flow',
    severity: 'high',
    status: 'new',
    message: `Cannot read flow file ${BROKEN.file}: JSON syntax error at line 3, column 5 (unexpected '}').`,
    location: { file: BROKEN.file, entry: null, path: null, line: null, endLine: null },
    flow: BROKEN.flow,
    action: null,
    fingerprint: '0c4f8a2e6b1d5f9a3c7e1b5d9f3a7c1e',
  },
  {
    ruleId: 'FG140',
    rule: 'privileged-connection-change',
    severity: 'high',
    status: 'new',
    message:
      "Connection reference 'contoso_sharedkeyvault_7c1d2' (Azure Key Vault) changes runtimeSource from invoker to embedded: the flow now runs with its owner's Key Vault connection.",
    location: {
      file: ROTATE.file,
      entry: null,
      path: ['properties', 'connectionReferences'],
      line: null,
      endLine: null,
    },
    flow: ROTATE.flow,
    action: null,
    fingerprint: '5d1a9e3c7b2f6a0e4c8b2d6f0a4e8c2b',
  },
  {
    ruleId: 'FG110',
    rule: 'secret-enumeration',
    severity: 'high',
    status: 'existing',
    message:
      "Action 'List_secrets' (Azure Key Vault, ListSecrets) lists the names of every secret in the vault.",
    location: {
      file: ROTATE.file,
      entry: null,
      path: ['properties', 'definition', 'actions', 'List_secrets'],
      line: 60,
      endLine: 75,
    },
    flow: ROTATE.flow,
    action: 'List_secrets',
    fingerprint: 'a7c3e9b1d5f2a8c4e0b6d2f8a4c0e6b2',
  },
  {
    ruleId: 'FG112',
    rule: 'dynamic-secret-name',
    severity: 'medium',
    status: 'resolved',
    message:
      "Action 'Get_secret_by_name' (Azure Key Vault, GetSecret) reads a secret whose name is an expression: @variables('secretName').",
    location: {
      file: AUDIT.file,
      entry: null,
      path: ['properties', 'definition', 'actions', 'Get_secret_by_name'],
      line: 20,
      endLine: 34,
    },
    flow: AUDIT.flow,
    action: 'Get_secret_by_name',
    fingerprint: 'e1f3a5c7b9d2e4f6a8c0b2d4f6e8a0c2',
  },
];

export function fixtureReport(): Report {
  return {
    summary: {
      flows: 12,
      changedFlows: 2,
      filesRead: 14,
      findings: { new: 4, existing: 1, resolved: 1 },
      gate: 'failed',
      failOn: 'high',
      report: 'new',
      maxSeverity: 'critical',
    },
    findings: FIXTURE_FINDINGS.map((f) => ({ ...f, location: { ...f.location }, flow: { ...f.flow } })),
    compared: true,
  };
}

/** Rule metadata as the rule index would pass it to the SARIF reporter (FG140 left out on purpose). */
export const FIXTURE_RULES = [
  {
    id: 'FG001',
    name: 'unreadable-flow',
    summary: 'A flow or solution file cannot be read.',
    severity: 'high',
  },
  {
    id: 'FG101',
    name: 'secure-outputs-removed',
    summary: 'A trigger or action loses secure outputs.',
    severity: 'critical',
  },
  {
    id: 'FG110',
    name: 'secret-enumeration',
    summary: 'An action lists the secrets a vault holds.',
    severity: 'high',
  },
  {
    id: 'FG112',
    name: 'dynamic-secret-name',
    summary: 'A secret is read by a name computed at run time.',
    severity: 'medium',
  },
  {
    id: 'FG150',
    name: 'hardcoded-credential',
    summary: 'A literal credential is written into the definition.',
    severity: 'critical',
  },
] as const;
