import crypto from 'node:crypto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { hasValidSignature } from '../../../src/platforms/slack/receiver.js';
import { sign } from '../../helpers/slackRequests.js';

// Bolt compared signatures with tsscmp: two more HMACs under a random key per request. Every HMAC
// object is a weak handle each young-generation collection must process, a third of its pause under
// load (docs/decisions/006). Rinde's own receiver (docs/decisions/010) signs once and compares with
// crypto.timingSafeEqual.
describe("the receiver's signature check", () => {
  const secret = 'probe-signing-secret';
  const body = 'command=%2Favance&text=1.2+10';
  const timestamp = String(Math.floor(Date.now() / 1000));
  const verify = (signature: string) => hasValidSignature(secret, { timestamp, signature }, Buffer.from(body));
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('accepts the right signature with one HMAC, its own', () => {
    const hmacs = vi.spyOn(crypto, 'createHmac');
    expect(verify(sign(secret, Number(timestamp), body))).toBe(true);
    expect(hmacs).toHaveBeenCalledTimes(1);
  });

  it('rejects a forged signature, a shorter one and one of the same length in other characters', () => {
    const right = sign(secret, Number(timestamp), body);
    expect(verify(sign(`${secret}-forged`, Number(timestamp), body))).toBe(false);
    expect(verify(right.slice(0, -1))).toBe(false);
    expect(verify(`${right.slice(0, -1)}é`)).toBe(false);
    expect(verify('v0=')).toBe(false);
  });
});
