import crypto from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { App, Receiver, ReceiverEvent } from '@slack/bolt';
import { z } from 'zod';
import type { Logger } from '../../logger.js';
import { errorSummary } from '../../logger.js';

/**
 * Rinde's own HTTP receiver, in place of Bolt's HTTPReceiver (docs/decisions/010). Everything a
 * stranger can send is checked here, cheapest first, before a byte reaches Bolt: the signature
 * headers and the clock (no body read yet), the body's size as it streams in, the signature, then
 * the body's shape. Whatever Bolt or a listener throws afterwards becomes a 500 for that request,
 * never a crash of the process.
 */

/** Slack's replay window, both ways: a request signed further in the past or the future is refused. */
export const MAX_CLOCK_SKEW_SECONDS = 5 * 60;

/**
 * The largest body read before its signature is checked. Slack's biggest payloads are an
 * app_home_opened event carrying a full Home tab (100 blocks) and a modal's submission, well under
 * this; Bolt's 4 MB let forty concurrent unsigned posts hold 160 MB.
 */
export const MAX_BODY_BYTES = 512 * 1024;

/** Bolt's own budget: a request nobody acknowledged in 3 s is answered 404, as Slack has given up by then. */
const UNACKED_TIMEOUT_MS = 3001;

/** A client that trickles its body cannot hold a connection (and its buffer) for minutes. */
const REQUEST_TIMEOUT_MS = 10_000;

/** `ssl_check=1&token=…`: the only unsigned body Rinde reads, and only this much of it. */
const SSL_CHECK_MAX_BYTES = 1024;

const SIGNATURE = /^v0=[0-9a-f]{64}$/;
const TIMESTAMP = /^\d{1,12}$/;

export type Rejection = { status: 400 | 401 | 404 | 413 | 415; reason: string };

export interface SignedHeaders {
  timestamp: string | undefined;
  signature: string | undefined;
}

function headerOf(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return typeof value === 'string' ? value : undefined;
}

/** The header checks that need no body: present, well formed and within the window of `nowMs`. */
export function checkSignedHeaders(headers: SignedHeaders, nowMs: number): Rejection | null {
  const { timestamp, signature } = headers;
  if (timestamp === undefined || !TIMESTAMP.test(timestamp)) return { status: 401, reason: 'no timestamp' };
  if (signature === undefined || !SIGNATURE.test(signature)) return { status: 401, reason: 'no signature' };
  const skew = Math.abs(Math.floor(nowMs / 1000) - Number(timestamp));
  if (skew > MAX_CLOCK_SKEW_SECONDS) return { status: 401, reason: 'timestamp outside the five-minute window' };
  return null;
}

/**
 * Slack's v0 signature of `timestamp` and the raw body, compared in constant time. One HMAC per
 * request: each is a weak handle the young-generation collector must process (docs/decisions/006).
 */
export function hasValidSignature(
  secret: string,
  headers: { timestamp: string; signature: string },
  rawBody: Buffer,
): boolean {
  const expected = crypto.createHmac('sha256', secret).update(`v0:${headers.timestamp}:`).update(rawBody).digest('hex');
  const theirs = Buffer.from(headers.signature.slice('v0='.length));
  const ours = Buffer.from(expected);
  return theirs.length === ours.length && crypto.timingSafeEqual(theirs, ours);
}

class BodyTooLarge extends Error {}

/** Reads the body, refusing it as soon as it passes `limit` bytes (whatever Content-Length claimed). */
async function readBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > limit) throw new BodyTooLarge();
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

/**
 * The fields Bolt reads to route a request before any listener validates it, with the types it
 * assumes (it dereferences `event`, `event.item` and `channel` unchecked). Anything else passes
 * through for the listeners' own schemas (src/platforms/slack/payloads.ts).
 */
const envelopeSchema = z
  .looseObject({
    type: z.string().optional(),
    command: z.string().optional(),
    event: z.looseObject({ type: z.string(), item: z.looseObject({}).optional() }).optional(),
    channel: z.looseObject({}).optional(),
    authorizations: z.array(z.looseObject({})).optional(),
  })
  .refine((body) => body.type !== undefined || body.command !== undefined, 'neither type nor command');

