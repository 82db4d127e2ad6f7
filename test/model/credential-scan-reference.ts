import { byForm, bySlot, type Hit } from '../../src/model/credential-checks.js';
import { keyInfo, mayMatter, NO_KEY, PLAIN_KEY, type KeyInfo } from '../../src/model/credential-keys.js';
import { secureParameterDefault } from '../../src/model/credential-literals.js';
import type { CredentialLiteral } from '../../src/model/credential-scan.js';
import { isObject } from '../../src/json/json-path.js';
import type { Flow, FlowNode } from '../../src/model/types.js';

/**
 * The oracle for src/model/credential-scan.ts: the explicit-stack walk it replaced (a frame per container,
 * the strings of a container checked last key first, its containers then depth-first in document order),
 * kept here unchanged but for calling the shared checks. The recursive walk must find exactly what this
 * finds, in the same order, on every definition nested less than its recursion bound.
 */
interface Frame {
  v: unknown;
  key: string;
  name: string;
  parent: string;
  slot: boolean;
  owner: FlowNode | null;
  subject: string;
  body: boolean;
}

export function referenceCredentialLiterals(flow: Flow, prefilter = true): CredentialLiteral[] {
  const found: CredentialLiteral[] = [];
  const nodeByRaw = new Map<unknown, FlowNode>(flow.nodes.map((n) => [n.raw, n]));
  const paramByRaw = new Map<unknown, string>([...flow.parameters].map(([name, p]) => [p.raw, name]));
  const seen = new Set<string>();
  const note = (f: Frame, h: Hit): void => {
    const key = `${f.owner?.name ?? f.subject}\u0000${h.discriminator}`;
    if (seen.has(key)) return;
    seen.add(key);
    found.push({ kind: 'credential', owner: f.owner, subject: f.subject, ...h });
  };
  const stack: Frame[] = [
    { v: flow.definition, key: '', name: '', parent: '', slot: false, owner: null, subject: '', body: false },
  ];
  const visit = (f: Frame, child: unknown, name: string, info: KeyInfo, body: boolean, subject: string) => {
    if (typeof child === 'string') {
      const slotted = !prefilter || f.slot || info.slotKey || body;
      if (prefilter && !slotted && child.length < 16) return;
      const h = (slotted ? bySlot(info.lower, f.key, body, child) : null) ?? byForm(name, child, prefilter);
      if (h) note({ ...f, subject }, h);
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
        found.push({
          kind: 'secure-parameter-default',
          owner: null,
          subject,
          discriminator: `param:${param}`,
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
      const info = !prefilter || f.slot || mayMatter(k) ? keyInfo(k) : PLAIN_KEY;
      const body = (node ? false : f.body) || info.body;
      visit(f, obj[k], k, info, body, obj === flow.definition ? k : subject);
    }
  }
  return found;
}
