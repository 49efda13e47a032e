import type { CliCommand } from '../cliCommand.js';
import { assignCommand } from './assign.js';
import { cutoffCommand } from './cutoff.js';
import { digestCommand } from './digest.js';
import { exportCommand } from './export.js';
import { historyCommand } from './history.js';
import { importCommand } from './import.js';
import { officesCommand } from './offices.js';
import { progressCommand } from './progress.js';
import { publishCommand } from './publish.js';
import { remindersCommand } from './reminders.js';
import { statusCommand } from './status.js';
import { teamsPackageCommand } from './teamsPackage.js';

export const cliCommands: CliCommand[] = [
  importCommand,
  statusCommand,
  progressCommand,
  historyCommand,
  exportCommand,
  cutoffCommand,
  officesCommand,
  assignCommand,
  remindersCommand,
  digestCommand,
  publishCommand,
  teamsPackageCommand,
];
