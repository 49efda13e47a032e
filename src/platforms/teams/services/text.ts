import type { Activity } from '@microsoft/teams.api';
import type { CommandName } from '../../../usecases/index.js';

const COMMANDS: Record<string, CommandName> = {
  avance: 'avance',
  estado: 'estado',
  pendientes: 'pendientes',
  ayuda: 'ayuda',
  help: 'ayuda',
  rinde: 'rinde',
};

export const COMMAND_WORDS = Object.keys(COMMANDS);

/** A mention in a Teams message: `<at>Ana</at>` in the text, and who it is in the activity's entities. */
export interface TeamsMention {
  /** Exactly as it appears in the text, `<at>Ana</at>`. */
  text: string;
  /** The mentioned account's Teams ID ("29:…", or "28:…" for a bot). */
  id: string;
  name: string;
  /** Teams includes it for people in the tenant; older clients leave it out. */
  aadObjectId: string | null;
}

/** The mentions Teams listed in the activity's entities. */
export function mentionsOf(activity: Pick<Activity, 'entities'>): TeamsMention[] {
  return (activity.entities ?? []).flatMap((entity) =>
    entity.type === 'mention' && typeof entity.text === 'string' && entity.text !== ''
      ? [
          {
            text: entity.text,
            id: entity.mentioned.id,
            name: entity.mentioned.name ?? '',
            aadObjectId: entity.mentioned.aadObjectId ?? null,
          },
        ]
      : [],
  );
}

/** How a person's mention reaches the command layer: one word, resolved later (listeners/messages/rinde.ts). */
export const MENTION_PREFIX = '@teams:';

/** Teams' text carries HTML entities and, in channels, a trailing line break. */
export function plainText(text: string): string {
  return text
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * "avance 1.2 10 nota", "/estado 1.2", "<at>Rinde</at> pendientes" → the command and the rest of the
 * line. The bot's own mention is taken out; a person's becomes one word, `@teams:<index>`.
 */
export function splitCommand(
  text: string,
  mentions: readonly TeamsMention[],
  botId: string,
): { name: CommandName; rest: string } | { unknown: string } | null {
  const trimmed = plainText(
    substituteMentions(text, mentions, botId, (mention) => `${MENTION_PREFIX}${mentions.indexOf(mention)}`),
  );
  if (trimmed === '') return null;
  const [word = '', ...rest] = trimmed.replace(/^\//, '').split(' ');
  const name = COMMANDS[word.toLowerCase()];
  return name === undefined ? { unknown: word } : { name, rest: rest.join(' ') };
}

/** Replaces each mention in the text: the bot's own by nothing, anyone else's by what `replace` gives. */
export function substituteMentions(
  text: string,
  mentions: readonly TeamsMention[],
  botId: string,
  replace: (mention: TeamsMention) => string,
): string {
  let result = text;
  for (const mention of mentions) {
    result = result.split(mention.text).join(mention.id === botId ? ' ' : ` ${replace(mention)} `);
  }
  return result;
}
