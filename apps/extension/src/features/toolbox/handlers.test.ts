import { describe, expect, it } from "vitest";
import { fakeProfile } from "../../../test/fake-browser.ts";
import { send } from "../../messages.ts";

const story = (id: string, text: string, cost = 1) => ({
  id,
  data: { text, cost, impact: 3, reach: 2, moscow: "should", themes: [], status: "backlog" },
});

describe("toolbox messages", () => {
  it("stores stories the clipper and the popup read too, re-parsed", async () => {
    const { platform } = fakeProfile();
    const { ids } = await send(platform, "toolboxPut", {
      collection: "stories",
      docs: [
        story("agenda", "En tant que bénévole, je veux un agenda partagé afin de m'organiser"),
      ],
    });
    expect(ids).toEqual(["agenda"]);
    const [doc] = await send(platform, "toolboxList", { collection: "stories" });
    expect(doc?.title).toContain("agenda partagé");
    const data = doc?.data as { parsed: { role: string } } | undefined;
    expect(data?.parsed.role).toBe("bénévole");
    // The popup's story list is the same collection.
    expect((await send(platform, "listStories", {})).map((s) => s.id)).toEqual(["agenda"]);
  });

  it("refuses a whole batch when one document is wrong, with the library's bilingual error", async () => {
    const { platform } = fakeProfile();
    await expect(
      send(platform, "toolboxPut", {
        collection: "stories",
        docs: [
          story("ok", "En tant que trésorière, je veux exporter les dons"),
          story("bad", "x", -2),
        ],
      }),
    ).rejects.toMatchObject({ code: "invalid-cost" });
    expect(await send(platform, "toolboxList", { collection: "stories" })).toEqual([]);
  });

  it("checks chantiers and assessments, and trashes documents", async () => {
    const { platform } = fakeProfile();
    await expect(
      send(platform, "toolboxPut", {
        collection: "chantiers",
        docs: [{ id: "chantier-1", data: { number: 1, start: "2027-01-04" } }],
      }),
    ).rejects.toMatchObject({ code: "invalid-chantier" });
    await expect(
      send(platform, "toolboxPut", {
        collection: "assessments",
        docs: [
          {
            id: "a1",
            data: {
              association: "La Ruche",
              date: "2026-11-28",
              modelVersion: "1.0.0",
              complete: false,
              answers: { "sharing-minutes": { choice: 9 } },
            },
          },
        ],
      }),
    ).rejects.toMatchObject({ code: "invalid-assessment" });
    await expect(
      send(platform, "toolboxList", { collection: "clips" as never }),
    ).rejects.toMatchObject({ code: "unknown-collection" });
    await send(platform, "toolboxPut", {
      collection: "chantiers",
      docs: [
        {
          id: "chantier-1",
          data: {
            number: 1,
            start: "2027-01-04",
            end: "2027-02-03",
            capacityDays: 5,
            storyIds: ["a"],
          },
        },
      ],
    });
    const { removed } = await send(platform, "toolboxRemove", {
      collection: "chantiers",
      ids: ["chantier-1", "unknown"],
    });
    expect(removed).toBe(1);
    expect(await send(platform, "toolboxList", { collection: "chantiers" })).toEqual([]);
  });
});
