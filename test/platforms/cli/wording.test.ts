import { expect, test } from 'vitest';
import { cliWording } from '../../../src/platforms/cli/wording.js';

test.each([
  ['Use `/estado` para ver las actividades.', 'Use `rinde status` para ver las actividades.'],
  ['los números aparecen en `/estado ID`', 'los números aparecen en `rinde history ID`'],
  ['Use `/rinde oficinas` para ver los nombres.', 'Use `rinde offices` para ver los nombres.'],
  ['use `/avance deshacer #12`', 'use `rinde progress --undo 12`'],
  [
    'Escriba, por ejemplo: `/avance 1.2 10 nota opcional`',
    'Escriba, por ejemplo: `rinde progress 1.2 10 nota opcional --by NOMBRE`',
  ],
  ['lo asigne con `/rinde asignar @usted Dependencia`.', 'lo asigne con `rinde assign "Dependencia" USUARIO`.'],
  ['Escriba /ayuda para ver los comandos.', 'Escriba rinde --help para ver los comandos.'],
  [
    'por ejemplo: `/rinde oficinas alias OAP Oficina Asesora de Planeación` (para quitarla: `/rinde oficinas alias quitar OAP`).',
    'por ejemplo: `rinde offices alias OAP "Oficina Asesora de Planeación"` (para quitarla: `rinde offices alias --remove OAP`).',
  ],
  ['Use `/rinde oficinas alias` para ver los alias.', 'Use `rinde offices aliases` para ver los alias.'],
  ['evidencia: https://x.co/estado y /estado', 'evidencia: https://x.co/estado y rinde status'],
  ['Actividades desarrolladas/programadas: 3/15', 'Actividades desarrolladas/programadas: 3/15'],
])('%s', (chat, cli) => {
  expect(cliWording(chat)).toBe(cli);
});
