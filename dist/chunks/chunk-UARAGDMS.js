import { createRequire as __fgCreateRequire } from 'node:module'; const require = __fgCreateRequire(import.meta.url);

// src/rules/rule.ts
function defineRule(rule) {
  return rule;
}

// src/rules/fg001-unreadable-flow.ts
var fg001 = defineRule({
  meta: {
    id: "FG001",
    name: "unreadable-flow",
    summary: "A flow or solution file cannot be read, so flowguard cannot vouch for it.",
    severity: "high",
    scope: "flow",
    messages: {
      unreadable: "{{file}} could not be analysed: {{reason}}. A file flowguard cannot read is not a file it has checked."
    }
  },
  check() {
  }
});

// src/diff/secure-data-removed.ts
function secureDataRemoved(nodes, baseNodeOf, kind) {
  const out = [];
  for (const node of nodes) {
    const before = baseNodeOf(node);
    if (before && before.secure[kind] && !node.secure[kind]) out.push({ node, before });
  }
  return out;
}

// src/model/json-path.ts
function own(obj, key) {
  if (obj === null || typeof obj !== "object" || Array.isArray(obj)) return void 0;
  return Object.prototype.hasOwnProperty.call(obj, key) ? obj[key] : void 0;
}
function isObject(v) {
  return v !== null && typeof v === "object" && !Array.isArray(v);
}
function entries(v) {
  return isObject(v) ? Object.entries(v) : [];
}
function str(v) {
  return typeof v === "string" ? v : void 0;
}
function ownCI(obj, key) {
  if (!isObject(obj)) return void 0;
  const lower = key.toLowerCase();
  for (const k of Object.keys(obj)) if (k.toLowerCase() === lower) return [k, obj[k]];
  return void 0;
}

// src/model/expression/tokenizer.ts
var MAX_EXPRESSION_LENGTH = 1e6;
var PUNCTUATION = /* @__PURE__ */ new Set(["(", ")", "[", "]", ",", ".", "?"]);
function isIdentStart(c) {
  return c >= 65 && c <= 90 || c >= 97 && c <= 122 || c === 95 || c === 36;
}
function isDigit(c) {
  return c >= 48 && c <= 57;
}
function isSpace(c) {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 160 || c === 65279;
}
function readStringLiteral(text, start, end) {
  let i = start + 1;
  let value = "";
  let chunk = i;
  while (i < end) {
    if (text.charCodeAt(i) === 39) {
      if (i + 1 < end && text.charCodeAt(i + 1) === 39) {
        value += text.slice(chunk, i + 1);
        i += 2;
        chunk = i;
        continue;
      }
      return { value: value + text.slice(chunk, i), end: i + 1 };
    }
    i++;
  }
  return null;
}
function tokenize(text, start = 0, end = text.length) {
  const tokens = [];
  let i = start;
  while (i < end) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) {
      i++;
      continue;
    }
    const ch = text[i];
    if (c === 39) {
      const lit = readStringLiteral(text, i, end);
      if (!lit) {
        tokens.push({ type: "error", value: text.slice(i, end), pos: i });
        break;
      }
      tokens.push({ type: "string", value: lit.value, pos: i });
      i = lit.end;
    } else if (isDigit(c) || (ch === "-" || ch === "+") && i + 1 < end && isDigit(text.charCodeAt(i + 1))) {
      let j = i + 1;
      while (j < end && isDigit(text.charCodeAt(j))) j++;
      if (j + 1 < end && text[j] === "." && isDigit(text.charCodeAt(j + 1))) {
        j++;
        while (j < end && isDigit(text.charCodeAt(j))) j++;
      }
      if (j < end && (text[j] === "e" || text[j] === "E")) {
        let k = j + 1;
        if (k < end && (text[k] === "+" || text[k] === "-")) k++;
        if (k < end && isDigit(text.charCodeAt(k))) {
          while (k < end && isDigit(text.charCodeAt(k))) k++;
          j = k;
        }
      }
      tokens.push({ type: "number", value: text.slice(i, j), pos: i });
      i = j;
    } else if (isIdentStart(c)) {
      let j = i + 1;
      while (j < end && (isIdentStart(text.charCodeAt(j)) || isDigit(text.charCodeAt(j)))) j++;
      tokens.push({ type: "ident", value: text.slice(i, j), pos: i });
      i = j;
    } else if (PUNCTUATION.has(ch)) {
      tokens.push({ type: ch, value: ch, pos: i });
      i++;
    } else {
      tokens.push({ type: "error", value: ch, pos: i });
      i++;
    }
  }
  return tokens;
}

// src/model/expression/parser.ts
var MAX_EXPRESSION_DEPTH = 500;
var ParseFailure = class {
  constructor(reason) {
    this.reason = reason;
  }
  reason;
};
var Parser = class {
  constructor(tokens) {
    this.tokens = tokens;
  }
  tokens;
  pos = 0;
  parseAll() {
    const expr = this.expression(0);
    if (this.pos !== this.tokens.length) throw new ParseFailure("syntax");
    return expr;
  }
  peek(offset = 0) {
    return this.tokens[this.pos + offset];
  }
  expect(type) {
    const t = this.tokens[this.pos];
    if (!t || t.type !== type) throw new ParseFailure("syntax");
    this.pos++;
    return t;
  }
  expression(depth) {
    if (depth > MAX_EXPRESSION_DEPTH) throw new ParseFailure("too-deep");
    let expr = this.primary(depth);
    for (; ; ) {
      const t = this.peek();
      if (!t) return expr;
      let optional = false;
      let next = t;
      if (t.type === "?") {
        const after = this.peek(1);
        if (!after || after.type !== "[" && after.type !== ".") throw new ParseFailure("syntax");
        optional = true;
        next = after;
        this.pos++;
      }
      if (next.type === "[") {
        this.pos++;
        const index = this.expression(depth + 1);
        this.expect("]");
        expr = { type: "index", target: expr, index, optional };
      } else if (next.type === ".") {
        this.pos++;
        const name = this.expect("ident").value;
        expr = { type: "member", target: expr, name, optional };
      } else {
        return expr;
      }
    }
  }
  primary(depth) {
    const t = this.tokens[this.pos];
    if (!t) throw new ParseFailure("syntax");
    this.pos++;
    switch (t.type) {
      case "string":
        return { type: "string", value: t.value };
      case "number":
        return { type: "number", value: Number(t.value) };
      case "ident": {
        const next = this.peek();
        if (next?.type === "(") {
          this.pos++;
          const args = [];
          if (this.peek()?.type === ")") {
            this.pos++;
            return { type: "call", name: t.value, args };
          }
          for (; ; ) {
            args.push(this.expression(depth + 1));
            const sep = this.peek();
            if (sep?.type === ",") this.pos++;
            else if (sep?.type === ")") {
              this.pos++;
              return { type: "call", name: t.value, args };
            } else throw new ParseFailure("syntax");
          }
        }
        const word = t.value.toLowerCase();
        if (word === "true" || word === "false") return { type: "boolean", value: word === "true" };
        if (word === "null") return { type: "null" };
        throw new ParseFailure("syntax");
      }
      default:
        throw new ParseFailure("syntax");
    }
  }
};
function parseExpression(text, start = 0, end = text.length) {
  if (end - start > MAX_EXPRESSION_LENGTH) return { ok: false, reason: "too-long" };
  const tokens = tokenize(text, start, end);
  if (tokens.length === 0) return { ok: false, reason: "syntax" };
  try {
    return { ok: true, expr: new Parser(tokens).parseAll() };
  } catch (err) {
    if (err instanceof ParseFailure) return { ok: false, reason: err.reason };
    if (err instanceof RangeError) return { ok: false, reason: "too-deep" };
    throw err;
  }
}

// src/model/expression/template.ts
function interpolationEnd(text, from) {
  let depth = 1;
  let quoted = false;
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 39)
      quoted = !quoted;
    else if (quoted) continue;
    else if (c === 123) depth++;
    else if (c === 125 && --depth === 0) return i;
  }
  return -1;
}
function parseTemplate(value) {
  if (value.startsWith("@") && !value.startsWith("@@") && !value.startsWith("@{")) {
    const r = parseExpression(value, 1);
    return r.ok ? { whole: true, segments: [{ kind: "expr", expr: r.expr, start: 1, end: value.length }] } : r.reason;
  }
  const segments = [];
  let text = "";
  let i = 0;
  if (value.startsWith("@@")) {
    text = "@";
    i = 2;
  }
  while (i < value.length) {
    const at = value.indexOf("@", i);
    if (at < 0) {
      text += value.slice(i);
      break;
    }
    text += value.slice(i, at);
    if (value.startsWith("@@{", at)) {
      text += "@{";
      i = at + 3;
      continue;
    }
    if (value[at + 1] !== "{") {
      text += "@";
      i = at + 1;
      continue;
    }
    const start = at + 2;
    const end = interpolationEnd(value, start);
    if (end < 0) return "syntax";
    const r = parseExpression(value, start, end);
    if (!r.ok) return r.reason;
    if (text) segments.push({ kind: "text", value: text });
    text = "";
    segments.push({ kind: "expr", expr: r.expr, start, end });
    i = end + 1;
  }
  if (text || segments.length === 0) segments.push({ kind: "text", value: text });
  return { whole: false, segments };
}
function longestExpression(value) {
  if (value.startsWith("@") && !value.startsWith("@@") && !value.startsWith("@{")) return value.length - 1;
  let longest = 0;
  for (let at = value.indexOf("@{"); at >= 0; at = value.indexOf("@{", at + 2)) {
    if (at > 0 && value[at - 1] === "@") continue;
    const end = interpolationEnd(value, at + 2);
    longest = Math.max(longest, (end < 0 ? value.length : end) - (at + 2));
    if (end < 0) break;
    at = end - 1;
  }
  return longest;
}
function parseValue(value) {
  const t = parseTemplate(value);
  return typeof t === "string" ? null : t;
}

