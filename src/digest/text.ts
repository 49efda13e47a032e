import type { Digest } from '../domain/digest.js';
import type { StatusBands } from '../domain/types.js';
import { digestSections, digestSubtitle, digestTitle, headlineLines, type Markup } from './lines.js';

const plainMarkup: Markup = {
  bold: (text) => text,
  link: (url) => url,
  escape: (text) => text,
};

/** The digest as plain Spanish text, for `rinde digest` and the local console. */
export function renderDigestText(digest: Digest, bands: StatusBands): string {
  return [
    digestTitle(digest),
    digestSubtitle(digest),
    '',
    ...headlineLines(digest, bands, plainMarkup),
    ...digestSections(digest, plainMarkup).flatMap((s) => ['', `${s.title}:`, ...s.lines]),
  ].join('\n');
}
