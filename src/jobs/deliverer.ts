import * as webApi from '@slack/web-api';
import type { PngFile } from '../charts/complianceChart.js';
import type { SlackMessage } from '../slack/blocks/kit.js';
import { classifyDeliveryError, classifyPostError, sendDirectMessage } from '../slack/delivery.js';

/**
 * What the jobs need from a chat platform. Each call either succeeds or throws a DeliveryError
 * (src/platforms/port.ts) whose kind says whether to wait (rate_limited), retry (server_error) or give up.
 */
export interface Deliverer {
  /** `beforePost` runs between opening the DM and posting to it. */
  directMessage(userId: string, message: SlackMessage, beforePost?: () => Promise<void>): Promise<void>;
  channelMessage(channel: string, message: SlackMessage): Promise<void>;
  uploadPng(channel: string, file: PngFile, comment: string): Promise<void>;
}

/**
 * How long one job call to the Web API may take: far below the outbox's five-minute lease, so an
 * attempt ends (and records its outcome) long before another instance could take its row over.
 */
export const JOB_CALL_TIMEOUT_MS = 10_000;

export interface JobClientOptions {
  slackApiUrl?: string | undefined;
  timeoutMs?: number;
  /** Where the SDK's own warnings go; without it they are plain console lines amid the JSON logs. */
  logger?: webApi.Logger;
}

/**
 * A Web API client for jobs: no SDK retries and 429s rejected at once, because the outbox keeps its
 * own attempts and backoff in the database, where a restart or another instance can see them.
 */
export function createJobSlackClient(token: string, options: JobClientOptions = {}): webApi.WebClient {
  return new webApi.WebClient(token, {
    ...(options.slackApiUrl === undefined ? {} : { slackApiUrl: options.slackApiUrl }),
    ...(options.logger === undefined ? {} : { logger: options.logger }),
    retryConfig: { retries: 0 },
    rejectRateLimitedCalls: true,
    timeout: options.timeoutMs ?? JOB_CALL_TIMEOUT_MS,
  });
}

async function classified(work: () => Promise<unknown>, classify = classifyDeliveryError): Promise<void> {
  try {
    await work();
  } catch (error) {
    throw classify(error);
  }
}

export function slackDeliverer(client: webApi.WebClient): Deliverer {
  return {
    async directMessage(userId, message, beforePost) {
      await sendDirectMessage(client, userId, message, beforePost);
    },
    channelMessage: (channel, message) =>
      classified(
        () => client.chat.postMessage({ channel, text: message.text, blocks: message.blocks, unfurl_links: false }),
        classifyPostError,
      ),
    uploadPng: (channel, file, comment) =>
      classified(() =>
        client.files.uploadV2({
          channel_id: channel,
          file: Buffer.from(file.bytes),
          filename: file.filename,
          title: file.title,
          initial_comment: comment,
        }),
      ),
  };
}
