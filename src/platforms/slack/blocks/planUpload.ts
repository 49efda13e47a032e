import { uploadMessages } from '../../../wording/messages.js';
import { ACTION_IDS } from '../ids.js';
import { actions, context, header, section } from './elements.js';
import type { Button, KnownBlock, SlackMessage } from './kit.js';
import { capBlocks, MAX_BLOCKS_PER_MESSAGE, MAX_FALLBACK_TEXT, packLines, truncate } from './limits.js';
import { escapeMrkdwn } from './mrkdwn.js';

/** The blocks around the summary: header, file line, footer and the buttons. */
const FRAME_BLOCKS = 4;

function choiceButton(actionId: string, text: string, pendingId: string, style?: 'primary' | 'danger'): Button {
  return {
    type: 'button',
    action_id: actionId,
    text: { type: 'plain_text', text, emoji: true },
    value: pendingId,
    ...(style && { style }),
  };
}

/**
 * The summary `rinde import --preview` prints, one section per paragraph; a paragraph's heading
 * ("Advertencias:") in bold. A summary longer than a message holds says where to read the rest.
 */
function summaryBlocks(summary: string): KnownBlock[] {
  const blocks = summary
    .split(/\n{2,}/)
    .flatMap((paragraph) =>
      packLines(
        paragraph.split('\n').map((line) => (/^\S.*:$/.test(line) ? `*${escapeMrkdwn(line)}*` : escapeMrkdwn(line))),
      ),
    )
    .map((text) => section(text));
  return capBlocks(blocks, MAX_BLOCKS_PER_MESSAGE - FRAME_BLOCKS, (hidden) =>
    context(
      `… y ${hidden} parte(s) más de la vista previa. Para verla entera: \`rinde import ARCHIVO --preview\` en el servidor.`,
    ),
  );
}

/** An uploaded plan as Rinde understood it, with "Importar" and "Cancelar": nothing is written before the click. */
export function uploadPreviewMessage(preview: { pendingId: string; fileName: string; summary: string }): SlackMessage {
  return {
    text: truncate(`Vista previa de «${preview.fileName}»: ${preview.summary}`, MAX_FALLBACK_TEXT),
    blocks: [
      header('Vista previa del plan'),
      context(`Archivo «${escapeMrkdwn(preview.fileName)}»`),
      ...summaryBlocks(preview.summary),
      context(uploadMessages.previewFooter),
      actions(
        choiceButton(ACTION_IDS.importUpload, 'Importar', preview.pendingId, 'primary'),
        choiceButton(ACTION_IDS.cancelUpload, 'Cancelar', preview.pendingId),
      ),
    ],
  };
}

/** Escapes what the text quotes from the sheet or file name, keeping the mentions the use case put in. */
function escapeKeepingMentions(line: string): string {
  return line
    .split(/(<@[A-Z0-9]+>)/)
    .map((part, index) => (index % 2 === 1 ? part : escapeMrkdwn(part)))
    .join('');
}

/** A plain message in Rinde's voice: an upload refused, a file that could not be read, the import's result. */
export function uploadTextMessage(text: string): SlackMessage {
  return {
    text: truncate(text, MAX_FALLBACK_TEXT),
    blocks: capBlocks(
      packLines(text.split('\n').map(escapeKeepingMentions)).map((chunk) => section(chunk)),
      MAX_BLOCKS_PER_MESSAGE,
      (hidden) => context(`… y ${hidden} parte(s) más.`),
    ),
  };
}
