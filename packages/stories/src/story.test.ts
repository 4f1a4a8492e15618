import { createStory, isStoriesError, type StoryInput } from "@pionniers/stories";
import { describe, expect, it } from "vitest";

const base: StoryInput = {
  id: "agenda",
  text: "En tant que bénévole, je veux un agenda partagé",
  cost: 1.5,
  impact: 4,
};

function codeOf(f: () => unknown): string | undefined {
  try {
    f();
  } catch (e) {
    if (isStoriesError(e)) return e.code;
    throw e;
  }
  return undefined;
}

describe("createStory", () => {
  it("fills the defaults and keeps the parsed parts", () => {
    const s = createStory(base);
    expect(s).toMatchObject({ reach: 1, moscow: "should", status: "backlog", themes: [] });
    expect(s.parsed?.means).toBe("un agenda partagé");
  });

  it("keeps a story whose text follows no template, unparsed", () => {
    expect(createStory({ ...base, text: "Agenda partagé !" }).parsed).toBeNull();
  });

  it.each([
    [{ cost: -1 }, "invalid-cost"],
    [{ cost: Number.NaN }, "invalid-cost"],
    [{ cost: 400 }, "invalid-cost"],
    [{ cost: 1.3 }, "invalid-cost"],
    [{ cost: 0 }, "invalid-cost"],
    [{ impact: 0 }, "invalid-impact"],
    [{ impact: 3.5 }, "invalid-impact"],
    [{ reach: 0 }, "invalid-reach"],
    [{ confidence: 1.5 }, "invalid-confidence"],
    [{ moscow: "may" }, "invalid-moscow"],
    [{ status: "finished" }, "invalid-status"],
    [{ themes: ["agenda, salle"] }, "invalid-theme"],
    [{ id: " " }, "invalid-id"],
    [{ text: "  " }, "empty-text"],
    [{ lang: "es" }, "invalid-lang"],
  ])("refuses %o with %s", (patch, code) => {
    expect(codeOf(() => createStory({ ...base, ...patch } as StoryInput))).toBe(code);
  });

  it("says in both languages which field is wrong and what to do", () => {
    try {
      createStory({ ...base, cost: -2 });
    } catch (e) {
      if (!isStoriesError(e)) throw e;
      expect(e).toMatchObject({ field: "cost", storyId: "agenda" });
      expect(e.localized.fr).toContain("demi-journées");
      expect(e.message).toMatch(/^\[stories\] story agenda, cost: invalid cost -2/);
    }
    expect.assertions(3);
  });
});

describe("isStoriesError", () => {
  it("recognises errors by their global brand, not by class identity", () => {
    const foreign = Object.assign(new Error("x"), { [Symbol.for("pionniers.StoriesError")]: true });
    expect(isStoriesError(foreign)).toBe(true);
    expect(isStoriesError(new Error("x"))).toBe(false);
    expect(isStoriesError(null)).toBe(false);
  });
});
