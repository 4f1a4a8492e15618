import Holidays from "date-holidays";
import { describe, expect, it } from "vitest";
import { frenchHolidays } from "./index.ts";

const dates = (h: { date: string; type: string }[]) =>
  h
    .filter((x) => x.type === "public")
    .map((x) => x.date.slice(0, 10))
    .sort();

describe("frenchHolidays", () => {
  it("lists 2027's eleven holidays with names", () => {
    expect(frenchHolidays(2027).map((h) => `${h.date} ${h.name.fr}`)).toEqual([
      "2027-01-01 Jour de l'an",
      "2027-03-29 Lundi de Pâques",
      "2027-05-01 Fête du Travail",
      "2027-05-06 Ascension",
      "2027-05-08 Victoire 1945",
      "2027-05-17 Lundi de Pentecôte",
      "2027-07-14 Fête nationale",
      "2027-08-15 Assomption",
      "2027-11-01 Toussaint",
      "2027-11-11 Armistice 1918",
      "2027-12-25 Noël",
    ]);
  });

  it("matches date-holidays (type public, FR) every year from 1950 to 2150", () => {
    const hd = new Holidays("FR");
    for (let y = 1950; y <= 2150; y++) {
      expect(
        frenchHolidays(y).map((h) => h.date),
        String(y),
      ).toEqual(dates(hd.getHolidays(y)));
    }
  });

  it("matches date-holidays for Moselle (FR-57) with alsaceMoselle, 1950 to 2150", () => {
    const hd = new Holidays("FR", "57");
    for (let y = 1950; y <= 2150; y++) {
      const mine = frenchHolidays(y, { alsaceMoselle: true }).map((h) => h.date);
      expect(mine, String(y)).toEqual(dates(hd.getHolidays(y)));
    }
  });
});
