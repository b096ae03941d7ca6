import { COLLECTIONS, type Collection, type Dataset } from "../model/dataset.js";
import { isRecord } from "./is-record.js";
import { issue, type ValidationIssue } from "./issue.js";
import { type LoadResult, loadDataset } from "./load.js";

/** One file's worth of data: any of "meta" and the collections, as parsed from YAML or JSON. */
export type Fragment = { file: string; data: unknown };

type Origin = { file: string; index: number };

/**
 * A dataset that files without `meta` are checked against: they then read as changes to it (an
 * edited mission file replaces the mission with its id), so one file can be validated alone.
 */
export type FragmentBase = { dataset: Dataset; name: string };

/**
 * Validates a dataset kept as several files (one per mission, say): the collections are
 * concatenated, validated as one, and every issue is reported against the file it came from.
 */
export function loadFragments(fragments: readonly Fragment[], base?: FragmentBase): LoadResult {
  const issues: ValidationIssue[] = [];
  const merged: Record<string, unknown> = {};
  const origins = new Map<Collection, Origin[]>(COLLECTIONS.map((c) => [c, []]));
  let metaFile: string | undefined;

  for (const { file, data } of fragments) {
    const located = (i: ValidationIssue) => ({ ...i, file });
    if (!isRecord(data)) {
      issues.push(
        located(
          issue(
            "notAnObject",
            [],
            {
              en: "The file does not hold a mapping of collections.",
              nl: "Het bestand bevat geen verzameling lijsten.",
            },
            {
              en: `Start the file with keys such as meta:, missions: or figures:.`,
              nl: `Begin het bestand met sleutels als meta:, missions: of figures:.`,
            },
          ),
        ),
      );
      continue;
    }
    for (const [key, value] of Object.entries(data)) {
      if (key === "$schema") continue;
      if (key === "meta") {
        if (metaFile !== undefined) {
          issues.push(
            located(
              issue(
                "duplicateMeta",
                ["meta"],
                {
                  en: `"meta" is also given in ${metaFile}.`,
                  nl: `"meta" staat ook in ${metaFile}.`,
                },
                { en: "Keep meta in one file only.", nl: "Houd meta in één bestand." },
              ),
            ),
          );
        } else {
          metaFile = file;
          merged.meta = value;
        }
        continue;
      }
      const collection = COLLECTIONS.find((c) => c === key);
      if (collection === undefined || !Array.isArray(value)) {
        // Unknown keys and non-arrays are reported by the dataset loader, located in this file.
        const result = loadDataset({ [key]: value });
        if (!result.ok) issues.push(...result.issues.filter((i) => i.path[0] === key).map(located));
        continue;
      }
      if (!Array.isArray(merged[collection])) merged[collection] = [];
      const target = merged[collection] as unknown[];
      const origin = origins.get(collection) ?? [];
      value.forEach((item, index) => {
        target.push(item);
        origin.push({ file, index });
      });
    }
  }
  if (metaFile === undefined && base) {
    merged.meta = base.dataset.meta;
    metaFile = base.name;
    for (const c of COLLECTIONS) {
      const given = Array.isArray(merged[c]) ? (merged[c] as unknown[]) : [];
      const replaced = new Set(given.map(idOf));
      const origin = origins.get(c) ?? [];
      (base.dataset[c] as { id: string }[]).forEach((item, index) => {
        if (replaced.has(item.id)) return;
        given.push(item);
        origin.push({ file: base.name, index });
      });
      merged[c] = given;
    }
  } else if (metaFile === undefined) {
    issues.push(
      issue(
        "missingMeta",
        ["meta"],
        {
          en: "No file gives the dataset's meta.",
          nl: "Geen bestand geeft de meta van de dataset.",
        },
        {
          en: "Add a meta: block (title, description, year, primarySource, version, license).",
          nl: "Voeg een meta:-blok toe (title, description, year, primarySource, version, license).",
        },
      ),
    );
  }
  for (const c of COLLECTIONS) merged[c] ??= [];

  const result = loadDataset(merged);
  const found = result.ok ? result.warnings : result.issues;
  const relocated = found
    // Without meta, "meta is missing" has been said once already.
    .filter((i) => metaFile !== undefined || i.path[0] !== "meta")
    .map((i) => relocate(i, metaFile, origins));
  if (result.ok && issues.length === 0) return { ...result, warnings: relocated };
  return { ok: false, issues: [...issues, ...relocated] };
}

function relocate(
  i: ValidationIssue,
  metaFile: string | undefined,
  origins: Map<Collection, Origin[]>,
): ValidationIssue {
  const [head, index, ...rest] = i.path;
  if (head === "meta" && metaFile !== undefined) return { ...i, file: metaFile };
  const origin = typeof index === "number" ? origins.get(head as Collection)?.[index] : undefined;
  if (!origin) return i;
  // Messages that name another item by merged index ("also at missions[7]") keep that index.
  return { ...i, file: origin.file, path: [head as Collection, origin.index, ...rest] };
}

function idOf(item: unknown): unknown {
  return isRecord(item) ? item.id : undefined;
}
