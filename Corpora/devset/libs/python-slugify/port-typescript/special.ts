/** Language specific pre translations (source: awesome-slugify), for use as slugify replacements. */

export type CharList = [string, string][];

function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1).toLowerCase();
}

/** Given a replacement char list, this adds uppercase chars to the list. */
export function addUppercaseChar(charList: CharList): CharList {
  // Collect additions to avoid modifying input during iteration
  // and ensure atomicity on error
  const insertions: CharList = [];
  for (const item of charList) {
    const [char, xlate] = item;
    const upperDict: [string, string] = [char.toUpperCase(), capitalize(xlate)];
    const present = charList.some(([a, b]) => a === upperDict[0] && b === upperDict[1]);
    if (!present && char !== upperDict[0]) {
      insertions.push(upperDict);
    }
  }

  // Apply all insertions to original list (maintains documented in-place modification)
  for (const upperDict of insertions) {
    charList.unshift(upperDict);
  }

  return charList;
}

// Language specific pre translations
// Source awesome-slugify

const _CYRILLIC: CharList = [ // package defaults:
  ['ё', 'e'], // io / yo
  ['я', 'ya'], // ia
  ['х', 'h'], // kh
  ['у', 'y'], // u
  ['щ', 'sch'], // sch
  ['ю', 'u'], // iu / yu
];
export const CYRILLIC = addUppercaseChar(_CYRILLIC);

const _GERMAN: CharList = [ // package defaults:
  ['ä', 'ae'], // a
  ['ö', 'oe'], // o
  ['ü', 'ue'], // u
];
export const GERMAN = addUppercaseChar(_GERMAN);

const _GREEK: CharList = [ // package defaults:
  ['χ', 'ch'], // kh
  ['Ξ', 'X'], // Ks
  ['ϒ', 'Y'], // U
  ['υ', 'y'], // u
  ['ύ', 'y'],
  ['ϋ', 'y'],
  ['ΰ', 'y'],
];
export const GREEK = addUppercaseChar(_GREEK);

// Pre translations
export const PRE_TRANSLATIONS: CharList = [...CYRILLIC, ...GERMAN, ...GREEK];
