import type { App } from '@slack/bolt';
import type { ListenerDeps } from '../../deps.js';
import { VIEW_IDS } from '../../ids.js';
import { progressSubmission } from './progressSubmission.js';

export function register(app: App, deps: ListenerDeps): void {
  app.view(VIEW_IDS.progressModal, progressSubmission(deps));
}
