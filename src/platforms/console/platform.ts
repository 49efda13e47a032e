import type { ChatPlatform } from '../port.js';
import { noticeText } from './noticeText.js';

/**
 * The local console as the jobs' platform: every notice is printed, headed by who it is for, so
 * reminders and reports show up in the terminal as they would arrive in the chat. Printing cannot
 * fail the way a chat platform does, so nothing here is ever retried.
 */
export function consolePlatform(write: (text: string) => void): ChatPlatform {
  return {
    async directMessage(userId, notice, beforePost) {
      await beforePost?.();
      write(`── Mensaje directo para @${userId} ──\n${noticeText(notice)}`);
    },
    async channelMessage(channel, notice) {
      write(`── En #${channel} ──\n${noticeText(notice)}`);
    },
    async uploadPng(channel, file, comment) {
      write(
        `── En #${channel} ──\n${comment}\n(gráfico «${file.title}», ${file.filename}: la consola no muestra imágenes)`,
      );
    },
  };
}
