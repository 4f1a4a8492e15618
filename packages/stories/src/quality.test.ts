import { checkQuality, createStory, type DefectKind } from "@pionniers/stories";
import { describe, expect, it } from "vitest";
import { frenchStories } from "./test-fixtures/french-stories.ts";

const kinds = (text: string, backlog?: string[]): DefectKind[] =>
  checkQuality(text, backlog ? { backlog } : {}).map((d) => d.kind);

describe("checkQuality", () => {
  it("finds nothing to say about a clean story", () => {
    expect(
      checkQuality(
        "En tant que trésorière, je souhaite que les adhérents puissent payer leur cotisation en ligne afin de ne plus courir après les chèques.",
      ),
    ).toEqual([]);
  });

  it("reports a sentence without template as not well-formed, with a bilingual fix", () => {
    const [d] = checkQuality("Un agenda partagé pour les bénévoles");
    expect(d?.kind).toBe("well-formed");
    expect(d?.severity).toBe("high");
    expect(d?.suggestion.fr).toContain("En tant que");
    expect(d?.suggestion.en).toContain("As a");
  });

  it.each([
    [
      "En tant que trésorière, je souhaite :\n- exporter les dons\n- exporter les adhésions",
      ":\n- exporter",
    ],
    [
      "En tant que trésorière, je souhaite : 1. exporter les dons 2. exporter les adhésions",
      ": 1. exporter",
    ],
    [
      "En tant que trésorière, je souhaite :\nexporter les dons\nexporter les adhésions",
      ":\nexporter",
    ],
    ["En tant que secrétaire, je veux exporter\n• les dons\n• les adhésions", "\n• les dons"],
    ["As a treasurer, I want to:\n* export donations\n* export memberships", ":\n* export"],
    ["As a treasurer, I want:\n1) to export donations\n2) to export memberships", ":\n1) to"],
    ["As a treasurer, I want to export: - donations - memberships", ": - donations"],
  ])("calls a list in the need not minimal: %j", (text, at) => {
    const d = checkQuality(text).find((x) => x.kind === "minimal");
    expect(d?.explanation.en).toBe("more than one sentence, or a list");
    expect(text.slice(d!.span.start)).toMatch(new RegExp(`^${at.replace(/[*.()]/g, "\\$&")}`));
    expect(d!.span.end).toBe(text.length);
  });

  it("does not take a story wrapped over lines, or opened by a bullet, for a list", () => {
    // Line breaks alone do not make a list: a story typed in a narrow field wraps.
    expect(kinds("As a treasurer, I want to export\ndonations so that I can file them")).toEqual(
      [],
    );
    expect(
      kinds("- En tant que trésorière, je souhaite exporter les dons afin de gagner du temps"),
    ).toEqual([]);
  });

  it("never calls the French fixtures malformed", () => {
    for (const { text } of frenchStories) expect(kinds(text)).not.toContain("well-formed");
  });

  it("flags two needs joined in the means, but not in the benefit", () => {
    const text = "En tant que bénévole, je veux voir le planning et m'inscrire aux permanences";
    const defects = checkQuality(text);
    expect(defects.map((d) => d.kind)).toEqual(["atomic"]);
    expect(text.slice(defects[0]!.span.start, defects[0]!.span.end)).toBe("et");
    expect(
      kinds("En tant que bénévole, je veux voir le planning afin de m'organiser et de prévenir"),
    ).toEqual([]);
    expect(kinds("As a curator, I want to import records & export them")).toContain("atomic");
    expect(kinds("En tant que secrétaire, je veux un export adhérents/dons")).toContain("atomic");
    expect(kinds("As a curator, I want to add and/or remove a tag")).not.toContain("atomic");
  });

  it("flags brackets and extra sentences, not inclusive writing", () => {
    expect(kinds("En tant que trésorier, je veux un export (format tableur) des dons")).toContain(
      "minimal",
    );
    expect(
      kinds("En tant que trésorier, je veux un export des dons. Et aussi des adhésions."),
    ).toContain("minimal");
    expect(kinds("En tant qu'adhérent(e), je veux recevoir la convocation à l'AG")).toEqual([]);
    expect(kinds("As a user, I want to list files, e.g. images, for reuse")).not.toContain(
      "minimal",
    );
  });

  it("flags vague words in French and English", () => {
    const text = "En tant que bénévole, je veux un outil simple, rapide, intuitif, etc…";
    const words = checkQuality(text)
      .filter((d) => d.kind === "unambiguous")
      .map((d) => text.slice(d.span.start, d.span.end));
    expect(words).toEqual(["simple", "rapide", "intuitif", "etc", "…"]);
    expect(kinds("As a user, I want a user-friendly search")).toContain("unambiguous");
  });

  it("flags a solution given instead of a need", () => {
    expect(
      kinds("En tant que secrétaire, je veux un bouton pour exporter les adhésions"),
    ).toContain("problem-oriented");
    expect(kinds("En tant que secrétaire, je veux exporter les adhésions pour l'AG")).toEqual([]);
  });

  it("flags repeated words and one-word needs as not full sentences", () => {
    expect(kinds("As a manager, I want to know the the owner of an object")).toContain(
      "full-sentence",
    );
    expect(kinds("En tant que bénévole, je veux l'agenda")).toContain("full-sentence");
  });

  it("finds duplicates and near-duplicates across the backlog, ignoring accents and inclusive writing", () => {
    const story = "En tant que bénévole, je veux voir les créneaux libres de la semaine";
    const backlog = [
      story,
      "en tant que benevole je veux voir les creneaux libres de la semaine",
      "En tant que bénévole·s, nous voulons voir les créneaux libres de la semaine prochaine",
      "En tant que trésorier, je veux exporter les dons",
    ];
    const unique = checkQuality(story, { backlog }).filter((d) => d.kind === "unique");
    expect(unique.map((d) => d.severity)).toEqual(["high", "medium"]);
  });

  it("names the other record's id in a duplicate", () => {
    const a = createStory({
      id: "agenda",
      text: "En tant que bénévole, je veux un agenda partagé",
      cost: 1,
      impact: 3,
    });
    const b = createStory({ id: "agenda-bis", text: a.text, cost: 2, impact: 3 });
    const [d] = checkQuality(a, { backlog: [a, b] });
    expect(d?.explanation.fr).toContain("agenda-bis");
  });

  it("flags a template that differs from the backlog's usual one", () => {
    const backlog = [
      "En tant que bénévole, je souhaite voir le planning",
      "En tant que trésorière, je souhaite exporter les dons",
      "En tant que secrétaire, je souhaite envoyer la convocation",
      "En tant que président, je souhaite préparer l'AG",
    ];
    expect(kinds("En tant qu'adhérent, je veux payer en ligne", backlog)).toEqual(["uniform"]);
    expect(kinds("En tant qu'adhérent, je souhaite payer en ligne", backlog)).toEqual([]);
  });
});
