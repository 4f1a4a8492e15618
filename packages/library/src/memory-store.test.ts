import { createMemoryStore } from "./memory-store.ts";
import { describeStoreContract } from "./test-fixtures/store-contract.ts";

// The memory store lives in one object: reopening hands back the same data.
describeStoreContract("memory", {
  create: async () => createMemoryStore(),
  reopen: async (store) => store,
});
