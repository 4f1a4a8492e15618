import { fromParts, isoDate, parts } from "./dates.ts";
import type { Bilingual } from "./mission.ts";

/** One public holiday: its ISO date and its name, French first. */
export interface Holiday {
  /** `YYYY-MM-DD`. */
  date: string;
  name: Bilingual;
}

/** Options of {@link frenchHolidays}. */
export interface FrenchHolidaysOptions {
  /** Add the two extra days of Alsace-Moselle (Bas-Rhin, Haut-Rhin, Moselle): Good Friday and 26 December. */
  alsaceMoselle?: boolean;
}

/** Day number of Easter Sunday (anonymous Gregorian algorithm, Meeus/Jones/Butcher). */
function easter(year: number): number {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return fromParts(year, month, day);
}

const FIXED: [number, number, string, string][] = [
  [1, 1, "Jour de l'an", "New Year's Day"],
  [5, 1, "Fête du Travail", "Labour Day"],
  [5, 8, "Victoire 1945", "Victory in Europe Day"],
  [7, 14, "Fête nationale", "Bastille Day"],
  [8, 15, "Assomption", "Assumption Day"],
  [11, 1, "Toussaint", "All Saints' Day"],
  [11, 11, "Armistice 1918", "Armistice Day"],
  [12, 25, "Noël", "Christmas Day"],
];

/**
 * The French public holidays (*jours fériés*) of a year, metropolitan France: the eight fixed
 * days plus Easter Monday, Ascension Day and Whit Monday, computed from the Gregorian date of
 * Easter — no data table, so it costs a few hundred bytes instead of a holiday library. Current
 * law is applied to every year (like `date-holidays`): the 1959–1981 abolition of 8 May is not
 * modelled, and Whit Monday stays listed although it may be a *journée de solidarité*.
 *
 * @param year - Gregorian year
 * @param options - `alsaceMoselle: true` adds Good Friday and 26 December
 * @returns the holidays sorted by date (two may share a date, e.g. 1 May and Ascension in 2008)
 * @example
 * ```ts
 * frenchHolidays(2027).map((h) => h.date);
 * // ["2027-01-01", "2027-03-29", "2027-05-01", "2027-05-06", "2027-05-08", "2027-05-17", …]
 * ```
 */
export function frenchHolidays(year: number, options: FrenchHolidaysOptions = {}): Holiday[] {
  const e = easter(year);
  const days: [number, string, string][] = FIXED.map(([m, d, fr, en]) => [
    fromParts(year, m, d),
    fr,
    en,
  ]);
  days.push([e + 1, "Lundi de Pâques", "Easter Monday"]);
  days.push([e + 39, "Ascension", "Ascension Day"]);
  days.push([e + 50, "Lundi de Pentecôte", "Whit Monday"]);
  if (options.alsaceMoselle) {
    days.push([e - 2, "Vendredi saint", "Good Friday"]);
    days.push([fromParts(year, 12, 26), "Saint-Étienne", "St Stephen's Day"]);
  }
  return days
    .sort((x, y) => x[0] - y[0])
    .map(([d, fr, en]) => ({ date: isoDate(d), name: { fr, en } }));
}

const cache = new Map<string, Map<number, Bilingual>>();

/** Name of the French public holiday on a day number, if any (cached per year and region). */
export function holidayOn(day: number, alsaceMoselle: boolean): Bilingual | undefined {
  const year = parts(day).year;
  const key = `${year}${alsaceMoselle}`;
  let byDay = cache.get(key);
  if (!byDay) {
    byDay = new Map();
    for (const h of frenchHolidays(year, { alsaceMoselle })) {
      const d = Date.parse(h.date) / 86_400_000;
      if (!byDay.has(d)) byDay.set(d, h.name);
    }
    cache.set(key, byDay);
  }
  return byDay.get(day);
}
