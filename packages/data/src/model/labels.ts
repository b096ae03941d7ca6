import type { CountingBasis, Qualifier } from "../quantity/quantity.js";
import type { FactStatus } from "./citation.js";
import type { ClusterRelation } from "./cluster.js";
import type { PersonnelScope } from "./figure.js";
import type { MissionKind, MissionType } from "./mission.js";
import type { MissionCountKind } from "./mission-count.js";
import type { OrganisationKind } from "./organisation.js";
import type { LocalizedText } from "./primitives.js";
import type { PublisherKind } from "./source.js";
import type { ConsiderationEmphasis, StatementKind } from "./statement.js";

// Names of the model's enum values for people, in both languages (terms from the glossary).
export const LABELS: {
  missionKind: Record<MissionKind, LocalizedText>;
  missionType: Record<MissionType, LocalizedText>;
  organisationKind: Record<OrganisationKind, LocalizedText>;
  scope: Record<PersonnelScope, LocalizedText>;
  basis: Record<CountingBasis, LocalizedText>;
  status: Record<FactStatus, LocalizedText>;
  publisherKind: Record<PublisherKind, LocalizedText>;
  qualifier: Record<Qualifier, LocalizedText>;
  relation: Record<ClusterRelation, LocalizedText>;
  missionCountKind: Record<MissionCountKind, LocalizedText>;
  statementKind: Record<StatementKind, LocalizedText>;
  emphasis: Record<ConsiderationEmphasis, LocalizedText>;
} = {
  missionKind: {
    military: { en: "military", nl: "militair" },
    civilian: { en: "civilian", nl: "civiel" },
    multidimensional: { en: "multidimensional", nl: "multidimensionaal" },
    political: { en: "political", nl: "politiek" },
    lawEnforcement: { en: "law enforcement", nl: "rechtshandhaving" },
    programme: { en: "programme", nl: "programma" },
  },
  missionType: {
    peaceEnforcement: { en: "peace enforcement", nl: "vredesafdwinging" },
    peacekeeping: { en: "peacekeeping", nl: "vredeshandhaving" },
    observation: { en: "observation", nl: "waarneming" },
    monitoring: { en: "monitoring", nl: "monitoring" },
    training: { en: "training", nl: "training" },
    advisory: { en: "advisory", nl: "advisering" },
    capacityBuilding: { en: "capacity building", nl: "capaciteitsopbouw" },
    securitySectorReform: { en: "security sector reform", nl: "hervorming veiligheidssector" },
    ruleOfLaw: { en: "rule of law", nl: "rechtsstaat" },
    maritimeSecurity: { en: "maritime security", nl: "maritieme veiligheid" },
    counterPiracy: { en: "counter-piracy", nl: "piraterijbestrijding" },
    counterTerrorism: { en: "counter-terrorism", nl: "terrorismebestrijding" },
    protectionOfCivilians: { en: "protection of civilians", nl: "bescherming van burgers" },
    securityCoordination: { en: "security coordination", nl: "veiligheidscoördinatie" },
    political: { en: "political", nl: "politiek" },
  },
  organisationKind: {
    intergovernmental: {
      en: "intergovernmental organisation",
      nl: "intergouvernementele organisatie",
    },
    state: { en: "state", nl: "staat" },
    coalition: { en: "coalition", nl: "coalitie" },
    bilateral: { en: "bilateral", nl: "bilateraal" },
  },
  scope: {
    defence: { en: "Defence personnel", nl: "Defensiepersoneel" },
    military: { en: "military", nl: "militairen" },
    police: { en: "police", nl: "politie" },
    civilian: { en: "civilian", nl: "civiel" },
    all: { en: "all personnel", nl: "al het personeel" },
    unspecified: { en: "not specified", nl: "niet gespecificeerd" },
  },
  basis: {
    deployed: { en: "deployed at the date", nl: "uitgezonden op de datum" },
    maximumDeployed: { en: "most deployed at once", nl: "hoogste aantal tegelijk uitgezonden" },
    average: { en: "average over the period", nl: "gemiddelde over de periode" },
    cumulative: { en: "everyone over the period", nl: "cumulatief over de periode" },
    authorisedMaximum: {
      en: "mandated or authorised maximum",
      nl: "gemandateerd of toegestaan maximum",
    },
    availablePosts: { en: "available posts", nl: "beschikbare plaatsen" },
    addition: { en: "an addition, not the total", nl: "een aanvulling, niet het totaal" },
    unspecified: { en: "not specified", nl: "niet gespecificeerd" },
  },
  status: {
    planned: { en: "planned", nl: "gepland" },
    actual: { en: "actual", nl: "werkelijk" },
  },
  publisherKind: {
    official: { en: "official primary source", nl: "officiële primaire bron" },
    scholarly: { en: "scholarly", nl: "wetenschappelijk" },
    reputablePress: { en: "reputable press", nl: "gerenommeerde pers" },
    otherPress: { en: "other press", nl: "overige pers" },
    association: { en: "association or interest group", nl: "vereniging of belangengroep" },
    mirror: { en: "mirror or aggregator copy", nl: "kopie of aggregator" },
    stateAffiliated: {
      en: "state-affiliated media of a party to the conflict",
      nl: "staatsgelieerde media van een partij in het conflict",
    },
  },
  qualifier: {
    exact: { en: "exact", nl: "exact" },
    approximately: { en: "approximately", nl: "ongeveer" },
    moreThan: { en: "more than", nl: "meer dan" },
    atLeast: { en: "at least", nl: "minstens" },
    upTo: { en: "up to", nl: "maximaal" },
    range: { en: "range", nl: "bereik" },
    few: { en: "a few", nl: "enkele" },
    unknown: { en: "unknown", nl: "onbekend" },
  },
  missionCountKind: {
    civilian: { en: "civilian missions", nl: "civiele missies" },
    military: { en: "military missions", nl: "militaire missies" },
  },
  relation: {
    group: { en: "group", nl: "groep" },
    addition: { en: "in addition", nl: "daarnaast" },
  },
  statementKind: {
    context: { en: "context", nl: "context" },
    principle: { en: "principle", nl: "uitgangspunt" },
    capability: { en: "capability", nl: "capaciteit" },
    motive: { en: "motive", nl: "motief" },
    benefit: { en: "benefit", nl: "voordeel" },
    intention: { en: "intention", nl: "voornemen" },
  },
  emphasis: {
    moreThanBefore: { en: "more than before, explicitly", nl: "meer dan voorheen, expliciet" },
    evenMoreExplicit: { en: "even more explicitly", nl: "nog explicieter" },
  },
};
