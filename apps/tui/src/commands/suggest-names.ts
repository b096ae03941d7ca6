import { normaliseName } from "@inzet/data/queries";

/** Levenshtein distance: how many single-character edits turn `a` into `b`. */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
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

/** How far `input` is from the nearest of `names`, ignoring case, accents and punctuation. */
export function nameDistance(input: string, names: readonly string[]): number {
  const wanted = normaliseName(input);
  return Math.min(...names.map((name) => editDistance(wanted, normaliseName(name))));
}

/** Close enough to be a typo: one edit per three characters, at least one. */
export function isNear(input: string, distance: number): boolean {
  return distance <= Math.max(1, Math.floor(normaliseName(input).length / 3));
}

/** The names a mistyped `input` probably meant, nearest first. */
export function suggestNames(input: string, names: readonly string[], limit = 3): string[] {
  return names
    .map((name) => ({ name, d: nameDistance(input, [name]) }))
    .filter(({ d }) => isNear(input, d))
    .sort((a, b) => a.d - b.d)
    .slice(0, limit)
    .map(({ name }) => name);
}
