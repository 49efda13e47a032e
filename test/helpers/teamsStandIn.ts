import { createPrivateKey, generateKeyPairSync, type KeyObject, sign } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A loopback stand-in for everything Microsoft on the other side of a Teams bot: the Bot Framework's
 * OpenID metadata and signing keys (an RSA key made here), Entra ID's token endpoint, and the
 * connector at the activities' serviceUrl, which records every activity the bot sends.
 */

export const BOT_ISSUER = 'https://api.botframework.test';
export const TOKEN_AUDIENCE = 'https://api.botframework.com';

export interface SentActivity {
  method: string;
  path: string;
  conversationId: string;
  /** The bot's Authorization header, to check it is the token the stand-in issued. */
  authorization: string | undefined;
  body: Record<string, unknown>;
}

export interface TokenRequest {
  tenant: string;
  form: URLSearchParams;
}

/** The bytes a bot PUT into an upload session (Teams' file consent, uploadInfo.uploadUrl). */
export interface Upload {
  path: string;
  contentRange: string | undefined;
  bytes: Buffer;
}

/** A failure the connector answers with, once per queued entry, before answering normally again. */
export interface ConnectorFailure {
  status: number;
  headers?: Record<string, string>;
}

export interface TeamsStandIn {
  /** Base URL: TEAMS_LOGIN_URL, and the origin of the rest. */
  url: string;
  openIdMetadataUrl: string;
  /** The activities' serviceUrl, with its trailing slash as Teams sends it. */
  serviceUrl: string;
  sent: SentActivity[];
  tokenRequests: TokenRequest[];
  /** Members the connector knows by Teams ID, for `GET …/members/{id}`. */
  roster: Map<string, { id: string; name: string; aadObjectId: string }>;
  connectorFailures: ConnectorFailure[];
  /** Conversations the connector refuses for good (a member who removed the bot: 403), by conversation ID. */
  refusedConversations: Map<string, ConnectorFailure>;
  /** How long the connector takes to accept each activity: a slow Teams stretches a sweep over seconds. */
  activityDelayMs: number;
  /** What was uploaded to the sessions `uploadUrl` names, and the statuses to refuse the next uploads with. */
  uploads: Upload[];
  uploadFailures: number[];
  /** An upload session's URL, as Teams puts it in an accepted file consent (OneDrive's, played here). */
  uploadUrl(name: string): string;
  /** The access tokens the token endpoint handed out. */
  issuedTokens: string[];
  /** A JWT signed with the stand-in's key (or `key`), as the Bot Framework signs its requests. */
  signToken(claims: Record<string, unknown>, options?: { key?: KeyObject; kid?: string }): string;
  /** The activities sent to one conversation, in order. */
  sentTo(conversationId: string): SentActivity[];
  close(): Promise<void>;
}

const KID = 'rinde-test-key';

function base64url(value: Buffer | string): string {
  return Buffer.from(value).toString('base64url');
}

export function signJwt(claims: Record<string, unknown>, key: KeyObject, kid: string): string {
  const header = base64url(JSON.stringify({ alg: 'RS256', typ: 'JWT', kid }));
  const payload = base64url(JSON.stringify(claims));
  const signature = sign('sha256', Buffer.from(`${header}.${payload}`), key);
  return `${header}.${payload}.${base64url(signature)}`;
}

/** An RSA key the stand-in does not publish: a token signed with it has a bad signature. */
export function foreignKey(): KeyObject {
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  return createPrivateKey(privateKey.export({ type: 'pkcs8', format: 'pem' }));
}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

function json(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': 'application/json', ...headers }).end(JSON.stringify(body));
}

