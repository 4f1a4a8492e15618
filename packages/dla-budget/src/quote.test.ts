import { isDlaBudgetError, proposalMission } from "@pionniers/dla-budget";
import type { QuoteOptions } from "@pionniers/dla-budget/quote";
import { quote } from "@pionniers/dla-budget/quote";
import { describe, expect, it } from "vitest";

const options: QuoteOptions = {
  number: "2026-042",
  date: "2026-12-01",
  issuer: {
    name: "Outils-Réseaux",
    address: ["1 rue des Pionniers", "34000 Montpellier"],
    siret: "123 456 789 00012",
  },
  client: { name: "Collectif <Asso & Co>" },
  validityDays: 30,
};

describe("quote", () => {
  const q = quote(proposalMission("2027-01-04"), options);

  it("carries every mandatory mention of a French devis", () => {
    const md = q.markdown.fr;
    for (const mention of [
      "# Devis n° 2026-042",
      "Date du devis : 01/12/2026",
      "Valable jusqu'au : 31/12/2026 (30 jours)",
      "**Outils-Réseaux**",
      "SIRET 123 456 789 00012",
      "| Formation des pionniers (en présence) | 2 | jour | 1\u202f000,00\u202f€ | 2\u202f000,00\u202f€ |",
      "| **Total HT** |  |  |  | **8\u202f000,00\u202f€** |",
      "| TVA (TVA non applicable, art. 293 B du CGI) |  |  |  | 0,00\u202f€ |",
      "| **Total TTC** |  |  |  | **8\u202f000,00\u202f€** |",
      "15 jours-experts mobilisés pour 7,5 jours facturés.",
      "| 1. Démarrage (signature de la convention) | 40\u202f% | 3\u202f200,00\u202f€ | 04/01/2027 | 03/02/2027 |",
      "| 3. Fin de mission (rendu du rapport final) | 20\u202f% | 1\u202f600,00\u202f€ | 04/11/2027 | 06/12/2027 |",
      "Paiement par virement à 30 jours",
      "majoré de 10 points",
      "indemnité forfaitaire pour frais de recouvrement de 40 €",
      "Bon pour accord",
    ]) {
      expect(md).toContain(mention);
    }
  });

  it("has an English version with the same figures", () => {
    const md = q.markdown.en;
    expect(md).toContain("# Quote no. 2026-042");
    expect(md).toContain("| **Total incl. VAT** |  |  |  | **€8,000.00** |");
    expect(md).toContain(
      "| 2. Mid-mission (end of the second presence session) | 40% | €3,200.00 | 2027-04-06 | 2027-05-07 |",
    );
    expect(md).toContain("VAT not applicable, art. 293 B");
    expect(md).toContain("fixed recovery indemnity of €40");
  });

  it("renders standalone print-ready HTML with escaped text", () => {
    const html = q.html.fr;
    expect(html.startsWith("<!doctype html>")).toBe(true);
    expect(html).toContain('<html lang="fr">');
    expect(html).toContain("@page{size:A4");
    expect(html).toContain("<strong>Collectif &lt;Asso &amp; Co&gt;</strong>");
    expect(html).not.toContain("<Asso");
    expect(html).toContain('<td class="n"><strong>8\u202f000,00\u202f€</strong></td>');
    expect(html).not.toMatch(/https?:|<script|<link/);
    expect(q.html.en).toContain('<html lang="en">');
  });

  it("shows the VAT rate and TTC when VAT applies, without the franchise mention", () => {
    const m = proposalMission("2027-01-04");
    m.vat = { mode: "rate", rate: 20 };
    const md = quote(m, options).markdown.fr;
    expect(md).toContain("| TVA 20\u202f% |  |  |  | 1\u202f600,00\u202f€ |");
    expect(md).toContain("| **Total TTC** |  |  |  | **9\u202f600,00\u202f€** |");
    expect(md).toContain("| 3\u202f840,00\u202f€ |");
    expect(md).not.toContain("293 B");
  });

  it("refuses a quote without number or with a bad validity", () => {
    const fail = (o: QuoteOptions) => {
      try {
        quote(proposalMission("2027-01-04"), o);
      } catch (e) {
        return isDlaBudgetError(e) ? e.field : "other";
      }
      return "none";
    };
    expect(fail({ ...options, number: "" })).toBe("number");
    expect(fail({ ...options, validityDays: 0 })).toBe("validityDays");
    expect(fail({ ...options, date: "01/12/2026" })).toBe("date");
  });
});
