import type { App } from '@slack/bolt';
import type { ListenerDeps } from '../../deps.js';
import { ACTION_IDS } from '../../ids.js';
import { confirmProgressAction } from './confirmProgress.js';
import { registerProgressAction } from './registerProgress.js';
import { selectActivityAction } from './selectActivity.js';
import { uploadChoiceAction } from './uploadChoice.js';
import { uploadHelpAction } from './uploadHelp.js';
import { viewActivityAction } from './viewActivity.js';

/** Buttons and selects in Rinde's messages, Home tab and modal. */
export function register(app: App, deps: ListenerDeps): void {
  app.action({ type: 'block_actions', action_id: ACTION_IDS.openProgressModal }, registerProgressAction(deps));
  app.action({ type: 'block_actions', action_id: ACTION_IDS.viewActivity }, viewActivityAction(deps));
  app.action({ type: 'block_actions', action_id: ACTION_IDS.selectActivity }, selectActivityAction(deps));
  app.action({ type: 'block_actions', action_id: ACTION_IDS.confirmProgress }, confirmProgressAction(deps));
  app.action({ type: 'block_actions', action_id: ACTION_IDS.importUpload }, uploadChoiceAction(deps));
  app.action({ type: 'block_actions', action_id: ACTION_IDS.cancelUpload }, uploadChoiceAction(deps));
  app.action({ type: 'block_actions', action_id: ACTION_IDS.uploadHelp }, uploadHelpAction(deps));
}
