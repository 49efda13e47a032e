import { foldText, squish } from './text.js';

/**
 * Words that open an office name in Colombian municipal administrations. A "Responsable" cell
 * often lists several offices with no separator at all, so these words are where one ends and
 * the next begins.
 */
const HEAD_WORDS = new Set([
  'alcaldia',
  'almacen',
  'area',
  'comisaria',
  'comite',
  'concejo',
  'consejo',
  'coordinacion',
  'dependencia',
  'despacho',
  'direccion',
  'equipo',
  'gerencia',
  'grupo',
  'inspeccion',
  'jefatura',
  'oficina',
  'personeria',
  'secretaria',
  'subsecretaria',
  'tesoreria',
  'unidad',
]);

/** Words after which a head-word is part of the same name ("Oficina de la Unidad de Víctimas"). */
const CONNECTORS = new Set(['a', 'al', 'con', 'de', 'del', 'e', 'el', 'en', 'la', 'las', 'los', 'para', 'por', 'y']);

/** Counts such as "(1)" and these marks always separate offices. */
const ALWAYS_SEPARATES = /\(\s*\d+\s*\)|[;\n\r•]+|\s[-–—]+|[-–—]+\s/g;

/**
 * Separators that may also sit inside a name ("Secretaría de Cultura y Turismo",
 * "Socio-económico"): they separate only when an office head-word follows. Bare white space
 * separates only before a capitalised head-word.
 */
const SEPARATES_BEFORE_HEAD_WORD = /\s*,\s*|\s+[yYeE]\s+|[-–—]|\s+/gu;
const NEXT_WORD = /^\p{L}+/u;
const PREVIOUS_WORD = /(\p{L}+)\s*$/u;

export function splitOffices(text: string): string[] {
  const names: string[] = [];
  const seen = new Set<string>();
  for (const piece of text.split(ALWAYS_SEPARATES)) {
    for (const part of splitBeforeHeadWords(piece)) {
      const name = cleanOfficeName(part);
      const key = officeKey(name);
      if (name === '' || seen.has(key)) continue;
      seen.add(key);
      names.push(name);
    }
  }
  return names;
}

function splitBeforeHeadWords(piece: string): string[] {
  const parts: string[] = [];
  let start = 0;
  for (const match of piece.matchAll(SEPARATES_BEFORE_HEAD_WORD)) {
    const end = match.index + match[0].length;
    if (!separatesHere(piece.slice(0, match.index), match[0], piece.slice(end))) continue;
    parts.push(piece.slice(start, match.index));
    start = end;
  }
  parts.push(piece.slice(start));
  return parts;
}

function separatesHere(before: string, separator: string, after: string): boolean {
  const next = NEXT_WORD.exec(after)?.[0];
  if (next === undefined || !isHeadWord(next) || before.trim() === '') return false;
  if (separator.trim() !== '') return true;
  const previous = PREVIOUS_WORD.exec(before)?.[1] ?? '';
  return startsWithCapital(next) && !CONNECTORS.has(foldText(previous));
}

function isHeadWord(word: string): boolean {
  const folded = foldText(word);
  return HEAD_WORDS.has(folded) || HEAD_WORDS.has(folded.replace(/s$/, ''));
}

function startsWithCapital(word: string): boolean {
  const first = word.charAt(0);
  return first !== first.toLowerCase();
}

function cleanOfficeName(part: string): string {
  return squish(part).replace(/^[-–—,.:•\s]+|[-–—,.:;•\s]+$/g, '');
}

/** The form two spellings of one office share: case, accents and spacing ignored. */
export function officeKey(name: string): string {
  return foldText(cleanOfficeName(name));
}

/** How an office is shown: as first written, with a capital first letter. */
export function officeDisplayName(name: string): string {
  const clean = cleanOfficeName(name);
  return clean.charAt(0).toUpperCase() + clean.slice(1);
}

/**
 * Gives every spelling of one office (same officeKey) the display name of its first spelling,
 * so "Oficina Asesora de Planeación" and "Oficina asesora de Planeación" become one office.
 */
export function unifyOfficeSpellings(lists: readonly (readonly string[])[]): { lists: string[][]; offices: string[] } {
  const displayByKey = new Map<string, string>();
  const unified = lists.map((names) =>
    names.map((name) => {
      const key = officeKey(name);
      const display = displayByKey.get(key) ?? officeDisplayName(name);
      displayByKey.set(key, display);
      return display;
    }),
  );
  return { lists: unified, offices: [...displayByKey.values()] };
}
