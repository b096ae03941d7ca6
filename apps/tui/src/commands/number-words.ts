// Numbers of people in digits or in English or Dutch words, as sources write them.

const EN_UNITS = [
  ...["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"],
  ...["eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen"],
  ...["eighteen", "nineteen"],
];
const NL_UNITS = [
  ...["nul", "een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen", "tien"],
  ...["elf", "twaalf", "dertien", "veertien", "vijftien", "zestien", "zeventien"],
  ...["achttien", "negentien"],
];
// Index × 10: twenty is at 2.
const EN_TENS = [
  "",
  "",
  "twenty",
  "thirty",
  "forty",
  "fifty",
  "sixty",
  "seventy",
  "eighty",
  "ninety",
];
const NL_TENS = [
  "",
  "",
  "twintig",
  "dertig",
  "veertig",
  "vijftig",
  "zestig",
  "zeventig",
  "tachtig",
  "negentig",
];

const UNITS = new Map<string, number>([
  ...EN_UNITS.map((w, i) => [w, i] as const),
  ...NL_UNITS.map((w, i) => [w, i] as const),
  ["één", 1],
  ["dozen", 12],
]);
const TENS = new Map<string, number>(
  [...EN_TENS, ...NL_TENS].flatMap((w, i) => (w ? [[w, (i % 10) * 10] as const] : [])),
);
const HUNDRED = new Set(["hundred", "honderd"]);

const digit = (word: string) => {
  const n = UNITS.get(word);
  return n !== undefined && n < 10 ? n : undefined;
};

/** A number in digits or words ("12", "twelve", "twenty-five", "vijfentwintig", "honderd"). */
export function readNumber(word: string): number | undefined {
  if (/^\d+$/.test(word)) return Number(word);
  const simple = UNITS.get(word) ?? TENS.get(word) ?? (HUNDRED.has(word) ? 100 : undefined);
  if (simple !== undefined) return simple;
  const en = /^([a-z]+)[- ]([a-z]+)$/.exec(word);
  const enTens = en?.[1] ? TENS.get(en[1]) : undefined;
  const enUnit = en?.[2] ? digit(en[2]) : undefined;
  if (enTens !== undefined && enUnit !== undefined) return enTens + enUnit;
  // Dutch writes the unit first: vijf-en-twintig, eenentwintig, tweeëntwintig.
  const nl = /^([a-zé]+?)-?(?:en|ën)-?([a-z]+ig)$/.exec(word);
  const nlTens = nl?.[2] ? TENS.get(nl[2]) : undefined;
  const nlUnit = nl?.[1] ? digit(nl[1]) : undefined;
  if (nlTens !== undefined && nlUnit !== undefined) return nlTens + nlUnit;
  return undefined;
}
