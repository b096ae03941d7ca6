import type { CountingBasis } from "./quantity.js";

// Kept apart from the zod schemas in quantity.ts so that queries (and the browser and terminal
// bundles that use them) do not load zod just for this list.
/** Bases that count people present at a time; the others (plans, maxima, totals) give context. */
export const STRENGTH_BASES: readonly CountingBasis[] = ["deployed", "unspecified"];
