import { spawn } from 'node:child_process';
import {
  createServer,
  type IncomingHttpHeaders,
  type IncomingMessage,
  type Server,
  type ServerResponse,
} from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A git smart-HTTP server on 127.0.0.1 that demands credentials, the way a private repository on GitHub
 * does: a `file://` origin cannot show whether the action's own `git fetch` authenticates, this can.
 * Requests without the expected `Authorization` header get 401 with `WWW-Authenticate: Basic`; the others
 * are handed to `git http-backend` as CGI (the real upload-pack, so shallow fetches by SHA behave as
 * GitHub's do). Every request's Authorization headers are recorded, so tests can assert who received what.
 * `authorization: null` serves without asking for credentials (a remote that must never receive any).
 */
export class GitHttpServer {
  /** Each request: its path, its headers, and each Authorization header it carried (several = duplicates). */
  readonly requests: { path: string; headers: IncomingHttpHeaders; authorization: string[] }[] = [];
  private server?: Server;

  constructor(
    /** Folder holding the bare repositories, e.g. `<root>/octo/flows.git`. */
    readonly projectRoot: string,
    /** The token to accept as Basic `x-access-token:<token>` (scheme case-insensitive); null: no check. */
    readonly token: string | null,
  ) {}

  async start(): Promise<string> {
    this.server = createServer((req, res) => void this.handle(req, res));
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    return this.url;
  }

  get url(): string {
    const { port } = this.server!.address() as AddressInfo;
    return `http://127.0.0.1:${port}`;
  }

  async close(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  private accepts(header: string): boolean {
    const m = /^basic\s+(\S+)$/i.exec(header);
    return m !== null && Buffer.from(m[1], 'base64').toString('utf8') === `x-access-token:${this.token}`;
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', this.url);
    // Node joins repeated headers; the raw list keeps each one, to catch a duplicated Authorization.
    const authorization: string[] = [];
    for (let i = 0; i < req.rawHeaders.length; i += 2)
      if (req.rawHeaders[i].toLowerCase() === 'authorization') authorization.push(req.rawHeaders[i + 1]);
    this.requests.push({ path: url.pathname, headers: req.headers, authorization });
    if (this.token !== null && !(authorization.length === 1 && this.accepts(authorization[0]))) {
      req.resume();
      res.writeHead(401, {
        'WWW-Authenticate': 'Basic realm="flowguard test"',
        'Content-Type': 'text/plain',
      });
      res.end('Unauthorized\n');
      return;
    }
    const env: NodeJS.ProcessEnv = {
      PATH: process.env.PATH,
      GIT_PROJECT_ROOT: this.projectRoot,
      GIT_HTTP_EXPORT_ALL: '1',
      PATH_INFO: decodeURIComponent(url.pathname),
      QUERY_STRING: url.search.slice(1),
      REQUEST_METHOD: req.method ?? 'GET',
      CONTENT_TYPE: req.headers['content-type'] ?? '',
      REMOTE_ADDR: '127.0.0.1',
      SERVER_PROTOCOL: 'HTTP/1.1',
    };
    if (req.headers['content-length']) env.CONTENT_LENGTH = req.headers['content-length'];
    // The other request headers as CGI's HTTP_* variables: Git-Protocol (v2) and Content-Encoding (gzip).
    for (const [name, value] of Object.entries(req.headers))
      if (name !== 'authorization' && typeof value === 'string')
        env[`HTTP_${name.toUpperCase().replace(/-/g, '_')}`] = value;
    const cgi = spawn('git', ['http-backend'], { env, stdio: ['pipe', 'pipe', 'pipe'] });
    req.pipe(cgi.stdin);
    cgi.stdin.on('error', () => undefined);
    const out: Buffer[] = [];
    let stderr = '';
    cgi.stdout.on('data', (d: Buffer) => out.push(d));
    cgi.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const code = await new Promise<number | null>((resolve) => cgi.on('close', resolve));
    const body = Buffer.concat(out);
    let end = body.indexOf('\r\n\r\n');
    let sep = 4;
    if (end < 0) {
      end = body.indexOf('\n\n');
      sep = 2;
    }
    if (end < 0) {
      res.writeHead(500, { 'Content-Type': 'text/plain' });
      res.end(`git http-backend exited ${code}: ${stderr}`);
      return;
    }
    let status = 200;
    const headers: Record<string, string> = {};
    for (const line of body.subarray(0, end).toString('latin1').split(/\r?\n/)) {
      const colon = line.indexOf(':');
      if (colon < 0) continue;
      const name = line.slice(0, colon).trim();
      const value = line.slice(colon + 1).trim();
      if (name.toLowerCase() === 'status') status = Number.parseInt(value, 10);
      else headers[name] = value;
    }
    res.writeHead(status, headers);
    res.end(body.subarray(end + sep));
  }
}

/** The extra header actions/checkout persists for a token (and the action's own fetch sends). */
export function checkoutHeader(token: string): string {
  return `AUTHORIZATION: basic ${Buffer.from(`x-access-token:${token}`).toString('base64')}`;
}
