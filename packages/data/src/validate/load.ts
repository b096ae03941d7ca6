import * as z from "zod";
import { Cluster } from "../model/cluster.js";
import { COLLECTIONS, type Collection, type Dataset, DatasetMeta } from "../model/dataset.js";
import { Edition } from "../model/edition.js";
import { PersonnelFigure } from "../model/figure.js";
import { Mission } from "../model/mission.js";
import { MissionCount } from "../model/mission-count.js";
import { Organisation } from "../model/organisation.js";
import { Source } from "../model/source.js";
import { Consideration, Statement } from "../model/statement.js";
import {
  crossReferenceIssues,
  type Entry,
  type Failed,
  type KnownIds,
} from "./cross-references.js";
import { isRecord } from "./is-record.js";
import { isError, issue, type ValidationIssue } from "./issue.js";
import { fromZodIssues } from "./schema-issues.js";

/**
 * Either the whole dataset, with the warnings it passed with (the source policy's "should"s), or
 * every issue found, errors and warnings together.
 */
export type LoadResult =
  | { ok: true; dataset: Dataset; warnings: ValidationIssue[] }
  | { ok: false; issues: ValidationIssue[] };

const ITEM_SCHEMAS = {
  sources: Source,
  organisations: Organisation,
  editions: Edition,
  clusters: Cluster,
  missions: Mission,
  figures: PersonnelFigure,
  missionCounts: MissionCount,
  considerations: Consideration,
  statements: Statement,
} as const satisfies Record<Collection, z.ZodType>;

type Parsed = { [C in Collection]: Entry<Dataset[C][number]>[] };

// z.compile turns a schema into generated code that accepts a valid item ~2.5× faster, but compiling
// the mission schema takes 15–35 ms, so only a collection this large uses it: a real dataset never does.
export const COMPILE_FROM = 1000;
const compiled = new Map<Collection, z.ZodType>();

/** Whether `item` passes its collection's schema; `size` decides between the compiled and the plain check. */
function accepts(collection: Collection, size: number, item: unknown): boolean {
  // Both arrived in zod 4.5, and the peer range starts at 4.1.
  if (size < COMPILE_FROM || typeof z.compile !== "function" || typeof z.validate !== "function")
    return ITEM_SCHEMAS[collection].safeParse(item).success;
  let schema = compiled.get(collection);
  if (!schema) {
    schema = z.compile(ITEM_SCHEMAS[collection]);
    compiled.set(collection, schema);
  }
  return z.validate(schema, item);
}

const KNOWN_KEYS = new Set<string>(["$schema", "meta", ...COLLECTIONS]);

/**
 * Validates untrusted input with the dataset's schema and cross-reference rules.
 * Each item is parsed on its own, so every problem in the input is reported at once; the result
 * is either the whole dataset or the located issues, never a partial dataset. The dataset shares
 * the input's objects (no copy is made): do not mutate the input afterwards.
 */
export function loadDataset(input: unknown): LoadResult {
  if (!isRecord(input)) {
    return {
      ok: false,
      issues: [
        issue(
          "notAnObject",
          [],
          { en: "The dataset is not a JSON object.", nl: "De dataset is geen JSON-object." },
          {
            en: `Give an object with "meta" and the arrays ${COLLECTIONS.join(", ")}.`,
            nl: `Geef een object met "meta" en de lijsten ${COLLECTIONS.join(", ")}.`,
          },
        ),
      ],
    };
  }
  const issues: ValidationIssue[] = [];
  for (const key of Object.keys(input)) {
    if (!KNOWN_KEYS.has(key)) {
      issues.push(
        issue(
          "unknownCollection",
          [key],
          {
            en: `Unknown top-level key "${key}".`,
            nl: `Onbekende sleutel "${key}" op het hoogste niveau.`,
          },
          {
            en: `Use only meta, $schema and ${COLLECTIONS.join(", ")}.`,
            nl: `Gebruik alleen meta, $schema en ${COLLECTIONS.join(", ")}.`,
          },
        ),
      );
    }
  }
  const meta = DatasetMeta.safeParse(input.meta, { reportInput: true });
  if (!meta.success) issues.push(...fromZodIssues(meta.error.issues, ["meta"]));

  const parsed = {} as Parsed;
  const known = {} as KnownIds;
  const failed: Failed[] = [];
  for (const collection of COLLECTIONS) {
    const raw = input[collection];
    const entries: Entry<unknown>[] = [];
    const ids = new Set<string>();
    if (!Array.isArray(raw)) {
      issues.push(
        issue(
          "notAnArray",
          [collection],
          raw === undefined
            ? { en: `Missing "${collection}".`, nl: `"${collection}" ontbreekt.` }
            : { en: `"${collection}" is not an array.`, nl: `"${collection}" is geen lijst.` },
          {
            en: `Give "${collection}" as an array (it may be empty).`,
            nl: `Geef "${collection}" als lijst (die mag leeg zijn).`,
          },
        ),
      );
    } else {
      const schema = ITEM_SCHEMAS[collection];
      raw.forEach((item: unknown, index) => {
        // Ids of invalid items still count as known, so one bad item does not cascade into references.
        if (isRecord(item) && typeof item.id === "string") ids.add(item.id);
        // Keep the input object, not zod's copy: the schemas have no transforms or defaults, so the
        // two are equal, and not retaining a second copy makes validation ~30% faster on large data.
        // A rejected item is parsed again with the input attached (what the hints quote): its issues,
        // and the final word on it, are always the schema's own.
        const detailed = accepts(collection, raw.length, item)
          ? undefined
          : schema.safeParse(item, { reportInput: true });
        if (!detailed?.error) entries.push({ index, item });
        else {
          failed.push({ collection, index, item });
          issues.push(...fromZodIssues(detailed.error.issues, [collection, index]));
        }
      });
    }
    (parsed as Record<Collection, Entry<unknown>[]>)[collection] = entries;
    known[collection] = ids;
  }

  const schemaPaths = new Set(issues.map((i) => i.path.join("\u0000")));
  issues.push(
    ...crossReferenceIssues(parsed, known, meta.success ? meta.data : undefined, failed).filter(
      // A reference the schema already rejected (a malformed id, say) is reported once.
      (i) =>
        !schemaPaths.has(i.path.join("\u0000")) &&
        !schemaPaths.has(i.path.slice(0, -1).join("\u0000")),
    ),
  );
  if (issues.some(isError) || !meta.success) return { ok: false, issues };

  const dataset = { meta: meta.data } as Dataset;
  if (typeof input.$schema === "string") dataset.$schema = input.$schema;
  for (const collection of COLLECTIONS) {
    (dataset as Record<Collection, unknown[]>)[collection] = parsed[collection].map((e) => e.item);
  }
  return { ok: true, dataset, warnings: issues };
}
