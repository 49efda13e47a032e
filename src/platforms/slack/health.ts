import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Db } from '../../storage/database.js';
import { type DatabaseHealth, HEALTH_PATH, probeDatabase } from '../health.js';
import type { SlackHealth } from './connection.js';

export interface HealthReport {
  status: 200 | 503;
  body: Record<string, unknown>;
}

/**
 * 200 `{ ok: true }` when Slack answered and the database does; else 503 with what is wrong: Slack
 * unreachable or rejecting the token (`connection.ts`), the database unreachable, or both. Load
 * balancers send traffic elsewhere meanwhile.
 */
export function healthReport(slack: SlackHealth, database: DatabaseHealth): HealthReport {
  if (slack.status === 'ok' && database.status === 'ok') return { status: 200, body: { ok: true } };
  const slackPart = slack.status === 'ok' ? { status: 'degraded' } : slack;
  const databasePart =
    database.status === 'ok' ? {} : { database: 'unreachable', databaseError: database.error, status: 'degraded' };
  const status = slack.status === 'ok' ? 'degraded' : slack.status;
  return { status: 503, body: { ok: false, ...slackPart, ...databasePart, status } };
}

/** The `/healthz` handler, for Rinde's receiver and for Socket Mode's lone health server. */
export function healthHandler(slack: () => SlackHealth, db: Db) {
  return (_req: IncomingMessage, res: ServerResponse): void => {
    void probeDatabase(db).then((database) => {
      const report = healthReport(slack(), database);
      res.writeHead(report.status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(report.body));
    });
  };
}

/**
 * Socket Mode has no HTTP receiver, yet the image's HEALTHCHECK and orchestrators ask /healthz: this
 * serves it, from start-up, so a bot waiting for Slack reports it as it does in HTTP mode; every other
 * address goes to `fallback` (the public pages).
 */
export async function startHealthServer(
  handler: ReturnType<typeof healthHandler>,
  fallback: (req: IncomingMessage, res: ServerResponse) => void,
  port: number,
): Promise<Server> {
  const server = createServer((req, res) => {
    if (req.method === 'GET' && req.url?.split('?')[0] === HEALTH_PATH) return handler(req, res);
    fallback(req, res);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, () => resolve());
  });
  return server;
}
