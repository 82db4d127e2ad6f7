import { AUTHENTICATION_SECRET_FIELDS, isCredentialHeader } from './credential-slots.js';
import {
  BODY_SECRET_KEYS,
  findToken,
  literalCredential,
  looksLikeCredentialHeader,
  secureParameterDefault,
  stripScheme,
} from './credential-literals.js';
import { isObject } from '../json/json-path.js';
import {
  FLAT_HEADER,
  isHeadersKey,
  keyInfo,
  mayMatter,
  NO_KEY,
  PLAIN_KEY,
  type KeyInfo,
} from './credential-keys.js';
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

/** Shortest literal taken for a credential where the slot does not say so (headers, bodies) and in URLs. */
const MIN_SLOT = 6;
const MIN_URL = 16;

interface Frame {
  v: unknown;
  /** Own key of the value (`''` for array items) and its parent's key, lower-case. */
  key: string;
  /** Own key as written, for messages. */
  name: string;
  parent: string;
  /** Its own key lets string children sit in a slot by name (KeyInfo.slotParent). */
  slot: boolean;
  owner: FlowNode | null;
  /** Where an ownerless value sits: `parameter:<name>`, or the top-level key of the definition. */
  subject: string;
  /** Inside a request body (`body`, `request/body`, `body/…` parameters). */
  body: boolean;
}

interface Hit {
  discriminator: string;
  where: string;
  value: string;
}

const FORM_QUICK = /client_secret=|password=/i;

/**
 * The header a string is the value of, wherever a request keeps its headers: a `headers` / `request/headers`
 * object, a flattened `request/headers/Authorization` parameter, or a raw-request `CustomHeaderN` parameter
 * written `Name: value` (SPEC §3 FG150).
 */
function headerSlot(key: string, parent: string, s: string): { name: string; value: string } | null {
  if (isHeadersKey(parent)) return { name: key, value: s };
  const flat = FLAT_HEADER.exec(key);
  if (flat) return { name: flat[1], value: s };
  if (!key.startsWith('customheader')) return null;
  const m = /^\s*([\w-]+)\s*:\s*([\s\S]*)$/.exec(s);
  return m ? { name: m[1].toLowerCase(), value: m[2] } : null;
}

const hit = (discriminator: string, where: string, value: string | null): Hit | null =>
  value === null ? null : { discriminator, where, value };

