import { describe, expect, it } from '@jest/globals';
import { isKeyVaultRestEnumeration, keyVaultRestSecretSource } from '../../src/model/key-vault-rest.js';

const http = (method: string, uri: string) => ({ type: 'Http', inputs: { method, uri } });

describe('Key Vault through its REST API', () => {
  it.each([
    [
      'GET',
      'https://kv.vault.azure.net/secrets/UnoKey/087b33200a8d482aafbb58f20fb863c9?api-Version=7.3',
      'keyvault-secret',
      'UnoKey',
    ],
    ['GET', 'https://kv.vault.azure.net/secrets/api-key?api-version=7.4', 'keyvault-secret', 'api-key'],
    [
      'get',
      "https://@{parameters('vault')}.vault.azure.net/secrets/@{items('Loop')?['id']}",
      'keyvault-secret',
      null,
    ],
    ['GET', 'https://kv.vault.usgovcloudapi.net/secrets/x', 'keyvault-secret', 'x'],
    ['POST', 'https://kv.vault.azure.net/keys/rsa/decrypt?api-version=7.4', 'keyvault-decrypt', 'rsa'],
  ])('%s %s is a secret source', (method, uri, kind, literal) => {
    expect(keyVaultRestSecretSource(http(method, uri))).toMatchObject({ kind, literalName: literal });
    expect(isKeyVaultRestEnumeration(http(method, uri))).toBe(false);
  });

  it.each([
    ['GET', 'https://kv.vault.azure.net/secrets?api-version=7.4'],
    ['GET', 'https://kv.vault.azure.net/secrets/api-key/versions?api-version=7.4'],
    ['GET', 'https://kv.vault.azure.net/keys'],
  ])('%s %s enumerates the vault', (method, uri) => {
    expect(isKeyVaultRestEnumeration(http(method, uri))).toBe(true);
    expect(keyVaultRestSecretSource(http(method, uri))).toBeNull();
  });

  it.each([
    ['GET', 'https://vault.azure.net.evil.example/secrets/x'],
    ['GET', 'https://example.com/secrets/x'],
    ['PUT', 'https://kv.vault.azure.net/secrets/x'],
  ])('%s %s is neither', (method, uri) => {
    expect(keyVaultRestSecretSource(http(method, uri))).toBeNull();
    expect(isKeyVaultRestEnumeration(http(method, uri))).toBe(false);
  });

  it('ignores connector actions', () => {
    expect(
      keyVaultRestSecretSource({
        type: 'OpenApiConnection',
        inputs: { uri: 'https://kv.vault.azure.net/secrets/x' },
      }),
    ).toBeNull();
  });
});
