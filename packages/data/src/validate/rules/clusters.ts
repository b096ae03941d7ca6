import type { RuleContext } from "./context.js";

/** A cluster names an edition; within an edition, each mission is in one cluster at most. */
export function checkClusters({ parsed, report, reference }: RuleContext): void {
  const membership = new Map<string, string>();
  for (const { index, item: c } of parsed.clusters) {
    reference(() => ["clusters", index, "edition"], "editions", c.edition);
    c.missions.forEach((id, i) => {
      reference(() => ["clusters", index, "missions", i], "missions", id);
      const key = `${c.edition}\u0000${id}`;
      const other = membership.get(key);
      if (other === undefined) membership.set(key, c.id);
      else
        report(
          "clusterMembership",
          ["clusters", index, "missions", i],
          {
            en: `Mission "${id}" is also in cluster "${other}" of the same edition.`,
            nl: `Missie "${id}" zit ook in groep "${other}" van dezelfde editie.`,
          },
          {
            en: "Put each mission in one cluster of an edition at most.",
            nl: "Plaats elke missie in hoogstens één groep per editie.",
          },
        );
    });
  }
}

/** A figure counts a mission or a cluster, never both or neither, over a period that runs forward. */
export function checkFigures({ parsed, report, reference, dateOrder }: RuleContext): void {
  for (const { index, item: f } of parsed.figures) {
    if ((f.mission === undefined) === (f.cluster === undefined)) {
      report(
        "figureSubject",
        ["figures", index],
        {
          en: "A figure must count either a mission or a cluster.",
          nl: "Een aantal hoort bij óf een missie óf een groep.",
        },
        {
          en: 'Set exactly one of "mission" and "cluster".',
          nl: 'Vul precies één van "mission" en "cluster" in.',
        },
      );
    }
    if (f.mission !== undefined)
      reference(() => ["figures", index, "mission"], "missions", f.mission as string);
    if (f.cluster !== undefined)
      reference(() => ["figures", index, "cluster"], "clusters", f.cluster as string);
    if (typeof f.asOf !== "string" && f.asOf.to !== undefined) {
      dateOrder(["figures", index, "asOf", "to"], f.asOf.from, f.asOf.to, {
        en: "The period ends before it starts",
        nl: "De periode eindigt voordat ze begint",
      });
    }
  }
}