// src/model/expression/literal.ts
var TRANSPARENT = /* @__PURE__ */ new Set(["encodeuricomponent", "string", "trim"]);
function literalOf(root) {
  let e = root;
  while (e.type === "call" && e.args.length === 1 && TRANSPARENT.has(e.name.toLowerCase())) e = e.args[0];
  return e.type === "string" ? e.value : null;
}
function literalString(value) {
  const t = parseValue(value);
  if (!t) return null;
  let out = "";
  for (const s of t.segments) {
    if (s.kind === "text") out += s.value;
    else {
      const lit = literalOf(s.expr);
      if (lit === null) return null;
      out += lit;
    }
  }
  return out;
}

// src/model/secret-catalogue.ts
var KEYVAULT = /* @__PURE__ */ new Set(["keyvault"]);
var KEYVAULT_SECRET_OPS = /* @__PURE__ */ new Map([
  ["getsecret", { kind: "keyvault-secret", param: "secretName" }],
  ["getsecretversion", { kind: "keyvault-secret", param: "secretName" }],
  ["decryptdata", { kind: "keyvault-decrypt", param: "keyName" }],
  ["decryptdatawithversion", { kind: "keyvault-decrypt", param: "keyName" }]
]);
var KEYVAULT_ENUMERATION_OPS = /* @__PURE__ */ new Set([
  "listsecrets",
  "listsecretversions",
  "listkeys",
  "listkeyversions"
]);
var DATAVERSE = /* @__PURE__ */ new Set(["commondataserviceforapps", "commondataservice", "dataverse"]);
var ENV_SECRET_ACTION = "retrieveenvironmentvariablesecretvalue";
function param(op, name) {
  for (const [k, v] of op.parameters) if (k.toLowerCase() === name.toLowerCase()) return v;
  return void 0;
}
function source(kind, secretName) {
  return { kind, secretName, literalName: typeof secretName === "string" ? literalString(secretName) : null };
}
function classifySecretSource(op, custom = []) {
  if (!op || !op.operationId) return null;
  const opId = op.operationId.toLowerCase();
  if (KEYVAULT.has(op.connector)) {
    const hit2 = KEYVAULT_SECRET_OPS.get(opId);
    if (hit2) return source(hit2.kind, param(op, hit2.param) ?? param(op, "name"));
  }
  if (DATAVERSE.has(op.connector) && opId === "performunboundaction") {
    const action = param(op, "actionName");
    if (typeof action === "string" && action.toLowerCase() === ENV_SECRET_ACTION) {
      return source("environment-variable-secret", param(op, "item/EnvironmentVariableName"));
    }
  }
  for (const c of custom) {
    if (normalise(c.connector) === op.connector && c.operationId.toLowerCase() === opId) {
      return source("custom", c.nameParameter ? param(op, c.nameParameter) : void 0);
    }
  }
  return null;
}
function isEnumerationSource(op) {
  return !!op?.operationId && KEYVAULT.has(op.connector) && KEYVAULT_ENUMERATION_OPS.has(op.operationId.toLowerCase());
}
function normalise(connector) {
  return connector.toLowerCase().split("/").pop().replace(/^shared_/, "");
}
function connectorDisplayName(connector) {
  const known = {
    keyvault: "Azure Key Vault",
    commondataserviceforapps: "Microsoft Dataverse",
    arm: "Azure Resource Manager",
    webcontents: "HTTP with Microsoft Entra ID",
    office365: "Office 365 Outlook",
    sendmail: "Mail",
    teams: "Microsoft Teams",
    sharepointonline: "SharePoint",
    onedriveforbusiness: "OneDrive for Business"
  };
  return Object.prototype.hasOwnProperty.call(known, connector) ? known[connector] : connector;
}

// src/model/node-label.ts
var BUILT_IN_GROUPS = {
  compose: "Data Operation",
  parsejson: "Data Operation",
  select: "Data Operation",
  query: "Data Operation",
  join: "Data Operation",
  table: "Data Operation",
  initializevariable: "Variables",
  setvariable: "Variables",
  appendtoarrayvariable: "Variables",
  appendtostringvariable: "Variables",
  incrementvariable: "Variables",
  decrementvariable: "Variables",
  foreach: "Control",
  until: "Control",
  if: "Control",
  switch: "Control",
  scope: "Control",
  terminate: "Control",
  response: "Request",
  request: "Request",
  workflow: "Flows"
};
function nodeLabel(node) {
  const op = node.operation;
  if (op) {
    const path = withoutQuery(op.path ?? "");
    const operation = op.operationId ?? (`${(op.method ?? "").toUpperCase()} ${path}`.trim() || node.type);
    return { connector: connectorDisplayName(op.connector), operation };
  }
  const type = node.type.toLowerCase();
  if (type === "workflow") return { connector: "Flows", operation: "Run a child flow" };
  if (type === "http" || type === "httpwebhook") {
    const inputs = own(node.raw, "inputs");
    const method = str(own(type === "http" ? inputs : own(inputs, "subscribe"), "method"));
    return { connector: "HTTP", operation: method ? method.toUpperCase() : node.type };
  }
  const group = Object.prototype.hasOwnProperty.call(BUILT_IN_GROUPS, type) ? BUILT_IN_GROUPS[type] : "Built-in";
  return { connector: group, operation: node.type || "action" };
}
function withoutQuery(path) {
  let depth = 0;
  for (let i = 0; i < path.length; i++) {
    const c = path[i];
    if (c === "{" && (depth > 0 || path[i - 1] === "@")) depth++;
    else if (c === "}" && depth > 0) depth--;
    else if ((c === "?" || c === "#") && depth === 0) return path.slice(0, i);
  }
  return path;
}

// src/rules/describe-node.ts
function describeNode(node) {
  const { connector, operation } = nodeLabel(node);
  return `"${node.name}" (${connector} ${operation})`;
}

// src/rules/fg101-secure-outputs-removed.ts
var fg101 = defineRule({
  meta: {
    id: "FG101",
    name: "secure-outputs-removed",
    summary: "A trigger or action that had secure outputs in the base revision no longer has them.",
    severity: "critical",
    scope: "change",
    supersedes: ["FG103"],
    messages: {
      secretSource: "{{node}} no longer has secure outputs: the secret it reads will be shown in clear text in the run history to everyone who can open it.",
      other: "{{node}} no longer has secure outputs: what it returns becomes visible in the run history."
    }
  },
  check(ctx) {
    for (const { node, before } of secureDataRemoved(ctx.flow.nodes, ctx.baseNodeOf, "outputs")) {
      const secret = !!(node.secretSource ?? before.secretSource);
      ctx.report({
        messageId: secret ? "secretSource" : "other",
        data: { node: describeNode(node) },
        node,
        severity: secret ? "critical" : "medium",
        aboutRemoval: true
      });
    }
  }
});

// src/rules/fg102-secure-inputs-removed.ts
var fg102 = defineRule({
  meta: {
    id: "FG102",
    name: "secure-inputs-removed",
    summary: "A trigger or action that had secure inputs in the base revision no longer has them.",
    severity: "medium",
    scope: "change",
    messages: {
      secret: '{{node}} no longer has secure inputs, and its inputs carry data derived from the secret of "{{source}}": the run history will show it.',
      other: "{{node}} no longer has secure inputs: what it is given becomes visible in the run history."
    }
  },
  check(ctx) {
    for (const { node } of secureDataRemoved(ctx.flow.nodes, ctx.baseNodeOf, "inputs")) {
      const use = ctx.analysis.secretUses(node)[0];
      ctx.report({
        messageId: use ? "secret" : "other",
        data: { node: describeNode(node), source: use?.source ?? "" },
        node,
        severity: use ? "high" : "medium",
        aboutRemoval: true
      });
    }
  }
});

// src/rules/fg103-unsecured-secret-source.ts
var fg103 = defineRule({
  meta: {
    id: "FG103",
    name: "unsecured-secret-source",
    summary: "A secret source (Key Vault secret or decrypt, secret environment variable) without secure outputs.",
    severity: "high",
    scope: "flow",
    messages: {
      unsecured: "{{node}} returns a secret without secure outputs: anyone who can open the run history sees the secret in clear text."
    }
  },
  check(ctx) {
    for (const node of ctx.flow.nodes) {
      if (!node.secretSource || node.secure.outputs) continue;
      ctx.report({ messageId: "unsecured", node, data: { node: describeNode(node) } });
    }
  }
});

