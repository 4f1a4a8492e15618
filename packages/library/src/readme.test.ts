import { readFileSync } from "node:fs";
import { createLibrary, createMemoryStore } from "@pionniers/library";
import { expect, it, vi } from "vitest";

it("runs the README's usage example: two replicas merge their tags", async () => {
  const log = vi.spyOn(console, "log").mockImplementation(() => {});
  // README:start
  const open = (replicaId: string) =>
    createLibrary({ store: createMemoryStore(), replicaId, pioneer: { id: replicaId } });
  const [ana, leo] = await Promise.all([open("ana"), open("leo")]);
  const id = await ana.put("clips", { url: "https://www.avise.org/", title: "Avise" });
  await leo.apply((await ana.changesSince("")).changes);
  await Promise.all([ana.addTo("clips", id, "tags", "ess"), leo.addTo("clips", id, "tags", "eco")]);
  await ana.apply((await leo.changesSince("")).changes);
  await leo.apply((await ana.changesSince("")).changes);
  console.log((await ana.get("clips", id))?.tags); // ["eco", "ess"] — and the same on leo
  // README:end
  expect(log).toHaveBeenCalledWith(["eco", "ess"]);
  expect(await leo.get("clips", id)).toEqual(await ana.get("clips", id));
  log.mockRestore();
});

it("keeps the README's usage block identical to the code above", () => {
  const self = readFileSync(new URL(import.meta.url), "utf8");
  const start = self.indexOf("// README:start\n") + "// README:start\n".length;
  const code = self.slice(start, self.indexOf("  // README:end")).replace(/^ {2}/gm, "");
  const readme = readFileSync(new URL("../README.md", import.meta.url), "utf8");
  expect(readme).toContain(code);
});

it("runs the README's search example through the public @pionniers/library/search entry", async () => {
  const { createSearchIndex, syncSearchIndex } = await import("@pionniers/library/search");
  const library = await createLibrary({
    store: createMemoryStore(),
    replicaId: "r",
    pioneer: { id: "ana" },
  });
  const id = await library.put("clips", {
    url: "https://www.avise.org/",
    title: "Les coopératives",
    tags: ["ess"],
  });
  const index = createSearchIndex();
  await syncSearchIndex(library, index);
  expect(index.search("cooperative", { filter: { tags: ["ess"] } })).toEqual([
    { id, score: expect.any(Number) },
  ]);
  const main = await import("@pionniers/library");
  expect("createSearchIndex" in main).toBe(false);
});
