import type { App } from '@slack/bolt';
import type { ListenerDeps } from '../../deps.js';
import { avanceSlashCommand } from './avance.js';
import { ayudaSlashCommand } from './ayuda.js';
import { estadoSlashCommand } from './estado.js';
import { pendientesSlashCommand } from './pendientes.js';
import { rindeSlashCommand } from './rinde.js';

/** The slash commands; manifest.yml declares the same five. */
export function register(app: App, deps: ListenerDeps): void {
  app.command('/avance', avanceSlashCommand(deps));
  app.command('/estado', estadoSlashCommand(deps));
  app.command('/pendientes', pendientesSlashCommand(deps));
  app.command('/ayuda', ayudaSlashCommand(deps));
  app.command('/rinde', rindeSlashCommand(deps));
}