// src/rules/fg110-secret-enumeration.ts
var fg110 = defineRule({
  meta: {
    id: "FG110",
    name: "secret-enumeration",
    summary: "An action that lists the secrets or keys a vault holds.",
    severity: "high",
    scope: "flow",
    messages: {
      enumeration: "{{node}} lists what the vault holds: whoever can edit or run the flow learns every secret name the connection can see, the first step to reading them all."
    }
  },
  check(ctx) {
    for (const node of ctx.flow.nodes) {
      if (!node.enumerationSource) continue;
      ctx.report({ messageId: "enumeration", node, data: { node: describeNode(node) } });
    }
  }
});

// src/model/secret-reads.ts
function bulkSecretRead(flow, analysis, node) {
  const source2 = node.secretSource;
  if (!source2) return null;
  if (source2.literalName === null && source2.secretName !== void 0) {
    for (const name of analysis.origins(source2.secretName, node)) {
      if (flow.byName.get(name)?.enumerationSource) return { reason: "enumeration", enumeration: name };
    }
  }
  const loop = node.loops[node.loops.length - 1];
  if (loop !== void 0) return { reason: "loop", loop };
  return null;
}
function dynamicSecretName(flow, analysis, node) {
  const source2 = node.secretSource;
  if (!source2 || source2.literalName !== null || typeof source2.secretName !== "string") return null;
  for (const name of analysis.origins(source2.secretName, node)) {
    if (flow.byName.get(name)?.kind === "trigger") return { trigger: name };
  }
  return { trigger: null };
}

// src/rules/fg111-bulk-secret-read.ts
var fg111 = defineRule({
  meta: {
    id: "FG111",
    name: "bulk-secret-read",
    summary: "A secret source runs inside a loop or reads the names a vault listing returned: the flow can read secrets in bulk.",
    severity: "critical",
    scope: "flow",
    messages: {
      loop: '"{{action}}" ({{connector}} {{operation}}) reads a secret inside the loop "{{loop}}": one run can read as many secrets as the loop has items. Read each secret the flow needs by its fixed name, outside loops.',
      enumeration: '"{{action}}" ({{connector}} {{operation}}) reads the secrets that "{{enumeration}}" ({{enumerationConnector}} {{enumerationOperation}}) lists: the flow can read every secret in the vault. Read named secrets only.'
    }
  },
  check(ctx) {
    for (const node of ctx.flow.nodes) {
      if (!node.secretSource) continue;
      const bulk = bulkSecretRead(ctx.flow, ctx.analysis, node);
      if (!bulk) continue;
      const { connector, operation } = nodeLabel(node);
      if (bulk.reason === "loop") {
        ctx.report({
          messageId: "loop",
          node,
          data: { action: node.name, connector, operation, loop: bulk.loop }
        });
      } else {
        const listing = ctx.flow.byName.get(bulk.enumeration);
        const label = nodeLabel(listing);
        ctx.report({
          messageId: "enumeration",
          node,
          data: {
            action: node.name,
            connector,
            operation,
            enumeration: bulk.enumeration,
            enumerationConnector: label.connector,
            enumerationOperation: label.operation
          }
        });
      }
    }
  }
});

// src/rules/fg112-dynamic-secret-name.ts
var fg112 = defineRule({
  meta: {
    id: "FG112",
    name: "dynamic-secret-name",
    summary: "A secret source whose secret name is an expression rather than a fixed name.",
    severity: "medium",
    scope: "flow",
    messages: {
      dynamic: '"{{action}}" ({{connector}} {{operation}}) chooses its secret with an expression, not a fixed name: which secret it reads is decided at run time. Use a literal secret name.',
      fromTrigger: `"{{action}}" ({{connector}} {{operation}}) takes its secret name from the data of the trigger "{{trigger}}": whoever starts the flow chooses which secret it reads with the owner's connection. Use a literal secret name.`
    }
  },
  check(ctx) {
    for (const node of ctx.flow.nodes) {
      if (!node.secretSource) continue;
      const dynamic = dynamicSecretName(ctx.flow, ctx.analysis, node);
      if (!dynamic || bulkSecretRead(ctx.flow, ctx.analysis, node)) continue;
      const { connector, operation } = nodeLabel(node);
      if (dynamic.trigger !== null) {
        ctx.report({
          messageId: "fromTrigger",
          node,
          severity: "high",
          data: { action: node.name, connector, operation, trigger: dynamic.trigger }
        });
      } else {
        ctx.report({ messageId: "dynamic", node, data: { action: node.name, connector, operation } });
      }
    }
  }
});

