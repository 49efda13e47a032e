import { describe, expect, it } from 'vitest';
import { oneOf, routed } from '../../../src/slack/listeners/router.js';

describe('oneOf', () => {
  it('matches exactly the names given, special characters included', () => {
    const pattern = oneOf(['/avance', 'progress.open']);
    expect(['/avance', 'progress.open'].map((name) => pattern.test(name))).toEqual([true, true]);
    expect(['/avance2', 'x/avance', 'progressXopen', ''].map((name) => pattern.test(name))).toEqual([
      false,
      false,
      false,
      false,
    ]);
  });
});

describe('routed', () => {
  it('hands each request to the listener registered under its name, and nothing else', async () => {
    const calls: string[] = [];
    const route = routed(
      {
        '/avance': async (text: string) => void calls.push(`avance ${text}`),
        '/estado': async (text: string) => void calls.push(`estado ${text}`),
      },
      (text) => (text.startsWith('1') ? '/avance' : text === '' ? '/estado' : '/otro'),
    );
    await route('1.2 10');
    await route('');
    await route('ninguno');
    expect(calls).toEqual(['avance 1.2 10', 'estado ']);
  });
});
