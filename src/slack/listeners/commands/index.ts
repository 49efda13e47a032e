import type { App } from '@slack/bolt';
import type { ListenerDeps } from '../../deps.js';
import { avanceCommand } from './avance.js';
import { ayudaCommand } from './ayuda.js';
import { estadoCommand } from './estado.js';
import { pendientesCommand } from './pendientes.js';
import { rindeCommand } from './rinde.js';

/** The slash commands; manifest.yml declares the same five. */
export function register(app: App, deps: ListenerDeps): void {
  app.command('/avance', avanceCommand(deps));
  app.command('/estado', estadoCommand(deps));
  app.command('/pendientes', pendientesCommand(deps));
  app.command('/ayuda', ayudaCommand(deps));
  app.command('/rinde', rindeCommand(deps));
}
