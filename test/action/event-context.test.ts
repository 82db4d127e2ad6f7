import { afterAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { readRunContext, targetOf } from '../../src/action/event-context.js';

const BASE = 'a'.repeat(40);
const HEAD = 'b'.repeat(40);
const pr = (headRepo = 'octo/flows') => ({
  number: 7,
  pull_request: {
    number: 7,
    base: { sha: BASE, repo: { full_name: 'octo/flows' } },
    head: { sha: HEAD, repo: { full_name: headRepo } },
  },
});

describe('targetOf', () => {
  it.each(['pull_request', 'pull_request_target'])('%s: base and head SHAs from the payload', (event) => {
    expect(targetOf(event, pr(), 'octo/flows')).toEqual({
      kind: 'pull-request',
      number: 7,
      baseSha: BASE,
      headSha: HEAD,
      fork: false,
    });
  });

  it('recognises a fork by the head repository, and a deleted fork as one', () => {
    expect(targetOf('pull_request', pr('mallory/flows'), 'octo/flows')).toMatchObject({ fork: true });
    const gone = pr();
    (gone.pull_request.head as { repo: unknown }).repo = null;
    expect(targetOf('pull_request', gone, 'octo/flows')).toMatchObject({ fork: true });
  });

  it('merge_group compares its base and head', () => {
    expect(
      targetOf('merge_group', { merge_group: { base_sha: BASE, head_sha: HEAD } }, 'octo/flows'),
    ).toEqual({ kind: 'compare', baseSha: BASE, headSha: HEAD });
  });

  it.each(['push', 'workflow_dispatch', 'schedule'])('%s scans the tree', (event) => {
    expect(targetOf(event, {}, 'octo/flows')).toEqual({ kind: 'tree' });
  });

  it('refuses a payload without the PR, or with a SHA that is not a full commit SHA', () => {
    expect(() => targetOf('pull_request', {}, 'o/r')).toThrow(/no pull_request object/);
    const bad = pr();
    bad.pull_request.head.sha = '--upload-pack=evil';
    expect(() => targetOf('pull_request', bad, 'o/r')).toThrow(
      /pull_request.head.sha in the event payload is "--upload-pack=evil": expected a full commit SHA/,
    );
  });
});

describe('readRunContext', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'fg-event-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('reads the event file and the environment GitHub provides', async () => {
    const file = path.join(dir, 'event.json');
    writeFileSync(file, JSON.stringify(pr()));
    const ctx = await readRunContext({
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_EVENT_PATH: file,
      GITHUB_REPOSITORY: 'octo/flows',
      GITHUB_API_URL: 'http://127.0.0.1:1/',
      GITHUB_SERVER_URL: 'https://github.example',
      GITHUB_RUN_ID: '99',
      GITHUB_SHA: 'c'.repeat(40),
    });
    expect(ctx).toEqual({
      eventName: 'pull_request',
      owner: 'octo',
      repo: 'flows',
      apiUrl: 'http://127.0.0.1:1',
      serverUrl: 'https://github.example',
      runUrl: 'https://github.example/octo/flows/actions/runs/99',
      target: { kind: 'pull-request', number: 7, baseSha: BASE, headSha: HEAD, fork: false },
    });
  });

  it('needs no payload to scan the tree, and says what is wrong with the environment', async () => {
    await expect(
      readRunContext({ GITHUB_EVENT_NAME: 'push', GITHUB_REPOSITORY: 'octo/flows' }),
    ).resolves.toMatchObject({ target: { kind: 'tree' } });
    await expect(readRunContext({ GITHUB_REPOSITORY: 'flows' })).rejects.toThrow(
      /GITHUB_REPOSITORY is "flows": expected "owner\/repo"/,
    );
    await expect(
      readRunContext({ GITHUB_EVENT_NAME: 'pull_request', GITHUB_REPOSITORY: 'o/r' }),
    ).rejects.toThrow(/GITHUB_EVENT_PATH is not set/);
  });
});
