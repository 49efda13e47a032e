import { type CloudEnvironment, PUBLIC, withOverrides } from '@microsoft/teams.api';
import type { Config, TeamsCredentials } from '../../config.js';

/** Microsoft Entra ID's login host; TEAMS_LOGIN_URL replaces it in tests. */
export const ENTRA_LOGIN_URL = 'https://login.microsoftonline.com';

/**
 * The public cloud, with the test-only overrides (TEAMS_OPENID_METADATA_URL, TEAMS_TOKEN_ISSUER,
 * TEAMS_LOGIN_URL) pointing inbound validation and outbound tokens at a loopback stand-in.
 */
export function teamsCloud(config: Config): CloudEnvironment {
  return withOverrides(PUBLIC, {
    ...(config.TEAMS_OPENID_METADATA_URL === undefined ? {} : { openIdMetadataUrl: config.TEAMS_OPENID_METADATA_URL }),
    ...(config.TEAMS_TOKEN_ISSUER === undefined ? {} : { tokenIssuer: config.TEAMS_TOKEN_ISSUER }),
    ...(config.TEAMS_LOGIN_URL === undefined ? {} : { loginEndpoint: config.TEAMS_LOGIN_URL }),
  });
}

/** Tokens are renewed this long before they expire. */
const EXPIRY_MARGIN_MS = 5 * 60_000;

export class TeamsTokenError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'TeamsTokenError';
  }
}

interface CachedToken {
  value: string;
  expiresAt: number;
}

/**
 * The bot's outbound token: a client-credentials grant against Entra ID (or TEAMS_LOGIN_URL), with
 * `fetch`, cached per scope until shortly before it expires. MSAL is not used because it refuses an
 * http:// authority and looks up Microsoft's host for discovery, so it cannot be pointed at a stand-in.
 */
export function clientCredentialsToken(
  config: TeamsCredentials & Pick<Config, 'TEAMS_LOGIN_URL'>,
  clock: () => Date,
): (scope: string | string[], tenantId?: string) => Promise<string> {
  const cache = new Map<string, CachedToken>();
  const base = (config.TEAMS_LOGIN_URL ?? ENTRA_LOGIN_URL).replace(/\/+$/, '');
  return async (scope, tenantId) => {
    const scopes = Array.isArray(scope) ? scope.join(' ') : scope;
    const tenant = tenantId ?? config.TEAMS_TENANT_ID;
    const key = `${tenant} ${scopes}`;
    const cached = cache.get(key);
    if (cached !== undefined && cached.expiresAt - EXPIRY_MARGIN_MS > clock().getTime()) return cached.value;
    const response = await fetch(`${base}/${encodeURIComponent(tenant)}/oauth2/v2.0/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        grant_type: 'client_credentials',
        client_id: config.TEAMS_APP_ID,
        client_secret: config.TEAMS_APP_PASSWORD,
        scope: scopes,
      }),
    });
    const body = (await response.json().catch(() => ({}))) as {
      access_token?: unknown;
      expires_in?: unknown;
      error?: unknown;
    };
    if (!response.ok || typeof body.access_token !== 'string') {
      throw new TeamsTokenError(
        `token request refused (${response.status}${typeof body.error === 'string' ? ` ${body.error}` : ''})`,
      );
    }
    const lifetime = typeof body.expires_in === 'number' ? body.expires_in : Number(body.expires_in ?? 3600);
    cache.set(key, { value: body.access_token, expiresAt: clock().getTime() + lifetime * 1000 });
    return body.access_token;
  };
}
