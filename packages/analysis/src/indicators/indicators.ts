import { byId } from "../portfolio/lookup.js";
import type { Contribution, Portfolio } from "../portfolio/portfolio.js";
import { TOKEN_THRESHOLD } from "../portfolio/token.js";
import { type FrameworkValue, framework } from "./alliance.js";
import { locations, type PersonnelValue, personnel, type TokenValue, token } from "./burden.js";
import { sameCountry, sameGroup, sameRegion } from "./clustering.js";
import { type HeadquartersDistance, headquartersDistance } from "./distance.js";
import { type Duration, missionDuration, participationDuration } from "./duration.js";
import type { Indicator } from "./indicator.js";

export type ContributionIndicators = {
  contribution: Contribution;
  missionDuration: Indicator<Duration>;
  participationDuration: Indicator<Duration>;
  sameGroup: Indicator<number>;
  sameRegion: Indicator<number>;
  sameCountry: Indicator<number>;
  headquartersDistance: Indicator<HeadquartersDistance>;
  framework: Indicator<FrameworkValue>;
  personnel: Indicator<PersonnelValue>;
  token: Indicator<TokenValue>;
  locations: Indicator<number>;
};

export type IndicatorOptions = { tokenThreshold?: number };

function compute(p: Portfolio, c: Contribution, threshold: number): ContributionIndicators {
  return {
    contribution: c,
    missionDuration: missionDuration(c, p.asOf),
    participationDuration: participationDuration(c, p.asOf),
    sameGroup: sameGroup(p, c),
    sameRegion: sameRegion(p, c),
    sameCountry: sameCountry(p, c),
    headquartersDistance: headquartersDistance(p, c),
    framework: framework(p, c),
    personnel: personnel(p, c),
    token: token(p, c, threshold),
    locations: locations(c),
  };
}

/** Every derived indicator of one contribution in the portfolio, as of the portfolio's date. */
export function contributionIndicators(
  p: Portfolio,
  id: string,
  { tokenThreshold = TOKEN_THRESHOLD }: IndicatorOptions = {},
): ContributionIndicators | undefined {
  const c = byId(p).get(id);
  return c && compute(p, c, tokenThreshold);
}

/** The indicators of every contribution, in the portfolio's order. */
export function portfolioIndicators(
  p: Portfolio,
  { tokenThreshold = TOKEN_THRESHOLD }: IndicatorOptions = {},
): ContributionIndicators[] {
  return p.contributions.map((c) => compute(p, c, tokenThreshold));
}
