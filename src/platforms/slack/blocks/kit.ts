import type { types } from '@slack/bolt';

// Block Kit types come through Bolt's re-export so the app depends on one Slack package only.
export type KnownBlock = types.KnownBlock;
export type SectionBlock = types.SectionBlock;
export type ActionsBlock = types.ActionsBlock;
export type Button = types.Button;
export type HomeView = types.HomeView;
export type ModalView = types.ModalView;
export type PlainTextOption = types.PlainTextOption;

/** What every message builder returns: blocks plus the plain text Slack shows in notifications. */
export interface SlackMessage {
  text: string;
  blocks: KnownBlock[];
}
