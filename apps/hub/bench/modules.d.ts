// Minimal types for the benchmark-only modules that ship none.
declare module "autocannon" {
  interface Result {
    requests: { average: number };
    latency: { p50: number; p99: number };
    non2xx: number;
    errors: number;
  }
  function autocannon(options: {
    url: string;
    connections?: number;
    duration?: number;
    headers?: Record<string, string>;
  }): Promise<Result>;
  export default autocannon;
}
declare module "pouchdb" {
  interface Db {
    bulkDocs(docs: object[]): Promise<unknown>;
    destroy(): Promise<void>;
  }
  interface PouchStatic {
    new (name: string, options?: { adapter?: string }): Db;
    plugin(plugin: unknown): void;
    replicate(from: Db, to: Db, options?: object): Promise<{ docs_written: number }>;
  }
  const PouchDB: PouchStatic;
  export default PouchDB;
}
declare module "pouchdb-adapter-memory" {
  const plugin: unknown;
  export default plugin;
}
