import type { KnownBlock } from './kit.js';

/** Slack's documented limits; exceeding any of them makes the whole API call fail. */
export const MAX_BLOCKS_PER_MESSAGE = 50;
export const MAX_BLOCKS_PER_VIEW = 100;
export const MAX_SECTION_TEXT = 3000;
export const MAX_HEADER_TEXT = 150;
export const MAX_BUTTON_TEXT = 75;
export const MAX_OPTION_TEXT = 75;
export const MAX_OPTIONS_PER_SELECT = 100;
export const MAX_ACTION_VALUE = 2000;
export const MAX_PRIVATE_METADATA = 3000;
/** Slack truncates longer notification text itself; we cut first so the cut is ours and clean. */
export const MAX_FALLBACK_TEXT = 3000;

const ELLIPSIS = '…';

/**
 * Cuts text to `max` UTF-16 units (the stricter way to count, since an emoji counts as two),
 * ending in "…" and never splitting an accent or emoji.
 */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  const limit = max - ELLIPSIS.length;
  // One slice, not a string built a character at a time: every reply and Home tab cuts titles.
  const end = isHighSurrogate(text.charCodeAt(limit - 1)) ? limit - 1 : limit;
  return `${text.slice(0, end).trimEnd()}${ELLIPSIS}`;
}

/** The first half of a character outside the BMP (an emoji): cutting after it would leave half a character. */
function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

/**
 * Keeps a block list within `max`, replacing the tail with `overflowBlock(hidden)` so the reader
 * knows something was left out instead of the API call failing.
 */
export function capBlocks(
  blocks: KnownBlock[],
  max: number,
  overflowBlock: (hidden: number) => KnownBlock,
): KnownBlock[] {
  if (blocks.length <= max) return blocks;
  const kept = blocks.slice(0, max - 1);
  return [...kept, overflowBlock(blocks.length - kept.length)];
}

/**
 * Joins lines into as few mrkdwn texts as possible, each within the section limit, so a long list
 * becomes a few sections rather than one block per line.
 */
export function packLines(lines: readonly string[], max = MAX_SECTION_TEXT): string[] {
  const chunks: string[] = [];
  let current = '';
  for (const raw of lines) {
    const line = truncate(raw, max);
    const candidate = current === '' ? line : `${current}\n${line}`;
    if (candidate.length > max) {
      chunks.push(current);
      current = line;
    } else {
      current = candidate;
    }
  }
  if (current !== '') chunks.push(current);
  return chunks;
}
