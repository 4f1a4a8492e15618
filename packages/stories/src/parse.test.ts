import { createStory, formatStory, parseStory } from "@pionniers/stories";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { frenchNonStories, frenchStories } from "./test-fixtures/french-stories.ts";

describe("parseStory — French", () => {
  it.each(frenchStories)("reads « $text »", ({ text, role, means, ends }) => {
    const r = parseStory(text);
    if (!r.ok) throw r.error;
    expect(r.story.lang).toBe("fr");
    expect(r.story.role).toBe(role);
    expect(r.story.means).toBe(means);
    expect(r.story.ends).toBe(ends);
  });

  it("gives spans that point at each part in the original text", () => {
    for (const { text } of frenchStories) {
      const r = parseStory(text);
      if (!r.ok) throw r.error;
      const { spans } = r.story;
      expect(text.slice(spans.role.start, spans.role.end)).toBe(r.story.role);
      expect(text.slice(spans.means.start, spans.means.end)).toBe(r.story.means);
      if (spans.ends) expect(text.slice(spans.ends.start, spans.ends.end)).toBe(r.story.ends);
    }
  });

  it("records the template words and grammatical forms used", () => {
    const r = parseStory(
      "En tant que trésorière, je souhaite que les adhérents paient en ligne afin qu’ils gagnent du temps",
    );
    if (!r.ok) throw r.error;
    expect(r.story.template).toEqual({
      role: "en tant que",
      means: "je souhaite",
      ends: "afin qu'",
    });
    expect(r.story.meansForm).toBe("clause");
    expect(r.story.endsForm).toBe("clause");
    const neg = parseStory("En tant que secrétaire, je ne veux pas ressaisir les adhésions");
    expect(neg.ok && neg.story.negative).toBe(true);
  });

  it("does not cut the need at a bare « pour » but does after a comma", () => {
    const bare = parseStory("En tant que bénévole, je veux un tableur pour suivre les dons");
    const comma = parseStory("En tant que bénévole, je veux un tableur, pour suivre les dons");
    expect(bare.ok && [bare.story.means, bare.story.ends]).toEqual([
      "un tableur pour suivre les dons",
      undefined,
    ]);
    expect(comma.ok && [comma.story.means, comma.story.ends]).toEqual([
      "un tableur",
      "suivre les dons",
    ]);
  });

  it.each(frenchNonStories)("refuses « $text » with $code", ({ text, code }) => {
    const r = parseStory(text);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe(code);
    expect(r.error.localized.fr).not.toBe("");
    expect(r.error.localized.en).not.toBe("");
    expect(r.error.message).toMatch(/^\[stories\]/);
    expect(r.error.span).toBeDefined();
  });

  it("points the no-role error at the text before the verb", () => {
    const text = "Je veux un agenda partagé.";
    const r = parseStory(text);
    expect(!r.ok && r.error.span).toEqual({ start: 0, end: 0 });
    const r2 = parseStory("Pour le bureau : je veux un agenda.");
    expect(!r2.ok && r2.error.span).toEqual({ start: 0, end: 17 });
  });
});

describe("parseStory — English", () => {
  it.each([
    [
      "As a Broker user, I want to upload a file, so that I can submit data.",
      "Broker user",
      "upload a file",
      "I can submit data",
      "infinitive",
    ],
    ["As an admin I need an audit log", "admin", "an audit log", undefined, "direct"],
    [
      "As the DAMS manager, I want to be able to list collections.",
      "DAMS manager",
      "list collections",
      undefined,
      "ability",
    ],
    ["As User, I can log in in order to see my files", "User", "log in", "see my files", "ability"],
    [
      "As a publisher, I want to package steps, so my method is transparent.",
      "publisher",
      "package steps",
      "my method is transparent",
      "infinitive",
    ],
    [
      "As a user, I don't want to see grants displayed as contracts.",
      "user",
      "see grants displayed as contracts",
      undefined,
      "infinitive",
    ],
    [
      "As a member, I wish to renew my membership online so that I save a stamp.",
      "member",
      "renew my membership online",
      "I save a stamp",
      "infinitive",
    ],
    [
      "As a treasurer, I am able to export the donations.",
      "treasurer",
      "export the donations",
      undefined,
      "ability",
    ],
    [
      "As an editor, I should be able to undo a deletion in order to fix my mistakes",
      "editor",
      "undo a deletion",
      "fix my mistakes",
      "ability",
    ],
    [
      "As volunteers, we are able to swap shifts",
      "volunteers",
      "swap shifts",
      undefined,
      "ability",
    ],
    [
      "as a volunteer, i would like a shared calendar so i know my shifts",
      "volunteer",
      "a shared calendar",
      "i know my shifts",
      "direct",
    ],
  ])("reads %s", (text, role, means, ends, form) => {
    const r = parseStory(text);
    if (!r.ok) throw r.error;
    expect([r.story.lang, r.story.role, r.story.means, r.story.ends, r.story.meansForm]).toEqual([
      "en",
      role,
      means,
      ends,
      form,
    ]);
  });

  it("refuses an unknown language with a typed error, without throwing", () => {
    const r = parseStory("As a user, I want a report", { lang: "de" as "en" });
    expect(!r.ok && r.error.code).toBe("invalid-lang");
  });

  it("honours a forced language", () => {
    expect(parseStory("As a user, I want a report", { lang: "fr" }).ok).toBe(false);
    expect(parseStory("As a user, I want a report", { lang: "en" }).ok).toBe(true);
  });
});

