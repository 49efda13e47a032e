/** Lower case, no accents, single spaces: the form used to compare names users type by hand. */
export function foldText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** Collapses runs of white space (line breaks included) into one space. */
export function squish(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
