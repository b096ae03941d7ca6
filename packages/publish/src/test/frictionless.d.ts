// The few parts of the Frictionless JavaScript libraries (no types of their own) the tests use.
declare module "datapackage" {
  export class Resource {
    readonly name: string;
    readonly valid: boolean;
    readonly errors: Error[];
    read(options: {
      keyed?: boolean;
      relations?: boolean;
      forceCast?: boolean;
    }): Promise<unknown[]>;
  }
  export class Package {
    static load(
      descriptor: string | object,
      options?: { basePath?: string; strict?: boolean },
    ): Promise<Package>;
    readonly valid: boolean;
    readonly errors: Error[];
    readonly resources: Resource[];
    readonly descriptor: Record<string, unknown>;
  }
}