/** A credential by the slot the string sits in (authentication field, header, query, body field). */
function bySlot(f: Frame, s: string): Hit | null {
  const { key, parent } = f;
  if (parent === 'authentication' && AUTHENTICATION_SECRET_FIELDS.has(key)) {
    return hit(`auth:${key}`, `the authentication ${key}`, literalCredential(s, 1));
  }
  const header = headerSlot(key, parent, s);
  if (header && (isCredentialHeader(header.name) || looksLikeCredentialHeader(header.name))) {
    const literal = literalCredential(header.value, 0);
    const value = literal && literalCredential(stripScheme(literal), MIN_SLOT);
    return hit(`header:${header.name}`, `the ${header.name} header`, value);
  }
  if (parent === 'queries' && (key === 'sig' || key === 'code')) {
    return hit(`url:${key}`, `the URL parameter ${key}`, literalCredential(s, MIN_URL));
  }
  if (!f.body) return null;
  const last = key.slice(key.lastIndexOf('/') + 1);
  if (BODY_SECRET_KEYS.has(last)) {
    return hit(`body:${last}`, `the request body field ${last}`, literalCredential(s, MIN_SLOT));
  }
  // Segments are cut at quotes too, so that a literal inside a pure expression is still found.
  if (!s.includes('=') || !FORM_QUICK.test(s)) return null;
  for (const m of s.matchAll(/(?:^|[&?\s'])(client_secret|password)=([^&'"]*)/gi)) {
    const value = literalCredential(m[2], MIN_SLOT);
    if (value) return hit(`body:${m[1].toLowerCase()}`, `the request body (${m[1]}=)`, value);
  }
  return null;
}

/**
 * A credential by its form: a signed or keyed URL, or a well-known token format. Nothing shorter than 16
 * characters has either (a URL parameter's value needs 16 after `sig=`, a token 16 in all).
 */
function byForm(f: Frame, s: string, prefilter: boolean): Hit | null {
  if (prefilter && s.length < 16) return null;
  if (s.includes('sig=') || s.includes('code=')) {
    for (const m of s.matchAll(/[?&](sig|code)=([^&#\s'"<>]*)/g)) {
      // `code=` is a credential only in a URL (Azure Functions key); elsewhere it is an OAuth code or data.
      if (m[1] === 'code' && !s.includes('://')) continue;
      const value = literalCredential(m[2], MIN_URL);
      if (value) return hit(`url:${m[1]}`, `the URL parameter ${m[1]}`, value);
    }
  }
  const token = findToken(s, prefilter);
  if (!token) return null;
  const where = `${f.name ? `"${f.name}"` : 'a list item'} (${token.format.label})`;
  return hit(`token:${token.format.id}`, where, token.value);
}

/**
 * Every literal credential of a flow, in document order (a walk over every value of the definition).
 * Computed once per flow through FlowAnalysis.credentialLiterals(). Each string passes cheap exact
 * tests before the slot and form checks (no slot by key, too short, no token prefix); `prefilter: false`
 * runs every check on every string, the reference test/model/credential-prefilter.test.ts compares with.
 */
export function credentialLiteralsOf(flow: Flow, prefilter = true): CredentialLiteral[] {
  const found: CredentialLiteral[] = [];
  const nodeByRaw = new Map<unknown, FlowNode>(flow.nodes.map((n) => [n.raw, n]));
  const paramByRaw = new Map<unknown, string>([...flow.parameters].map(([name, p]) => [p.raw, name]));
  // One literal per trigger/action (or ownerless subject) and discriminator: the first in document order.
  const seen = new Set<string>();
  const note = (f: Frame, h: Hit): void => {
    const key = `${f.owner?.name ?? f.subject}\u0000${h.discriminator}`;
    if (seen.has(key)) return;
    seen.add(key);
    found.push({ kind: 'credential', owner: f.owner, subject: f.subject, ...h });
  };

  // Iterative walk over every value of the definition: a hostile definition may nest 10,000 deep.
  // Only objects and arrays become frames; strings are inspected in place through one scratch frame,
  // which keeps the walk near JSON.parse speed on large flows.
  const stack: Frame[] = [
    { v: flow.definition, key: '', name: '', parent: '', slot: false, owner: null, subject: '', body: false },
  ];
  const probe: Frame = { ...stack[0] };
  const visit = (f: Frame, child: unknown, name: string, info: KeyInfo, body: boolean, subject: string) => {
    if (typeof child === 'string') {
      // bySlot finds nothing for a string that no parent, key or body puts in a slot.
      const slotted = !prefilter || f.slot || info.slotKey || body;
      if (prefilter && !slotted && child.length < 16) return;
      probe.v = child;
      probe.key = info.lower;
      probe.name = name;
      probe.parent = f.key;
      probe.owner = f.owner;
      probe.subject = subject;
      probe.body = body;
      const h = (slotted ? bySlot(probe, child) : null) ?? byForm(probe, child, prefilter);
      if (h) note(probe, h);
    } else if (child !== null && typeof child === 'object') {
      stack.push({
        v: child,
        key: info.lower,
        name,
        parent: f.key,
        slot: info.slotParent,
        owner: f.owner,
        subject,
        body,
      });
    }
  };
  while (stack.length > 0) {
    const f = stack.pop()!;
    if (Array.isArray(f.v)) {
      for (let i = f.v.length - 1; i >= 0; i--) visit(f, f.v[i], '', NO_KEY, f.body, f.subject);
      continue;
    }
    if (!isObject(f.v)) continue;
    const node = nodeByRaw.get(f.v);
    if (node) f.owner = node;
    let subject = f.subject;
    let skipDefault = false;
    const param = f.owner ? undefined : paramByRaw.get(f.v);
    if (param !== undefined) {
      subject = `parameter:${param}`;
      const literal = secureParameterDefault(f.v);
      if (literal) {
        skipDefault = true;
        const discriminator = `param:${param}`;
        found.push({
          kind: 'secure-parameter-default',
          owner: null,
          subject,
          discriminator,
          where: '',
          value: literal,
        });
      }
    }
    const obj = f.v;
    const keys = Object.keys(obj);
    for (let i = keys.length - 1; i >= 0; i--) {
      const k = keys[i];
      if (skipDefault && k === 'defaultValue') continue;
      // A key that cannot matter to the slot checks needs no lookup (see mayMatter).
      const info = !prefilter || f.slot || mayMatter(k) ? keyInfo(k) : PLAIN_KEY;
      // A node starts outside any body; its own `body` key opens one.
      const body = (node ? false : f.body) || info.body;
      visit(f, obj[k], k, info, body, obj === flow.definition ? k : subject);
    }
  }
  return found;
}
