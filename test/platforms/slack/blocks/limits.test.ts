import { describe, expect, it } from 'vitest';
import { context } from '../../../../src/platforms/slack/blocks/elements.js';
import { capBlocks, MAX_SECTION_TEXT, packLines, truncate } from '../../../../src/platforms/slack/blocks/limits.js';

describe('truncate', () => {
  it('leaves short text alone', () => {
    expect(truncate('Información', 20)).toBe('Información');
  });

  it('cuts to the limit with an ellipsis, never splitting an accent or emoji', () => {
    expect(truncate('Rendición de cuentas', 10)).toBe('Rendición…');
    expect(truncate('🟢🟢🟢🟢', 6)).toBe('🟢🟢…');
    expect(truncate('🟢🟢🟢🟢', 5)).toBe('🟢🟢…');
    expect(truncate('a🟢🟢🟢', 5)).toBe('a🟢…');
    expect(truncate('Rendición de cuentas', 11)).toBe('Rendición…');
  });
});

describe('packLines', () => {
  it('joins lines into sections within the text limit', () => {
    const line = 'x'.repeat(1000);
    const chunks = packLines([line, line, line, line]);
    expect(chunks).toHaveLength(2);
    for (const chunk of chunks) expect(chunk.length).toBeLessThanOrEqual(MAX_SECTION_TEXT);
  });

  it('truncates a single line longer than a section', () => {
    const [chunk] = packLines(['y'.repeat(5000)]);
    expect(chunk).toHaveLength(MAX_SECTION_TEXT);
  });
});

describe('capBlocks', () => {
  it('replaces the tail with a note saying how many were left out', () => {
    const blocks = Array.from({ length: 60 }, (_, i) => context(`b${i}`));
    const capped = capBlocks(blocks, 50, (hidden) => context(`… y ${hidden} más`));
    expect(capped).toHaveLength(50);
    expect(capped.at(-1)).toEqual(context('… y 11 más'));
  });
});
