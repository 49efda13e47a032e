import { afterAll, beforeAll, expect, test } from 'vitest';
import { type CliCommand, UsageError } from '../../../src/platforms/cli/cliCommand.js';
import { remindersCommand } from '../../../src/platforms/cli/commands/reminders.js';
import { type Database, openDatabase } from '../../../src/storage/database.js';
import { createScratchDatabase, type ScratchDatabase } from '../../helpers/database.js';
import { loadSample, runCliCommand } from '../../jobs/fixtures.js';

let scratch: ScratchDatabase;
let database: Database;
beforeAll(async () => {
  scratch = await createScratchDatabase('sqlite');
  database = await openDatabase(scratch.url);
  await loadSample(database.prisma);
});
afterAll(async () => {
  await database.close();
  await scratch.drop();
});

const runCommand = (command: CliCommand, argv: string[]) => runCliCommand(command, argv, database);

test('rinde reminders --at lists what a sweep would send, in Spanish, without sending or recording', async () => {
  const out = await runCommand(remindersCommand, ['--at', '2024-06-28 08:00']);
  expect(out).toBe(
    [
      'Un barrido el viernes 28 de junio de 2024 a las 08:00 (America/Bogota) enviaría 5 recordatorio(s):',
      '  1.4 · vence 30 jun 2024 · el día · adelantado: el domingo 30 de junio de 2024 es fin de semana · para UPLAN1, UPLAN2',
      '  1.5 · vence 30 jun 2024 · el día · adelantado: el domingo 30 de junio de 2024 es fin de semana · para UPLAN1, UPLAN2',
      '  2.1 · vence 30 jun 2024 · el día · adelantado: el domingo 30 de junio de 2024 es fin de semana · para UPLAN1, UPLAN2',
      '  2.2 · vence 30 jun 2024 · el día · adelantado: el domingo 30 de junio de 2024 es fin de semana · para UPLAN1, UPLAN2',
      '  2.3 · vence 30 jun 2024 · el día · adelantado: el domingo 30 de junio de 2024 es fin de semana · para UPLAN1, UPLAN2',
      '',
    ].join('\n'),
  );
  expect(await database.prisma.delivery.count()).toBe(0);
});

test('--json gives activity, due date, stage and recipients', async () => {
  const out = JSON.parse(await runCommand(remindersCommand, ['--at', '2024-07-08 08:00', '--json']));
  expect(out.at).toBe('2024-07-08 08:00');
  expect(
    out.reminders.map((r: { activity: string; dueOn: string; stage: string }) => `${r.activity} ${r.dueOn} ${r.stage}`),
  ).toEqual([
    '1.4 2024-06-30 overdue-1',
    '1.5 2024-06-30 overdue-1',
    '2.1 2024-06-30 overdue-1',
    '2.2 2024-06-30 overdue-1',
    '2.3 2024-06-30 overdue-1',
    '1.1 2024-07-15 before-7d',
    '1.2 2024-12-31 quiet-2024-07-05',
  ]);
  expect(out.reminders[5]).toMatchObject({
    stageLabel: '7 días antes',
    recipients: ['UPLAN1', 'UPLAN2'],
    unstaffedOffices: ['Dependencia que rinde cuentas'],
  });
});

test('a weekend or holiday sends nothing; a bad --at is a usage error', async () => {
  expect(await runCommand(remindersCommand, ['--at', '2024-07-01 09:00'])).toBe(
    'Un barrido el lunes 1 de julio de 2024 a las 09:00 (America/Bogota) no enviaría ningún recordatorio.\n',
  );
  await expect(runCommand(remindersCommand, ['--at', 'mañana'])).rejects.toBeInstanceOf(UsageError);
});
