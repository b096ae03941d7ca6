/** The oldest Node.js `inzet` runs on (package.json `engines`, .node-version). */
export const MINIMUM_NODE = [24, 11] as const;

/**
 * A message for a Node.js too old to run `inzet`, in both languages (the language flag has not
 * been read yet); undefined when `version` ("24.22.3") will do.
 */
export function unsupportedNode(version: string): string | undefined {
  const [major = 0, minor = 0] = version.split(".").map(Number);
  const [needMajor, needMinor] = MINIMUM_NODE;
  if (major > needMajor || (major === needMajor && minor >= needMinor)) return undefined;
  const need = `${needMajor}.${needMinor}`;
  return [
    `inzet: needs Node.js ${need} or newer; this is ${version}.`,
    "  fix: run it from the repository with `pnpm inzet …` (it brings Node 24), or install Node 24.",
    `inzet: vereist Node.js ${need} of nieuwer; dit is ${version}.`,
    "  oplossing: start het in de repository met `pnpm inzet …` (dat brengt Node 24 mee), of installeer Node 24.",
    "",
  ].join("\n");
}
