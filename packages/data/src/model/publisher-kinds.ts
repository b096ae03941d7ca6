// Who publishes a source, without zod (the schema, the quality report and the labels share it):
// see PublisherKind in source.ts for what each means.
export const PUBLISHER_KINDS = [
  "official",
  "scholarly",
  "reputablePress",
  "otherPress",
  "association",
  "mirror",
  "stateAffiliated",
] as const;
