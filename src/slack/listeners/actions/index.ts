import type { App } from '@slack/bolt';
import type { ListenerDeps } from '../../deps.js';
import { ACTION_IDS } from '../../ids.js';
import { oneOf, routed } from '../router.js';
import { confirmProgressAction } from './confirmProgress.js';
import { registerProgressAction } from './registerProgress.js';
import { selectActivityAction } from './selectActivity.js';
import { viewActivityAction } from './viewActivity.js';

/** Buttons and selects in Rinde's messages, Home tab and modal. One Bolt listener routes them (router.ts). */
export function register(app: App, deps: ListenerDeps): void {
  const listeners = {
    [ACTION_IDS.openProgressModal]: registerProgressAction,
    [ACTION_IDS.viewActivity]: viewActivityAction,
    [ACTION_IDS.selectActivity]: selectActivityAction,
    [ACTION_IDS.confirmProgress]: confirmProgressAction,
  };
  app.action(
    { type: 'block_actions', action_id: oneOf(Object.keys(listeners)) },
    routed(listeners, ({ action }) => action.action_id, deps),
  );
}
