// The framework a mission runs in, as the factual side of "alliance obligations": derived from the
// organisation that leads it by a fixed table, never judged per mission.
import type { LocalizedText, Organisation } from "@inzet/data";

export const FRAMEWORKS = ["nato", "euCsdp", "un", "osce", "coalition", "bilateral"] as const;
export type Framework = (typeof FRAMEWORKS)[number];

export const FRAMEWORK_LABELS: Record<Framework, LocalizedText> = {
  nato: { en: "NATO", nl: "NAVO" },
  euCsdp: { en: "EU CSDP", nl: "EU GVDB" },
  un: { en: "UN", nl: "VN" },
  osce: { en: "OSCE", nl: "OVSE" },
  coalition: { en: "Coalition", nl: "Coalitie" },
  bilateral: { en: "Bilateral", nl: "Bilateraal" },
};

// The four organisations by id; everything else by the kind of organisation the dataset records.
const BY_ID: Record<string, Framework> = { nato: "nato", eu: "euCsdp", un: "un", osce: "osce" };

/**
 * nato → NATO, eu → EU CSDP, un → UN, osce → OSCE; a coalition → coalition; the Netherlands
 * bilaterally, or a mission led by one state (the US Security Coordinator) → bilateral: the Dutch
 * part is arranged with that one state. Other intergovernmental organisations: unknown.
 */
export function frameworkOf(org: Organisation | undefined): Framework | null {
  if (!org) return null;
  const byId = BY_ID[org.id];
  if (byId) return byId;
  if (org.kind === "coalition") return "coalition";
  if (org.kind === "bilateral" || org.kind === "state") return "bilateral";
  return null;
}
