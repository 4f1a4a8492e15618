// The README's Usage example, run as a test. The code between the region markers must be
// byte-identical to the README's first ```ts block, and the schedule and quote the README
// shows are regenerated here and compared, so the README cannot drift from the code.
import { readFileSync } from "node:fs";
import { expect, it } from "vitest";

const readme = readFileSync(new URL("../README.md", import.meta.url), "utf8");
const self = readFileSync(new URL(import.meta.url), "utf8");
const block = (after: string, lang: string) =>
  readme.slice(readme.indexOf(after)).split(`\`\`\`${lang}\n`)[1]?.split("\n```")[0];

it("runs the README's usage example", async () => {
  // #region usage
  const { estimate, formatMoney, payments, proposalMission, schedule, toICS } = await import(
    "@pionniers/dla-budget"
  );
  const { quote } = await import("@pionniers/dla-budget/quote");

  const mission = proposalMission("2027-01-04");

  const e = estimate(mission);
  formatMoney(e.totalTTC); // "8 000,00 €" (U+202F narrow no-break spaces)
  [e.billedDays, e.expertDays]; // [7.5, 15]: two experts for the price of one

  payments(mission).map((p) => `${p.percent} % ${formatMoney(p.amount)} le ${p.invoiceDate}`);
  // ["40 % 3 200,00 € le 2027-01-04", "40 % 3 200,00 € le 2027-04-06", "20 % 1 600,00 € le 2027-11-04"]

  const events = schedule(mission, { avoid: { weekends: true, holidays: "FR" } });
  const ics = toICS(events, { timeZone: "Europe/Paris" }); // import into any calendar

  const devis = quote(mission, {
    number: "2026-042",
    date: "2026-12-01",
    issuer: {
      name: "Outils-Réseaux",
      address: ["1 rue de l'Exemple", "34000 Montpellier"],
      siret: "000 000 000 00000",
    },
    client: { name: "Collectif d'associations accompagné par le DLA" },
    validityDays: 30,
  });
  devis.markdown.fr; // the quote below; devis.html.fr is a print-ready page; .en in English
  // #endregion usage

  // Everything after the import statement, whichever form it takes.
  const body = (s = "") =>
    s.slice(s.indexOf(";\n", s.indexOf('"@pionniers/dla-budget/quote"')) + 2).trim();
  const code = self.split("// #region usage\n")[1]?.split("  // #endregion usage")[0];
  expect(body(block("## Usage", "ts"))).toBe(body(code?.replace(/^ {2}/gm, "")));

  expect(formatMoney(e.totalTTC)).toBe("8\u202f000,00\u202f€");
  expect([e.billedDays, e.expertDays]).toEqual([7.5, 15]);
  expect(
    payments(mission).map((p) => `${p.percent} % ${formatMoney(p.amount)} le ${p.invoiceDate}`),
  ).toEqual([
    "40 % 3\u202f200,00\u202f€ le 2027-01-04",
    "40 % 3\u202f200,00\u202f€ le 2027-04-06",
    "20 % 1\u202f600,00\u202f€ le 2027-11-04",
  ]);
  expect(ics).toContain("BEGIN:VTIMEZONE");

  const shown = events
    .map(
      (ev) =>
        `${ev.date} ${ev.start}–${ev.end}  ${ev.title.en}${ev.moved ? `  (moved from ${ev.moved.from}: ${ev.moved.reasons.map((r) => r.en).join("; ")})` : ""}`,
    )
    .join("\n");
  expect(block("### The schedule", "text")).toBe(shown);
  expect(block("### The quote", "text")).toBe(devis.markdown.fr.trimEnd());
});
