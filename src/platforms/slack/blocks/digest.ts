import { digestSections, digestSubtitle, digestTitle, headlineLines, type Markup } from '../../../digest/lines.js';
import type { Digest } from '../../../domain/digest.js';
import type { StatusBands } from '../../../domain/types.js';
import { context, divider, header, section } from './elements.js';
import { escapeMrkdwn, evidenceLink } from './format.js';
import type { KnownBlock, SlackMessage } from './kit.js';
import { MAX_BLOCKS_PER_MESSAGE, packLines } from './limits.js';

const slackMarkup: Markup = {
  bold: (text) => `*${text}*`,
  link: (url, label) => evidenceLink(url, label),
  escape: escapeMrkdwn,
};

/** The weekly digest as Block Kit: headline figures, then one short section per list. */
export function digestMessage(digest: Digest, bands: StatusBands): SlackMessage {
  const sections = digestSections(digest, slackMarkup).flatMap((s): KnownBlock[] =>
    packLines([`*${s.title}*`, ...s.lines]).map((text) => section(text)),
  );
  const blocks: KnownBlock[] = [
    header(digestTitle(digest)),
    context(escapeMrkdwn(digestSubtitle(digest))),
    section(headlineLines(digest, bands, slackMarkup).join('\n')),
    divider(),
    ...sections,
    context('Escriba `/estado` para ver cada actividad o `/rinde resumen` para pedir este resumen cuando quiera.'),
  ];
  return {
    text: `${digestTitle(digest)}: cumplimiento promedio y lo que vence pronto.`,
    blocks: blocks.slice(0, MAX_BLOCKS_PER_MESSAGE),
  };
}
