import { parseTarget, type SheetCell } from './target.js';
import { foldText } from './text.js';
import type { Target } from './types.js';

/**
 * How a target was read: `stated` from a number, `counted` from a number inside text ("Dos (2)
 * jornadas"), `not-applicable` for "N/A" (imported as done / not done: 1), `assumed` for a text
 * with no number at all ("Informe publicado": one deliverable).
 */
export type TargetReading = 'stated' | 'counted' | 'not-applicable' | 'assumed';

export interface ReadTarget {
  target: Target;
  reading: TargetReading;
}

const NOT_APPLICABLE = /^(n\s*[/.]?\s*a|no aplica|ninguna?)\.?$/;

const NUMBER_WORDS = new Map([
  ['un', 1],
  ['una', 1],
  ['uno', 1],
  ['dos', 2],
  ['tres', 3],
  ['cuatro', 4],
  ['cinco', 5],
  ['seis', 6],
  ['siete', 7],
  ['ocho', 8],
  ['nueve', 9],
  ['diez', 10],
  ['once', 11],
  ['doce', 12],
]);

/** "(2)" in "Dos (2) jornadas": the figure people write beside the word, which wins. */
const BRACKETED = /\(\s*(\d+(?:[.,]\d+)?)\s*(%?)\s*\)/;
/** "12 publicaciones", "100% de las preguntas", "2,5 km". */
const LEADING = /^(\d+(?:[.,]\d+)*)\s*(%?)(?=\s|$)/;

/**
 * A target cell as plans write it: a number or percent cell, or text that starts with (or brackets)
 * its figure: "1 informe", "12 publicaciones", "Una (1)", "Dos (2) jornadas", "100%". Null for an
 * empty cell; text without any figure reads as one deliverable, "N/A" as 1, both flagged by `reading`.
 */
export function readTargetCell(cell: SheetCell): ReadTarget | null {
  if (cell === null || cell instanceof Date || (typeof cell === 'string' && cell.trim() === '')) return null;
  const plain = parseTarget(cell);
  if (plain !== null) return { target: plain, reading: 'stated' };
  const text = foldText(String(cell));
  if (NOT_APPLICABLE.test(text)) return { target: { value: 1, unit: 'count' }, reading: 'not-applicable' };
  const figure = BRACKETED.exec(text) ?? LEADING.exec(text);
  const counted = figure && parseTarget(`${figure[1]}${figure[2]}`);
  if (counted) return { target: counted, reading: 'counted' };
  const word = NUMBER_WORDS.get(text.split(/[\s(]/)[0] ?? '');
  if (word !== undefined) return { target: { value: word, unit: 'count' }, reading: 'counted' };
  return { target: { value: 1, unit: 'count' }, reading: 'assumed' };
}
