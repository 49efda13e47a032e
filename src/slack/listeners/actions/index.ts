import type { App } from '@slack/bolt';
import type { ListenerDeps } from '../../deps.js';
import { ACTION_IDS } from '../../ids.js';
import { registerProgressAction } from './registerProgress.js';
import { selectActivityAction } from './selectActivity.js';
import { viewActivityAction } from './viewActivity.js';

export function register(app: App, deps: ListenerDeps): void {
  app.action(ACTION_IDS.openProgressModal, registerProgressAction(deps));
  app.action(ACTION_IDS.viewActivity, viewActivityAction(deps));
  app.action(ACTION_IDS.selectActivity, selectActivityAction(deps));
}