describe("formatStory", () => {
  it("writes the canonical French and English sentences", () => {
    const r = parseStory(
      "en tant qu'adhérente je veux payer en ligne, pour que ce soit plus simple",
    );
    if (!r.ok) throw r.error;
    expect(formatStory(r.story)).toBe(
      "En tant qu'adhérente, je souhaite payer en ligne, afin que ce soit plus simple.",
    );
    const user = parseStory("As an user, I want to log in");
    expect(user.ok && formatStory(user.story)).toBe("As a user, I want to log in.");
    const en = parseStory("As a admin I can export members so that I save time.");
    if (!en.ok) throw en.error;
    expect(formatStory(en.story)).toBe(
      "As an admin, I want to be able to export members, so that I save time.",
    );
  });

  it("writes a story in the other language's template, its parts as written", () => {
    const fr = parseStory(
      "En tant que bénévole, je peux échanger mes permanences afin de ne pas laisser la salle fermée",
    );
    if (!fr.ok) throw fr.error;
    expect(formatStory(fr.story, "en")).toBe(
      "As a bénévole, I want to be able to échanger mes permanences, in order to ne pas laisser la salle fermée.",
    );
    const en = parseStory(
      "As an editor, I should be able to undo a deletion so that I fix mistakes",
    );
    if (!en.ok) throw en.error;
    expect(formatStory(en.story, "fr")).toBe(
      "En tant qu'editor, je souhaite pouvoir undo a deletion, afin qu'I fix mistakes.",
    );
    const record = createStory({ id: "r", text: en.story.text, cost: 1, impact: 2 });
    expect(formatStory(record, "fr")).toBe(formatStory(en.story, "fr"));
  });

  it("explains why a record whose text follows no template cannot be written back", () => {
    const s = createStory({ id: "x", text: "Un agenda partagé", cost: 1, impact: 2 });
    expect(() => formatStory(s)).toThrow(expect.objectContaining({ code: "no-role" }));
  });

  it("gives back the same parts when its output is parsed again", () => {
    const word = fc.constantFrom(
      "agenda",
      "bénévoles",
      "salle",
      "adhésion",
      "outil",
      "réunion",
      "dons",
      "atelier",
    );
    const part = fc.array(word, { minLength: 1, maxLength: 5 }).map((w) => w.join(" "));
    fc.assert(
      fc.property(
        part,
        part,
        fc.option(part, { nil: undefined }),
        fc.constantFrom("fr", "en"),
        (role, means, ends, lang) => {
          const text =
            lang === "fr"
              ? `En tant que ${role}, je veux ${means}${ends ? ` afin de ${ends}` : ""}`
              : `As a ${role}, I want to ${means}${ends ? ` so that ${ends}` : ""}`;
          const first = parseStory(text);
          if (!first.ok) throw first.error;
          const again = parseStory(formatStory(first.story));
          if (!again.ok) throw again.error;
          expect([again.story.role, again.story.means, again.story.ends]).toEqual([
            role,
            means,
            ends,
          ]);
        },
      ),
    );
  });
});

describe("parseStory — any input", () => {
  it("never throws, and its spans always lie inside the text, in order", () => {
    const piece = fc.constantFrom(
      "En tant que ",
      "As a ",
      "je veux ",
      "I want to ",
      "afin de ",
      "so that ",
      ", pour ",
      "qu’",
      "\u00a0",
      "\n",
      "·s",
      "bénévole",
      "agenda",
      ",",
      ".",
      " ",
    );
    const text = fc.oneof(
      fc.string(),
      fc.array(piece, { maxLength: 12 }).map((p) => p.join("")),
    );
    fc.assert(
      fc.property(text, (t) => {
        const r = parseStory(t);
        if (!r.ok) {
          expect(["empty-text", "no-role", "no-means"]).toContain(r.error.code);
          return;
        }
        const { role, means, ends } = r.story.spans;
        expect(0).toBeLessThanOrEqual(role.start);
        expect(role.end).toBeLessThanOrEqual(means.start);
        expect(means.end).toBeLessThanOrEqual(ends?.start ?? t.length);
        expect(ends?.end ?? means.end).toBeLessThanOrEqual(t.length);
        expect(r.story.role.trim()).not.toBe("");
        expect(r.story.means.trim()).not.toBe("");
      }),
      { numRuns: 500 },
    );
  });
});
