import { createStory, isStoriesError, MOSCOW, STATUSES } from "@pionniers/stories";
import { fromCsv, toCsv } from "@pionniers/stories/csv";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { frenchBacklog } from "./test-fixtures/backlog.ts";

describe("CSV", () => {
  it("writes the French Excel dialect: BOM, semicolons, decimal commas, CRLF", () => {
    const file = toCsv(frenchBacklog().slice(2, 3));
    expect(file).toBe(
      "\uFEFFid;récit;coût (jours);impact;portée;confiance;moscow;thèmes;statut;chantier\r\n" +
        "salle;En tant que coordinatrice, je souhaite réserver la salle commune pour une autre association afin d'éviter les doubles réservations;1,5;3;4;;must;hébergement, agenda;backlog;\r\n",
    );
    expect(toCsv([], { headers: "en" })).toBe(
      "\uFEFFid;story;cost (days);impact;reach;confidence;moscow;themes;status;chantier\r\n",
    );
  });

  it("round-trips every field of any backlog", () => {
    const text = fc
      .array(
        fc.constantFrom(
          "En tant que ",
          "bénévole",
          "·s",
          ";",
          '"',
          "\n",
          "\r\n",
          " ",
          "\u00a0",
          "’",
          "=",
          "-",
          "@",
          "'",
          ",",
          "é",
          "x",
          "1,5",
        ),
        { minLength: 1, maxLength: 25 },
      )
      .map((parts) => parts.join(""))
      .filter((t) => t.trim() !== "");
    const record = fc.record({
      text,
      units: fc.integer({ min: 1, max: 730 }),
      impact: fc.integer({ min: 1, max: 5 }),
      reach: fc.integer({ min: 1, max: 50 }),
      confidence: fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: undefined }),
      moscow: fc.constantFrom(...MOSCOW),
      status: fc.constantFrom(...STATUSES),
      themes: fc.uniqueArray(
        fc.constantFrom("agenda", "adhésions", "hébergement commun", "bénévolat"),
        { maxLength: 3 },
      ),
      chantierId: fc.option(fc.constantFrom("chantier-1", "chantier-2"), { nil: undefined }),
    });
    fc.assert(
      fc.property(fc.array(record, { maxLength: 8 }), (rows) => {
        const stories = rows.map((r, i) =>
          createStory({
            id: `s${i}`,
            text: r.text,
            cost: r.units / 2,
            impact: r.impact,
            reach: r.reach,
            moscow: r.moscow,
            status: r.status,
            themes: r.themes,
            ...(r.confidence !== undefined ? { confidence: r.confidence } : {}),
            ...(r.chantierId !== undefined ? { chantierId: r.chantierId } : {}),
          }),
        );
        expect(fromCsv(toCsv(stories))).toEqual(stories);
        expect(fromCsv(toCsv(stories, { headers: "en" }))).toEqual(stories);
      }),
    );
  });

  it("keeps a formula-looking story as text for the spreadsheet", () => {
    const s = createStory({ id: "f", text: '=HYPERLINK("x")', cost: 1, impact: 1 });
    expect(toCsv([s])).toContain(`"'=HYPERLINK(""x"")"`);
    expect(fromCsv(toCsv([s]))[0]?.text).toBe(s.text);
  });

  it("reads a sheet typed by hand in Excel: French words, percentages, blank lines", () => {
    const file =
      "\uFEFFId;Récit;Coût;Impact;Portée;Confiance;MoSCoW;Thèmes;Statut\r\n" +
      "a1;En tant que trésorière, je veux exporter les dons;1,5;4;3;80 %;Indispensable;dons | compta;En cours\r\n" +
      ";;;;;;;;\r\n" +
      "a2;En tant qu'adhérent, je veux payer en ligne;2;3;;;Won't;;Fait\r\n";
    const [a1, a2] = fromCsv(file);
    expect(a1).toMatchObject({
      id: "a1",
      cost: 1.5,
      reach: 3,
      confidence: 0.8,
      moscow: "must",
      themes: ["dons", "compta"],
      status: "doing",
    });
    expect(a2).toMatchObject({ id: "a2", reach: 1, moscow: "wont", status: "done" });
  });

  it("reads English comma-separated exports", () => {
    const file =
      'id,story,cost,impact,reach\nx,"As a volunteer, I want to see my shifts",0.5,2,1\n';
    expect(fromCsv(file)[0]).toMatchObject({ id: "x", cost: 0.5, parsed: { role: "volunteer" } });
  });

  it.each([
    ["id;récit;impact\na;En tant que x, je veux y;3\n", "csv-missing-column", 1],
    ['id;récit;coût;impact\na;"En tant que x;1;3\n', "csv-malformed", 2],
    [
      "id;récit;coût;impact\na;En tant que x, je veux y;1;3\nb;En tant que x, je veux z;-2;3\n",
      "invalid-cost",
      3,
    ],
    [
      "id;récit;coût;impact\na;En tant que x, je veux y;1;3\na;En tant que x, je veux z;2;3\n",
      "duplicate-id",
      3,
    ],
    [
      "id;récit;coût;impact;moscow\na;En tant que x, je veux y;1;3;peut-être\n",
      "invalid-moscow",
      2,
    ],
  ])("refuses a bad file with a code and the line (%#)", (file, code, line) => {
    try {
      fromCsv(file);
    } catch (e) {
      expect(isStoriesError(e) && [e.code, e.line]).toEqual([code, line]);
      expect(String(e)).toContain(`line ${line}`);
    }
    expect.assertions(2);
  });
});
