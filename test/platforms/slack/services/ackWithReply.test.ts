import type { RespondFn } from '@slack/bolt';
import { describe, expect, it, vi } from 'vitest';
import { ackWithReply } from '../../../../src/platforms/slack/services/ackWithReply.js';
import type { Reply } from '../../../../src/usecases/index.js';
import { eventually } from '../../../helpers/slackApp.js';

const reply: Reply = { kind: 'done', message: 'Listo.' };

function slack() {
  return {
    ack: vi.fn(async () => undefined),
    respond: vi.fn<RespondFn>(async () => ({}) as Awaited<ReturnType<RespondFn>>),
  };
}

describe('ackWithReply', () => {
  it('answers quick work in the ack, and nothing goes to the response_url', async () => {
    const args = slack();
    expect(await ackWithReply(args, async () => reply)).toBe(reply);
    expect(args.ack).toHaveBeenCalledOnce();
    expect(args.ack).toHaveBeenCalledWith(
      expect.objectContaining({
        response_type: 'ephemeral',
        replace_original: false,
        text: expect.stringContaining('Listo.'),
      }),
    );
    expect(args.respond).not.toHaveBeenCalled();
  });

  it('acks empty when the work outlasts the budget, then answers through respond once it is done', async () => {
    const args = slack();
    let finish: (value: Reply) => void = () => undefined;
    const slow = new Promise<Reply>((resolve) => {
      finish = resolve;
    });
    const answered = ackWithReply(args, () => slow, 1);
    await eventually(() => expect(args.ack).toHaveBeenCalledWith());
    expect(args.respond).not.toHaveBeenCalled();
    finish(reply);
    expect(await answered).toBe(reply);
    expect(args.ack).toHaveBeenCalledOnce();
    expect(args.respond).toHaveBeenCalledWith(expect.objectContaining({ response_type: 'ephemeral' }));
  });

  it('acks empty and rethrows a failure, for the error handler to tell the user', async () => {
    const args = slack();
    await expect(ackWithReply(args, async () => Promise.reject(new Error('database gone')))).rejects.toThrow(
      'database gone',
    );
    expect(args.ack).toHaveBeenCalledWith();
    expect(args.respond).not.toHaveBeenCalled();
  });
});
