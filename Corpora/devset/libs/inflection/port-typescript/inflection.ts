/**
 * inflection
 * ~~~~~~~~~~
 *
 * A port of Ruby on Rails' inflector to TypeScript.
 */

export const VERSION = '0.5.1';

type Rule = [RegExp, string];

export const PLURALS: Rule[] = [
  [/(quiz)$/i, '$1zes'],
  [/^(oxen)$/i, '$1'],
  [/^(ox)$/i, '$1en'],
  [/(m|l)ice$/i, '$1ice'],
  [/(m|l)ouse$/i, '$1ice'],
  [/(passer)s?by$/i, '$1sby'],
  [/(matr|vert|ind)(?:ix|ex)$/i, '$1ices'],
  [/(x|ch|ss|sh)$/i, '$1es'],
  [/([^aeiouy]|qu)y$/i, '$1ies'],
  [/(hive)$/i, '$1s'],
  [/([lr])f$/i, '$1ves'],
  [/([^f])fe$/i, '$1ves'],
  [/sis$/i, 'ses'],
  [/([ti])a$/i, '$1a'],
  [/([ti])um$/i, '$1a'],
  [/(buffal|potat|tomat)o$/i, '$1oes'],
  [/(bu)s$/i, '$1ses'],
  [/(alias|status)$/i, '$1es'],
  [/(octop|vir)i$/i, '$1i'],
  [/(octop|vir)us$/i, '$1i'],
  [/^(ax|test)is$/i, '$1es'],
  [/s$/i, 's'],
  [/$/, 's'],
];

export const SINGULARS: Rule[] = [
  [/(database)s$/i, '$1'],
  [/(quiz)zes$/i, '$1'],
  [/(matr)ices$/i, '$1ix'],
  [/(vert|ind)ices$/i, '$1ex'],
  [/(passer)sby$/i, '$1by'],
  [/^(ox)en/i, '$1'],
  [/(alias|status)(es)?$/i, '$1'],
  [/(octop|vir)(us|i)$/i, '$1us'],
  [/^(a)x[ie]s$/i, '$1xis'],
  [/(cris|test)(is|es)$/i, '$1is'],
  [/(shoe)s$/i, '$1'],
  [/(o)es$/i, '$1'],
  [/(bus)(es)?$/i, '$1'],
  [/(m|l)ice$/i, '$1ouse'],
  [/(x|ch|ss|sh)es$/i, '$1'],
  [/(m)ovies$/i, '$1ovie'],
  [/(s)eries$/i, '$1eries'],
  [/([^aeiouy]|qu)ies$/i, '$1y'],
  [/([lr])ves$/i, '$1f'],
  [/(tive)s$/i, '$1'],
  [/(hive)s$/i, '$1'],
  [/([^f])ves$/i, '$1fe'],
  [/(t)he(sis|ses)$/i, '$1hesis'],
  [/(s)ynop(sis|ses)$/i, '$1ynopsis'],
  [/(p)rogno(sis|ses)$/i, '$1rognosis'],
  [/(p)arenthe(sis|ses)$/i, '$1arenthesis'],
  [/(d)iagno(sis|ses)$/i, '$1iagnosis'],
  [/(b)a(sis|ses)$/i, '$1asis'],
  [/(a)naly(sis|ses)$/i, '$1nalysis'],
  [/([ti])a$/i, '$1um'],
  [/(n)ews$/i, '$1ews'],
  [/(ss)$/i, '$1'],
  [/s$/i, ''],
];

export const UNCOUNTABLES: Set<string> = new Set([
  'equipment',
  'fish',
  'information',
  'jeans',
  'money',
  'rice',
  'series',
  'sheep',
  'species',
]);

/**
 * A convenience function to add appropriate rules to plurals and singular
 * for irregular words.
 *
 * @param singular irregular word in singular form
 * @param plural irregular word in plural form
 */
