import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { HttpRouteHandler, IHttpServerAdapter } from '@microsoft/teams.apps';
import type { Logger } from '../../logger.js';
import type { Db } from '../../storage/database.js';
import { HEALTH_PATH, probeDatabase } from '../health.js';

/** Teams sends activities of a few kilobytes; anything far larger is refused before parsing. */
const MAX_BODY_BYTES = 1_000_000;

function readBody(req: IncomingMessage): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        resolve(null);
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function send(res: ServerResponse, status: number, body?: unknown): void {
  if (body === undefined) {
    res.writeHead(status).end();
    return;
  }
  res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
}

/**
 * The HTTP side of the Teams app on Node's own server: the SDK registers its messaging endpoint here
 * (`POST /api/messages`, where it checks each request's token), and Rinde adds `/healthz` and, for every
 * other address, `fallback` (the public pages). Requests in flight are counted, so a shutdown waits for them.
 */
export class TeamsHttpServer implements IHttpServerAdapter {
  private readonly routes = new Map<string, HttpRouteHandler>();
  private readonly server: Server;
  private running = 0;
  private waiting: (() => void)[] = [];

  constructor(
    private readonly db: Db,
    private readonly logger: Logger,
    private readonly fallback: (req: IncomingMessage, res: ServerResponse) => void = (_req, res) => send(res, 404),
  ) {
    this.server = createServer((req, res) => void this.handle(req, res));
  }

  registerRoute(method: 'POST', path: string, handler: HttpRouteHandler): void {
    this.routes.set(`${method} ${path}`, handler);
  }

  async listen(port: number): Promise<number> {
    await new Promise<void>((resolve, reject) => {
      this.server.once('error', reject);
      this.server.listen(port, () => resolve());
    });
    const address = this.server.address() as AddressInfo | null;
    return address?.port ?? port;
  }

  /** Stops taking connections and resolves once the requests in flight have been answered. */
  async close(): Promise<void> {
    const closed = new Promise((resolve) => this.server.close(resolve));
    this.server.closeIdleConnections();
    await (this.running === 0 ? Promise.resolve() : new Promise<void>((resolve) => this.waiting.push(resolve)));
    await closed;
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const path = req.url?.split('?')[0] ?? '';
    if (req.method === 'GET' && path === HEALTH_PATH) {
      const database = await probeDatabase(this.db);
      if (database.status === 'ok') send(res, 200, { ok: true });
      else send(res, 503, { ok: false, status: 'degraded', database: 'unreachable', databaseError: database.error });
      return;
    }
    const handler = this.routes.get(`${req.method} ${path}`);
    if (handler === undefined) {
      this.fallback(req, res);
      return;
    }
    this.running++;
    try {
      await this.dispatch(req, res, handler);
    } catch (error) {
      this.logger.error(
        { err: error instanceof Error ? { name: error.name, message: error.message } : String(error) },
        'teams request failed',
      );
      if (!res.headersSent) send(res, 500);
    } finally {
      this.running--;
      if (this.running === 0) for (const resolve of this.waiting.splice(0)) resolve();
    }
  }

  private async dispatch(req: IncomingMessage, res: ServerResponse, handler: HttpRouteHandler): Promise<void> {
    const text = await readBody(req);
    if (text === null) return send(res, 413);
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      return send(res, 400, { error: 'el cuerpo no es JSON' });
    }
    if (typeof body !== 'object' || body === null) return send(res, 400, { error: 'se esperaba una actividad' });
    const started = performance.now();
    const answer = await handler({ body, headers: req.headers as Record<string, string | string[]> });
    const activity = body as { type?: unknown; name?: unknown; id?: unknown };
    this.logger.info(
      {
        requestId: typeof activity.id === 'string' ? activity.id : undefined,
        kind: typeof activity.name === 'string' ? activity.name : activity.type,
        status: answer.status,
        ms: Math.round(performance.now() - started),
      },
      'teams request',
    );
    send(res, answer.status, answer.body);
  }
}
