import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One Web API call as the stand-in received it: the method and its parsed arguments (JSON values decoded). */
export interface RecordedCall {
  method: string;
  body: Record<string, unknown>;
}

/** The bot token the test app is configured with: the stand-in serves shared files only to it. */
export const BOT_TOKEN = 'xoxb-test-token-never-logged';

/** A file as a `file_share` event lists it, its bytes served at url_private_download. */
export interface SharedFileStub {
  id: string;
  name: string;
  size: number;
  url_private_download: string;
}

/** A download of a shared file, and whether it carried the bot token. */
export interface RecordedDownload {
  fileId: string;
  authorized: boolean;
}

/** A POST to a response_url the stand-in handed out. */
export interface RecordedResponse {
  id: string;
  body: Record<string, unknown>;
}

export type ScriptedFailure =
  | { status: 429; retryAfterSeconds: number }
  | { status: 500 }
  /** HTTP 200 with `{ ok: false, error }`, as Slack reports most problems. */
  | { error: string };

export interface SlackApiStub {
  /** The value for SLACK_API_URL: http://127.0.0.1:PORT/api/ */
  apiUrl: string;
  /** A response_url that records what the app posts to it. */
  responseUrl(id?: string): string;
  calls: RecordedCall[];
  responses: RecordedResponse[];
  callsTo(method: string): RecordedCall[];
  /** The next `times` calls to `method` fail this way, then it answers normally again. */
  fail(method: string, failure: ScriptedFailure, times?: number): void;
  /**
   * Every call to `method` whose arguments `when` accepts fails this way, until `when` says otherwise:
   * a deactivated member, a rate-limit storm.
   */
  refuse(method: string, when: (body: Record<string, unknown>) => boolean, failure: ScriptedFailure): void;
  /** Calls to `method` that `when` accepts are recorded and never answered (until the stand-in closes). */
  hang(method: string, when?: (body: Record<string, unknown>) => boolean): void;
  /** Every call to `method` is answered `ms` later, as a slow Slack would. */
  slow(method: string, ms: number): void;
  /** Resolves once `method` has been called `count` times in total. */
  waitFor(method: string, count?: number, timeoutMs?: number): Promise<RecordedCall[]>;
  waitForResponses(count?: number, timeoutMs?: number): Promise<RecordedResponse[]>;
  /** Real names users.info answers with; unknown users get "Usuario <id>". */
  names: Map<string, string>;
  /**
   * Keeps `bytes` as a file someone shared, served at its url_private_download as Slack does: to the
   * bot token only, and to anything else Slack's sign-in page (HTML) instead of the file.
   */
  shareFile(name: string, bytes: Buffer): SharedFileStub;
  downloads: RecordedDownload[];
  close(): Promise<void>;
}

