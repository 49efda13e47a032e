import { createHmac } from 'node:crypto';

/** Ways to bend a request the way a forger, a slow network or Slack's retries would. */
export interface SendOptions {
  /** Sign with the wrong secret. */
  badSignature?: boolean;
  /** Seconds to shift the timestamp by (negative is the past). */
  timestampOffsetSeconds?: number;
  /** Sets x-slack-retry-num (and x-slack-retry-reason), as Slack does when it redelivers an event. */
  retryNum?: number;
}

export interface SlackResponse {
  status: number;
  text: string;
  json(): unknown;
}

export function sign(secret: string, timestamp: number, rawBody: string): string {
  return `v0=${createHmac('sha256', secret).update(`v0:${timestamp}:${rawBody}`).digest('hex')}`;
}

/**
 * Sends requests to the app's HTTP receiver exactly as Slack does: slash commands form-encoded,
 * interactivity as `payload=<json>`, events as JSON; each signed with the v0 HMAC-SHA256 scheme.
 */
export function slackRequests(endpoint: string, signingSecret: string) {
  async function send(rawBody: string, contentType: string, options: SendOptions = {}): Promise<SlackResponse> {
    const timestamp = Math.floor(Date.now() / 1000) + (options.timestampOffsetSeconds ?? 0);
    const secret = options.badSignature === true ? `${signingSecret}-forged` : signingSecret;
    const headers: Record<string, string> = {
      'content-type': contentType,
      'x-slack-request-timestamp': String(timestamp),
      'x-slack-signature': sign(secret, timestamp, rawBody),
    };
    if (options.retryNum !== undefined) {
      headers['x-slack-retry-num'] = String(options.retryNum);
      headers['x-slack-retry-reason'] = 'http_timeout';
    }
    const response = await fetch(endpoint, { method: 'POST', headers, body: rawBody });
    const text = await response.text();
    return { status: response.status, text, json: () => JSON.parse(text) };
  }

  return {
    endpoint,
    send,
    command(fields: Record<string, string>, options?: SendOptions) {
      return send(new URLSearchParams(fields).toString(), 'application/x-www-form-urlencoded', options);
    },
    interaction(payload: object, options?: SendOptions) {
      const body = new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
      return send(body, 'application/x-www-form-urlencoded', options);
    },
    event(body: object, options?: SendOptions) {
      return send(JSON.stringify(body), 'application/json', options);
    },
  };
}

export type SlackRequests = ReturnType<typeof slackRequests>;
