import { squish } from '../domain/text.js';

/** A subcomponent cell as written; `code` is null when the cell carries no number. */
export interface SubcomponentCell {
  code: string | null;
  name: string;
  fullText: string;
}

const NUMBERED = /^(?:sub\s*componente\s*)?(\d+)\s*[.):\-–]?\s*(.*)$/is;

/**
 * "1. Información: Desarrollar estrategias…" → code "1", name "Información" (the words before
 * the colon); "2. Dialogo" → name "Dialogo", as written.
 */
export function parseSubcomponentCell(text: string): SubcomponentCell {
  const fullText = text.trim();
  const numbered = NUMBERED.exec(fullText);
  const rest = numbered ? (numbered[2] ?? '') : fullText;
  const name = squish(rest.split(':')[0] ?? '');
  return { code: numbered?.[1] ?? null, name: name === '' ? squish(rest) : name, fullText };
}