function decodeValue(value: string): unknown {
  if (!/^[[{]/.test(value)) return value;
  try {
    return JSON.parse(value);
  } catch {
    return value;
  }
}

function parseBody(raw: string, contentType: string | undefined): Record<string, unknown> {
  if (contentType?.includes('application/json')) return raw === '' ? {} : (JSON.parse(raw) as Record<string, unknown>);
  const body: Record<string, unknown> = {};
  for (const [key, value] of new URLSearchParams(raw)) body[key] = decodeValue(value);
  return body;
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
  res.end(JSON.stringify(body));
}

/**
 * A local stand-in for https://slack.com/api/: answers the methods Rinde calls the way Slack does,
 * records every call, and fails on request (429 with Retry-After, 500, `ok: false`).
 */
export async function startSlackApi(): Promise<SlackApiStub> {
  const calls: RecordedCall[] = [];
  const responses: RecordedResponse[] = [];
  const failures = new Map<string, ScriptedFailure[]>();
  const refusals: {
    method: string;
    when: (body: Record<string, unknown>) => boolean;
    failure: ScriptedFailure | 'hang';
  }[] = [];
  const names = new Map<string, string>();
  const files = new Map<string, Buffer>();
  const downloads: RecordedDownload[] = [];
  const waiters = new Set<() => void>();
  let sequence = 0;
  let base = '';

  const notify = () => {
    for (const waiter of waiters) waiter();
  };

  const answers: Record<string, (body: Record<string, unknown>) => Record<string, unknown>> = {
    'auth.test': () => ({ user_id: 'UBOT', bot_id: 'BBOT', team_id: 'T0MUNI', team: 'Alcaldía', user: 'rinde' }),
    'chat.postMessage': (body) => ({ channel: body.channel, ts: `1700000000.${String(++sequence).padStart(6, '0')}` }),
    'chat.postEphemeral': () => ({ message_ts: `1700000000.${String(++sequence).padStart(6, '0')}` }),
    'conversations.open': (body) => ({ channel: { id: `D${String(body.users)}` } }),
    'views.open': (body) => ({ view: { ...(body.view as object), id: `V${++sequence}`, hash: `h${sequence}` } }),
    'views.update': (body) => ({ view: { ...(body.view as object), id: body.view_id, hash: `h${++sequence}` } }),
    'views.publish': (body) => ({ view: { ...(body.view as object), id: `V${++sequence}` } }),
    'users.info': (body) => {
      const id = String(body.user);
      const name = names.get(id) ?? `Usuario ${id}`;
      return { user: { id, name: id.toLowerCase(), real_name: name, profile: { real_name: name, display_name: '' } } };
    },
    'files.getUploadURLExternal': () => ({ upload_url: `${base}upload/F${++sequence}`, file_id: `F${sequence}` }),
    'files.completeUploadExternal': (body) => ({ files: body.files }),
  };

  const delays = new Map<string, number>();
  const handleApi = (method: string, body: Record<string, unknown>, res: ServerResponse) => {
    calls.push({ method, body });
    notify();
    const delay = delays.get(method);
    if (delay !== undefined) setTimeout(() => answer(method, body, res), delay);
    else answer(method, body, res);
  };

  const answer = (method: string, body: Record<string, unknown>, res: ServerResponse) => {
    const refusal = refusals.find((r) => r.method === method && r.when(body))?.failure;
    if (refusal === 'hang') return;
    const failure = refusal ?? failures.get(method)?.shift();
    if (failure !== undefined && 'status' in failure && failure.status === 429) {
      sendJson(res, 429, { ok: false, error: 'ratelimited' }, { 'retry-after': String(failure.retryAfterSeconds) });
    } else if (failure !== undefined && 'status' in failure) {
      res.writeHead(failure.status, { 'content-type': 'text/plain' });
      res.end('Internal Server Error');
    } else if (failure !== undefined) {
      sendJson(res, 200, { ok: false, error: failure.error });
    } else {
      sendJson(res, 200, { ok: true, ...(answers[method]?.(body) ?? {}) });
    }
  };

  const server: Server = createServer((req, res) => {
    void (async () => {
      const raw = await readBody(req);
      const path = new URL(req.url ?? '/', 'http://stand-in').pathname;
      if (path.startsWith('/api/')) {
        handleApi(path.slice('/api/'.length), parseBody(raw, req.headers['content-type']), res);
      } else if (path.startsWith('/respond/')) {
        responses.push({ id: path.slice('/respond/'.length), body: parseBody(raw, req.headers['content-type']) });
        notify();
        res.writeHead(200, { 'content-type': 'text/plain' });
        res.end('ok');
      } else if (path.startsWith('/files-pri/')) {
        const [fileId = ''] = path.slice('/files-pri/'.length).split('/');
        const authorized = req.headers.authorization === `Bearer ${BOT_TOKEN}`;
        downloads.push({ fileId, authorized });
        notify();
        const bytes = files.get(fileId);
        if (!authorized) {
          res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
          res.end('<!DOCTYPE html><title>Slack</title><p>Inicie sesión</p>');
        } else if (bytes === undefined) {
          res.writeHead(404);
          res.end();
        } else {
          res.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': String(bytes.length) });
          res.end(bytes);
        }
      } else if (path.startsWith('/upload/')) {
        res.writeHead(200, { 'content-type': 'text/plain' });
        res.end('OK');
      } else {
        res.writeHead(404);
        res.end();
      }
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  base = `http://127.0.0.1:${port}/`;

  const waitUntil = <T>(ready: () => T | null, what: string, timeoutMs: number): Promise<T> =>
    new Promise((resolve, reject) => {
      const check = () => {
        const value = ready();
        if (value === null) return;
        waiters.delete(check);
        clearTimeout(timer);
        resolve(value);
      };
      const timer = setTimeout(() => {
        waiters.delete(check);
        reject(new Error(`Timed out waiting for ${what}; calls so far: ${calls.map((c) => c.method).join(', ')}`));
      }, timeoutMs);
      waiters.add(check);
      check();
    });

  const callsTo = (method: string) => calls.filter((call) => call.method === method);
  return {
    apiUrl: `${base}api/`,
    responseUrl: (id = String(++sequence)) => `${base}respond/${id}`,
    calls,
    responses,
    names,
    downloads,
    shareFile(name, bytes) {
      const id = `F0PLAN${++sequence}`;
      files.set(id, bytes);
      return {
        id,
        name,
        size: bytes.length,
        url_private_download: `${base}files-pri/${id}/${encodeURIComponent(name)}`,
      };
    },
    callsTo,
    fail(method, failure, times = 1) {
      failures.set(method, [...(failures.get(method) ?? []), ...Array.from({ length: times }, () => failure)]);
    },
    refuse(method, when, failure) {
      refusals.push({ method, when, failure });
    },
    slow(method, ms) {
      delays.set(method, ms);
    },
    hang(method, when = () => true) {
      refusals.push({ method, when, failure: 'hang' });
    },
    waitFor(method, count = 1, timeoutMs = 5000) {
      return waitUntil(
        () => (callsTo(method).length >= count ? callsTo(method) : null),
        `${count}× ${method}`,
        timeoutMs,
      );
    },
    waitForResponses(count = 1, timeoutMs = 5000) {
      return waitUntil(
        () => (responses.length >= count ? responses : null),
        `${count} response_url post(s)`,
        timeoutMs,
      );
    },
    close() {
      return new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      });
    },
  };
}
