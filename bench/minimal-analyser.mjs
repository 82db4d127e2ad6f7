// The least a full scan that looks for tokens in every string can cost: the floor (bench/floor.mjs: the
// same files read, unzipped and JSON.parse'd) plus one walk over every parsed value, each string of 16
// characters or more tested against FG150's prefilter (a token prefix; `password|pwd` when it holds `=`).
// No model, no slots, no other rule, no report. `npm run bench` measures it against the floor, so the gap
// between this and the floor is the part of flowguard's ratio no design of FG150 can remove.
//
// The two regexes are FG150's own (src/model/credential-literals.ts TOKEN_QUICK and CONNECTION_QUICK);
// test/bench/minimal-analyser.test.ts fails when they drift apart.
//
// Usage: node bench/minimal-analyser.mjs DIR   (prints "<flows parsed> <files read> <strings tested> <strings passing the prefilter>")
import path from 'node:path';
import { floor } from './floor.mjs';

export const TOKEN_QUICK =
  /gh[pousr]_|github_pat_|AKIA|ASIA|xox[abpr]-|hooks\.slack|AccountKey=|SharedAccessKey=|eyJ|PRIVATE KEY|k_live_|SG\.|AIza|sk-|Q~/;
export const CONNECTION_QUICK = /password|pwd/i;

/** Walks `doc`, testing each long string; returns how many strings were tested and how many passed. */
export function walk(doc) {
  const counts = { tested: 0, passed: 0 };
  const visit = (v) => {
    if (typeof v === 'string') {
      if (v.length < 16) return;
      counts.tested++;
      if (TOKEN_QUICK.test(v) || (v.includes('=') && CONNECTION_QUICK.test(v))) counts.passed++;
    } else if (Array.isArray(v)) {
      for (let i = 0; i < v.length; i++) visit(v[i]);
    } else if (v !== null && typeof v === 'object') {
      for (const k in v) visit(v[k]);
    }
  };
  visit(doc);
  return counts;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const root = process.argv[2];
  if (!root) {
    process.stderr.write('usage: node bench/minimal-analyser.mjs DIR\n');
    process.exit(2);
  }
  let tested = 0;
  let passed = 0;
  const { flows, files } = floor(path.resolve(root), (doc) => {
    const c = walk(doc);
    tested += c.tested;
    passed += c.passed;
  });
  process.stdout.write(`${flows} ${files} ${tested} ${passed}\n`);
}