export async function startTeamsStandIn(options: { appId: string }): Promise<TeamsStandIn> {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const jwk = { ...publicKey.export({ format: 'jwk' }), kid: KID, use: 'sig', alg: 'RS256', endorsements: ['msteams'] };
  const sent: SentActivity[] = [];
  const tokenRequests: TokenRequest[] = [];
  const issuedTokens: string[] = [];
  const connectorFailures: ConnectorFailure[] = [];
  const uploads: Upload[] = [];
  const refusedConversations = new Map<string, ConnectorFailure>();
  const uploadFailures: number[] = [];
  const roster = new Map<string, { id: string; name: string; aadObjectId: string }>();
  let url = '';
  let activityNumber = 0;

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const path = req.url?.split('?')[0] ?? '';
    const bytes = await readBody(req);
    const body = bytes.toString('utf8');
    if (req.method === 'PUT' && path.startsWith('/upload/')) {
      const refused = uploadFailures.shift();
      if (refused !== undefined) return json(res, refused, { error: { code: 'Failure' } });
      uploads.push({ path, contentRange: req.headers['content-range'], bytes });
      return json(res, 201, { id: 'drive-item-1', name: decodeURIComponent(path.slice('/upload/'.length)) });
    }
    if (req.method === 'GET' && path === '/v1/.well-known/openidconfiguration') {
      return json(res, 200, {
        issuer: BOT_ISSUER,
        authorization_endpoint: `${url}/v1/authorize`,
        jwks_uri: `${url}/v1/.well-known/keys`,
        id_token_signing_alg_values_supported: ['RS256'],
      });
    }
    if (req.method === 'GET' && path === '/v1/.well-known/keys') return json(res, 200, { keys: [jwk] });
    const token = /^\/([^/]+)\/oauth2\/v2\.0\/token$/.exec(path);
    if (req.method === 'POST' && token) {
      const form = new URLSearchParams(body);
      tokenRequests.push({ tenant: decodeURIComponent(token[1] ?? ''), form });
      if (form.get('client_id') !== options.appId || form.get('grant_type') !== 'client_credentials') {
        return json(res, 401, { error: 'invalid_client' });
      }
      const now = Math.floor(Date.now() / 1000);
      const accessToken = signJwt(
        {
          aud: TOKEN_AUDIENCE,
          iss: `${url}/${token[1]}/v2.0`,
          appid: options.appId,
          iat: now,
          nbf: now,
          exp: now + 3600,
        },
        privateKey,
        KID,
      );
      issuedTokens.push(accessToken);
      return json(res, 200, { token_type: 'Bearer', expires_in: 3600, access_token: accessToken });
    }
    const member = /^\/teams\/v3\/conversations\/([^/]+)\/members\/([^/]+)$/.exec(path);
    if (req.method === 'GET' && member) {
      const found = roster.get(decodeURIComponent(member[2] ?? ''));
      return found === undefined ? json(res, 404, { error: { code: 'MemberNotFound' } }) : json(res, 200, found);
    }
    const activity = /^\/teams\/v3\/conversations\/([^/]+)\/activities(?:\/([^/]+))?$/.exec(path);
    if ((req.method === 'POST' || req.method === 'PUT') && activity) {
      if (standIn.activityDelayMs > 0) await new Promise((resolve) => setTimeout(resolve, standIn.activityDelayMs));
      const failure = refusedConversations.get(decodeURIComponent(activity[1] ?? '')) ?? connectorFailures.shift();
      if (failure !== undefined) return json(res, failure.status, { error: { code: 'Failure' } }, failure.headers);
      sent.push({
        method: req.method,
        path,
        conversationId: decodeURIComponent(activity[1] ?? ''),
        authorization: req.headers.authorization,
        body: JSON.parse(body) as Record<string, unknown>,
      });
      activityNumber++;
      return json(res, 200, { id: `sent-${activityNumber}` });
    }
    json(res, 404, { error: 'not found' });
  };

  const server: Server = createServer((req, res) => void handle(req, res));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const standIn: TeamsStandIn = {
    url,
    openIdMetadataUrl: `${url}/v1/.well-known/openidconfiguration`,
    serviceUrl: `${url}/teams/`,
    sent,
    tokenRequests,
    roster,
    connectorFailures,
    refusedConversations,
    activityDelayMs: 0,
    uploads,
    uploadFailures,
    uploadUrl: (name) => `${url}/upload/${encodeURIComponent(name)}`,
    issuedTokens,
    signToken: (claims, signing = {}) => signJwt(claims, signing.key ?? privateKey, signing.kid ?? KID),
    sentTo: (conversationId) => sent.filter((activity) => activity.conversationId === conversationId),
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
  return standIn;
}
