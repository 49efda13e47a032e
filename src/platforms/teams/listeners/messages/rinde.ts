import type { TeamsChannelAccount } from '@microsoft/teams.api';
import { aadObjectIdOfTeamsUser } from '../../../../storage/teamsConversations.js';
import { runCommand, UserError } from '../../../../usecases/index.js';
import type { TeamsDeps } from '../../deps.js';
import { callerContext } from '../../services/context.js';
import { sendProblem, sendReply } from '../../services/send.js';
import { MENTION_PREFIX, mentionsOf, type TeamsMention } from '../../services/text.js';
import { exportarMessage, isExportRequest } from './exportar.js';
import type { MessageContext, MessageHandler } from './types.js';

const MENTION_WORD = new RegExp(`${MENTION_PREFIX}(\\d+)`, 'g');

/**
 * A mentioned person's Entra object ID, which is what offices and admins are kept by: from the
 * mention itself, else from their stored conversation, else from the conversation's roster in Teams.
 */
async function aadObjectIdOf(deps: TeamsDeps, ctx: MessageContext, mention: TeamsMention): Promise<string> {
  if (mention.aadObjectId !== null) return mention.aadObjectId;
  const stored = await aadObjectIdOfTeamsUser(deps.db, mention.id);
  if (stored !== null) return stored;
  const member: TeamsChannelAccount | null = await ctx.api.conversations
    .members(ctx.activity.conversation.id)
    .getById(mention.id)
    .catch(() => null);
  const id = member?.aadObjectId;
  if (id === undefined) {
    throw new UserError(
      'invalid_arguments',
      `No encontré la cuenta de ${mention.name} en Microsoft Entra ID. Mencione a alguien de la entidad, o escriba su ID de objeto.`,
    );
  }
  return id;
}

/** `rinde asignar @Ana Oficina de prensa`, `rinde admin @Ana`, `rinde oficinas`, `rinde resumen`, `rinde exportar`. */
export function rindeMessage(deps: TeamsDeps): MessageHandler {
  return async (ctx, text) => {
    if (isExportRequest(text)) return exportarMessage(deps, ctx, text);
    const mentions = mentionsOf(ctx.activity);
    let resolved: string;
    try {
      const ids = await Promise.all(
        [...text.matchAll(MENTION_WORD)].map(async (match) => {
          const mention = mentions[Number(match[1])];
          return mention === undefined ? match[0] : aadObjectIdOf(deps, ctx, mention);
        }),
      );
      let index = 0;
      resolved = text.replace(MENTION_WORD, () => ids[index++] ?? '');
    } catch (error) {
      if (error instanceof UserError) return sendProblem(ctx, error.message);
      throw error;
    }
    await sendReply(ctx, await runCommand(await callerContext(deps, ctx.activity), 'rinde', resolved));
  };
}
