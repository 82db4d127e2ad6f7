import { expect } from '@jest/globals';
import { buildFlow } from '../../src/model/build-flow.js';
import { credentialLiteralsOf } from '../../src/model/credential-scan.js';
import type { Flow } from '../../src/model/types.js';
import { FsTree } from '../../src/sources/fs-tree.js';
import { readTree } from '../../src/sources/read-tree.js';
import { referenceCredentialLiterals } from './credential-scan-reference.js';

/**
 * Compares the prefiltered credential scan with the full one (every check on every string), and the walk
 * with the explicit-stack walk it replaced, on every flow of a tree; returns how many flows were compared
 * and how many literals they hold.
 */
export async function compareOnTree(root: string): Promise<{ flows: number; literals: number }> {
  const read = await readTree(new FsTree(root));
  let flows = 0;
  let literals = 0;
  for (const src of read.flows) {
    let flow: Flow;
    try {
      flow = buildFlow(src);
    } catch {
      continue; // not modelled (FG001): nothing to scan
    }
    const fast = credentialLiteralsOf(flow);
    expect(fast).toEqual(credentialLiteralsOf(flow, false));
    expect(fast).toEqual(referenceCredentialLiterals(flow));
    flows++;
    literals += fast.length;
  }
  return { flows, literals };
}