export type ParsedBody = { ok: true; body: Record<string, unknown> } | { ok: false; rejection: Rejection };

function mediaTypeOf(contentType: string | undefined): string {
  return (contentType ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
}

function decode(raw: string, mediaType: string): unknown {
  if (mediaType === 'application/x-www-form-urlencoded') {
    const form = new URLSearchParams(raw);
    const payload = form.get('payload');
    return payload === null ? Object.fromEntries(form) : JSON.parse(payload);
  }
  return JSON.parse(raw);
}

/** Slack's three body forms (form fields, `payload=<json>`, JSON), as an object Bolt can route, or why not. */
export function parseSlackBody(rawBody: Buffer, contentType: string | undefined): ParsedBody {
  const mediaType = mediaTypeOf(contentType);
  if (mediaType !== 'application/x-www-form-urlencoded' && mediaType !== 'application/json') {
    return { ok: false, rejection: { status: 415, reason: `content type ${mediaType || 'missing'}` } };
  }
  let decoded: unknown;
  try {
    decoded = decode(rawBody.toString('utf8'), mediaType);
  } catch {
    return { ok: false, rejection: { status: 400, reason: 'body is not valid JSON' } };
  }
  const envelope = envelopeSchema.safeParse(decoded);
  if (!envelope.success) return { ok: false, rejection: { status: 400, reason: 'body is not a Slack payload' } };
  return { ok: true, body: envelope.data as Record<string, unknown> };
}

export interface Route {
  path: string;
  handler(req: IncomingMessage, res: ServerResponse): void;
}

export interface RindeReceiverOptions {
  signingSecret: string;
  /** Where Slack posts (commands, interactivity, events). */
  endpoint: string;
  /** Plain GET routes (`/healthz`). */
  routes?: readonly Route[];
  /** GET and HEAD requests no route took (the public pages, src/web); without it they are 404. */
  fallback?: Route['handler'];
  logger: Logger;
  /** Milliseconds since the epoch, for the replay window; tests move it. */
  now?: () => number;
  maxBodyBytes?: number;
}

function answer(res: ServerResponse, status: number, body?: unknown): void {
  if (res.headersSent) return;
  if (body === undefined || body === '') {
    res.writeHead(status).end();
  } else if (typeof body === 'string') {
    res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8' }).end(body);
  } else {
    res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
  }
}

function retryNumOf(req: IncomingMessage): number | undefined {
  const value = headerOf(req, 'x-slack-retry-num');
  return value === undefined || !/^\d+$/.test(value) ? undefined : Number(value);
}

export class RindeReceiver implements Receiver {
  private app: App | undefined;
  private server: Server | undefined;
  private readonly now: () => number;
  private readonly maxBodyBytes: number;

  constructor(private readonly options: RindeReceiverOptions) {
    this.now = options.now ?? Date.now;
    this.maxBodyBytes = options.maxBodyBytes ?? MAX_BODY_BYTES;
  }

  init(app: App): void {
    this.app = app;
  }

  async start(port: number): Promise<Server> {
    if (this.server !== undefined) throw new Error('the receiver is already listening');
    const server = createServer((req, res) => this.route(req, res));
    server.requestTimeout = REQUEST_TIMEOUT_MS;
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, () => {
        server.off('error', reject);
        resolve();
      });
    });
    // A socket error after listening (a client resetting) concerns that client only.
    server.on('clientError', (_error, socket) => socket.destroy());
    this.server = server;
    return server;
  }

  async stop(): Promise<void> {
    const server = this.server;
    this.server = undefined;
    if (server === undefined) return;
    await new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())));
  }

  address(): AddressInfo | string | null {
    return this.server?.address() ?? null;
  }

  private route(req: IncomingMessage, res: ServerResponse): void {
    const path = (req.url ?? '/').split('?')[0];
    if (req.method === 'POST' && path === this.options.endpoint) {
      this.handle(req, res).catch((error: unknown) => {
        this.options.logger.error({ err: errorSummary(error) }, 'slack request failed in the receiver');
        answer(res, 500);
      });
      return;
    }
    const route = req.method === 'GET' ? this.options.routes?.find((r) => r.path === path) : undefined;
    const fallback = req.method === 'GET' || req.method === 'HEAD' ? this.options.fallback : undefined;
    if (route !== undefined) route.handler(req, res);
    else if (fallback !== undefined) fallback(req, res);
    else answer(res, 404);
  }

  private reject(req: IncomingMessage, res: ServerResponse, rejection: Rejection): void {
    this.options.logger.warn({ status: rejection.status, reason: rejection.reason }, 'slack request rejected');
    // Whatever is left of a refused body is not worth reading.
    if (!req.complete) res.setHeader('connection', 'close');
    answer(res, rejection.status);
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const headers = {
      timestamp: headerOf(req, 'x-slack-request-timestamp'),
      signature: headerOf(req, 'x-slack-signature'),
    };
    const refused = checkSignedHeaders(headers, this.now());
    if (refused !== null) {
      // Slack's certificate check carries no signature and asks for nothing but a 200.
      if (headers.signature === undefined && (await this.isSslCheck(req))) return answer(res, 200);
      return this.reject(req, res, refused);
    }
    const rawBody = await this.readCapped(req, this.maxBodyBytes);
    if (rawBody === null) return this.reject(req, res, { status: 413, reason: 'body too large' });
    if (!hasValidSignature(this.options.signingSecret, headers as { timestamp: string; signature: string }, rawBody)) {
      return this.reject(req, res, { status: 401, reason: 'signature mismatch' });
    }
    const parsed = parseSlackBody(rawBody, req.headers['content-type']);
    if (!parsed.ok) return this.reject(req, res, parsed.rejection);
    const { body } = parsed;
    if (body.type === 'url_verification') return answer(res, 200, { challenge: body.challenge });
    await this.dispatch(req, res, body);
  }

  /** The body, or null past `limit` bytes (declared or streamed). */
  private async readCapped(req: IncomingMessage, limit: number): Promise<Buffer | null> {
    if (Number(req.headers['content-length'] ?? 0) > limit) return null;
    try {
      return await readBody(req, limit);
    } catch (error) {
      if (error instanceof BodyTooLarge) return null;
      throw error;
    }
  }

  private async isSslCheck(req: IncomingMessage): Promise<boolean> {
    if (mediaTypeOf(req.headers['content-type']) !== 'application/x-www-form-urlencoded') return false;
    const rawBody = await this.readCapped(req, SSL_CHECK_MAX_BYTES);
    return rawBody !== null && new URLSearchParams(rawBody.toString('utf8')).get('ssl_check') === '1';
  }

  private async dispatch(req: IncomingMessage, res: ServerResponse, body: Record<string, unknown>): Promise<void> {
    if (this.app === undefined) throw new Error('the receiver was started without an app');
    let acked = false;
    const unacked = setTimeout(() => {
      if (acked) return;
      this.options.logger.error({}, 'slack request not acknowledged within 3 s');
      answer(res, 404);
    }, UNACKED_TIMEOUT_MS);
    const event: ReceiverEvent = {
      body,
      ack: async (response?: unknown) => {
        if (acked) throw new Error('acknowledged twice');
        acked = true;
        clearTimeout(unacked);
        answer(res, 200, response);
      },
      retryNum: retryNumOf(req),
      retryReason: headerOf(req, 'x-slack-retry-reason'),
      customProperties: {},
    };
    try {
      await this.app.processEvent(event);
    } catch (error) {
      // Bolt's error handler (app.error) already had its turn; this is what it could not handle.
      clearTimeout(unacked);
      this.options.logger.error({ err: errorSummary(error) }, 'slack request failed after the error handler');
      answer(res, 500);
    }
  }
}
