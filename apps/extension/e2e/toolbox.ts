// End-to-end flows of the toolbox pages (backlog, maturity, activities, mission) in headless
// Chromium, on their own profile so they depend on nothing the clipper's tests leave behind.
// Registered into e2e/run.ts; `tsx e2e/toolbox.ts` runs them alone (after a build).
import { copyFileSync, mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { model } from "@pionniers/maturity/model";
import type { Locator, Page } from "playwright-core";
import {
  artifacts,
  axe,
  call,
  check,
  docsImages,
  eq,
  launchProfile,
  type Profile,
  runTests,
  test,
  testBuild,
} from "./harness.ts";

type Doc = { id: string; title?: string; data: Record<string, unknown> };

/** Saves a screenshot for the guides: the viewport, the whole page, or one element. */
async function shot(page: Page | Locator, name: string, fullPage = false) {
  mkdirSync(artifacts, { recursive: true });
  mkdirSync(docsImages, { recursive: true });
  const path = join(artifacts, `${name}.png`);
  await ("goto" in page ? page.screenshot({ path, fullPage }) : page.screenshot({ path }));
  copyFileSync(path, join(docsImages, `${name}.png`));
}

async function accessible(page: Page, what: string) {
  const serious = await axe(page);
  eq(
    serious.map((v) => `${v.id}: ${v.help} (${v.nodes})`),
    [],
    `serious axe violations on ${what}`,
  );
}

async function open(page: Page, p: Profile, route: string) {
  await page.goto(p.url(`library.html#${route}`));
  await page.reload();
  await page.waitForSelector(`#${route}-title`);
}

/** A downloaded file's text. */
async function downloaded(page: Page, click: () => Promise<void>): Promise<[string, string]> {
  const [file] = await Promise.all([page.waitForEvent("download"), click()]);
  const path = join(artifacts, file.suggestedFilename());
  await file.saveAs(path);
  return [file.suggestedFilename(), readFileSync(path, "utf8")];
}

/** VEVENTs of an .ics file, lines unfolded, as property maps. */
export function icsEvents(text: string): Record<string, string>[] {
  const lines = text.replace(/\r\n[ \t]/g, "").split("\r\n");
  const events: Record<string, string>[] = [];
  let current: Record<string, string> | undefined;
  for (const line of lines) {
    if (line === "BEGIN:VEVENT") current = {};
    else if (line === "END:VEVENT" && current) {
      events.push(current);
      current = undefined;
    } else if (current) {
      const i = line.indexOf(":");
      current[line.slice(0, i).split(";")[0]!] = line.slice(i + 1);
      if (line.startsWith("DTSTART;")) current.DTSTART_PARAMS = line.slice(8, i);
    }
  }
  return events;
}

/**
 * Declares the toolbox's end-to-end tests on the harness's runner.
 *
 * @param build the unpacked test build (harness `testBuild()`)
 */
export function registerToolboxTests(build: string): void {
  let p!: Profile;
  let page!: Page;

  test("toolbox: a fresh profile, welcomed", async () => {
    p = await launchProfile(build, "fr-FR");
    page = await p.context.newPage();
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(p.url("library.html#backlog"));
    // The welcome itself is the clipper's test; here the pioneer has already introduced herself.
    await call(page, "saveSettings", {
      settings: { pioneerName: "Camille", association: "La Ruche des Possibles", welcomed: true },
    });
    await open(page, p, "backlog");
  });

  test("backlog: write three stories (a defect is hinted), plan two chantiers, evaluate one, forecast", async () => {
    await open(page, p, "backlog");
    const write = async (text: string, cost: string, impact: string, reach: string) => {
      await page.fill("#story-text", text);
      await page.fill("#story-cost", cost);
      await page.selectOption("#story-impact", impact);
      await page.fill("#story-reach", reach);
      await page.getByRole("button", { name: "Ajouter au backlog" }).click();
      await page.waitForSelector("[data-testid=backlog-notice]");
      await page.waitForFunction(
        () => !(document.querySelector("#story-text") as HTMLTextAreaElement).value,
      );
    };
    await write(
      "En tant que bénévole, je souhaite un agenda partagé des permanences afin de ne plus rater mon créneau",
      "2",
      "4",
      "5",
    );
    await write(
      "En tant que trésorière, je souhaite que les adhérents paient leur cotisation en ligne afin de ne plus courir après les chèques",
      "3",
      "4",
      "3",
    );
    // The third one is vague and joins two needs: the hints say so while typing.
    await page.fill(
      "#story-text",
      "En tant que responsable des bénévoles, je veux un livret d'accueil simple et rapide",
    );
    await page.waitForSelector("[data-testid=story-hint]");
    const hints = await page.locator("[data-testid=story-hint]").allTextContents();
    check(hints.length >= 2, `hints shown: ${hints.join(" | ")}`);
    check(
      hints.some((h) => /simple|rapide/.test(h)),
      `a hint points at the vague words: ${hints.join(" | ")}`,
    );
    check(
      (await page.textContent("[data-testid=story-analysis] dl"))?.includes(
        "responsable des bénévoles",
      ),
      "the role is read live",
    );
    await shot(page, "toolbox-backlog-hints-fr");
    await write(
      "En tant que responsable des bénévoles, je veux un livret d'accueil simple et rapide",
      "1.5",
      "3",
      "2",
    );
    eq(await page.locator("[data-testid=ranking] tbody tr").count(), 3, "three stories ranked");
    const first = await page.textContent(
      "[data-testid=ranking] tbody tr:first-child [data-testid=explanation]",
    );
    check(first?.includes("impact") && first.includes("÷"), `explanation: ${first}`);
    await page.selectOption("#rank-method", "wsjf");
    const wsjf = await page.textContent(
      "[data-testid=ranking] tbody tr:first-child [data-testid=explanation]",
    );
    check(wsjf !== first, "another method explains differently");
    await page.selectOption("#rank-method", "impact-per-cost");

    // A clip tagged with the agenda story shows under it.
    const stories = await call<Doc[]>(page, "toolboxList", { collection: "stories" });
    const agenda = stories.find((s) => String(s.data.text).includes("agenda"))!;
    const saved = await call<{ clip: { id: string } }>(page, "clipCapture", {
      capture: {
        url: "https://exemple.org/agenda-partage",
        title: "Un agenda partagé libre pour les associations",
      },
    });
    await call(page, "addToClips", {
      ids: [saved.clip.id],
      field: "storyIds",
      values: [agenda.id],
    });
    await page.locator(`tr[data-story-id="${agenda.id}"] details summary`).click();
    await page.waitForSelector("[data-testid=story-clips] a");
    check(
      (await page.textContent("[data-testid=story-clips]"))?.includes("Un agenda partagé libre"),
      "the story's clips",
    );

    // Two chantiers of 3.5 days.
    await page.fill("#plan-capacity", "3.5");
    await page.fill("#plan-count", "2");
    await page.fill("#plan-start", "2027-01-04");
    await page.getByRole("button", { name: "Proposer un plan" }).click();
    await page.waitForSelector("[data-testid=plan-preview]");
    eq(
      await page.locator("[data-testid=plan-preview] .tb-chantier").count(),
      2,
      "two chantiers proposed",
    );
    await page.getByRole("button", { name: "Enregistrer ce plan" }).click();
    await page.waitForSelector("[data-chantier-id]");
    const chantiers = await call<Doc[]>(page, "toolboxList", { collection: "chantiers" });
    eq(
      chantiers.map((c) => (c.data as { number: number }).number).sort(),
      [1, 2],
      "two chantiers saved",
    );
    // Each saved chantier has its own random id (two pioneers planning offline never collide).
    const id1 = chantiers.find((c) => (c.data as { number: number }).number === 1)!.id;
    check(id1 !== "chantier-1" && chantiers[0]!.id !== chantiers[1]!.id, `ids: ${id1}`);
    const at1 = `[data-chantier-id="${id1}"]`;

    // Chantier 1: its first story done in 2.5 days, then evaluate.
    const c1 = page.locator(at1);
    const firstRow = c1.locator("tbody tr").first();
    await firstRow.locator("select.tb-status").first().selectOption("done");
    await page.waitForFunction(
      (at) =>
        !document.querySelector(`${at} tbody tr input[type=number]`)?.hasAttribute("disabled"),
      at1,
    );
    await firstRow.locator("input[type=number]").fill("2.5");
    await c1.getByRole("button", { name: "Évaluer le chantier 1" }).click();
    await page.waitForSelector(`${at1} [data-testid=evaluation]`);
    const evaluation = (await page.textContent(`${at1} [data-testid=evaluation]`)) ?? "";
    check(evaluation.includes("Vélocité"), evaluation);
    const after = await call<Doc[]>(page, "toolboxList", { collection: "chantiers" });
    const e = after.find((c) => c.id === id1)!.data.evaluation as { velocity: number };
    check(e && e.velocity > 0, "evaluation stored with the chantier");
    check(
      /^Chantier n° 1 — 4 janv\. 2027 → \d+ [a-zéû]+\.? 2027$/.test(
        (await c1.locator("h3").textContent())?.replace(/\s+/g, " ").trim() ?? "",
      ),
      `chantier dates in French: ${await c1.locator("h3").textContent()}`,
    );
    // A story the evaluation carried back to the backlog is listed there only, not in chantier 1.
    const storyDocs = await call<Doc[]>(page, "toolboxList", { collection: "stories" });
    const inChantiers = await page
      .locator("[data-chantier-id] tr[data-story-id]")
      .evaluateAll((rows) => rows.map((r) => r.getAttribute("data-story-id")));
    eq(new Set(inChantiers).size, inChantiers.length, "a story in one chantier at most");
    for (const d of storyDocs.filter((d) => d.data.status === "backlog"))
      check(!inChantiers.includes(d.id), `carried-over ${d.id} not listed in a chantier`);

    // Forecast from that history: P50/P85/P95 drawn, with a caution: one chantier is too little.
    await page.waitForSelector("[data-testid=forecast-chart]");
    eq(await page.locator("[data-testid=forecast-chart] rect").count(), 3, "three bars");
    check(
      (await page.textContent("[data-testid=forecast-caution]"))?.includes("un seul chantier"),
      "one chantier is too little history",
    );
    check(
      (await page.textContent("[data-testid=forecast-chart] desc"))?.includes("85"),
      "the chart describes itself",
    );
    const [csvName, csv] = await downloaded(page, () =>
      page.getByRole("button", { name: "Exporter en CSV" }).click(),
    );
    check(
      csvName.endsWith(".csv") && csv.includes("récit") && csv.includes("agenda partagé"),
      "CSV export",
    );
    // The same file read back (as after editing it in a spreadsheet): same ids, updated in place.
    await page.setInputFiles("#csv-import", join(artifacts, csvName));
    await page.waitForSelector("text=Import terminé : 3 besoin(s) lus.");
    eq(
      (await call<Doc[]>(page, "toolboxList", { collection: "stories" })).length,
      3,
      "no duplicate",
    );
    await accessible(page, "backlog");
    await page.locator("#plan-title").scrollIntoViewIfNeeded();
    await shot(page, "toolbox-backlog-fr", true);
  });

  test("maturity: answer, save a draft and resume it, finish; radar, advice linking to activities, collective view", async () => {
    await open(page, p, "maturity");
    eq(
      await page.inputValue("#maturity-association"),
      "La Ruche des Possibles",
      "association from settings",
    );
    const answerVisible = async (nth: number) => {
      for (const q of await page.locator("fieldset[data-question]").all())
        await q.locator("input[type=radio]").nth(nth).check();
    };
    await answerVisible(1);
    await page.getByRole("button", { name: "Enregistrer le brouillon" }).click();
    await page.waitForSelector("text=Brouillon enregistré");
    await page.reload();
    await page.waitForSelector("#maturity-title");
    await page.waitForFunction(() =>
      document.querySelector("[data-testid=answered]")?.textContent?.includes("brouillon repris"),
    );
    const resumed = (await page.textContent("[data-testid=answered]")) ?? "";
    check(resumed.startsWith("4 réponse"), `draft resumed: ${resumed}`);
    for (let step = 1; step < 8; step++) {
      await page.getByRole("button", { name: "Suivante →" }).click();
      await answerVisible(step % 2 === 0 ? 2 : 1);
    }
    await page.getByRole("button", { name: "Terminer et voir le profil" }).click();
    await page.waitForSelector("[data-testid=radar] svg[role=img]");
    check(
      (await page.locator("[data-testid=radar] svg title").first().textContent())?.includes(
        "Maturité",
      ),
      "radar titled",
    );
    eq(await page.locator("[data-testid=radar] script").count(), 0, "no script in the radar");
    const links = page.locator("[data-testid=advice] a[href^='#activities?activity=']");
    check((await links.count()) > 0, "advice links to activities");

    // Another association's assessment arrives (as sync would bring it): the collective view.
    await call(page, "toolboxPut", {
      collection: "assessments",
      docs: [
        {
          id: "assessment-open-commons",
          data: {
            association: "Open Commons",
            date: "2026-11-20",
            modelVersion: "1.0.0",
            complete: true,
            answers: Object.fromEntries(
              model.questions.map((q, i) => [q.id, { choice: i % 3 === 0 ? 5 : 3 }]),
            ),
          },
        },
      ],
    });
    await page.reload();
    await page.waitForSelector("[data-testid=collective] [data-testid=radar-collective] svg");
    const table = (await page.textContent("[data-testid=collective] table")) ?? "";
    check(
      table.includes("Open Commons") && table.includes("La Ruche des Possibles"),
      "both associations",
    );
    check(table.includes("Plancher commun"), "the floor");
    await accessible(page, "maturity");
    await page.locator("#results-title").scrollIntoViewIfNeeded();
    await shot(page, "toolbox-maturity-fr");
    await page.locator("#collective-title").scrollIntoViewIfNeeded();
    await shot(page, "toolbox-maturity-collective-fr");
    const name = (await links.first().textContent()) ?? "";
    await links.first().click();
    await page.waitForSelector("[data-testid=activity-sheet]");
    eq(
      (await page.textContent("#sheet-title"))?.trim(),
      name.trim(),
      "the advice opens the activity's sheet",
    );
  });

  test("activities: filter the catalog, read a sheet, compose a two-hour agenda, move, lengthen and remove slots", async () => {
    await open(page, p, "activities");
    const all = await page.textContent("[data-testid=activity-count]");
    await page.fill("#activity-search", "débat");
    await page.waitForFunction(
      (before) => document.querySelector("[data-testid=activity-count]")?.textContent !== before,
      all,
    );
    check((await page.locator("[data-activity-id]").count()) > 0, "débat finds activities");
    await page.selectOption("#activity-setting", "remote");
    await page.fill("#activity-search", "");
    await page.locator("[data-activity-id] button").first().click();
    await page.waitForSelector("[data-testid=activity-sheet] ol li");
    await page.getByRole("button", { name: "Fermer la fiche" }).click();

    await page.fill("#agenda-minutes", "120");
    await page.fill("#agenda-start", "09:30");
    await page.getByRole("button", { name: "Composer", exact: true }).click();
    await page.waitForSelector("[data-testid=agenda] tbody tr");
    const starts = async () => page.locator("[data-testid=slot-start]").allTextContents();
    const titles = async () =>
      page.locator("[data-testid=agenda] tbody tr td:nth-child(2)").allTextContents();
    const before = await starts();
    eq(before[0], "09:30", "starts at 09:30");
    const total = async () => (await page.textContent("[data-testid=agenda-total]")) ?? "";
    check((await total()).includes("sur 120 min"), await total());
    const t0 = await titles();
    // Move the second slot up: it now starts at 09:30 and the first follows it.
    await page.locator("[data-slot='1'] .tb-slot-actions button").first().click();
    const t1 = await titles();
    eq([t1[0], t1[1]], [t0[1], t0[0]], "slots swapped");
    const after = await starts();
    eq(after[0], "09:30", "the first slot still starts at 09:30");
    check(after[1] !== before[1], `second start recomputed: ${before[1]} → ${after[1]}`);
    // Lengthen the first slot by five minutes, with the keyboard only: every later start
    // moves by five minutes.
    const minutes = (s: string) => Number(s.slice(0, 2)) * 60 + Number(s.slice(3));
    await page.locator("[data-slot='0'] button", { hasText: "↓" }).focus();
    await page.keyboard.press("Tab");
    check(
      (await page.evaluate(() => document.activeElement?.getAttribute("aria-label")))?.startsWith(
        "Allonger",
      ),
      "Tab reaches the lengthen button, named for screen readers",
    );
    await page.keyboard.press("Enter");
    await page.waitForFunction(
      (before) =>
        document.querySelector("[data-slot='1'] [data-testid=slot-start]")?.textContent !== before,
      after[1],
    );
    const longer = await starts();
    for (let i = 1; i < longer.length; i++)
      eq(minutes(longer[i]!) - minutes(after[i]!), 5, `slot ${i} moved by 5 min`);
    const rows = await page.locator("[data-testid=agenda] tbody tr").count();
    await page.locator(`[data-slot='${rows - 2}'] button`, { hasText: "✕" }).click();
    eq(await page.locator("[data-testid=agenda] tbody tr").count(), rows - 1, "a slot removed");
    const [mdName, md] = await downloaded(page, () => page.click("[data-testid=agenda-markdown]"));
    check(mdName.endsWith(".md") && md.includes("09:30"), "Markdown export");
    await page.selectOption("#agenda-template", "rencontre-mensuelle");
    await page.waitForFunction(() =>
      document.querySelector("#agenda-title")?.textContent?.includes("Rencontre mensuelle"),
    );
    await page.fill("#agenda-minutes", "120");
    await page.getByRole("button", { name: "Composer", exact: true }).click();
    await accessible(page, "activities");
    await page.locator("#compose-title").scrollIntoViewIfNeeded();
    await shot(page, "toolbox-activities-fr");
  });

  test("mission: the proposal's estimate and instalments, a month grid, the .ics parsed, the quote", async () => {
    await open(page, p, "mission");
    await page.fill("#mission-start", "2027-01-04");
    await page.waitForFunction(() => document.querySelector("[data-month='2027-01']"));
    eq(
      (await page.textContent("[data-testid=total-ttc]"))?.replace(/\s/g, " "),
      "8 000,00 €",
      "total of the proposal",
    );
    eq(await page.locator("[data-testid=payments] tbody tr").count(), 3, "three instalments");
    check((await page.locator("table.tb-month").count()) >= 11, "a grid per month");
    check(
      (await page.locator("[data-date='2027-01-04'] .tb-ev.presence").count()) === 1,
      "training on 4 January",
    );
    const [icsName, ics] = await downloaded(page, () => page.click("[data-testid=mission-ics]"));
    check(icsName.endsWith(".ics") && ics.startsWith("BEGIN:VCALENDAR"), "an iCalendar file");
    const events = icsEvents(ics);
    const listed = await page.locator("[data-testid=event-list] tbody tr").count();
    eq(events.length, listed, "one VEVENT per event of the calendar");
    check(
      events.every((e) => e.DTSTART_PARAMS === "TZID=Europe/Paris" && e.UID && e.SUMMARY),
      "events well formed",
    );
    check(
      events.some(
        (e) => e.DTSTART === "20270104T090000" && /Formation des pionniers/.test(e.SUMMARY ?? ""),
      ),
      "training in the file",
    );
    const quote = page.frameLocator("[data-testid=quote]");
    await quote.locator("h1").waitFor();
    check((await quote.locator("h1").textContent())?.includes("Devis"), "the quote");
    await page.fill("#mission-dayRate", "1200");
    await page.waitForFunction(() =>
      document
        .querySelector("[data-testid=total-ttc]")
        ?.textContent?.replace(/\s/g, " ")
        .startsWith("9 500"),
    );
    await accessible(page, "mission");
    // The mission is the collective's: what is typed is saved, and a reload finds it again.
    await page.fill("#quote-issuer", "Outils-Réseaux");
    await page.waitForSelector("[data-testid=mission-save][data-state=saved]");
    await page.reload();
    await page.waitForSelector("#mission-dayRate");
    eq(await page.inputValue("#mission-dayRate"), "1200", "day rate kept after a reload");
    eq(await page.inputValue("#mission-start"), "2027-01-04", "start kept after a reload");
    eq(await page.inputValue("#quote-issuer"), "Outils-Réseaux", "issuer kept after a reload");
    const [stored] = await call<Doc[]>(page, "toolboxList", { collection: "missions" });
    eq(stored?.data.dayRate, 1200, "one mission document in the library, synced like stories");
    // Payment 3 falls due on Monday 6 December 2027, not Saturday the 4th (weekends avoided),
    // and no half-day lands in August (avoided by default).
    check(
      (await page.locator("[data-date='2027-12-06'] .tb-ev.due").count()) === 1 &&
        (await page.locator("[data-date='2027-12-04'] .tb-ev.due").count()) === 0,
      "due date moved to the next working day",
    );
    eq(
      await page.locator("[data-month='2027-08'] .tb-ev.intra-structure").count(),
      0,
      "no session in August",
    );
    await page.fill("#mission-dayRate", "1000");
    await page.waitForSelector("[data-testid=mission-save][data-state=saved]");
    await page.locator("#mission-title").scrollIntoViewIfNeeded();
    await shot(page, "toolbox-mission-fr");
    await shot(
      page.locator("section[aria-labelledby=calendar-title]"),
      "toolbox-mission-calendar-fr",
    );
  });

  test("toolbox in English", async () => {
    await call(page, "saveSettings", { settings: { language: "en" } });
    await open(page, p, "mission");
    eq((await page.textContent("#mission-title"))?.trim(), "DLA mission", "English title");
    await open(page, p, "backlog");
    check((await page.textContent("#ranking-title"))?.includes("Ranking"), "backlog in English");
    check(
      (await page.locator("[data-chantier-id] h3").first().textContent())?.includes("4 Jan 2027"),
      "chantier dates in English",
    );
    await accessible(page, "backlog (en)");
    await shot(page, "toolbox-backlog-en");
    await open(page, p, "maturity");
    await page.waitForSelector("[data-testid=radar] svg");
    check(
      (await page.textContent("[data-testid=radar] svg title"))?.includes("Cooperation maturity"),
      "radar in English",
    );
    await accessible(page, "maturity (en)");
    await page.locator("#results-title").scrollIntoViewIfNeeded();
    await shot(page, "toolbox-maturity-en");
    await open(page, p, "activities");
    await page.getByRole("button", { name: "Compose", exact: true }).click();
    await page.waitForSelector("[data-testid=agenda] tbody tr");
    await accessible(page, "activities (en)");
    await page.locator("#compose-title").scrollIntoViewIfNeeded();
    await shot(page, "toolbox-activities-en");
    await open(page, p, "mission");
    await shot(
      page.locator("section[aria-labelledby=calendar-title]"),
      "toolbox-mission-calendar-en",
    );
    await p.close();
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  registerToolboxTests(testBuild());
  process.exit((await runTests()) ? 1 : 0);
}
