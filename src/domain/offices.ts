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

/** The offices a "Responsable" cell names, split only where the split is sure (no known offices needed). */
export function splitOffices(text: string): string[] {
  return uniqueNames(text.split(ALWAYS_SEPARATES).flatMap(splitBeforeHeadWords));
}

function uniqueNames(parts: readonly string[]): string[] {
  const names: string[] = [];
  const seen = new Set<string>();
  for (const part of parts) {
    const name = cleanOfficeName(part);
    const key = officeKey(name);
    if (name === '' || seen.has(key)) continue;
    seen.add(key);
    names.push(name);
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

/** An acronym or other short name the planning office registered for one of its offices. */
export interface OfficeAlias {
  alias: string;
  office: string;
}

/** What Rinde already knows when it reads a sheet: the stored offices and the entity's aliases. */
export interface OfficeDirectory {
  offices: readonly string[];
  aliases: readonly OfficeAlias[];
}

export const EMPTY_OFFICE_DIRECTORY: OfficeDirectory = { offices: [], aliases: [] };

/** Where reading a cell was unsure, for the import to say by row. `cell` is the cell's index. */
export type OfficeNote =
  /** An acronym with no alias: kept as written. */
  | { kind: 'unknown-acronym'; cell: number; acronym: string }
  /** Split at a comma or "y" because the sheet writes each part alone elsewhere (no stored office says so). */
  | { kind: 'split-by-sheet'; cell: number; text: string; parts: string[] }
  /** Kept as one office although it lists known offices or commas: it may be several. */
  | { kind: 'kept-whole'; cell: number; name: string; contains: string[] };

export interface ResponsibleOffices {
  /** Per cell, its offices by display name, each once. */
  lists: string[][];
  /** Every office of the sheet once, in order of first appearance. */
  offices: string[];
  notes: OfficeNote[];
}

/** A comma, "y" or "e" that may separate two offices or sit inside one name. */
const MAYBE_SEPARATES = /\s*,\s*|\s+[yYeE]\s+/g;
/** "OAP", "GTH", "O.A.P.": two to five capitals, with or without full stops. */
const ACRONYM = /^[A-Z](?:\.?[A-Z]){1,4}\.?$/;
/** Beyond this many commas and "y" in one name, trying every way to split it costs more than it tells. */
const MAX_MAYBE_SEPARATORS = 8;

export function isAcronym(name: string): boolean {
  return ACRONYM.test(name) && !isHeadWord(name);
}

/** How an alias is matched: as an office name, with full stops ignored ("O.A.P." is "OAP"). */
export function aliasKey(alias: string): string {
  return officeKey(alias.replace(/\./g, ''));
}

type Recognition = 'known' | 'acronym' | 'sheet';

interface Known {
  recognise(name: string): Recognition | null;
  aliasOf(name: string): string | undefined;
  storedName(key: string): string | undefined;
}

function knownOffices(directory: OfficeDirectory, sheetNames: ReadonlySet<string>): Known {
  const stored = new Map(directory.offices.map((name) => [officeKey(name), name]));
  const aliases = new Map(directory.aliases.map(({ alias, office }) => [aliasKey(alias), office]));
  const known = new Set([...stored.keys(), ...aliases.keys(), ...directory.aliases.map((a) => officeKey(a.office))]);
  // A sheet repeats its offices on every row: each text is recognised once.
  const recognised = new Map<string, Recognition | null>();
  const recognise = (name: string): Recognition | null => {
    const key = officeKey(name);
    if (known.has(key) || aliases.has(aliasKey(name))) return 'known';
    if (isAcronym(cleanOfficeName(name))) return 'acronym';
    return sheetNames.has(key) ? 'sheet' : null;
  };
  return {
    recognise(name) {
      const cached = recognised.get(name);
      if (cached !== undefined) return cached;
      const recognition = recognise(name);
      recognised.set(name, recognition);
      return recognition;
    },
    aliasOf: (name) => aliases.get(aliasKey(name)),
    storedName: (key) => stored.get(key),
  };
}

/** The parts of a cell split where it is sure, each still holding any comma or "y" it had. */
function surePartsOf(text: string, known: Known): string[] {
  if (known.recognise(text) === 'known') return [text];
  return text.split(ALWAYS_SEPARATES).flatMap((piece) => {
    if (known.recognise(piece) === 'known') return [piece];
    return splitBeforeHeadWords(piece);
  });
}

function hasMaybeSeparator(part: string): boolean {
  return cleanOfficeName(part).match(MAYBE_SEPARATES) !== null;
}

/** The pieces a part splits into at some of its commas and "y"; the choice is the caller's. */
function maybePieces(part: string): string[] {
  const clean = cleanOfficeName(part);
  const pieces: string[] = [];
  let start = 0;
  for (const match of clean.matchAll(MAYBE_SEPARATES)) {
    pieces.push(clean.slice(start, match.index));
    start = match.index + match[0].length;
  }
  pieces.push(clean.slice(start));
  return pieces;
}

/** A note before it knows its cell. */
type PartNote = OfficeNote extends infer Note ? (Note extends OfficeNote ? Omit<Note, 'cell'> : never) : never;

interface Reading {
  names: string[];
  notes: PartNote[];
}

/** A cell's offices once split and aliased: `aliased` spellings are the alias list's, not the sheet's. */
interface CellReading {
  offices: { key: string; spelling: string; aliased: boolean }[];
  notes: PartNote[];
}

/**
 * A part with commas or "y" is split there only when every piece is an office Rinde recognises
 * (stored, aliased, an acronym, or written alone elsewhere in the sheet), in the fewest pieces;
 * otherwise it stays one office, so "Secretaría de Gobierno y Participación Comunitaria" is never
 * broken on a guess.
 */
function readPart(part: string, known: Known): Reading {
  const clean = cleanOfficeName(part);
  if (!hasMaybeSeparator(part) || known.recognise(clean) === 'known') return { names: [clean], notes: [] };
  const pieces = maybePieces(part);
  if (pieces.length - 1 > MAX_MAYBE_SEPARATORS) return { names: [clean], notes: [] };
  const joined = (from: number, to: number) => joinPieces(clean, pieces, from, to);
  // best[i]: the fewest recognised names covering pieces i.., or null when some piece is left over.
  const best: (string[] | null)[] = new Array(pieces.length + 1).fill(null);
  best[pieces.length] = [];
  for (let from = pieces.length - 1; from >= 0; from--) {
    for (let to = pieces.length; to > from; to--) {
      const rest = best[to];
      const name = joined(from, to);
      if (rest === null || rest === undefined || known.recognise(name) === null) continue;
      const candidate = [name, ...rest];
      if (best[from] === null || candidate.length < (best[from]?.length ?? Infinity)) best[from] = candidate;
    }
  }
  const split = best[0];
  if (split !== null && split !== undefined && split.length > 1) {
    const bySheet = split.some((name) => known.recognise(name) === 'sheet');
    return { names: split, notes: bySheet ? [{ kind: 'split-by-sheet', text: clean, parts: split }] : [] };
  }
  const contains = pieces.filter((piece) => known.recognise(piece) === 'known');
  const unsure = contains.length > 0 || clean.includes(',');
  return { names: [clean], notes: unsure ? [{ kind: 'kept-whole', name: clean, contains }] : [] };
}

/** Pieces from..to-1 as the text wrote them, separators included. */
function joinPieces(clean: string, pieces: readonly string[], from: number, to: number): string {
  const offsets: number[] = [];
  let at = 0;
  for (const piece of pieces) {
    const index = clean.indexOf(piece, at);
    offsets.push(index);
    at = index + piece.length;
  }
  const start = offsets[from] ?? 0;
  const last = to - 1;
  return clean.slice(start, (offsets[last] ?? 0) + (pieces[last]?.length ?? 0));
}

/**
 * Reads the "Responsable" cells of a whole sheet: splits each into offices (sure separators always;
 * commas and "y" as the known offices decide), maps aliases to their office, and gives every
 * spelling of one office (same officeKey) one display name — the stored office's name, else the
 * alias's office as the planning office wrote it, else the sheet's most used spelling (on a tie, one
 * written with a capital first letter, then the first; one in capitals only if the sheet writes it no
 * other way).
 */
export function readResponsibleCells(cells: readonly string[], directory: OfficeDirectory): ResponsibleOffices {
  const plain = knownOffices(directory, new Set());
  const sheetNames = new Set<string>();
  for (const cell of new Set(cells)) {
    for (const part of surePartsOf(cell, plain)) {
      if (!hasMaybeSeparator(part) && cleanOfficeName(part) !== '') sheetNames.add(officeKey(part));
    }
  }
  const known = knownOffices(directory, sheetNames);
  const notes: OfficeNote[] = [];
  const spellings = new Map<string, string[]>();
  const aliasSpellings = new Map<string, string>();
  const readCell = (cell: string): CellReading => {
    const offices: CellReading['offices'] = [];
    const cellNotes: PartNote[] = [];
    for (const part of surePartsOf(cell, known)) {
      const reading = readPart(part, known);
      cellNotes.push(...reading.notes);
      for (const name of reading.names) {
        if (name === '') continue;
        const aliased = known.aliasOf(name);
        if (aliased === undefined && isAcronym(name)) cellNotes.push({ kind: 'unknown-acronym', acronym: name });
        const spelling = aliased ?? name;
        const key = officeKey(spelling);
        if (!offices.some((office) => office.key === key))
          offices.push({ key, spelling, aliased: aliased !== undefined });
      }
    }
    return { offices, notes: cellNotes };
  };
  // A sheet repeats the same cells on many rows: each text is read once.
  const readings = new Map<string, CellReading>();
  const keyLists = cells.map((cell, index) => {
    const reading = readings.get(cell) ?? readCell(cell);
    readings.set(cell, reading);
    for (const note of reading.notes) notes.push({ ...note, cell: index });
    for (const { key, spelling, aliased } of reading.offices) {
      const written = spellings.get(key) ?? [];
      if (!aliased) written.push(spelling);
      else if (!aliasSpellings.has(key)) aliasSpellings.set(key, spelling);
      spellings.set(key, written);
    }
    return reading.offices.map(({ key }) => key);
  });
  const display = new Map(
    [...spellings].map(([key, written]) => [
      key,
      known.storedName(key) ?? aliasSpellings.get(key) ?? preferredSpelling(written),
    ]),
  );
  return {
    lists: keyLists.map((keys) => keys.map((key) => display.get(key) ?? key)),
    offices: [...display.values()],
    notes,
  };
}

function preferredSpelling(written: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const spelling of written) counts.set(spelling, (counts.get(spelling) ?? 0) + 1);
  const shouting = (spelling: string) => spelling === spelling.toUpperCase() && !isAcronym(spelling);
  const candidates = [...counts.keys()].filter((spelling) => !shouting(spelling));
  const pool = candidates.length > 0 ? candidates : [...counts.keys()];
  const score = (spelling: string) => (counts.get(spelling) ?? 0) * 2 + (startsWithCapital(spelling) ? 1 : 0);
  const best = pool.reduce((a, b) => (score(b) > score(a) ? b : a));
  return officeDisplayName(best);
}