function irregular(singular: string, plural: string): void {
  const caseinsensitive = (string: string): string =>
    Array.from(string).map((char) => '[' + char + char.toUpperCase() + ']').join('');

  if (singular[0].toUpperCase() === plural[0].toUpperCase()) {
    PLURALS.unshift([new RegExp(`(${singular[0]})${singular.slice(1)}$`, 'i'), '$1' + plural.slice(1)]);
    PLURALS.unshift([new RegExp(`(${plural[0]})${plural.slice(1)}$`, 'i'), '$1' + plural.slice(1)]);
    SINGULARS.unshift([new RegExp(`(${plural[0]})${plural.slice(1)}$`, 'i'), '$1' + singular.slice(1)]);
  } else {
    PLURALS.unshift([
      new RegExp(`${singular[0].toUpperCase()}${caseinsensitive(singular.slice(1))}$`),
      plural[0].toUpperCase() + plural.slice(1),
    ]);
    PLURALS.unshift([
      new RegExp(`${singular[0].toLowerCase()}${caseinsensitive(singular.slice(1))}$`),
      plural[0].toLowerCase() + plural.slice(1),
    ]);
    PLURALS.unshift([
      new RegExp(`${plural[0].toUpperCase()}${caseinsensitive(plural.slice(1))}$`),
      plural[0].toUpperCase() + plural.slice(1),
    ]);
    PLURALS.unshift([
      new RegExp(`${plural[0].toLowerCase()}${caseinsensitive(plural.slice(1))}$`),
      plural[0].toLowerCase() + plural.slice(1),
    ]);
    SINGULARS.unshift([
      new RegExp(`${plural[0].toUpperCase()}${caseinsensitive(plural.slice(1))}$`),
      singular[0].toUpperCase() + singular.slice(1),
    ]);
    SINGULARS.unshift([
      new RegExp(`${plural[0].toLowerCase()}${caseinsensitive(plural.slice(1))}$`),
      singular[0].toLowerCase() + singular.slice(1),
    ]);
  }
}

/** Python's str.capitalize(): first character upper case, the rest lower case. */
function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1).toLowerCase();
}

/** Python's str.title(): letters after a non-letter are upper-cased, the others lower-cased. */
function title(s: string): string {
  let previousCased = false;
  let out = '';
  for (const c of s) {
    const cased = c.toLowerCase() !== c.toUpperCase();
    out += cased ? (previousCased ? c.toLowerCase() : c.toUpperCase()) : c;
    previousCased = cased;
  }
  return out;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\\-]/g, '\\$&');
}

/**
 * Convert strings to CamelCase.
 *
 *     camelize("device_type")        // 'DeviceType'
 *     camelize("device_type", false) // 'deviceType'
 *
 * camelize can be thought of as a inverse of underscore, although there are
 * some cases where that does not hold:
 *
 *     camelize(underscore("IOError")) // 'IoError'
 *
 * @param uppercaseFirstLetter if set to `true` camelize converts strings to
 *   UpperCamelCase. If set to `false` camelize produces lowerCamelCase.
 *   Defaults to `true`.
 */
export function camelize(string: string, uppercaseFirstLetter = true): string {
  if (uppercaseFirstLetter) {
    return string.replace(/(?:^|_)(.)/g, (_m, c: string) => c.toUpperCase());
  } else {
    if (string.length === 0) {
      throw new RangeError('string index out of range');
    }
    return string[0].toLowerCase() + camelize(string).slice(1);
  }
}

/**
 * Replace underscores with dashes in the string.
 *
 *     dasherize("puni_puni") // 'puni-puni'
 */
export function dasherize(word: string): string {
  return word.replace(/_/g, '-');
}

/**
 * Capitalize the first word and turn underscores into spaces and strip a
 * trailing "_id", if any. Like titleize, this is meant for creating pretty
 * output.
 *
 *     humanize("employee_salary") // 'Employee salary'
 *     humanize("author_id")       // 'Author'
 */
export function humanize(word: string): string {
  word = word.replace(/_id$/, '');
  word = word.replace(/_/g, ' ');
  word = word.replace(/([a-z\d]*)/gi, (_m, g: string) => g.toLowerCase());
  word = word.replace(/^\w/, (m) => m.toUpperCase());
  return word;
}

/**
 * Return the suffix that should be added to a number to denote the position
 * in an ordered sequence such as 1st, 2nd, 3rd, 4th.
 *
 *     ordinal(1)     // 'st'
 *     ordinal(2)     // 'nd'
 *     ordinal(1002)  // 'nd'
 *     ordinal(1003)  // 'rd'
 *     ordinal(-11)   // 'th'
 *     ordinal(-1021) // 'st'
 */
export function ordinal(number: number): string {
  number = Math.abs(Math.trunc(number));
  if ([11, 12, 13].includes(number % 100)) {
    return 'th';
  } else {
    const suffixes: { [k: number]: string } = {
      1: 'st',
      2: 'nd',
      3: 'rd',
    };
    return suffixes[number % 10] ?? 'th';
  }
}

/**
 * Turn a number into an ordinal string used to denote the position in an
 * ordered sequence such as 1st, 2nd, 3rd, 4th.
 *
 *     ordinalize(1)     // '1st'
 *     ordinalize(2)     // '2nd'
 *     ordinalize(1002)  // '1002nd'
 *     ordinalize(1003)  // '1003rd'
 *     ordinalize(-11)   // '-11th'
 *     ordinalize(-1021) // '-1021st'
 */
