// The two ways a scenario adds a contribution: a mission of the dataset, or one it describes.
import { isCountryCode } from "@inzet/data/queries";
import { regionsOf } from "../geo/regions.js";
import { contributionFromMission } from "../portfolio/build.js";
import { ownPersonnel } from "../portfolio/personnel.js";
import { type ApplyContext, freeId, knownGroup, type Path, report, text } from "./apply-context.js";
import type { Operation } from "./schema.js";

type AddMission = Extract<Operation, { op: "addMission" }>;
type AddDescribed = Extract<Operation, { op: "addDescribed" }>;

export function addMission(cx: ApplyContext, op: AddMission, at: (...p: Path) => Path): void {
  const m = cx.base.dataset.missions.find((x) => x.id === op.mission);
  if (!m) {
    report(
      cx,
      "unknownReference",
      at("mission"),
      text(
        `No mission "${op.mission}" in the dataset.`,
        `Geen missie "${op.mission}" in de dataset.`,
      ),
      text(
        "Add a mission of the dataset by its id, or describe a new one with addDescribed.",
        "Voeg een missie uit de dataset toe met haar id, of beschrijf een nieuwe met addDescribed.",
      ),
    );
    return;
  }
  if (cx.current.has(m.id)) {
    report(
      cx,
      "duplicateId",
      at("mission"),
      text(`${m.id} is already in the portfolio.`, `${m.id} zit al in de portefeuille.`),
      text(
        "End it first, or leave this operation out.",
        "Beëindig haar eerst, of laat deze bewerking weg.",
      ),
    );
    return;
  }
  if (op.group !== undefined && !knownGroup(cx, op.group, at("group"))) return;
  cx.current.set(contributionFromMission(cx.base, m, op.group));
}

export function addDescribed(cx: ApplyContext, op: AddDescribed, at: (...p: Path) => Path): void {
  const badCountries = op.countries.flatMap((k, j) => (isCountryCode(k) ? [] : [j]));
  for (const j of badCountries)
    report(
      cx,
      "countryCode",
      at("countries", j),
      text(
        `${op.countries[j]} is not an ISO 3166-1 country code.`,
        `${op.countries[j]} is geen ISO 3166-1-landcode.`,
      ),
      text(
        "Use a two-letter code such as ML or SO.",
        "Gebruik een code van twee letters zoals ML of SO.",
      ),
    );
  const org = op.organisation;
  const orgs: string[] = cx.base.dataset.organisations.map((o) => o.id);
  if (org !== undefined && !orgs.includes(org))
    report(
      cx,
      "unknownReference",
      at("organisation"),
      text(`No organisation "${org}" in the dataset.`, `Geen organisatie "${org}" in de dataset.`),
      text(
        `Use one of: ${orgs.join(", ")}; or leave it out.`,
        `Gebruik een van: ${orgs.join(", ")}; of laat het weg.`,
      ),
    );
  const fine = freeId(cx, op.id, at("id")) && knownGroup(cx, op.group, at("group"));
  if (!fine || badCountries.length > 0) return;
  cx.current.set({
    id: op.id,
    label: op.name,
    origin: "scenario",
    mission: null,
    group: op.group,
    organisation: org ?? null,
    framework: op.framework,
    countries: op.countries,
    regions: regionsOf(op.countries),
    quantity: op.quantity,
    figure: null,
    part: null,
    personnel: ownPersonnel(op.quantity),
  });
}
