import { assess, collectiveView, type Profile, radarSvg } from "@pionniers/maturity";
import { model } from "@pionniers/maturity/model";
import { DOMParser, type Element } from "@xmldom/xmldom";
import { describe, expect, test } from "vitest";
import { answersFrom, collectiveAnswers } from "./test-fixtures/collective.ts";

const SVG = "http://www.w3.org/2000/svg";
const profiles: Record<string, Profile> = Object.fromEntries(
  Object.entries(collectiveAnswers).map(([n, a]) => [n, assess(a, { model, label: n })]),
);

/** Parses strictly: any XML error throws, so a test fails on malformed markup. */
function parse(svg: string) {
  const errors: string[] = [];
  const doc = new DOMParser({
    onError: (level, message) => {
      errors.push(`${level}: ${message}`);
    },
  }).parseFromString(svg, "image/svg+xml");
  expect(errors).toEqual([]);
  return doc.documentElement!;
}

const all = (root: Element, tag: string) => Array.from(root.getElementsByTagNameNS(SVG, tag));
const byClass = (root: Element, cls: string) =>
  all(root, "g").filter((g) => g.getAttribute("class") === cls);

describe("radarSvg", () => {
  const root = parse(radarSvg(profiles, { model, lang: "fr" }));

  test("is a well-formed SVG image labelled by its title and description", () => {
    expect(root.namespaceURI).toBe(SVG);
    expect(root.getAttribute("role")).toBe("img");
    const [titleId, descId] = (root.getAttribute("aria-labelledby") ?? "").split(" ");
    const title = all(root, "title")[0]!;
    const desc = all(root, "desc")[0]!;
    expect(title.getAttribute("id")).toBe(titleId);
    expect(desc.getAttribute("id")).toBe(descId);
    expect(title.textContent).toBe(
      "Maturité coopérative — ATABLE, Inpact 37, Sepant, Cré-Sol, Eco-habitat Groupé Touraine",
    );
  });

  test("the description states every value in words, for screen readers", () => {
    const desc = all(root, "desc")[0]!.textContent ?? "";
    expect(desc).toMatch(/^Diagramme radar à 8 axes/);
    expect(desc).toContain("Cré-Sol : Partage de l'information niveau 3");
    expect(desc).toContain("Mutualisation niveau 1");
  });

  test("one text label per dimension, in the chosen language", () => {
    const texts = all(byClass(root, "labels")[0]!, "text");
    const labels = texts.map((t) => t.textContent);
    // Long names wrap over several lines.
    expect(all(texts[5]!, "tspan").length).toBeGreaterThan(1);
    expect(labels).toEqual(model.dimensions.map((d) => d.name.fr));
    const en = parse(radarSvg(profiles, { model, lang: "en" }));
    expect(all(byClass(en, "labels")[0]!, "text")[0]!.textContent).toBe("Information sharing");
  });

  test("one series per association, each a polygon with a point per answered dimension", () => {
    const series = byClass(root, "series");
    expect(series.map((g) => g.getAttribute("data-series"))).toEqual(Object.keys(profiles));
    for (const g of series) {
      const points = all(g, "polygon")[0]!.getAttribute("points")!.split(" ");
      expect(points).toHaveLength(8);
      expect(all(g, "circle")).toHaveLength(8);
    }
    // Series are told apart by dash pattern as well as colour.
    const dashes = series.map((g) => all(g, "polygon")[0]!.getAttribute("stroke-dasharray"));
    expect(new Set(dashes).size).toBe(series.length);
    expect(all(byClass(root, "legend")[0]!, "text").map((t) => t.textContent)).toEqual(
      Object.keys(profiles),
    );
  });

  test("a point's radius grows with the score, from the centre", () => {
    const p = assess(answersFrom({ sharing: [5, 5, 5, 5] }), { model, label: "Top" });
    const low = assess(answersFrom({ sharing: [1, 1, 1, 1] }), { model, label: "Low" });
    const svg = parse(radarSvg([p, low], { model, size: 400 }));
    const tops = byClass(svg, "series").map((g) => Number(all(g, "circle")[0]!.getAttribute("cy")));
    // Sharing is the top axis: a higher score sits higher (smaller y). Radius is 88, centre y 144.
    expect(tops[0]).toBeCloseTo(144 - 88, 0);
    expect(tops[1]).toBeCloseTo(144 - 88 / 5, 0);
    // Unanswered dimensions get no point.
    expect(all(byClass(svg, "series")[0]!, "circle")).toHaveLength(1);
  });

  test("names are escaped, dates name series when there is no label, ids can be made unique", () => {
    const a = assess(answersFrom({ sharing: [2, 2, 2, 2] }), { model, date: "2027-01-15" });
    const b = assess(answersFrom({ sharing: [3, 3, 3, 3] }), { model, label: `A&B <"Coop">` });
    const svg = parse(radarSvg([a, b], { model, idPrefix: "r2", title: "Avant / après" }));
    expect(byClass(svg, "series").map((g) => g.getAttribute("data-series"))).toEqual([
      "2027-01-15",
      `A&B <"Coop">`,
    ]);
    expect(all(svg, "title")[0]!.getAttribute("id")).toBe("r2-title");
    expect(all(svg, "title")[0]!.textContent).toBe("Avant / après");
  });

  test("a size too small for the labels is a typed error", () => {
    expect(() => radarSvg(profiles, { model, size: 50 })).toThrow(/give 200 px or more/);
  });

  test("the collective's floor can be drawn beside the associations", () => {
    const view = collectiveView(profiles);
    const svg = parse(radarSvg({ ...profiles, Plancher: view.floorProfile }, { model }));
    expect(byClass(svg, "series")).toHaveLength(6);
  });
});
