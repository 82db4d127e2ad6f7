// Generates a large repository of flows for the benchmark: corpus flows copied byte for byte under fresh
// GUIDs (file names, `.json.data.xml`, customizations.xml), some as unpacked solutions, some packed into
// solution zips. GUIDs come from a seeded generator, so the same arguments give the same repository.
//
// Usage: node bench/make-large-repo.mjs OUT_DIR [FLOWS=5000] [--git]
//   --git: make OUT_DIR a git repository with two commits, the second changing one flow (PR mode).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import zlib from 'node:zlib';

export const CORPUS = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../shared/corpus');
const GUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;

/** Every unpacked corpus flow that has its `.json.data.xml`, in a stable order. */
export function corpusFlows(corpus = CORPUS) {
  const out = [];
  const walk = (dir) => {
    for (const d of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const abs = path.join(dir, d.name);
      if (d.isDirectory()) walk(abs);
      else if (
        /\.json$/i.test(d.name) &&
        /^workflows$/i.test(path.basename(dir)) &&
        existsSync(`${abs}.data.xml`)
      ) {
        const guid = d.name.match(GUID)?.[0];
        if (guid)
          out.push({ name: d.name.slice(0, d.name.indexOf(guid)).replace(/-$/, '') || 'Flow', guid, abs });
      }
    }
  };
  walk(corpus);
  return out;
}

function guids(seed) {
  let s = seed >>> 0;
  const next = () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0).toString(16).padStart(8, '0');
  };
  return () => {
    const h = next() + next() + next() + next();
    return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
  };
}

/** Replaces one GUID by another, keeping the case each occurrence was written in. */
const swapGuid = (text, from, to) =>
  text.replace(new RegExp(from, 'gi'), (m) => (m === m.toUpperCase() ? to.toUpperCase() : to.toLowerCase()));

function connectionRefs(json) {
  const refs = new Map();
  try {
    const doc = JSON.parse(json.replace(/^\uFEFF/, ''));
    for (const r of Object.values(doc?.properties?.connectionReferences ?? {})) {
      const logical = r?.connection?.connectionReferenceLogicalName;
      const api = r?.api?.name;
      if (typeof logical === 'string' && typeof api === 'string') refs.set(logical, api);
    }
  } catch {
    // A broken corpus file stays broken in the copy; it simply brings no references.
  }
  return refs;
}

const escapeXml = (s) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function customizationsXml(workflowsXml, refs) {
  const refXml = [...refs]
    .map(
      ([logical, api]) =>
        `    <connectionreference connectionreferencelogicalname="${escapeXml(logical)}">\n` +
        `      <connectorid>/providers/Microsoft.PowerApps/apis/${escapeXml(api)}</connectorid>\n` +
        `    </connectionreference>\n`,
    )
    .join('');
  return (
    '<?xml version="1.0" encoding="utf-8"?>\n<ImportExportXml xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">\n' +
    `  <Entities />\n  <Roles />\n  <Workflows>\n${workflowsXml}  </Workflows>\n` +
    `  <connectionreferences>\n${refXml}  </connectionreferences>\n  <Languages><Language>1033</Language></Languages>\n</ImportExportXml>\n`
  );
}

const solutionXml = (name) =>
  `<?xml version="1.0" encoding="utf-8"?>\n<ImportExportXml version="9.2" SolutionPackageVersion="9.2">\n` +
  `  <SolutionManifest><UniqueName>${name}</UniqueName><Version>1.0.0.0</Version><Managed>0</Managed></SolutionManifest>\n</ImportExportXml>\n`;

/** A zip of stored names and deflated data, central directory included (what `pac solution pack` writes). */
function zip(files) {
  const locals = [];
  const central = [];
  let offset = 0;
  for (const [name, content] of files) {
    const data = Buffer.isBuffer(content) ? content : Buffer.from(content);
    const packed = zlib.deflateRawSync(data);
    const nameBuf = Buffer.from(name);
    const crc = zlib.crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBuf.length, 26);
    const head = Buffer.alloc(46);
    head.writeUInt32LE(0x02014b50, 0);
    head.writeUInt16LE(20, 4);
    head.writeUInt16LE(20, 6);
    head.writeUInt16LE(0x0800, 8);
    head.writeUInt16LE(8, 10);
    head.writeUInt32LE(crc, 16);
    head.writeUInt32LE(packed.length, 20);
    head.writeUInt32LE(data.length, 24);
    head.writeUInt16LE(nameBuf.length, 28);
    head.writeUInt32LE(offset, 42);
    locals.push(local, nameBuf, packed);
    central.push(head, nameBuf);
    offset += 30 + nameBuf.length + packed.length;
  }
  const dir = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(files.length, 8);
  end.writeUInt16LE(files.length, 10);
  end.writeUInt32LE(dir.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, dir, end]);
}

