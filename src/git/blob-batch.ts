import { spawn, type ChildProcess } from 'node:child_process';
import { GitError, type BlobBatch, type BlobFetch } from './git.js';

interface Pending {
  oid: string;
  keep: number;
  size: number;
  chunks: Buffer[] | null;
  received: number;
  onSize: (n: number) => void;
  resolve: (b: Buffer | null) => void;
  reject: (err: Error) => void;
}

/**
 * A `git cat-file --batch` process: object ids in on stdin, `<oid> <type> <size>` LF, the bytes and LF
 * out on stdout, answered in order. The size arrives before the bytes, so a caller checks a limit before
 * anything is held.
 */
export class CliBlobBatch implements BlobBatch {
  private readonly child: ChildProcess;
  private readonly queue: Pending[] = [];
  private header = Buffer.alloc(0);
  private failed: Error | null = null;

  constructor(cwd: string) {
    this.child = spawn('git', ['cat-file', '--batch'], {
      cwd,
      stdio: ['pipe', 'pipe', 'pipe'],
      env: { ...process.env, GIT_TERMINAL_PROMPT: '0' },
    });
    let stderr = '';
    this.child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
    this.child.stdout!.on('data', (d: Buffer) => this.take(d));
    const fail = (why: string): void =>
      this.fail(new GitError(`git cat-file failed: ${stderr.trim() || why}`));
    this.child.on('error', (err) => fail(err.message));
    this.child.on('close', (code) => {
      if (this.queue.length > 0) fail(`exited with code ${code}`);
    });
    this.child.stdin!.on('error', () => undefined); // reported through 'close'
  }

  fetch(oid: string, keep: number): BlobFetch {
    let onSize!: (n: number) => void;
    let failSize!: (err: Error) => void;
    const size = new Promise<number>((res, rej) => ((onSize = res), (failSize = rej)));
    const content = new Promise<Buffer | null>((resolve, reject) => {
      const p: Pending = {
        oid,
        keep,
        size: -1,
        chunks: null,
        received: 0,
        onSize,
        resolve,
        reject: (err) => (failSize(err), reject(err)),
      };
      if (this.failed) return p.reject(this.failed);
      this.queue.push(p);
      this.child.stdin!.write(`${oid}\n`);
    });
    // Each caller awaits one of the two; the other must not be an unhandled rejection.
    size.catch(() => undefined);
    content.catch(() => undefined);
    return { size, content };
  }

  close(): void {
    this.child.stdin!.end();
  }

  private take(data: Buffer): void {
    let d = data;
    while (d.length > 0) {
      const p = this.queue[0];
      if (!p) return;
      if (p.size < 0) {
        const lf = d.indexOf(10);
        if (lf < 0) {
          this.header = Buffer.concat([this.header, d]);
          return;
        }
        const line = Buffer.concat([this.header, d.subarray(0, lf)]).toString('utf8');
        this.header = Buffer.alloc(0);
        d = d.subarray(lf + 1);
        const m = /^\S+ (\S+) (\d+)$/.exec(line);
        if (!m || m[1] !== 'blob') {
          this.queue.shift();
          p.reject(new GitError(`git cat-file: ${p.oid} is not a readable blob (${line})`));
          continue;
        }
        p.size = Number(m[2]);
        p.chunks = p.size <= p.keep ? [] : null;
        p.onSize(p.size);
      }
      // The bytes, then one LF.
      const want = p.size + 1 - p.received;
      const part = d.subarray(0, want);
      p.received += part.length;
      if (p.chunks) p.chunks.push(part);
      d = d.subarray(part.length);
      if (p.received === p.size + 1) {
        this.queue.shift();
        p.resolve(p.chunks ? Buffer.concat(p.chunks).subarray(0, p.size) : null);
      }
    }
  }

  private fail(err: Error): void {
    this.failed ??= err;
    for (const p of this.queue.splice(0)) p.reject(err);
  }
}
