import * as z from "zod";

// Imported before anything that builds zod schemas: zod decides per schema, as it is built,
// whether to probe for eval, and the probe is a CSP violation even though zod catches it.
z.config({ jitless: true });