// src/model/expression/references.ts
var REF_FUNCTIONS = /* @__PURE__ */ new Map([
  ["body", "body"],
  ["actionbody", "body"],
  ["outputs", "outputs"],
  ["actionoutputs", "outputs"],
  ["actions", "actions"],
  ["result", "result"],
  ["variables", "variables"],
  ["items", "items"],
  ["item", "item"],
  ["triggerbody", "triggerBody"],
  ["triggeroutputs", "triggerOutputs"],
  ["trigger", "trigger"],
  ["triggerformdatavalue", "triggerBody"],
  ["triggerformdatamultiplevalues", "triggerBody"],
  ["triggermultipartbody", "triggerBody"],
  ["parameters", "parameters"],
  ["iterationindexes", "iterationIndexes"]
]);
function refFunction(name) {
  return REF_FUNCTIONS.get(name.toLowerCase());
}
function literalKey(e) {
  if (e.type === "string") return e.value;
  if (e.type === "number") return String(e.value);
  return null;
}
function referencesOfExpr(root, out = []) {
  const stack = [root];
  while (stack.length > 0) {
    let e = stack.pop();
    const chain = [];
    while (e.type === "index" || e.type === "member") {
      if (e.type === "index") {
        chain.push({ key: literalKey(e.index) });
        stack.push(e.index);
      } else chain.push({ key: e.name });
      e = e.target;
    }
    if (e.type !== "call") continue;
    for (let i = e.args.length - 1; i >= 0; i--) stack.push(e.args[i]);
    const fn = refFunction(e.name);
    if (!fn) continue;
    const accessors = [];
    for (let i = chain.length - 1; i >= 0; i--) {
      const key = chain[i].key;
      if (key === null) break;
      accessors.push(key);
    }
    const first = e.args[0];
    out.push({ fn, name: first && first.type === "string" ? first.value : null, accessors });
  }
  return out;
}
function referencesFromTokens(tokens, out = []) {
  for (let i = 0; i + 1 < tokens.length; i++) {
    const t = tokens[i];
    if (t.type !== "ident" || tokens[i + 1].type !== "(") continue;
    const fn = refFunction(t.value);
    if (!fn) continue;
    let j = i + 2;
    let name = null;
    if (tokens[j]?.type === "string" && tokens[j + 1]?.type === ")") {
      name = tokens[j].value;
      j += 2;
    } else if (tokens[j]?.type === ")") j += 1;
    else {
      out.push({ fn, name: null, accessors: [] });
      continue;
    }
    const accessors = [];
    for (; ; ) {
      if (tokens[j]?.type === "?") j++;
      const a = tokens[j];
      if (a?.type === "[" && (tokens[j + 1]?.type === "string" || tokens[j + 1]?.type === "number") && tokens[j + 2]?.type === "]") {
        accessors.push(tokens[j + 1].value);
        j += 3;
      } else if (a?.type === "." && tokens[j + 1]?.type === "ident") {
        accessors.push(tokens[j + 1].value);
        j += 2;
      } else break;
    }
    out.push({ fn, name, accessors });
  }
  return out;
}
function references(value) {
  if (!value.includes("@")) return [];
  const t = parseTemplate(value);
  if (typeof t === "string") {
    return value.length > MAX_EXPRESSION_LENGTH ? referencesFromScan(value) : referencesFromTokens(tokenize(value));
  }
  const out = [];
  for (const s of t.segments) if (s.kind === "expr") referencesOfExpr(s.expr, out);
  return out;
}
var MAX_SCANNED_LITERAL = 1024;
var CALL = /(?<![\w$])([A-Za-z_$][\w$]*)\s*\(/g;
var IDENT = /^[A-Za-z_$][\w$]*/;
var DIGITS = /^\d+/;
function referencesFromScan(value, out = []) {
  const scan = new Scanner(value);
  for (const m of value.matchAll(CALL)) {
    const fn = refFunction(m[1]);
    if (!fn) continue;
    let j = scan.space(m.index + m[0].length);
    const arg = scan.literal(j);
    if (arg) j = scan.space(arg.end);
    if (value[j] !== ")") {
      out.push({ fn, name: null, accessors: [] });
      continue;
    }
    out.push({ fn, name: arg ? arg.value : null, accessors: scan.accessors(j + 1) });
  }
  return out;
}
var Scanner = class {
  constructor(text) {
    this.text = text;
  }
  text;
  space(j) {
    while (j < this.text.length && /\s/.test(this.text[j])) j++;
    return j;
  }
  literal(j) {
    const end = Math.min(this.text.length, j + MAX_SCANNED_LITERAL + 2);
    return this.text[j] === "'" ? readStringLiteral(this.text, j, end) : null;
  }
  /** `?['a'][0].b` from `j` on, up to the first accessor that is not literal. */
  accessors(j) {
    const out = [];
    for (; ; ) {
      let k = this.space(j);
      if (this.text[k] === "?") k = this.space(k + 1);
      const next = this.text.slice(k + 1, k + 1 + MAX_SCANNED_LITERAL);
      if (this.text[k] === "." && IDENT.test(next)) {
        const id = IDENT.exec(next)[0];
        out.push(id);
        j = k + 1 + id.length;
        continue;
      }
      if (this.text[k] !== "[") return out;
      const start = this.space(k + 1);
      const key = this.literal(start);
      const digits = key ? null : DIGITS.exec(this.text.slice(start, start + 20));
      const end = key ? this.space(key.end) : digits ? this.space(start + digits[0].length) : -1;
      if (end < 0 || this.text[end] !== "]") return out;
      out.push(key ? key.value : digits[0]);
      j = end + 1;
    }
  }
};

// src/model/value-strings.ts
function forEachString(value, base, visit) {
  const stack = [
    { v: value, key: null, depth: 0 }
  ];
  const cur = [];
  while (stack.length > 0) {
    const { v, key, depth } = stack.pop();
    cur.length = Math.max(depth - 1, 0);
    if (key !== null) cur.push(key);
    if (typeof v === "string") {
      if (v.includes("@")) visit(v, [...base, ...cur]);
    } else if (Array.isArray(v)) {
      for (let i = v.length - 1; i >= 0; i--) stack.push({ v: v[i], key: i, depth: depth + 1 });
    } else if (v !== null && typeof v === "object") {
      const keys = Object.keys(v);
      for (let i = keys.length - 1; i >= 0; i--) {
        stack.push({ v: v[keys[i]], key: keys[i], depth: depth + 1 });
      }
    }
  }
}
function evaluatedValues(node) {
  const out = [];
  const inputs = own(node.raw, "inputs");
  if (inputs !== void 0) out.push([["inputs"], inputs]);
  const type = node.type.toLowerCase();
  if (type === "foreach" && own(node.raw, "foreach") !== void 0)
    out.push([["foreach"], own(node.raw, "foreach")]);
  if ((type === "if" || type === "switch" || type === "until") && own(node.raw, "expression") !== void 0) {
    out.push([["expression"], own(node.raw, "expression")]);
  }
  return out;
}

// src/model/data-flow.ts
var DATA_SHAPING_TYPES = /* @__PURE__ */ new Set([
  "compose",
  "parsejson",
  "select",
  "query",
  "join",
  "table",
  "expression",
  "response",
  "javascriptcode",
  "xslt",
  "liquid",
  "xmlcompose",
  "xmlparse",
  "xmlvalidation",
  "flatfileencoding",
  "flatfiledecoding",
  "initializevariable",
  "setvariable",
  "appendtoarrayvariable",
  "appendtostringvariable",
  "incrementvariable",
  "decrementvariable"
]);
var VARIABLE_WRITERS = /* @__PURE__ */ new Set([
  "initializevariable",
  "setvariable",
  "appendtoarrayvariable",
  "appendtostringvariable",
  "incrementvariable",
  "decrementvariable"
]);
var ITEM_MAPPERS = /* @__PURE__ */ new Set(["select", "query", "table"]);
var OUTPUT_REFS = /* @__PURE__ */ new Set(["body", "outputs", "actions", "result"]);
var TRIGGER_REFS = /* @__PURE__ */ new Set(["triggerBody", "triggerOutputs", "trigger"]);
var DataFlow = class {
  constructor(flow) {
    this.flow = flow;
    this.trigger = flow.nodes.find((n) => n.kind === "trigger");
    for (const node of flow.nodes) {
      const parent = node.containers[node.containers.length - 1];
      if (parent) push(this.children, parent.name, node);
      const type = node.type.toLowerCase();
      if (!VARIABLE_WRITERS.has(type)) continue;
      const inputs = own(node.raw, "inputs");
      if (type === "initializevariable") {
        const list = own(inputs, "variables");
        if (Array.isArray(list)) list.forEach((v, i) => this.addWriter(str(own(v, "name")), node, i));
      } else this.addWriter(str(own(inputs, "name")), node, null);
    }
  }
  flow;
  siteCache = /* @__PURE__ */ new Map();
  refCache = /* @__PURE__ */ new Map();
  depCache = /* @__PURE__ */ new Map();
  writers = /* @__PURE__ */ new Map();
  children = /* @__PURE__ */ new Map();
  trigger;
  addWriter(name, node, index) {
    if (name === void 0) return;
    push(this.writers, name.toLowerCase(), { node, index });
  }
  /** Every variable name written in the flow (lower-case). */
  variableNames() {
    return this.writers.keys();
  }
  /** References in a string, parsed once per distinct string. */
  refsOf(value) {
    let refs = this.refCache.get(value);
    if (!refs) {
      refs = references(value);
      this.refCache.set(value, refs);
    }
    return refs;
  }
  /** References in a node's evaluated values (inputs, foreach, expression), computed once per node. */
  refSites(node) {
    let sites = this.siteCache.get(node);
    if (sites) return sites;
    const found = [];
    for (const [base, value] of evaluatedValues(node)) {
      forEachString(value, base, (s, path) => {
        if (!s.includes("@")) return;
        for (const ref of this.refsOf(s)) found.push({ path, ref });
      });
    }
    sites = found;
    this.siteCache.set(node, sites);
    return sites;
  }
  /** The vertices a reference at `path` in `node` reads (node null: the workflow's outputs, outside any loop). */
  resolve(node, ref, path) {
    if (OUTPUT_REFS.has(ref.fn)) {
      if (ref.name === null || !this.flow.byName.has(ref.name)) return [];
      const out = [`n:${ref.name}`];
      if (ref.fn === "result") for (const c of this.children.get(ref.name) ?? []) out.push(`n:${c.name}`);
      return out;
    }
    if (TRIGGER_REFS.has(ref.fn)) return this.trigger ? [`n:${this.trigger.name}`] : [];
    if (ref.fn === "variables") return ref.name !== null ? [`v:${ref.name.toLowerCase()}`] : [];
    if (ref.fn === "items") {
      const loop = ref.name !== null ? this.flow.byName.get(ref.name) : void 0;
      return loop && loop.type.toLowerCase() === "foreach" ? [`l:${loop.name}`] : [];
    }
    if (ref.fn === "item" && node) {
      if (ITEM_MAPPERS.has(node.type.toLowerCase()) && (path === null || path[1] !== "from"))
        return [`s:${node.name}`];
      for (let i = node.containers.length - 1; i >= 0; i--) {
        if (node.containers[i].kind === "Foreach") return [`l:${node.containers[i].name}`];
      }
    }
    return [];
  }
  /** What a vertex's value is made from (memoised). Outputs of other actions are terminal: no edges. */
  deps(v) {
    let edges = this.depCache.get(v);
    if (edges) return edges;
    edges = [];
    const kind = v.slice(0, 2);
    const name = v.slice(2);
    if (kind === "n:") {
      const node = this.flow.byName.get(name);
      if (node && !node.secretSource && DATA_SHAPING_TYPES.has(node.type.toLowerCase())) {
        for (const s of this.refSites(node)) this.edgesTo(edges, node, s, 1, node.name);
      }
    } else if (kind === "v:") {
      for (const w of this.writers.get(name) ?? []) {
        for (const s of this.refSites(w.node)) {
          if (w.index !== null && s.path[2] !== w.index) continue;
          if (w.index === null && s.path[1] === "name") continue;
          this.edgesTo(edges, w.node, s, 1, w.node.name);
        }
      }
    } else if (kind === "l:") {
      const loop = this.flow.byName.get(name);
      if (loop) {
        for (const s of this.refSites(loop))
          if (s.path[0] === "foreach") this.edgesTo(edges, loop, s, 0, loop.name);
      }
    } else if (kind === "s:") {
      const node = this.flow.byName.get(name);
      if (node) {
        for (const s of this.refSites(node)) if (s.path[1] === "from") this.edgesTo(edges, node, s, 0, null);
      }
    }
    this.depCache.set(v, edges);
    return edges;
  }
  edgesTo(edges, node, site, weight, via) {
    for (const to of this.resolve(node, site.ref, site.path)) edges.push({ to, weight, via });
  }
  /** Every vertex that can carry data: pass-through action outputs, variables, loop and mapper items. */
  vertices() {
    const out = [];
    for (const node of this.flow.nodes) {
      const type = node.type.toLowerCase();
      if (DATA_SHAPING_TYPES.has(type)) out.push(`n:${node.name}`);
      if (type === "foreach") out.push(`l:${node.name}`);
      if (ITEM_MAPPERS.has(type)) out.push(`s:${node.name}`);
    }
    for (const v of this.variableNames()) out.push(`v:${v}`);
    return out;
  }
  /** Names of the triggers/actions whose outputs the given vertices derive from (fixed point by reachability). */
  closure(start) {
    const names = /* @__PURE__ */ new Set();
    const seen = /* @__PURE__ */ new Set();
    const stack = [...start];
    while (stack.length > 0) {
      const v = stack.pop();
      if (seen.has(v)) continue;
      seen.add(v);
      if (v.startsWith("n:")) names.add(v.slice(2));
      for (const e of this.deps(v)) if (!seen.has(e.to)) stack.push(e.to);
    }
    return names;
  }
  /** FlowAnalysis.origins: `value` is a WDL value found in `at` (path unknown, so `item()` uses `at`'s context). */
  origins(value, at) {
    const start = [];
    forEachString(value, [], (s) => {
      if (!s.includes("@")) return;
      for (const ref of this.refsOf(s)) start.push(...this.resolve(at, ref, null));
    });
    return this.closure(start);
  }
  /** Strings under the definition's `outputs` (Logic Apps workflow outputs), with their paths. */
  outputSites() {
    const sites = [];
    for (const [name, out] of entries(own(this.flow.definition, "outputs"))) {
      forEachString(own(out, "value"), ["outputs", name, "value"], (s, path) => {
        if (s.includes("@")) for (const ref of this.refsOf(s)) sites.push({ path, ref });
      });
    }
    return sites;
  }
};
function push(map, key, value) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
var CACHE = /* @__PURE__ */ new WeakMap();
function dataFlowOf(flow) {
  let df = CACHE.get(flow);
  if (!df) {
    df = new DataFlow(flow);
    CACHE.set(flow, df);
  }
  return df;
}

// src/model/run-history.ts
var DIRECT_READS = /* @__PURE__ */ new Set([
  "body",
  "outputs",
  "actions",
  "result",
  "triggerBody",
  "triggerOutputs",
  "trigger"
]);
function inputsHidden(flow, node) {
  if (node.secure.inputs) return true;
  const df = dataFlowOf(flow);
  for (const site of df.refSites(node)) {
    if (!DIRECT_READS.has(site.ref.fn)) continue;
    for (const v of df.resolve(node, site.ref, site.path)) {
      if (flow.byName.get(v.slice(2))?.secure.outputs) return true;
    }
  }
  return false;
}
function shownInRunHistory(flow, use) {
  if (use.slot !== "data" || use.hops < 1) return false;
  const type = use.node.type.toLowerCase();
  if ((type === "if" || type === "until") && use.path[0] === "expression") return false;
  return !inputsHidden(flow, use.node);
}

// src/rules/fg120-secret-in-run-history.ts
var fg120 = defineRule({
  meta: {
    id: "FG120",
    name: "secret-in-run-history",
    summary: "Secret-derived data that has passed through a variable or data operation reaches inputs that run history shows.",
    severity: "high",
    scope: "flow",
    messages: {
      exposed: `"{{action}}" ({{connector}} {{operation}}) receives secret data from "{{source}}" ({{sourceConnector}} {{sourceOperation}}) through {{via}} in {{path}}{{more}}, and its inputs are not secured: run history shows the value to everyone who can open this flow's runs. Turn on Secure inputs for this action.`
    }
  },
  check(ctx) {
    for (const node of ctx.flow.nodes) {
      const uses = ctx.analysis.secretUses(node).filter((u) => shownInRunHistory(ctx.flow, u));
      if (uses.length === 0) continue;
      const first = [...uses].sort(
        (a, b) => a.hops - b.hops || a.path.join(".").localeCompare(b.path.join("."))
      )[0];
      const paths = new Set(uses.map((u) => u.path.join(".")));
      const source2 = ctx.flow.byName.get(first.source);
      const label = nodeLabel(node);
      const sourceLabel = nodeLabel(source2);
      ctx.report({
        messageId: "exposed",
        node,
        data: {
          action: node.name,
          connector: label.connector,
          operation: label.operation,
          source: first.source,
          sourceConnector: sourceLabel.connector,
          sourceOperation: sourceLabel.operation,
          via: first.via.slice(1).map((n) => `"${n}"`).join(" \u2192 "),
          path: first.path.join("."),
          more: paths.size > 1 ? ` (and ${paths.size - 1} more)` : ""
        }
      });
    }
  }
});

// src/model/credential-slots.ts
var CREDENTIAL_HEADERS = /* @__PURE__ */ new Set([
  "authorization",
  "proxy-authorization",
  "api-key",
  "apikey",
  "x-api-key",
  "ocp-apim-subscription-key",
  "x-functions-key",
  "x-ms-functions-key",
  "x-auth-token",
  "x-access-token",
  "x-apikey",
  "subscription-key",
  "client-secret",
  "x-client-secret"
]);
function isCredentialHeader(name) {
  return CREDENTIAL_HEADERS.has(name.toLowerCase());
}
var AUTHENTICATION_SECRET_FIELDS = /* @__PURE__ */ new Set([
  "password",
  "secret",
  "pfx",
  "value",
  "clientsecret"
]);
function isCredentialSlot(path) {
  if (path[0] !== "inputs") return false;
  if (path[1] === "authentication") return true;
  return path[1] === "headers" && typeof path[2] === "string" && isCredentialHeader(path[2]);
}

// src/model/sinks.ts
var REQUEST_TYPES = /* @__PURE__ */ new Set([
  "http",
  "httpwebhook",
  "function",
  "apimanagement",
  "openapiconnection",
  "openapiconnectionwebhook",
  "apiconnection",
  "apiconnectionwebhook",
  "serviceprovider"
]);
function requestPath(node, path) {
  const sub = path[1];
  return node.type.toLowerCase() === "httpwebhook" && (sub === "subscribe" || sub === "unsubscribe") ? ["inputs", ...path.slice(2)] : path;
}
function credentialSlot(node, path) {
  return REQUEST_TYPES.has(node.type.toLowerCase()) && isCredentialSlot(requestPath(node, path));
}
var IDP_HOSTS = /* @__PURE__ */ new Set([
  "login.microsoftonline.com",
  "login.microsoftonline.us",
  "login.microsoftonline.de",
  "login.partner.microsoftonline.cn",
  "login.chinacloudapi.cn",
  "login.windows.net",
  "login.microsoft.com",
  "login.live.com",
  "sts.windows.net",
  "accounts.google.com",
  "oauth2.googleapis.com",
  "www.googleapis.com"
]);
var IDP_SUFFIXES = [".b2clogin.com", ".ciamlogin.com"];
var TOKEN_PATH = /\/token(?:[/?#]|$)/i;
function literalUrl(uri) {
  if (typeof uri !== "string") return null;
  const t = parseValue(uri);
  if (!t || t.whole) return null;
  const shape = t.segments.map((s) => s.kind === "text" ? s.value : "\0").join("");
  const m = /^\s*https?:\/\/([^/?#]*)/i.exec(shape);
  if (!m || m[1].includes("\0")) return null;
  const authority = m[1].slice(m[1].lastIndexOf("@") + 1);
  const host = authority.replace(/:\d*$/, "").replace(/\.$/, "").toLowerCase();
  return host ? { host, path: shape.slice(m[0].length) } : null;
}
function isIdentityProviderTokenRequest(uri) {
  const url = literalUrl(uri);
  if (!url) return false;
  const idp = IDP_HOSTS.has(url.host) || IDP_SUFFIXES.some((s) => url.host.endsWith(s));
  return idp && TOKEN_PATH.test(url.path);
}
function isAllowedHost(uri, allowedHosts) {
  const url = literalUrl(uri);
  if (!url) return false;
  return allowedHosts.some((entry) => {
    const e = entry.toLowerCase();
    if (e.startsWith("*.")) return url.host.endsWith(e.slice(1));
    if (e.startsWith(".")) return url.host.endsWith(e);
    return url.host === e;
  });
}
function words(operationId) {
  return operationId.split(/(?=[A-Z])|[_\-.\s]+/).filter(Boolean).map((w) => w.toLowerCase());
}
function hasVerb(operationId, verbs) {
  return words(operationId).some((w) => verbs.has(w));
}
var WRITE = /* @__PURE__ */ new Set([
  "create",
  "update",
  "upsert",
  "add",
  "insert",
  "patch",
  "post",
  "put",
  "upload",
  "append",
  "copy",
  "set",
  "execute"
]);
var CONNECTOR_SINKS = /* @__PURE__ */ new Map();
function sinks(kind, verbs, connectors) {
  for (const c of connectors) CONNECTOR_SINKS.set(c, { kind, verbs: new Set(verbs) });
}
sinks(
  "mail",
  ["send", "reply", "forward", "draft", "post", "patch", "create", "update"],
  ["office365", "outlook", "gmail"]
);
sinks("mail", ["send"], ["sendmail", "smtp", "sendgrid", "mailchimp"]);
sinks("mail", ["start", "create"], ["approvals"]);
sinks(
  "chat",
  ["post", "send", "reply", "create", "update"],
  ["teams", "slack", "yammer", "webexteams", "workplace"]
);
sinks("chat", ["send"], ["twilio", "flowpush", "telegrambot", "textrequest"]);
sinks("file", WRITE, [
  "onedriveforbusiness",
  "onedrive",
  "dropbox",
  "box",
  "googledrive",
  "azureblob",
  "azurefile",
  "ftp",
  "sftp",
  "sftpwithssh",
  "filesystem"
]);
sinks("row", WRITE, [
  "commondataserviceforapps",
  "commondataservice",
  "dynamicscrmonline",
  "excelonlinebusiness",
  "excelonline",
  "sql",
  "azuretables",
  "documentdb",
  "azurecosmosdb",
  "googlesheet",
  "googlesheets",
  "smartsheet",
  "salesforce",
  "planner",
  "todo",
  "visualstudioteamservices",
  "azuredevops",
  "github",
  "jira",
  "servicenow",
  "trello",
  "asana"
]);
sinks(
  "connector",
  ["send", "put", "publish", "post"],
  ["servicebus", "eventhub", "eventhubs", "azurequeues", "azureeventgridpublish"]
);
var SHAREPOINT = "sharepointonline";
var SHAREPOINT_FILE = /file|folder|attachment/i;
function connectorSink(node, path) {
  const op = node.operation;
  if (!op) return null;
  const part = path[1];
  if (op.shape === "ApiConnection") {
    if (part !== "body" && part !== "path" && part !== "queries") return null;
    if (!["post", "put", "patch"].includes(op.method ?? "")) return null;
    if (op.connector === SHAREPOINT) return SHAREPOINT_FILE.test(op.path ?? "") ? "file" : "row";
    return CONNECTOR_SINKS.get(op.connector)?.kind ?? null;
  }
  if (part !== "parameters" || !op.operationId) return null;
  const id = op.operationId;
  if (op.connector === SHAREPOINT) {
    if (id.toLowerCase() === "httprequest") return "row";
    return hasVerb(id, WRITE) ? SHAREPOINT_FILE.test(id) ? "file" : "row" : null;
  }
  if (op.connector === "webcontents") {
    const param2 = String(path[2] ?? "").toLowerCase();
    if (param2.endsWith("url")) return "http-uri";
    if (param2.includes("header")) return "http-header";
    return "http-body";
  }
  const sink = CONNECTOR_SINKS.get(op.connector);
  return sink && hasVerb(id, sink.verbs) ? sink.kind : null;
}
function httpSink(node, path, allowedHosts) {
  const p = requestPath(node, path);
  const inputs = own(node.raw, "inputs");
  const request = node.type.toLowerCase() === "httpwebhook" ? own(inputs, String(path[1])) : inputs;
  const uri = own(request, "uri");
  if (isIdentityProviderTokenRequest(uri) || isAllowedHost(uri, allowedHosts)) return null;
  switch (p[1]) {
    case "uri":
      return "http-uri";
    case "queries":
      return "http-query";
    case "headers":
    case "cookie":
      return "http-header";
    case "body":
      return "http-body";
    default:
      return null;
  }
}
function sinkOf(node, path, allowedHosts = []) {
  if (path[0] !== "inputs" || credentialSlot(node, path)) return null;
  const type = node.type.toLowerCase();
  if (type === "http" || type === "httpwebhook") return httpSink(node, path, allowedHosts);
  if (type === "response") return "response";
  if (type === "terminate") return path[1] === "runError" ? "terminate" : null;
  if (type === "workflow") return path[1] === "host" ? null : "child-flow";
  return connectorSink(node, path);
}
function sinkKey(path) {
  const rest = path[0] === "inputs" ? path.slice(1) : path;
  const first = String(rest[0] ?? "");
  if (first === "uri" || first === "body" || first === "runError") return first;
  if (first === "subscribe" || first === "unsubscribe") return rest.slice(0, 3).join(".");
  return rest.slice(0, 2).join(".");
}

// src/rules/fg121-secret-exfiltration.ts
var fg121 = defineRule({
  meta: {
    id: "FG121",
    name: "secret-exfiltration",
    summary: "Secret-derived data is sent out of the flow: HTTP request data, mail, chat, file or row writes, responses, child flows, outputs.",
    severity: "critical",
    scope: "flow",
    supersedes: ["FG120"],
    messages: {
      sent: '"{{action}}" ({{connector}} {{operation}}) sends secret data from "{{source}}" ({{sourceConnector}} {{sourceOperation}}) out of the flow in {{sink}} ({{kind}}). Whoever receives it holds the secret; send the secret only as a credential (authentication or Authorization header), or not at all.',
      output: 'The workflow output {{sink}} returns secret data from "{{source}}" ({{sourceConnector}} {{sourceOperation}}) to whoever runs the workflow. Do not return secrets as outputs.'
    }
  },
  check(ctx) {
    const sourceData = (source2) => {
      const label = nodeLabel(ctx.flow.byName.get(source2));
      return { source: source2, sourceConnector: label.connector, sourceOperation: label.operation };
    };
    for (const node of ctx.flow.nodes) {
      const uses = ctx.analysis.secretUses(node);
      if (uses.length === 0) continue;
      const bySink = /* @__PURE__ */ new Map();
      for (const use of uses) {
        if (use.slot !== "data" || use.sink === null) continue;
        const key = sinkKey(use.path);
        const seen = bySink.get(key);
        if (!seen || use.hops < seen.hops) bySink.set(key, use);
      }
      const { connector, operation } = nodeLabel(node);
      for (const [key, use] of [...bySink].sort(([a], [b]) => a.localeCompare(b))) {
        ctx.report({
          messageId: "sent",
          node,
          discriminator: key,
          data: {
            action: node.name,
            connector,
            operation,
            ...sourceData(use.source),
            sink: key,
            kind: use.sink
          }
        });
      }
    }
    const outputs = /* @__PURE__ */ new Map();
    for (const use of ctx.analysis.outputUses?.() ?? [])
      if (!outputs.has(sinkKey(use.path))) outputs.set(sinkKey(use.path), use);
    for (const [key, use] of outputs) {
      ctx.report({
        messageId: "output",
        subject: "outputs",
        path: [...ctx.flow.definitionPath, ...use.path.slice(0, 2)],
        discriminator: key,
        data: { sink: key, ...sourceData(use.source) }
      });
    }
  }
});

// src/rules/fg130-anonymous-http-trigger.ts
var URL_KINDS = /* @__PURE__ */ new Set(["http", "teamswebhook", ""]);
function powerAutomateIsAnonymous(node) {
  const value = own(own(node.raw, "inputs"), "triggerAuthenticationType");
  if (value === void 0 || value === null || value === "") return "absent";
  return typeof value === "string" && value.toLowerCase() === "all" ? "all" : null;
}
var OPEN_RANGES = /* @__PURE__ */ new Set(["0.0.0.0-255.255.255.255", "0.0.0.0/0", "::/0", "*"]);
function logicAppsRestricted(accessControl) {
  if (accessControl === void 0 || accessControl === null) return false;
  if (!isObject(accessControl)) return true;
  const triggers = own(accessControl, "triggers");
  if (triggers === void 0 || triggers === null) return false;
  if (!isObject(triggers)) return true;
  const ips = own(triggers, "allowedCallerIpAddresses");
  if (typeof ips === "string") return true;
  if (Array.isArray(ips)) {
    const open = ips.some((r) => OPEN_RANGES.has((str(own(r, "addressRange")) ?? "").replace(/\s/g, "")));
    if (!open) return true;
  }
  const policies = own(own(triggers, "openAuthenticationPolicies"), "policies");
  return typeof policies === "string" || entries(policies).length > 0;
}
function isLogicApps(flow, trigger) {
  const layout = flow.source.layout;
  if (layout === "logic-apps-standard" || layout === "arm-template") return true;
  if (flow.accessControl !== void 0) return true;
  if (own(own(trigger.raw, "inputs"), "triggerAuthenticationType") !== void 0) return false;
  return layout === "single-file" && flow.definitionPath.length === 1;
}
var fg130 = defineRule({
  meta: {
    id: "FG130",
    name: "anonymous-http-trigger",
    summary: "A Request trigger that anyone who has its URL can call.",
    severity: "high",
    scope: "flow",
    messages: {
      anyone: 'Trigger "{{trigger}}" (Request, kind {{kind}}) can be started by anyone who has its URL: "Who can trigger the flow" is Anyone (triggerAuthenticationType All). The URL is the only key, and URLs leak through logs, browser history and chat.',
      legacy: 'Trigger "{{trigger}}" (Request, kind {{kind}}) can be started by anyone who has its URL: it has no triggerAuthenticationType, which the platform treats as Anyone (flows saved before "Who can trigger the flow" existed). The URL is the only key, and URLs leak through logs, browser history and chat.',
      logicApps: 'Trigger "{{trigger}}" (Request, kind {{kind}}) can be started by anyone who has its URL: the workflow restricts neither caller IP ranges nor callers (accessControl.triggers), so the SAS signature in the URL is the only key.'
    }
  },
  check(ctx) {
    for (const node of ctx.flow.nodes) {
      if (node.kind !== "trigger" || node.type.toLowerCase() !== "request") continue;
      const kind = node.typeKind ?? "";
      if (!URL_KINDS.has(kind.toLowerCase())) continue;
      const data = { trigger: node.name, kind: kind || "(none)" };
      if (isLogicApps(ctx.flow, node)) {
        if (!logicAppsRestricted(ctx.flow.accessControl)) ctx.report({ messageId: "logicApps", node, data });
        continue;
      }
      const anonymous = powerAutomateIsAnonymous(node);
      if (anonymous) ctx.report({ messageId: anonymous === "all" ? "anyone" : "legacy", node, data });
    }
  }
});

// src/rules/fg140-privileged-connection-change.ts
var PRIVILEGED_CONNECTORS = /* @__PURE__ */ new Set([
  "keyvault",
  "arm",
  "webcontents",
  "webcontentsv2",
  "powerplatformforadmins",
  "powerplatformadminv2",
  "powerappsforadmins",
  "microsoftflowforadmins",
  "flowmanagement",
  "azuread",
  "azureautomation"
]);
var fg140 = defineRule({
  meta: {
    id: "FG140",
    name: "privileged-connection-change",
    summary: "A privileged connection changes hands: embedded instead of invoker, another reference, or a new one.",
    severity: "high",
    scope: "change",
    messages: {
      embedded: `Connection reference "{{key}}" ({{connector}}) switched from the invoker's connection to the embedded one: every run now uses the owner's {{connector}} access, whoever triggers it.`,
      moved: '{{node}} now uses connection reference "{{to}}" instead of "{{from}}": check whose {{connector}} connection that is.',
      added: 'The flow gains connection reference "{{key}}" to the privileged connector {{connector}}: check who owns that connection and what the flow does with it.'
    }
  },
  check(ctx) {
    const base = ctx.base;
    if (!base) return;
    const privileged = (c) => PRIVILEGED_CONNECTORS.has(c) || ctx.options.privilegedConnectors.includes(c);
    for (const ref of ctx.flow.connectionReferences.values()) {
      if (!privileged(ref.connector)) continue;
      const before = base.connectionReferences.get(ref.key);
      const data = { key: ref.key, connector: connectorDisplayName(ref.connector) };
      if (!before) {
        const hadConnector = [...base.connectionReferences.values()].some(
          (r) => r.connector === ref.connector
        );
        if (!hadConnector)
          ctx.report({
            messageId: "added",
            data,
            subject: `ref:${ref.key}`,
            path: ref.path,
            severity: "medium",
            discriminator: "added"
          });
      } else if (before.runtimeSource?.toLowerCase() === "invoker" && ref.runtimeSource?.toLowerCase() !== "invoker") {
        ctx.report({
          messageId: "embedded",
          data,
          subject: `ref:${ref.key}`,
          path: ref.path,
          severity: "high",
          discriminator: "embedded"
        });
      }
    }
    for (const node of ctx.flow.nodes) {
      const op = node.operation;
      const before = ctx.baseNodeOf(node)?.operation;
      if (!op || !before || !privileged(op.connector)) continue;
      if (!op.connectionKey || !before.connectionKey || op.connectionKey === before.connectionKey) continue;
      const sensitive = !!node.secretSource || node.enumerationSource;
      ctx.report({
        messageId: "moved",
        data: {
          node: describeNode(node),
          from: before.connectionKey,
          to: op.connectionKey,
          connector: connectorDisplayName(op.connector)
        },
        node,
        severity: sensitive ? "high" : "medium",
        discriminator: `moved:${op.connectionKey}`
      });
    }
  }
});

// src/model/credential-literals.ts
var TEMPLATE = /^(?:<[^<>]*>|\{\{[\s\S]*\}\}|\{[^{}]*\}|\$\{[^}]*\}|\$\([^)]*\)|#\{[^}]*\}#?|__[\w.-]+__|%[\w.-]+%|\[[\s\S]*\])$/;
var MASKED = /xxx|XXX|\*{3}|\.{3}|…|<[^<>]+>|\{\{|^[<{[]/;
var WORDS = /* @__PURE__ */ new Set([
  "password",
  "passwd",
  "pass",
  "secret",
  "clientsecret",
  "token",
  "apikey",
  "key",
  "value",
  "string",
  "test",
  "testing",
  "none",
  "null",
  "nil",
  "undefined",
  "na",
  "n/a",
  "tbd",
  "todo",
  "fixme",
  "empty",
  "default",
  "hidden",
  "redacted",
  "mypassword",
  "mysecret",
  "secretvalue",
  "bearer",
  "basic"
]);
var INSTRUCTION = /^(?:your|my|enter|insert|paste|put|add|replace|type|set)[\s_-]/i;
var MARKERS = /changeme|replaceme|placeholder|redacted|dummy|notasecret|notreal|example|sample/;
function isPlaceholder(value) {
  const t = value.trim();
  if (t.length === 0 || TEMPLATE.test(t) || MASKED.test(t) || /^(.)\1+$/.test(t)) return true;
  const word = t.toLowerCase().replace(/[\s_-]+/g, "");
  return WORDS.has(word) || INSTRUCTION.test(t) || MARKERS.test(word);
}
function literalCredential(value, minLength) {
  const literal = literalString(value);
  if (literal === null) return null;
  const t = literal.trim();
  return t.length >= Math.max(1, minLength) && !isPlaceholder(t) ? t : null;
}
function stripScheme(value) {
  return value.replace(
    /^\s*(?:bearer|basic|token|sharedaccesssignature|ssws|digest|apikey|key|id_token)\s+/i,
    ""
  );
}
var CREDENTIAL_HEADER_NAME = /(?:^|[-_])(?:api[-_]?key|access[-_]?token|auth[-_]?token|secret|password|passwd)$|^x-[\w-]*-key$/i;
function looksLikeCredentialHeader(name) {
  return CREDENTIAL_HEADER_NAME.test(name);
}
var BODY_SECRET_KEYS = /* @__PURE__ */ new Set([
  "client_secret",
  "clientsecret",
  "password",
  "passwd"
]);
var TOKEN_FORMATS = [
  { id: "github", label: "GitHub token", re: /\b(?:gh[pousr]_[A-Za-z0-9]{36}|github_pat_[A-Za-z0-9_]{50,})/ },
  { id: "aws", label: "AWS access key", re: /\b(?:AKIA|ASIA)[0-9A-Z]{16}\b/ },
  { id: "slack", label: "Slack token", re: /\bxox[abpr]-[0-9A-Za-z-]{10,}/ },
  {
    id: "slack-webhook",
    label: "Slack incoming webhook URL",
    re: /hooks\.slack\.com\/services\/T[A-Z0-9]+\/B[A-Z0-9]+\/([A-Za-z0-9]{20,})/
  },
  {
    id: "azure-storage-key",
    label: "Azure storage account key",
    re: /AccountKey=([A-Za-z0-9+/]{40,}={0,2})/
  },
  {
    id: "azure-shared-access-key",
    label: "Azure shared access key",
    re: /SharedAccessKey=([A-Za-z0-9+/]{20,}={0,2})/
  },
  {
    id: "jwt",
    label: "JSON Web Token",
    re: /\beyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{16,}/
  },
  {
    id: "private-key",
    label: "private key",
    re: /-----BEGIN (?:RSA |EC |DSA |OPENSSH |ENCRYPTED |PGP )?PRIVATE KEY(?: BLOCK)?-----/
  },
  { id: "stripe", label: "Stripe live key", re: /\b[sr]k_live_[0-9A-Za-z]{20,}/ },
  { id: "sendgrid", label: "SendGrid API key", re: /\bSG\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43}/ },
  { id: "google-api-key", label: "Google API key", re: /\bAIza[0-9A-Za-z_-]{35}/ },
  {
    id: "openai",
    label: "OpenAI API key",
    re: /\bsk-(?:proj|svcacct|admin)-[A-Za-z0-9_-]{40,}|\bsk-[A-Za-z0-9]{20}T3BlbkFJ[A-Za-z0-9]{20}/
  },
  // Entra ID client secrets created since 2021 carry `Q~` after three characters and a digit.
  {
    id: "entra-client-secret",
    label: "Microsoft Entra ID client secret",
    re: /(?:^|[^\w~.-])([\w~.-]{3}\dQ~[\w~.-]{31,34})(?![\w~.-])/
  },
  {
    id: "connection-string",
    label: "connection string password",
    re: /(?:^|;)\s*(?:password|pwd)\s*=\s*([^;'"]+)/i,
    context: /(?:^|;)\s*(?:server|data source|host|user id|uid)\s*=/i
  }
];
var TOKEN_PREFILTER = /gh[pousr]_|github_pat_|AKIA|ASIA|xox[abpr]-|hooks\.slack|AccountKey=|SharedAccessKey=|eyJ|PRIVATE KEY|k_live_|SG\.|AIza|sk-|Q~|password|pwd/i;
function findToken(s) {
  if (s.length < 16 || !TOKEN_PREFILTER.test(s)) return null;
  for (const f of TOKEN_FORMATS) {
    if (f.context && !f.context.test(s)) continue;
    const m = f.re.exec(s);
    if (!m) continue;
    const found = (m[1] ?? m[0]).trim();
    if (found.startsWith("@") || isPlaceholder(found)) continue;
    return { format: f, value: found };
  }
  return null;
}
function secureParameterDefault(raw) {
  const type = (str(own(raw, "type")) ?? "").toLowerCase();
  if (type !== "securestring" && type !== "secureobject") return null;
  const stack = [own(raw, "defaultValue")];
  while (stack.length > 0) {
    const v = stack.pop();
    if (typeof v === "string") {
      const literal = literalCredential(v, 1);
      if (literal) return literal;
    } else if (Array.isArray(v)) {
      for (const item of v) stack.push(item);
    } else if (isObject(v)) {
      for (const key of Object.keys(v)) stack.push(v[key]);
    }
  }
  return null;
}

// src/rules/fg150-hardcoded-credential.ts
var MIN_SLOT = 6;
var MIN_URL = 16;
var isBodyKey = (k) => (k.startsWith("body") || k.endsWith("/body")) && /^body(?:$|\/)|\/body$/.test(k);
var isHeadersKey = (k) => k === "headers" || k.endsWith("/headers");
var FORM_QUICK = /client_secret=|password=/i;
var LOWER_KEYS = /* @__PURE__ */ new Map();
var MAX_LOWER_KEYS = 5e4;
function lowerKey(k) {
  let lower = LOWER_KEYS.get(k);
  if (lower === void 0) {
    lower = k.toLowerCase();
    if (LOWER_KEYS.size < MAX_LOWER_KEYS) LOWER_KEYS.set(k, lower);
  }
  return lower;
}
var hit = (discriminator, where, value) => value === null ? null : { discriminator, where, value };
function bySlot(f, s) {
  const { key, parent } = f;
  if (parent === "authentication" && AUTHENTICATION_SECRET_FIELDS.has(key)) {
    return hit(`auth:${key}`, `the authentication ${key}`, literalCredential(s, 1));
  }
  if (isHeadersKey(parent) && (isCredentialHeader(key) || looksLikeCredentialHeader(key))) {
    const literal = literalCredential(s, 0);
    const value = literal && literalCredential(stripScheme(literal), MIN_SLOT);
    return hit(`header:${key}`, `the ${key} header`, value);
  }
  if (parent === "queries" && (key === "sig" || key === "code")) {
    return hit(`url:${key}`, `the URL parameter ${key}`, literalCredential(s, MIN_URL));
  }
  if (!f.body) return null;
  const last = key.slice(key.lastIndexOf("/") + 1);
  if (BODY_SECRET_KEYS.has(last)) {
    return hit(`body:${last}`, `the request body field ${last}`, literalCredential(s, MIN_SLOT));
  }
  if (!s.includes("=") || !FORM_QUICK.test(s)) return null;
  for (const m of s.matchAll(/(?:^|[&?\s'])(client_secret|password)=([^&'"]*)/gi)) {
    const value = literalCredential(m[2], MIN_SLOT);
    if (value) return hit(`body:${m[1].toLowerCase()}`, `the request body (${m[1]}=)`, value);
  }
  return null;
}
function byForm(f, s) {
  if (s.includes("sig=") || s.includes("code=")) {
    for (const m of s.matchAll(/[?&](sig|code)=([^&#\s'"<>]*)/g)) {
      if (m[1] === "code" && !s.includes("://")) continue;
      const value = literalCredential(m[2], MIN_URL);
      if (value) return hit(`url:${m[1]}`, `the URL parameter ${m[1]}`, value);
    }
  }
  const token = findToken(s);
  if (!token) return null;
  const where = `${f.name ? `"${f.name}"` : "a list item"} (${token.format.label})`;
  return hit(`token:${token.format.id}`, where, token.value);
}
var fg150 = defineRule({
  meta: {
    id: "FG150",
    name: "hardcoded-credential",
    summary: "A literal credential written into the flow definition.",
    severity: "critical",
    scope: "flow",
    messages: {
      inAction: "{{node}} has a literal credential in {{where}} ({{value}}): anyone who can open or export the flow (co-owners, solution exports, source control) can read and use it.",
      secureParameter: 'Secure parameter "{{parameter}}" has a literal default value ({{value}}): secure parameters hide values in run history, but a default is stored in clear text in the definition and every export of it.',
      inParameter: 'Parameter "{{parameter}}" holds a literal credential in {{where}} ({{value}}): it is stored in clear text in the definition and travels with every export of it (solution files, source control).',
      inDefinition: "The flow definition ({{subject}}) holds a literal credential in {{where}} ({{value}}): anyone who can open or export the flow can read and use it."
    },
    sensitive: ["value"]
  },
  check(ctx) {
    const flow = ctx.flow;
    const nodeByRaw = new Map(flow.nodes.map((n) => [n.raw, n]));
    const paramByRaw = new Map([...flow.parameters].map(([name, p]) => [p.raw, name]));
    const seen = /* @__PURE__ */ new Set();
    const report = (f, h) => {
      const subject = f.owner?.name ?? f.subject;
      if (seen.has(`${subject}\0${h.discriminator}`)) return;
      seen.add(`${subject}\0${h.discriminator}`);
      if (f.owner) {
        const data = { node: describeNode(f.owner), where: h.where, value: h.value };
        ctx.report({ messageId: "inAction", node: f.owner, discriminator: h.discriminator, data });
        return;
      }
      const param2 = f.subject.startsWith("parameter:") ? f.subject.slice("parameter:".length) : null;
      const common = { subject: f.subject, discriminator: h.discriminator };
      if (param2 !== null) {
        const data = { parameter: param2, where: h.where, value: h.value };
        ctx.report({ messageId: "inParameter", path: flow.parameters.get(param2)?.path, data, ...common });
      } else {
        const data = { subject: f.subject, where: h.where, value: h.value };
        ctx.report({ messageId: "inDefinition", path: [...flow.definitionPath, f.subject], data, ...common });
      }
    };
    const stack = [
      { v: flow.definition, key: "", name: "", parent: "", owner: null, subject: "", body: false }
    ];
    const probe = { ...stack[0] };
    const visit = (f, child, name, key, body, subject) => {
      if (typeof child === "string") {
        probe.v = child;
        probe.key = key;
        probe.name = name;
        probe.parent = f.key;
        probe.owner = f.owner;
        probe.subject = subject;
        probe.body = body;
        const h = bySlot(probe, child) ?? byForm(probe, child);
        if (h) report(probe, h);
      } else if (child !== null && typeof child === "object") {
        stack.push({ v: child, key, name, parent: f.key, owner: f.owner, subject, body });
      }
    };
    while (stack.length > 0) {
      const f = stack.pop();
      if (Array.isArray(f.v)) {
        for (let i = f.v.length - 1; i >= 0; i--) visit(f, f.v[i], "", "", f.body, f.subject);
        continue;
      }
      if (!isObject(f.v)) continue;
      const node = nodeByRaw.get(f.v);
      if (node) f.owner = node;
      let subject = f.subject;
      let skipDefault = false;
      const param2 = f.owner ? void 0 : paramByRaw.get(f.v);
      if (param2 !== void 0) {
        subject = `parameter:${param2}`;
        const literal = secureParameterDefault(f.v);
        if (literal) {
          skipDefault = true;
          ctx.report({
            messageId: "secureParameter",
            subject,
            path: flow.parameters.get(param2)?.path,
            discriminator: `param:${param2}`,
            data: { parameter: param2, value: literal }
          });
        }
      }
      const obj = f.v;
      const keys = Object.keys(obj);
      for (let i = keys.length - 1; i >= 0; i--) {
        const k = keys[i];
        if (skipDefault && k === "defaultValue") continue;
        const key = lowerKey(k);
        const body = (node ? false : f.body) || isBodyKey(key);
        visit(f, obj[k], k, key, body, obj === flow.definition ? k : subject);
      }
    }
  }
});

// src/rules/index.ts
var RULES = [
  fg001,
  fg101,
  fg102,
  fg103,
  fg110,
  fg111,
  fg112,
  fg120,
  fg121,
  fg130,
  fg140,
  fg150
];
function ruleById(id) {
  return RULES.find((r) => r.meta.id === id);
}

export {
  fg001,
  own,
  isObject,
  entries,
  str,
  ownCI,
  longestExpression,
  literalString,
  classifySecretSource,
  isEnumerationSource,
  forEachString,
  dataFlowOf,
  credentialSlot,
  sinkOf,
  RULES,
  ruleById
};
