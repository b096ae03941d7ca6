import { describe, expectTypeOf, it } from "vitest";
import type { Dataset } from "./dataset.js";
import { type ClusterId, MissionId } from "./ids.js";
import type { Mission } from "./mission.js";

describe("branded ids", () => {
  it("does not accept a plain string as a mission id", () => {
    expectTypeOf<string>().not.toEqualTypeOf<MissionId>();
    expectTypeOf<MissionId>().toExtend<string>();
    const lookup = (id: MissionId) => id;
    // @ts-expect-error a plain string is not a MissionId: parse it first
    lookup("untso");
    lookup(MissionId.parse("untso"));
  });

  it("keeps ids of different entities apart", () => {
    const takesCluster = (id: ClusterId) => id;
    // @ts-expect-error a MissionId is not a ClusterId
    takesCluster(MissionId.parse("untso"));
  });

  it("infers entity types from the schemas", () => {
    expectTypeOf<Mission["id"]>().toEqualTypeOf<MissionId>();
    expectTypeOf<Dataset["missions"]>().toEqualTypeOf<Mission[]>();
  });
});
