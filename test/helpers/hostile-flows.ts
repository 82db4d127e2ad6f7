/**
 * Flows that plant one hostile string each where a flow author controls the text: the file name, a
 * trigger name, action names, a header name, a URL and a secret name. Every finding of such a flow quotes
 * the string. Shared by the CLI test (stdout, stderr) and the GitHub-channel test of hostile names.
 */

const KEYVAULT = '/providers/Microsoft.PowerApps/apis/shared_keyvault';

const guid = (i: number): string => `4d4d4d4d-1111-4222-8333-${String(i).padStart(12, '0')}`;
/** WDL string literal. */
const lit = (s: string): string => `'${s.replace(/'/g, "''")}'`;
/** A file name the file system takes: no `/` or NUL, at most 60 characters before the GUID. */
export const fileName = (p: string, i: number): string =>
  `${[...p.replace(/[/\0]/g, '_')].slice(0, 60).join('')}-${guid(i)}.json`;

/** A flow whose every finding quotes the payload: FG130 (trigger), FG103, FG121 (header), FG150. */
export function hostileFlow(p: string): string {
  const get = `Get ${p}`;
  return JSON.stringify({
    properties: {
      definition: {
        triggers: { [p]: { type: 'Request', kind: 'Http', inputs: {} } },
        actions: {
          [get]: {
            type: 'OpenApiConnection',
            inputs: {
              host: { apiId: KEYVAULT, connectionName: 'kv', operationId: 'GetSecret' },
              // A value starting with `@` is an expression; `@@` keeps it the literal name.
              parameters: { secretName: p.startsWith('@') ? `@${p}` : p },
            },
          },
          [p]: {
            type: 'Http',
            inputs: {
              method: 'POST',
              uri: `https://partner.example/${p}?q=${p}`,
              headers: {
                [p]: `@body(${lit(get)})?['value']`,
                Authorization: 'Bearer Lk8Jh6Gf4Ds2Az1Xc3Vb5Nm7',
              },
            },
            runAfter: { [get]: ['Succeeded'] },
          },
        },
      },
    },
  });
}

/** `Workflows/<name>-<guid>.json` → flow, one per string, as a tree of files. */
export function hostileTree(names: readonly string[]): Record<string, string> {
  return Object.fromEntries(names.map((p, i) => [`Workflows/${fileName(p, i)}`, hostileFlow(p)]));
}
