// The qualifier vocabulary, once, without zod: the schema, the test generators, labels and the
// exports all take it from here.

/** Qualifiers that carry one number ("ongeveer tien" is approximately 10). */
export const VALUED_QUALIFIERS = ["exact", "approximately", "moreThan", "atLeast", "upTo"] as const;

/** Every way a source words a figure: the valued ones, a range, "a few", and unknown. */
export const QUALIFIERS = [...VALUED_QUALIFIERS, "range", "few", "unknown"] as const;
