import { describe, expect, it } from "vitest";
import {
  EMPTY_QUERY,
  isFiltered,
  type MissionQuery,
  parseMissionQuery,
  type QueryVocabulary,
  serialiseMissionQuery,
  toMissionFilter,
} from "./mission-query";

const vocab: QueryVocabulary = {
  clusters: ["balkans", "middle-east-peace-process"],
  organisations: ["eu", "un"],
  types: ["training", "observation"],
  countries: ["XK", "ML"],
};

describe("mission query in the URL", () => {
  it("round-trips every parameter", () => {
    const q: MissionQuery = {
      search: "Zuid-Soedan & co",
      cluster: "balkans",
      org: "eu",
      type: "training",
      country: "XK",
      sort: "figure",
      dir: "desc",
    };
    const url = serialiseMissionQuery(q);
    expect(url).toBe(
      "?search=Zuid-Soedan+%26+co&cluster=balkans&org=eu&type=training&country=XK&sort=figure&dir=desc",
    );
    expect(parseMissionQuery(url, vocab)).toEqual(q);
  });

  it("serialises the plain view as an empty string", () => {
    expect(serialiseMissionQuery(EMPTY_QUERY)).toBe("");
    expect(parseMissionQuery("", vocab)).toEqual(EMPTY_QUERY);
  });

  it("drops values that are not in the vocabulary", () => {
    const q = parseMissionQuery("?cluster=atlantis&org=<script>&type=x&sort=evil&dir=up", vocab);
    expect(q).toEqual(EMPTY_QUERY);
  });

  it("accepts a country code in any case", () => {
    expect(parseMissionQuery("country=xk", vocab).country).toBe("XK");
  });

  it("leaves out the direction when nothing is sorted", () => {
    expect(serialiseMissionQuery({ ...EMPTY_QUERY, dir: "desc" })).toBe("");
  });

  it("maps to the data package's filter and knows when it filters", () => {
    const q = parseMissionQuery("?search=%20&org=un&sort=since", vocab);
    expect(toMissionFilter(q)).toEqual({
      search: undefined,
      cluster: undefined,
      organisation: "un",
      type: undefined,
      country: undefined,
    });
    expect(isFiltered(q)).toBe(true);
    expect(isFiltered({ ...EMPTY_QUERY, sort: "since" })).toBe(false);
  });
});
