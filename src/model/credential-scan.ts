import { byForm, bySlot, type Hit } from './credential-checks.js';
import { secureParameterDefault } from './credential-literals.js';
import { keyInfo, mayMatter, NO_KEY, PLAIN_KEY, type KeyInfo } from './credential-keys.js';
import type { Flow, FlowNode } from './types.js';

/** A literal credential written into a flow definition (SPEC §3 FG150), found by the slot or the form it has. */
export interface CredentialLiteral {
  /**
   * `secure-parameter-default`: the default value of a secure parameter (`value` is that default);
   * `credential`: a credential by its slot (authentication field, header, query, body field) or its form.
   */
  kind: 'secure-parameter-default' | 'credential';
  /** The trigger/action it sits in; null for parameters and the rest of the definition. */
  owner: FlowNode | null;
  /** Where an ownerless one sits: `parameter:<name>`, or the top-level key of the definition. */
  subject: string;
  /** What keeps two literals of one subject apart: `auth:password`, `header:x-api-key`, `param:<name>` … */
  discriminator: string;
  /** The slot, for messages: `the authentication password`, `the x-api-key header` … (empty for defaults). */
  where: string;
  /** The credential itself: only ever shown masked. */
  value: string;
}

/** A container left for later (nested past MAX_RECURSION), with where it sits (see `visitObject`). */
interface Deferred {
  v: unknown;
  key: string;
  slot: boolean;
  owner: FlowNode | null;
  subject: string;
  body: boolean;
}

/**
 * Containers nested deeper than this are walked after the rest, from a fresh stack: a hostile definition may
 * nest 10,000 deep, and the machine stack is not that deep. No real flow comes near.
 */
const MAX_RECURSION = 1_000;

/**
 * Every literal credential of a flow (a walk over every value of the definition). Computed once per flow
 * through FlowAnalysis.credentialLiterals(). Each string passes cheap exact tests before the slot and form
 * checks (no slot by key, too short, no token prefix); `prefilter: false` runs every check on every string,
 * the reference test/model/credential-prefilter.test.ts compares with.
 *
 * Order: containers depth-first in document order; the strings of a container are checked before its
 * containers, last key first (the order of the explicit-stack walk this replaced, which
 * test/model/credential-scan-reference.ts keeps as the test's oracle). One literal is kept per
 * trigger/action (or ownerless subject) and discriminator: the first in that order.
 */
export function credentialLiteralsOf(flow: Flow, prefilter = true): CredentialLiteral[] {
  return new CredentialWalk(flow, prefilter).run();
}

// Recursive, with the context in arguments: the explicit-stack walk allocated a frame per container and a
// key array per object, and its garbage was an eighth of a full scan's allocation (bench/RESULTS.md).
class CredentialWalk {
  private readonly found: CredentialLiteral[] = [];
  private readonly seen = new Set<string>();
  private readonly nodeByRaw: Map<unknown, FlowNode>;
  private readonly paramByRaw: Map<unknown, string>;
  private readonly deferred: Deferred[] = [];

  constructor(
    private readonly flow: Flow,
    private readonly prefilter: boolean,
  ) {
    this.nodeByRaw = new Map<unknown, FlowNode>(flow.nodes.map((n) => [n.raw, n]));
    this.paramByRaw = new Map<unknown, string>([...flow.parameters].map(([name, p]) => [p.raw, name]));
  }

  run(): CredentialLiteral[] {
    this.visitObject(this.flow.definition, '', false, null, '', false, 0);
    for (let i = 0; i < this.deferred.length; i++) {
      const d = this.deferred[i];
      if (Array.isArray(d.v)) this.visitArray(d.v, d.key, d.slot, d.owner, d.subject, d.body, 0);
      else this.visitObject(d.v as Record<string, unknown>, d.key, d.slot, d.owner, d.subject, d.body, 0);
    }
    return this.found;
  }

