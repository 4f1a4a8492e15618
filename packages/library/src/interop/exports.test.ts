import { describe, expect, it } from "vitest";
import { createLibrary, type Library } from "../library.ts";
import { createMemoryStore } from "../memory-store.ts";
import { exportCsv } from "./csv.ts";
import { exportStateOfTheArt } from "./markdown.ts";

async function sample(): Promise<Library> {
  const lib = await createLibrary({
    store: createMemoryStore(),
    replicaId: "r",
    pioneer: { id: "ana", displayName: "Ana", association: "La Ruche" },
  });
  const [outils, donnees] = await lib.putMany("themes", [{ name: "Outils" }, { name: "Données" }]);
  const [s1] = await lib.putMany("stories", [
    { title: "En tant que trésorière, je veux suivre les dons" },
  ]);
  await lib.putMany("clips", [
    {
      url: "https://framasoft.org/",
      title: "Framasoft; outils libres",
      note: 'Voir la "dégooglisation"',
      tags: ["libre"],
      themeIds: [outils!],
      storyIds: [s1!],
      createdAt: "2026-01-01T00:00:00.000Z",
    },
    {
      url: "https://cnil.fr/",
      title: '=HYPERLINK("evil")',
      themeIds: [donnees!, outils!],
      createdAt: "2026-01-02T00:00:00.000Z",
    },
    { url: "https://a.example/", title: "Sans *thème*", createdAt: "2026-01-03T00:00:00.000Z" },
    { url: "https://secret.example/", title: "Privé", private: true },
  ]);
  return lib;
}

describe("exportCsv", () => {
  it("writes UTF-8 with BOM, ';' separators, quoted cells and defused formulas", async () => {
    const csv = await exportCsv(await sample());
    expect(
      csv.startsWith(
        "\uFEFFTitre;URL;Description;Note;Étiquettes;Thèmes;Histoires;Clippé par;Association;Date;Privé\r\n",
      ),
    ).toBe(true);
    const lines = csv.slice(1).trimEnd().split("\r\n");
    expect(lines).toHaveLength(4);
    expect(lines[1]).toBe(
      '"Framasoft; outils libres";https://framasoft.org/;;"Voir la ""dégooglisation""";libre;Outils;En tant que trésorière, je veux suivre les dons;Ana;La Ruche;2026-01-01;non',
    );
    expect(lines[2]?.startsWith(`"'=HYPERLINK(""evil"")";`)).toBe(true);
    expect(csv.includes("secret.example")).toBe(false);
  });

  it("speaks English when asked", async () => {
    const csv = await exportCsv(await sample(), { lang: "en", includePrivate: true });
    expect(csv.split("\r\n")[0]).toBe(
      "\uFEFFTitle;URL;Description;Note;Tags;Themes;Stories;Clipped by;Association;Date;Private",
    );
    expect(csv.includes("secret.example")).toBe(true);
  });
});

describe("exportStateOfTheArt", () => {
  it("groups by theme then story, with title, link, note and who clipped it", async () => {
    const text = await exportStateOfTheArt(await sample(), {
      title: "Outils du réseau",
      date: "2026-11-28",
    });
    expect(text).toBe(`# Outils du réseau

_Établi le 2026-11-28 · 3 ressources_

## Thème : Données

### Sans histoire

- [=HYPERLINK\\("evil"\\)](https://cnil.fr/) — _clippé par Ana \\(La Ruche\\)_

## Thème : Outils

### Histoire : En tant que trésorière, je veux suivre les dons

- [Framasoft; outils libres](https://framasoft.org/) — _clippé par Ana \\(La Ruche\\)_
  Voir la "dégooglisation"

### Sans histoire

- [=HYPERLINK\\("evil"\\)](https://cnil.fr/) — _clippé par Ana \\(La Ruche\\)_

## Sans thème

### Sans histoire

- [Sans \\*thème\\*](https://a.example/) — _clippé par Ana \\(La Ruche\\)_
`);
  });
});
