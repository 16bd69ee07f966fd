// Character replacement tables for the `replacements` option of slugify().

export type Pair = [string, string];

function capitalize(s: string): string {
  return s.length === 0 ? s : s[0].toUpperCase() + s.slice(1).toLowerCase();
}

/** Prepends, in place, an (UPPER, Capitalised) pair for every entry whose upper-case form is new. */
export function addUppercaseChar(pairs: Pair[]): Pair[] {
  const known = new Set(pairs.map((p) => p[0]));
  for (const [char, replacement] of [...pairs]) {
    const upper = char.toUpperCase();
    if (upper !== char && !known.has(upper)) {
      pairs.unshift([upper, capitalize(replacement)]);
      known.add(upper);
    }
  }
  return pairs;
}

export const CYRILLIC: Pair[] = addUppercaseChar([
  ["ё", "e"], ["я", "ya"], ["х", "h"], ["у", "y"], ["щ", "sch"], ["ю", "u"],
]);
export const GERMAN: Pair[] = addUppercaseChar([["ä", "ae"], ["ö", "oe"], ["ü", "ue"]]);
export const GREEK: Pair[] = addUppercaseChar([
  ["χ", "ch"], ["Ξ", "X"], ["ϒ", "Y"], ["υ", "y"], ["ύ", "y"], ["ϋ", "y"], ["ΰ", "y"],
]);

export const PRE_TRANSLATIONS: Pair[] = [...CYRILLIC, ...GERMAN, ...GREEK];
