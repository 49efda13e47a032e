import { replyMessage } from '../../cards/replies.js';
import { exportWording } from '../../services/exportFile.js';
import type { FileConsentHandler } from './types.js';

/** The person declined the sheet: nothing is uploaded, and they are told how to ask again. */
export function fileDeclined(): FileConsentHandler {
  return async (ctx) => {
    await ctx.send(replyMessage({ kind: 'done', message: exportWording.declined }));
  };
}
