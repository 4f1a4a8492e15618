import {
  type Agenda,
  composeAgenda,
  renderHtml,
  renderMarkdown,
  resizeSlot,
} from "@pionniers/pedagogy";
import { catalog } from "@pionniers/pedagogy/catalog";
import { describe, expect, it } from "vitest";

const agenda: Agenda = composeAgenda({
  catalog,
  minutes: 210,
  start: "14:00",
  seed: 5,
  title: { fr: "Atelier <outils> & usages", en: "Tools & uses workshop" },
});

describe("renderMarkdown", () => {
  it("prints one table row per slot with its start time, in the chosen language", () => {
    const md = renderMarkdown(agenda, "fr");
    expect(md.split("\n")[0]).toBe("# Atelier <outils> & usages");
    expect(md).toContain("| Heure | Durée | Activité | Pourquoi |");
    const rows = md.split("\n").filter((l) => /^\| \d\d:\d\d/.test(l));
    expect(rows).toHaveLength(agenda.slots.length);
    expect(rows[0]).toContain(`| 14:00 | ${agenda.slots[0]?.minutes} min | **`);
    expect(renderMarkdown(agenda, "en")).toContain("| Time | Length | Activity | Why |");
  });

  it("shows an overrun after an edit", () => {
    const longer = resizeSlot(agenda, 0, 200);
    expect(renderMarkdown(longer, "en")).toMatch(/over time \d+ min/);
  });
});

describe("renderHtml", () => {
  it("is a standalone printable page with every text escaped", () => {
    const html = renderHtml(agenda, "fr");
    expect(html).toMatch(/^<!doctype html>\n<html lang="fr">/);
    expect(html).toContain("@page { size: A4");
    expect(html).toContain("<h1>Atelier &#60;outils&#62; &#38; usages</h1>");
    expect(html).not.toContain("<outils>");
    expect(html.match(/<tr class=/g)).toHaveLength(agenda.slots.length);
    expect(html).not.toMatch(/<script|<link|src=/);
  });
});