export function ordinalize(number: number): string {
  return `${number}${ordinal(number)}`;
}

/**
 * Replace special characters in a string so that it may be used as part of a
 * 'pretty' URL.
 *
 *     parameterize("Donald E. Knuth") // 'donald-e-knuth'
 */
export function parameterize(string: string, separator = '-'): string {
  string = transliterate(string);
  // Turn unwanted chars into the separator
  string = string.replace(/[^a-z0-9\-_]+/gi, () => separator);
  if (separator) {
    const reSep = escapeRegExp(separator);
    // No more than one of the separator in a row.
    string = string.replace(new RegExp(`${reSep}{2,}`, 'g'), () => separator);
    // Remove leading/trailing separator.
    string = string.replace(new RegExp(`^${reSep}|${reSep}$`, 'gi'), '');
  }

  return string.toLowerCase();
}

/**
 * Return the plural form of a word.
 *
 *     pluralize("posts")        // 'posts'
 *     pluralize("octopus")      // 'octopi'
 *     pluralize("sheep")        // 'sheep'
 *     pluralize("CamelOctopus") // 'CamelOctopi'
 */
export function pluralize(word: string): string {
  if (!word || UNCOUNTABLES.has(word.toLowerCase())) {
    return word;
  } else {
    for (const [rule, replacement] of PLURALS) {
      if (rule.test(word)) {
        return word.replace(rule, replacement);
      }
    }
    return word;
  }
}

/**
 * Return the singular form of a word, the reverse of pluralize.
 *
 *     singularize("posts")       // 'post'
 *     singularize("octopi")      // 'octopus'
 *     singularize("sheep")       // 'sheep'
 *     singularize("word")        // 'word'
 *     singularize("CamelOctopi") // 'CamelOctopus'
 */
export function singularize(word: string): string {
  for (const inflection of UNCOUNTABLES) {
    if (new RegExp(`\\b(${inflection})$`, 'i').test(word)) {
      return word;
    }
  }

  for (const [rule, replacement] of SINGULARS) {
    if (rule.test(word)) {
      return word.replace(rule, replacement);
    }
  }
  return word;
}

/**
 * Create the name of a table like Rails does for models to table names. This
 * method uses the pluralize method on the last word in the string.
 *
 *     tableize('RawScaledScorer') // 'raw_scaled_scorers'
 *     tableize('egg_and_ham')     // 'egg_and_hams'
 *     tableize('fancyCategory')   // 'fancy_categories'
 */
export function tableize(word: string): string {
  return pluralize(underscore(word));
}

/**
 * Capitalize all the words and replace some characters in the string to
 * create a nicer looking title. titleize is meant for creating pretty output.
 *
 *     titleize("man from the boondocks")  // 'Man From The Boondocks'
 *     titleize("x-men: the last stand")   // 'X Men: The Last Stand'
 *     titleize("TheManWithoutAPast")      // 'The Man Without A Past'
 *     titleize("raiders_of_the_lost_ark") // 'Raiders Of The Lost Ark'
 */
export function titleize(word: string): string {
  return title(humanize(underscore(word))).replace(/\b('?\w)/g, (_match, g: string) => capitalize(g));
}

/**
 * Replace non-ASCII characters with an ASCII approximation. If no
 * approximation exists, the non-ASCII character is ignored.
 *
 *     transliterate('älämölö')    // 'alamolo'
 *     transliterate('Ærøskøbing') // 'rskbing'
 */
export function transliterate(string: string): string {
  const normalized = string.normalize('NFKD');
  return normalized.replace(/[^\x00-\x7f]/g, '');
}

/**
 * Make an underscored, lowercase form from the expression in the string.
 *
 *     underscore("DeviceType") // 'device_type'
 *
 * As a rule of thumb you can think of underscore as the inverse of camelize,
 * though there are cases where that does not hold:
 *
 *     camelize(underscore("IOError")) // 'IoError'
 */
export function underscore(word: string): string {
  word = word.replace(/([A-Z]+)([A-Z][a-z])/g, '$1_$2');
  word = word.replace(/([a-z\d])([A-Z])/g, '$1_$2');
  word = word.replace(/-/g, '_');
  return word.toLowerCase();
}

irregular('person', 'people');
irregular('man', 'men');
irregular('human', 'humans');
irregular('child', 'children');
irregular('sex', 'sexes');
irregular('move', 'moves');
irregular('cow', 'kine');
irregular('zombie', 'zombies');