/**
 * Writes `flows` flows into `out`: unpacked solutions of `perSolution` flows, and (`zipShare` of them)
 * solution zips of `perSolution` flows each. Returns the path of the first unpacked flow (the one PR mode
 * changes), relative to `out`.
 */
export function makeRepo(
  out,
  { flows = 5000, perSolution = 10, zipShare = 0.2, seed = 1, corpus = CORPUS } = {},
) {
  const pool = corpusFlows(corpus);
  if (pool.length === 0) throw new Error(`no flows found in ${corpus}`);
  const guid = guids(seed);
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  const zipped = Math.round(flows * zipShare);
  let first = null;
  for (let made = 0, sol = 0; made < flows; sol++) {
    const packed = made >= flows - zipped;
    const count = Math.min(perSolution, (packed ? flows : flows - zipped) - made);
    const name = `${packed ? 'Packed' : 'Solution'}${String(sol).padStart(4, '0')}`;
    const members = [];
    const refs = new Map();
    let workflowsXml = '';
    for (let i = 0; i < count; i++, made++) {
      const src = pool[made % pool.length];
      const id = guid();
      const file = `${src.name}-${id.toUpperCase()}.json`;
      const json = readFileSync(src.abs);
      const dataXml = swapGuid(readFileSync(`${src.abs}.data.xml`, 'utf8'), src.guid, id);
      for (const [k, v] of connectionRefs(json.toString('utf8'))) refs.set(k, v);
      members.push({ file, json, dataXml });
      workflowsXml += `${dataXml
        .replace(/^\uFEFF?<\?xml[^>]*\?>\s*/, '')
        .replace(/^/gm, '    ')
        .trimEnd()}\n`;
    }
    if (packed) {
      const entries = [
        ['[Content_Types].xml', '<?xml version="1.0" encoding="utf-8"?><Types />'],
        ['solution.xml', solutionXml(name)],
        ['customizations.xml', customizationsXml(workflowsXml, refs)],
        ...members.map((m) => [`Workflows/${m.file}`, m.json]),
      ];
      mkdirSync(path.join(out, 'packages'), { recursive: true });
      writeFileSync(path.join(out, 'packages', `${name}_1_0_0_1.zip`), zip(entries));
    } else {
      const root = path.join(out, 'solutions', name, 'src');
      mkdirSync(path.join(root, 'Workflows'), { recursive: true });
      mkdirSync(path.join(root, 'Other'), { recursive: true });
      writeFileSync(path.join(root, 'Other', 'Solution.xml'), solutionXml(name));
      writeFileSync(path.join(root, 'Other', 'Customizations.xml'), customizationsXml('', refs));
      for (const m of members) {
        writeFileSync(path.join(root, 'Workflows', m.file), m.json);
        writeFileSync(path.join(root, 'Workflows', `${m.file}.data.xml`), m.dataXml);
        first ??= `solutions/${name}/src/Workflows/${m.file}`;
      }
    }
  }
  return first;
}

const git = (cwd, ...args) =>
  execFileSync('git', ['-c', 'core.autocrlf=false', '-c', 'gc.auto=0', ...args], {
    cwd,
    stdio: ['ignore', 'pipe', 'pipe'],
  });

/** Commits `out` as it is, then changes one flow (a new Compose action) in a second commit. */
export function commitWithOneChange(out, changedFlow) {
  git(out, 'init', '-q');
  git(out, 'config', 'user.email', 'bench@example.invalid');
  git(out, 'config', 'user.name', 'bench');
  git(out, 'add', '-A');
  git(out, 'commit', '-q', '-m', 'base');
  const abs = path.join(out, changedFlow);
  const doc = JSON.parse(readFileSync(abs, 'utf8').replace(/^\uFEFF/, ''));
  doc.properties.definition.actions ??= {};
  doc.properties.definition.actions.Bench_changed = {
    type: 'Compose',
    inputs: 'changed by the benchmark',
    runAfter: {},
  };
  writeFileSync(abs, JSON.stringify(doc, null, 2));
  git(out, 'add', '-A');
  git(out, 'commit', '-q', '-m', 'change one flow');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  const withGit = args.includes('--git');
  const [out, flowsArg] = args.filter((a) => a !== '--git');
  if (!out) {
    process.stderr.write('usage: node bench/make-large-repo.mjs OUT_DIR [FLOWS=5000] [--git]\n');
    process.exit(2);
  }
  const changed = makeRepo(path.resolve(out), { flows: Number(flowsArg ?? 5000) });
  if (withGit) commitWithOneChange(path.resolve(out), changed);
  process.stdout.write(`${changed}\n`);
}
