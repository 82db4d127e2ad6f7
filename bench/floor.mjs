// The floor of a scan: the work no analyser of these files can avoid, and nothing else. It walks the tree
// as the scanner does (regular files, `.git` and `node_modules` skipped, symlinks not followed), reads every
// file the scanner would read (each `.json`, each `.zip`, the `.json.data.xml` beside a flow, a solution's
// `Other/Customizations.xml`), decodes them as UTF-8, inflates only the zip entries that are flows or
// metadata (`Workflows/*.json`, `Microsoft.Flow/flows/*/definition.json`, `customizations.xml`) with
// node:zlib, and `JSON.parse`s every flow. No XML parsing, no model, no rules, no report.
//
// Synchronous on purpose: on this workload (files in the page cache) `readFileSync` and `inflateRawSync`
// beat the promise API with 8 reads in flight by about a third (see bench/RESULTS.md), and a floor should
// be the fastest plain way to do the work, not a slow one that flatters the scanner.
//
// Usage: node bench/floor.mjs DIR   (prints "<flows parsed> <files read>" so a run can be checked)
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

function list(root) {
  const out = [];
  const pending = [''];
  while (pending.length > 0) {
    const rel = pending.pop();
    for (const d of readdirSync(path.join(root, rel), { withFileTypes: true })) {
      const child = rel ? `${rel}/${d.name}` : d.name;
      if (d.isDirectory()) {
        if (d.name !== '.git' && d.name !== 'node_modules') pending.push(child);
      } else if (d.isFile()) out.push(child);
    }
  }
  return out.sort();
}

/** The files the scanner reads, by kind. */
function select(files) {
  const byLower = new Map(files.map((f) => [f.toLowerCase(), f]));
  const jobs = [];
  const customizations = new Set();
  for (const f of files) {
    const lower = f.toLowerCase();
    if (lower.endsWith('.zip')) jobs.push({ kind: 'zip', file: f });
    else if (lower.endsWith('.json')) {
      jobs.push({ kind: 'json', file: f });
      const segs = lower.split('/');
      if (segs.length >= 2 && segs[segs.length - 2] === 'workflows') {
        const dataXml = byLower.get(`${lower}.data.xml`);
        if (dataXml) jobs.push({ kind: 'text', file: dataXml });
        const root = segs.slice(0, -2).join('/');
        const cust =
          byLower.get(`${root ? `${root}/` : ''}other/customizations.xml`) ??
          byLower.get(`${root ? `${root}/` : ''}customizations.xml`);
        if (cust && !customizations.has(cust)) {
          customizations.add(cust);
          jobs.push({ kind: 'text', file: cust });
        }
      }
    }
  }
  return jobs;
}

const FLOW_ENTRY = /^(workflows\/[^/]+\.json|microsoft\.flow\/flows\/[^/]+\/definition\.json)$/i;
const META_ENTRY = /^customizations\.xml$/i;

/** Flow and metadata entries of a zip, inflated; every other entry is left compressed. */
function zipEntries(buf) {
  let eocd = -1;
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 22 - 0xffff); i--) {
    if (buf.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return [];
  const count = buf.readUInt16LE(eocd + 10);
  let pos = buf.readUInt32LE(eocd + 16);
  const out = [];
  for (let i = 0; i < count && pos + 46 <= buf.length; i++) {
    const method = buf.readUInt16LE(pos + 10);
    const compressed = buf.readUInt32LE(pos + 20);
    const nameLen = buf.readUInt16LE(pos + 28);
    const extraLen = buf.readUInt16LE(pos + 30);
    const commentLen = buf.readUInt16LE(pos + 32);
    const local = buf.readUInt32LE(pos + 42);
    const name = buf
      .toString('utf8', pos + 46, pos + 46 + nameLen)
      .replace(/\\/g, '/')
      .replace(/^\/+/, '');
    pos += 46 + nameLen + extraLen + commentLen;
    const flow = FLOW_ENTRY.test(name);
    if (!flow && !META_ENTRY.test(name)) continue;
    const start = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
    const data = buf.subarray(start, start + compressed);
    out.push({ flow, bytes: method === 8 ? zlib.inflateRawSync(data) : data });
  }
  return out;
}

function parse(text, visit) {
  let doc;
  try {
    doc = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch {
    return 0;
  }
  if (visit) visit(doc);
  return 1;
}

/** `visit`, when given, sees each parsed flow document (bench/minimal-analyser.mjs walks it). */
export function floor(root, visit = null) {
  const jobs = select(list(root));
  let flows = 0;
  for (const job of jobs) {
    const buf = readFileSync(path.join(root, job.file));
    if (job.kind === 'zip') {
      for (const e of zipEntries(buf)) {
        const text = e.bytes.toString('utf8');
        if (e.flow) flows += parse(text, visit);
      }
    } else {
      const text = buf.toString('utf8');
      if (job.kind === 'json' && text.includes('"definition"')) flows += parse(text, visit);
    }
  }
  return { flows, files: jobs.length };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const root = process.argv[2];
  if (!root) {
    process.stderr.write('usage: node bench/floor.mjs DIR\n');
    process.exit(2);
  }
  const { flows, files } = floor(path.resolve(root));
  process.stdout.write(`${flows} ${files}\n`);
}
