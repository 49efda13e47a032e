import type { TeamsDeps } from '../../deps.js';
import { statusCardFor } from '../../services/status.js';
import type { CardActionHandler } from './types.js';

/**
 * The estado card again, as it stands now: Teams asks for it by itself when the caller opens the chat
 * (the card's refresh), and "Actualizar" or "Ver mis actividades" ask for it by hand.
 */
export function showStatus(deps: TeamsDeps): CardActionHandler {
  return async (ctx) => statusCardFor(deps, ctx.activity);
}
