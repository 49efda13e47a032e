/** What Teams shows for a file the bot offers, before the person accepts it into their OneDrive. */
export const FILE_CONSENT_CARD = 'application/vnd.microsoft.teams.card.file.consent';
/** What Teams shows for a file once uploaded: a card that opens it from the person's OneDrive. */
export const FILE_INFO_CARD = 'application/vnd.microsoft.teams.card.file.info';

/** Where the file went, as Teams reported it in the accepted consent's uploadInfo. */
export interface UploadedFile {
  name: string;
  contentUrl: string;
  uniqueId: string;
  fileType: string;
}

/**
 * A personal-chat message asking to upload `filename`; Teams sends `acceptContext` back with the
 * upload URL when the person accepts, `declineContext` when they decline.
 */
export function fileConsentMessage(
  offer: { filename: string; description: string; sizeInBytes: number },
  acceptContext: Record<string, unknown>,
  declineContext: Record<string, unknown>,
) {
  return {
    type: 'message' as const,
    summary: offer.description,
    attachments: [
      {
        contentType: FILE_CONSENT_CARD,
        name: offer.filename,
        content: { description: offer.description, sizeInBytes: offer.sizeInBytes, acceptContext, declineContext },
      },
    ],
  };
}

/** The message that shows the uploaded file in the chat, with `caption` as its text. */
export function fileInfoMessage(file: UploadedFile, caption: string) {
  return {
    type: 'message' as const,
    text: caption,
    attachments: [
      {
        contentType: FILE_INFO_CARD,
        contentUrl: file.contentUrl,
        name: file.name,
        content: { uniqueId: file.uniqueId, fileType: file.fileType },
      },
    ],
  };
}
