import type { RuleContext } from "./context.js";

/** Each mission in exactly one cluster, and every member a mission that exists. */
export function checkClusters({ parsed, report, reference }: RuleContext): void {
  const membership = new Map<string, string>();
  for (const { index, item: c } of parsed.clusters) {
    c.missions.forEach((id, i) => {
      reference(() => ["clusters", index, "missions", i], "missions", id);
      const other = membership.get(id);
      if (other === undefined) membership.set(id, c.id);
      else
        report(
          "clusterMembership",
          ["clusters", index, "missions", i],
          {
            en: `Mission "${id}" is also in cluster "${other}".`,
            nl: `Missie "${id}" zit ook in groep "${other}".`,
          },
          {
            en: "Put each mission in exactly one cluster.",
            nl: "Plaats elke missie in precies één groep.",
          },
        );
    });
  }
  if (parsed.clusters.length === 0) return;
  for (const { index, item: m } of parsed.missions) {
    if (membership.has(m.id)) continue;
    report(
      "clusterMembership",
      ["missions", index, "id"],
      {
        en: `Mission "${m.id}" is in no cluster.`,
        nl: `Missie "${m.id}" zit in geen enkele groep.`,
      },
      {
        en: "Add its id to the missions of one cluster.",
        nl: "Voeg het id toe aan de missies van één groep.",
      },
    );
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
