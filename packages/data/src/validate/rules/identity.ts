import type { Collection } from "../../model/dataset.js";
import { normaliseName } from "../../query/normalise.js";
import { NOUN, type RuleContext } from "./context.js";

/** Ids unique per collection; order numbers unique per list. */
export function checkIdentity({ parsed, report }: RuleContext): void {
  for (const collection of Object.keys(parsed) as Collection[]) {
    const seen = new Set<string>();
    for (const { index, item } of parsed[collection]) {
      if (!seen.has(item.id)) {
        seen.add(item.id);
        continue;
      }
      const noun = NOUN[collection];
      report(
        "duplicateId",
        [collection, index, "id"],
        { en: `Duplicate ${noun.en} id "${item.id}".`, nl: `Dubbel ${noun.nl}-id "${item.id}".` },
        { en: "Give each item a unique id.", nl: "Geef elk item een uniek id." },
      );
    }
  }
  for (const collection of ["clusters", "considerations", "statements"] as const) {
    const seen = new Set<string>();
    for (const { index, item } of parsed[collection]) {
      // Per statement kind, and per edition for clusters (each evaluation numbers its own groups).
      const key = `${"kind" in item ? item.kind : ""}:${"edition" in item ? item.edition : ""}:${item.order}`;
      if (!seen.has(key)) {
        seen.add(key);
        continue;
      }
      report(
        "duplicateOrder",
        [collection, index, "order"],
        {
          en: `Order ${item.order} is used twice.`,
          nl: `Volgorde ${item.order} komt twee keer voor.`,
        },
        {
          en: "Number the items 1, 2, 3, … without repeats.",
          nl: "Nummer de items 1, 2, 3, … zonder herhaling.",
        },
      );
    }
  }
}

/** An acronym or alias must lead to one mission, or lookups by name become a guess. */
export function checkMissionNames({ parsed, report }: RuleContext): void {
  const owners = new Map<string, string>();
  for (const { index, item: m } of parsed.missions) {
    const names = [m.acronym, ...m.aliases];
    for (let i = 0; i < names.length; i++) {
      const name = names[i] as string;
      const key = normaliseName(name);
      const owner = owners.get(key);
      if (owner === undefined) owners.set(key, m.id);
      else if (owner !== m.id)
        report(
          "ambiguousName",
          ["missions", index, ...(i === 0 ? ["acronym"] : ["aliases", i - 1])],
          {
            en: `"${name}" also names mission "${owner}".`,
            nl: `"${name}" is ook de naam van missie "${owner}".`,
          },
          {
            en: "Acronyms and aliases must identify one mission.",
            nl: "Afkortingen en alternatieve namen moeten één missie aanduiden.",
          },
        );
    }
  }
}
