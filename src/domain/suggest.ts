/** Edit distance between two short strings (activity IDs, office names). */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution));
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/**
 * The known IDs nearest to one that does not exist: same subcomponent first ("9.2" → none,
 * "1.9" → "1.6", "1.5"…), then by edit distance. At most `limit`, nearest first.
 */
export function nearestCodes(code: string, known: readonly string[], limit = 3): string[] {
  const [group] = code.split('.');
  const score = (candidate: string) => editDistance(code, candidate) + (candidate.split('.')[0] === group ? 0 : 2);
  return [...known]
    .map((candidate) => ({ candidate, score: score(candidate) }))
    .filter((entry) => entry.score <= 3)
    .sort((a, b) => a.score - b.score || a.candidate.localeCompare(b.candidate, 'es', { numeric: true }))
    .slice(0, limit)
    .map((entry) => entry.candidate);
}

/**
 * The known names nearest to a mistyped one ("Oficina de prenza" → "Oficina de prensa"), compared
 * folded (no case, no accents): at most `limit`, nearest first, and only those within about a third
 * of the name's length, so an unrelated name is never offered.
 */
export function nearestNames(text: string, known: readonly string[], fold: (s: string) => string, limit = 3): string[] {
  const wanted = fold(text);
  const allowed = Math.max(2, Math.floor(wanted.length / 3));
  return known
    .map((name) => ({ name, distance: editDistance(wanted, fold(name)) }))
    .filter((entry) => entry.distance <= allowed)
    .sort((a, b) => a.distance - b.distance || a.name.localeCompare(b.name, 'es'))
    .slice(0, limit)
    .map((entry) => entry.name);
}

/** The command a mistyped one most likely meant ("avanse" → "avance"), or null when none is close. */
export function nearestCommand(word: string, commands: readonly string[]): string | null {
  const folded = word.toLowerCase().replace(/^\//, '');
  const [nearest] = nearestNames(folded, commands, (s) => s.toLowerCase(), 1);
  return nearest ?? null;
}
