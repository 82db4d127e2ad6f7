import { entries, own } from '../json/json-path.js';
import type { DataFlow, RefSite } from './data-flow.js';
import type { FlowNode } from './types.js';
import { forEachString } from './value-strings.js';

/*
 * Places outside a node's inputs where the engine still evaluates expressions and writes the values out:
 * action-level tracked properties and the workflow's outputs (SPEC §2). Read on demand by the secret flow.
 */

/**
 * References in a node's action-level `trackedProperties` (paths start `['trackedProperties', name]`). Kept
 * apart from refSites: tracked properties are not inputs — they never feed the node's outputs, never hide
 * its inputs — but the engine evaluates them and writes them to run data and diagnostics as plain text.
 */
export function trackedSites(df: DataFlow, node: FlowNode): RefSite[] {
  const sites: RefSite[] = [];
  const tracked = own(node.raw, 'trackedProperties');
  if (tracked === undefined) return sites;
  forEachString(tracked, ['trackedProperties'], (s, path) => {
    for (const ref of df.refsOf(s)) sites.push({ path, ref });
  });
  return sites;
}

/** Strings under the definition's `outputs` (Logic Apps workflow outputs), with their paths. */
export function outputSites(df: DataFlow): RefSite[] {
  const sites: RefSite[] = [];
  for (const [name, out] of entries(own(df.flow.definition, 'outputs'))) {
    forEachString(own(out, 'value'), ['outputs', name, 'value'], (s, path) => {
      if (s.includes('@')) for (const ref of df.refsOf(s)) sites.push({ path, ref });
    });
  }
  return sites;
}