  /**
   * An object: `key` is its own key, lower-case (`''` for a list item, or a key that cannot matter); `slot`:
   * that key lets string children sit in a slot by name (KeyInfo.slotParent); `owner`: the trigger/action
   * it sits in; `subject`: where an ownerless value sits; `body`: inside a request body.
   */
  private visitObject(
    o: Record<string, unknown>,
    key: string,
    slot: boolean,
    owner: FlowNode | null,
    subject: string,
    body: boolean,
    depth: number,
  ): void {
    if (depth > MAX_RECURSION) {
      this.deferred.push({ v: o, key, slot, owner, subject, body });
      return;
    }
    const node = this.nodeByRaw.get(o);
    if (node !== undefined) owner = node;
    let skipDefault = false;
    if (owner === null) {
      const param = this.paramByRaw.get(o);
      if (param !== undefined) {
        subject = `parameter:${param}`;
        const literal = secureParameterDefault(o);
        if (literal) {
          skipDefault = true;
          this.found.push({
            kind: 'secure-parameter-default',
            owner: null,
            subject,
            discriminator: `param:${param}`,
            where: '',
            value: literal,
          });
        }
      }
    }
    // A node starts outside any body; its own `body` key opens one.
    const inBody = node === undefined && body;
    const root = o === this.flow.definition;
    let hits: Array<{ hit: Hit; subject: string }> | null = null;
    let containers = false;
    for (const k in o) {
      const child = o[k];
      if (typeof child === 'string') {
        if (skipDefault && k === 'defaultValue') continue;
        const info = this.keyOf(k, slot);
        const h = this.check(child, k, info, key, slot, inBody || info.body);
        if (h) (hits ??= []).push({ hit: h, subject: root ? k : subject });
      } else if (child !== null && typeof child === 'object') containers = true;
    }
    if (hits) for (let i = hits.length - 1; i >= 0; i--) this.note(owner, hits[i].subject, hits[i].hit);
    if (!containers) return;
    for (const k in o) {
      const child = o[k];
      if (child === null || typeof child !== 'object') continue;
      if (skipDefault && k === 'defaultValue') continue;
      const info = this.keyOf(k, slot);
      const b = inBody || info.body;
      const sub = root ? k : subject;
      if (Array.isArray(child)) this.visitArray(child, info.lower, info.slotParent, owner, sub, b, depth + 1);
      else
        this.visitObject(
          child as Record<string, unknown>,
          info.lower,
          info.slotParent,
          owner,
          sub,
          b,
          depth + 1,
        );
    }
  }

  /** A list: its items have no key of their own, and sit where the list sits. */
  private visitArray(
    a: unknown[],
    key: string,
    slot: boolean,
    owner: FlowNode | null,
    subject: string,
    body: boolean,
    depth: number,
  ): void {
    if (depth > MAX_RECURSION) {
      this.deferred.push({ v: a, key, slot, owner, subject, body });
      return;
    }
    let hits: Hit[] | null = null;
    let containers = false;
    for (let i = 0; i < a.length; i++) {
      const child = a[i];
      if (typeof child === 'string') {
        const h = this.check(child, '', NO_KEY, key, slot, body);
        if (h) (hits ??= []).push(h);
      } else if (child !== null && typeof child === 'object') containers = true;
    }
    if (hits) for (let i = hits.length - 1; i >= 0; i--) this.note(owner, subject, hits[i]);
    if (!containers) return;
    for (let i = 0; i < a.length; i++) {
      const child = a[i];
      if (child === null || typeof child !== 'object') continue;
      if (Array.isArray(child)) this.visitArray(child, '', false, owner, subject, body, depth + 1);
      else this.visitObject(child as Record<string, unknown>, '', false, owner, subject, body, depth + 1);
    }
  }

  /** What the scan needs of a key; a key that cannot matter needs no lookup (see mayMatter). */
  private keyOf(k: string, parentSlot: boolean): KeyInfo {
    return !this.prefilter || parentSlot || mayMatter(k) ? keyInfo(k) : PLAIN_KEY;
  }

  /** One string, named `name` (as written; `''` in a list) with `info`, under `parent` (lower-case). */
  private check(s: string, name: string, info: KeyInfo, parent: string, parentSlot: boolean, body: boolean) {
    // bySlot finds nothing for a string that no parent, key or body puts in a slot.
    const slotted = !this.prefilter || parentSlot || info.slotKey || body;
    if (this.prefilter && !slotted && s.length < 16) return null;
    return (slotted ? bySlot(info.lower, parent, body, s) : null) ?? byForm(name, s, this.prefilter);
  }

  private note(owner: FlowNode | null, subject: string, h: Hit): void {
    const id = `${owner?.name ?? subject}\u0000${h.discriminator}`;
    if (this.seen.has(id)) return;
    this.seen.add(id);
    this.found.push({ kind: 'credential', owner, subject, ...h });
  }
}
