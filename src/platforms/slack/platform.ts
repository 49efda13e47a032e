import * as webApi from '@slack/web-api';
import type { PngFile } from '../../charts/complianceChart.js';
import type { ChatPlatform } from '../port.js';
import { noticeMessage } from './blocks/notices.js';
import { classifyDeliveryError, classifyPostError, sendDirectMessage } from './delivery.js';

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

async function uploadPng(client: webApi.WebClient, channel: string, file: PngFile, comment: string): Promise<void> {
  await classified(() =>
    client.files.uploadV2({
      channel_id: channel,
      file: Buffer.from(file.bytes),
      filename: file.filename,
      title: file.title,
      initial_comment: comment,
    }),
  );
}

/**
 * Slack as the jobs' platform: notices rendered to Block Kit (src/platforms/slack/blocks/notices.ts) and
 * failures sorted by Slack's rules (src/platforms/slack/delivery.ts).
 */
export function slackPlatform(client: webApi.WebClient): ChatPlatform {
  return {
    async directMessage(userId, notice, beforePost) {
      await sendDirectMessage(client, userId, noticeMessage(notice), beforePost);
    },
    channelMessage(channel, notice) {
      const message = noticeMessage(notice);
      return classified(
        () => client.chat.postMessage({ channel, text: message.text, blocks: message.blocks, unfurl_links: false }),
        classifyPostError,
      );
    },
    uploadPng: (channel, file, comment) => uploadPng(client, channel, file, comment),
  };
}
