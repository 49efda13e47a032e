import { type OfficeDirectory, type OfficeNote, readResponsibleCells } from '../domain/offices.js';
import type { IssueLog } from './issues.js';

/** One activity's "Responsable" cell, with where it is for the warnings. */
export interface ResponsibleCell {
  row: number;
  activityCode: string;
  text: string;
}

export interface SheetOffices {
  /** Per cell, its offices' display names. */
  lists: string[][];
  offices: string[];
}

function aliasHowTo(acronym: string): string {
  return `regístrela con \`rinde offices alias ${acronym} "Nombre de la dependencia"\` (en Slack, \`/rinde oficinas alias ${acronym} Nombre de la dependencia\`) y vuelva a importar`;
}

/**
 * The offices stage: splits the cells with what Rinde already knows (stored offices, the entity's
 * aliases) and says by row whatever it was unsure of. A note that repeats (the same acronym, the same
 * cell text) is said once, at its first row, naming the other rows.
 */
export function readSheetOffices(
  cells: readonly ResponsibleCell[],
  directory: OfficeDirectory,
  issues: IssueLog,
): SheetOffices {
  const read = readResponsibleCells(
    cells.map((cell) => cell.text),
    directory,
  );
  const byMessage = new Map<string, { first: ResponsibleCell; others: ResponsibleCell[]; note: OfficeNote }>();
  for (const note of read.notes) {
    const cell = cells[note.cell];
    if (cell === undefined) continue;
    const id = noteId(note);
    const seen = byMessage.get(id);
    if (seen === undefined) byMessage.set(id, { first: cell, others: [], note });
    else if (!seen.others.includes(cell) && seen.first !== cell) seen.others.push(cell);
  }
  for (const { first, others, note } of byMessage.values()) {
    const activities = [first, ...others].map((cell) => cell.activityCode);
    const where =
      others.length === 0
        ? `la actividad ${first.activityCode}`
        : `las actividades ${listOf(activities)} (filas ${listOf([first, ...others].map((cell) => String(cell.row)))})`;
    issues.warn(first.row, noteMessage(note, where));
  }
  return { lists: read.lists, offices: read.offices };
}

function noteId(note: OfficeNote): string {
  switch (note.kind) {
    case 'unknown-acronym':
      return `acronym:${note.acronym}`;
    case 'split-by-sheet':
      return `split:${note.text}`;
    case 'kept-whole':
      return `whole:${note.name}`;
  }
}

function noteMessage(note: OfficeNote, where: string): string {
  switch (note.kind) {
    case 'unknown-acronym':
      return `«${note.acronym}» (responsable de ${where}) parece una sigla que no es alias de ninguna dependencia: se importó como la dependencia «${note.acronym}». Si es una dependencia conocida, ${aliasHowTo(note.acronym)}.`;
    case 'split-by-sheet':
      return `«${note.text}» (responsable de ${where}) se separó en ${quotedList(note.parts)}, porque la hoja las escribe solas en otras filas. Si es una sola dependencia, regístrela con \`rinde offices alias "${note.text}" "${note.text}"\` y vuelva a importar.`;
    case 'kept-whole': {
      const contains =
        note.contains.length === 0
          ? ''
          : `; contiene ${quotedList(note.contains)}, que Rinde ya conoce como dependencia`;
      return `«${note.name}» (responsable de ${where}) se tomó como una sola dependencia${contains}. Si son varias, sepárelas con punto y coma (;) en la hoja y vuelva a importar.`;
    }
  }
}

function quotedList(names: readonly string[]): string {
  return listOf(names.map((name) => `«${name}»`));
}

function listOf(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} y ${items.at(-1)}`;
}
