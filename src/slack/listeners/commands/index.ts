import type { App } from '@slack/bolt';
import type { ListenerDeps } from '../../deps.js';
import { oneOf, routed } from '../router.js';
import { avanceCommand } from './avance.js';
import { ayudaCommand } from './ayuda.js';
import { estadoCommand } from './estado.js';
import { pendientesCommand } from './pendientes.js';
import { rindeCommand } from './rinde.js';

/** The slash commands; manifest.yml declares the same five. One Bolt listener routes them (router.ts). */
export function register(app: App, deps: ListenerDeps): void {
  const listeners = {
    '/avance': avanceCommand,
    '/estado': estadoCommand,
    '/pendientes': pendientesCommand,
    '/ayuda': ayudaCommand,
    '/rinde': rindeCommand,
  };
  app.command(
    oneOf(Object.keys(listeners)),
    routed(listeners, ({ command }) => command.command, deps),
  );
}
