import "fake-indexeddb/auto";
import { createDexieStore } from "@pionniers/library/dexie";
import { model } from "@pionniers/maturity/model";
import { planChantiers } from "@pionniers/stories";
import { parseHTML } from "linkedom";
import { describe, expect, it, vi } from "vitest";
import { chromeManifest, firefoxManifest } from "../../scripts/manifest.mjs";
import { createFakeHub, type FakeHub } from "../../test/fake-hub.ts";
import { type CaptureRequest, capture } from "../entrypoints/content/capture.ts";
import { send } from "../messages.ts";
import { createFakePlatform, type FakePlatform } from "../platform/fake.ts";
import { startBackground } from "./background.ts";
import { EXAMPLE_STAMP } from "./example-themes.ts";
import { migrateSync, SYNC_ALARM, SYNC_KEY } from "./sync.ts";
import { planDocs } from "./toolbox/backlog.ts";
import { storyFromDoc } from "./toolbox/records.ts";

const HUB = "https://hub.test";
let n = 0;

/** A browser profile whose background talks to `hub`; `restart()` is a browser restart. */
function profile(
  hub: FakeHub,
  options: { debounceMs?: number; retryMs?: number; language?: string } = {},
) {
  const platform: FakePlatform = createFakePlatform(
    options.language ? { language: options.language } : {},
  );
  const name = `sync-test-${++n}-${Math.random().toString(36).slice(2)}`;
  const start = () =>
    startBackground(platform, () => createDexieStore({ name }), {
      fetch: hub.fetch,
      debounceMs: options.debounceMs ?? 60_000,
      backoff: {
        baseMs: options.retryMs ?? 20,
        maxMs: 2 * (options.retryMs ?? 20),
        random: () => 0,
      },
    });
  const p = {
    platform,
    background: start(),
    async restart() {
      await p.background.idle();
      await p.background.close();
      p.background = start();
    },
    async clip(url: string, title: string, tags: string[] = []) {
      return (await p.background.open()).library.put("clips", { url, title, tags });
    },
    library: async () => (await p.background.open()).library,
    /** Opens a page in a new tab; its content script is the real one. */
    openTab(url: string, html: string): number {
      const id = platform.tabs.size + 1;
      const doc = parseHTML(html).document as unknown as Document;
      platform.tabs.set(id, {
        id,
        url,
        scripts: { pionniersCapture: (req) => capture(doc, url, req as CaptureRequest) },
      });
      return id;
    },
    join: (code: string, name = "Camille") =>
      send(platform, "syncJoin", { hubUrl: HUB, code, name }),
  };
  return p;
}

/** Waits until `check` passes (a loaded machine may take a while), failing after 5 s. */
const eventually = (check: () => unknown) => vi.waitFor(check, { timeout: 5000, interval: 10 });

describe("sync with the collective's hub", () => {
  it("joins with an invite, keeps the token in storage, sets the alarm, and what A clips B finds", async () => {
    const hub = createFakeHub(HUB);
    const { id, code } = hub.createSpace("Collectif des Monts");
    const a = profile(hub);
    const b = profile(hub);
    const joined = await a.join(code);
    expect(joined.ok && joined.value.active?.space).toEqual({ id, name: "Collectif des Monts" });
    expect(joined.ok && joined.value.active?.member.role).toBe("admin");
    expect(a.platform.alarms.get(SYNC_ALARM)).toBe(5);
    const stored = migrateSync(a.platform.storage.get(SYNC_KEY));
    expect(Object.values(stored.spaces)[0]?.token).toMatch(/^pio_/);
    // The page never sees the token.
    expect(JSON.stringify(joined)).not.toContain("pio_");

    const clipId = await a.clip(
      "https://exemple.org/cooperative",
      "Une coopérative d'hébergement",
      ["hébergement"],
    );
    const afterA = await send(a.platform, "syncNow", {});
    expect(afterA).toMatchObject({ state: "idle", pending: 0, error: null });
    expect(afterA.lastSyncAt).toBeTypeOf("number");

    const invite = await send(a.platform, "syncInvite", { role: "member" });
    expect(invite.ok).toBe(true);
    if (!invite.ok) return;
    const bJoined = await b.join(invite.value.code, "Sacha");
    expect(bJoined.ok).toBe(true);
    await send(b.platform, "syncNow", {});
    const found = await send(b.platform, "queryClips", { text: "coopérative" });
    expect(found.rows.map((r) => r.id)).toEqual([clipId]);
    expect(found.rows[0]?.tags).toEqual(["hébergement"]);
  });

  it("an invite code works once, and a bad one says why in French and English", async () => {
    const hub = createFakeHub(HUB);
    const { code } = hub.createSpace("Collectif");
    const a = profile(hub);
    const b = profile(hub);
    expect((await a.join(code)).ok).toBe(true);
    const again = await b.join(code);
    expect(again.ok).toBe(false);
    if (again.ok) return;
    expect(again.error.fr).toMatch(/refusé|invitation/i);
    expect(again.error.en).toBeTruthy();
    expect((await b.join("abc")).ok).toBe(false);
    const malformed = await send(b.platform, "syncJoin", { hubUrl: "hub", code: "x", name: "B" });
    expect(malformed).toMatchObject({ ok: false, error: { code: "invalid-invite" } });
  });

  it("keeps edits made while the hub is unreachable across a browser restart, and sends them on the alarm", async () => {
    const hub = createFakeHub(HUB);
    const { id, code } = hub.createSpace("Collectif");
    // Retries wait longer than the test: only the alarm may send.
    const a = profile(hub, { retryMs: 60_000 });
    await a.join(code);
    await send(a.platform, "syncNow", {});
    hub.up = false;
    await a.clip("https://exemple.org/hors-ligne", "Écrit hors ligne");
    const offline = await send(a.platform, "syncNow", {});
    expect(offline.state).toBe("error");
    expect(offline.error?.code).toBe("offline");
    expect(offline.error?.fr).toContain("injoignable");
    expect(offline.pending).toBeGreaterThan(0);

    await a.restart();
    const afterRestart = await send(a.platform, "syncStatus", {});
    expect(afterRestart.error?.code).toBe("offline"); // still shown after the restart
    expect(afterRestart.pending).toBeGreaterThan(0);
    hub.up = true;
    a.platform.alarm(SYNC_ALARM);
    await a.background.idle();
    const titles = [...hub.spaces.get(id)!.rows.values()].map((r) => r.change.value);
    expect(titles).toContain("Écrit hors ligne");
    const now = await send(a.platform, "syncStatus", {});
    expect(now).toMatchObject({ state: "idle", pending: 0, error: null });
  });

  it("syncs by itself shortly after a local edit, and retries with backoff after a failure", async () => {
    const hub = createFakeHub(HUB);
    const { id, code } = hub.createSpace("Collectif");
    const a = profile(hub, { debounceMs: 30 });
    await a.join(code);
    await a.background.idle();
    await a.clip("https://exemple.org/auto", "Envoyé tout seul");
    const values = () => [...hub.spaces.get(id)!.rows.values()].map((r) => r.change.value);
    await eventually(() => expect(values()).toContain("Envoyé tout seul"));

    hub.up = false;
    await a.clip("https://exemple.org/retry", "Envoyé au nouvel essai");
    await eventually(async () => {
      const failing = await send(a.platform, "syncStatus", {});
      expect(failing.error?.code).toBe("offline"); // shown while the retries go on
      expect(failing.pending).toBeGreaterThan(0);
    });
    hub.up = true;
    await eventually(() => expect(values()).toContain("Envoyé au nouvel essai"));
    await eventually(async () =>
      expect(await send(a.platform, "syncStatus", {})).toMatchObject({
        state: "idle",
        error: null,
      }),
    );
  });

  it("warns B of a URL A already clipped, naming A and A's association", async () => {
    const hub = createFakeHub(HUB);
    const { code } = hub.createSpace("Collectif");
    const a = profile(hub);
    const b = profile(hub);
    await send(a.platform, "saveSettings", {
      settings: { pioneerName: "Camille", association: "La Ruche" },
    });
    await send(b.platform, "saveSettings", {
      settings: { pioneerName: "Sacha", association: "Les Jardins partagés" },
    });
    const page = `<!doctype html><html lang="fr"><head><title>Guide de l'hébergement associatif</title></head>
      <body><article><h1>Guide</h1><p>Serveurs partagés entre associations.</p></article></body></html>`;
    const first = await send(a.platform, "clipTab", {
      tabId: a.openTab("https://exemple.org/guide", page),
      mode: "page",
    });
    if (first.status !== "saved") throw new Error("A's clip not saved");
    await a.join(code);
    await send(a.platform, "syncNow", {});
    const invite = await send(a.platform, "syncInvite", { role: "member" });
    if (!invite.ok) throw new Error("invite failed");
    await b.join(invite.value.code, "Sacha");
    await send(b.platform, "syncNow", {});

    const again = await send(b.platform, "clipTab", {
      tabId: b.openTab("https://exemple.org/guide?utm_campaign=lettre#debut", page),
      mode: "page",
    });
    expect(again.status).toBe("duplicate");
    expect(again.duplicates).toHaveLength(1);
    expect(again.duplicates[0]).toMatchObject({
      id: first.clip.id,
      pioneerName: "Camille",
      association: "La Ruche",
      createdAt: first.clip.createdAt,
    });
    expect((await send(b.platform, "queryClips", {})).total).toBe(1);
  });

  it("sets aside an edit the hub refuses, sends the others, and says so until the pioneer acknowledges", async () => {
    const hub = createFakeHub(HUB);
    hub.maxChangeBytes = 2000;
    const { id, code } = hub.createSpace("Collectif");
    const a = profile(hub);
    await a.join(code);
    await send(a.platform, "syncNow", {});
    const lib = await a.library();
    const big = await a.clip("https://exemple.org/long", "Une note trop longue pour ce hub");
    await lib.update("clips", big, { note: "n".repeat(3000) });
    await a.clip("https://exemple.org/court", "Envoyé malgré tout");
    const after = await send(a.platform, "syncNow", {});
    expect(after).toMatchObject({ state: "idle", error: null, pending: 0 });
    expect(after.setAside?.count).toBe(1);
    expect(after.setAside?.reason.fr).toBeTruthy();
    expect(after.setAside?.reason.en).toBeTruthy();
    const values = [...hub.spaces.get(id)!.rows.values()].map((r) => r.change.value);
    expect(values).toContain("Envoyé malgré tout");
    expect(values).toContain("Une note trop longue pour ce hub"); // the clip's other fields went
    expect(values).not.toContain("n".repeat(3000));
    expect((await lib.get("clips", big))?.note).toHaveLength(3000); // kept on this device

    await a.restart();
    expect((await send(a.platform, "syncStatus", {})).setAside?.count).toBe(1);
    const dismissed = await send(a.platform, "syncDismissSetAside", {});
    expect(dismissed.setAside).toBe(null);
    await a.restart();
    expect((await send(a.platform, "syncStatus", {})).setAside).toBe(null);
  });

  it("after the hub is restored from a backup, sends everything again and says so", async () => {
    const hub = createFakeHub(HUB);
    const { id, code } = hub.createSpace("Collectif");
    const a = profile(hub);
    await a.join(code);
    await a.clip("https://exemple.org/avant", "Écrit avant la sauvegarde");
    expect(await send(a.platform, "syncNow", {})).toMatchObject({ pending: 0, notice: null });
    hub.restore(id); // a backup older than that clip
    const after = await send(a.platform, "syncNow", {});
    const values = [...hub.spaces.get(id)!.rows.values()].map((r) => r.change.value);
    expect(values).toContain("Écrit avant la sauvegarde");
    expect(after.notice?.fr).toMatch(/restauré/);
    expect(after.notice?.en).toMatch(/restored/);
    expect(after).toMatchObject({ state: "idle", error: null, pending: 0 });
  });

  it("an observer reads the space but its edits stay on its device, and the panel says so", async () => {
    const hub = createFakeHub(HUB);
    const { id, code } = hub.createSpace("Collectif");
    const a = profile(hub);
    const o = profile(hub);
    await a.join(code);
    await a.clip("https://exemple.org/lu", "Lu par l'observateur");
    await send(a.platform, "syncNow", {});
    const inv = await send(a.platform, "syncInvite", { role: "observer" });
    if (!inv.ok) throw new Error("invite failed");
    const joined = await o.join(inv.value.code, "Opérateur DLA");
    expect(joined.ok && joined.value.readOnly).toBe(true);
    await o.clip("https://exemple.org/observateur", "Écrit par l'observateur");
    const status = await send(o.platform, "syncNow", {});
    expect(status.readOnly).toBe(true);
    expect((await send(o.platform, "queryClips", { text: "observateur" })).total).toBe(2);
    const values = [...hub.spaces.get(id)!.rows.values()].map((r) => r.change.value);
    expect(values).not.toContain("Écrit par l'observateur");
  });

  it("admins list members, change a role and revoke; the revoked member is told in plain words", async () => {
    const hub = createFakeHub(HUB);
    const { code } = hub.createSpace("Collectif");
    const a = profile(hub);
    const b = profile(hub);
    await a.join(code, "Camille");
    const inv = await send(a.platform, "syncInvite", { role: "observer" });
    if (!inv.ok) throw new Error("invite failed");
    await b.join(inv.value.code, "Sacha");
    const list = await send(a.platform, "syncMembers", {});
    if (!list.ok) throw new Error("members failed");
    expect(list.value.map((m) => [m.name, m.role])).toEqual([
      ["Camille", "admin"],
      ["Sacha", "observer"],
    ]);
    const sacha = list.value[1]!;
    const promoted = await send(a.platform, "syncSetRole", { memberId: sacha.id, role: "member" });
    expect(promoted.ok && promoted.value[1]?.role).toBe("member");
    const bView = await send(b.platform, "syncNow", {});
    expect(bView.active?.member.role).toBe("member");
    expect(bView.readOnly).toBe(false);
    // A member is not an admin.
    const refused = await send(b.platform, "syncMembers", {});
    expect(refused.ok).toBe(false);

    const revoked = await send(a.platform, "syncRevoke", { memberId: sacha.id });
    expect(revoked.ok && revoked.value[1]?.revoked).toBe(true);
    const cut = await send(b.platform, "syncNow", {});
    expect(cut.error?.code).toBe("unauthorized");
    expect(cut.error?.fr).toContain("nouvelle invitation");
  });

  it("switches between joined spaces and leaves one: token gone, alarm off, clips kept", async () => {
    const hub = createFakeHub(HUB);
    const one = hub.createSpace("Collectif A");
    const two = hub.createSpace("Collectif B");
    const a = profile(hub);
    await a.join(one.code);
    a.platform.origins.add(HUB);
    const joined = await a.join(two.code);
    expect(joined.ok && joined.value.active?.space.name).toBe("Collectif B");
    expect(joined.ok && joined.value.spaces.map((s) => s.space.name).sort()).toEqual([
      "Collectif A",
      "Collectif B",
    ]);
    const first = joined.ok ? joined.value.spaces.find((s) => s.space.id === one.id) : undefined;
    const switched = await send(a.platform, "syncSwitch", { key: first!.key });
    expect(switched.active?.space.name).toBe("Collectif A");
    await a.clip("https://exemple.org/garde", "Gardé après le départ");
    const left = await send(a.platform, "syncLeave", {});
    expect(left.ok && left.value.active).toBe(null);
    expect(left.ok && left.value.spaces.map((s) => s.space.name)).toEqual(["Collectif B"]);
    expect(a.platform.alarms.has(SYNC_ALARM)).toBe(false);
    expect(a.platform.origins.has(HUB)).toBe(true); // still used by Collectif B
    expect(JSON.stringify(a.platform.storage.get(SYNC_KEY))).not.toContain(`#${one.id}`);
    expect((await send(a.platform, "queryClips", { text: "garde" })).total).toBe(1);
    expect(hub.spaces.get(one.id)!.members.values().next().value?.revokedAt).not.toBe(null);
  });

  it("keeps syncing after the pioneer's settings change (the background reopens the library)", async () => {
    const hub = createFakeHub(HUB);
    const { id, code } = hub.createSpace("Collectif");
    const a = profile(hub, { debounceMs: 30 });
    await a.join(code);
    await a.background.idle();
    await send(a.platform, "saveSettings", { settings: { pioneerName: "Camille Roux" } });
    await send(a.platform, "syncStatus", {});
    const values = () => [...hub.spaces.get(id)!.rows.values()].map((r) => r.change.value);
    await eventually(() => expect(values()).toContain("Camille Roux"));
    await eventually(async () =>
      expect(await send(a.platform, "syncStatus", {})).toMatchObject({ pending: 0 }),
    );
  });

  it("sends only the private flag of a private clip, never its content", async () => {
    const hub = createFakeHub(HUB);
    const { id, code } = hub.createSpace("Collectif");
    const a = profile(hub);
    await a.join(code);
    const secret = await (await a.library()).put("clips", {
      url: "https://exemple.org/perso",
      title: "Mes notes personnelles",
      private: true,
    });
    await send(a.platform, "syncNow", {});
    const sent = [...hub.spaces.get(id)!.rows.values()].filter((r) => r.change.id === secret);
    expect(sent.map((r) => r.change.field)).toEqual(["private"]);
  });

  it("a newcomer's welcome in English does not rename a French collective's themes", async () => {
    const hub = createFakeHub(HUB);
    const { id, code } = hub.createSpace("Collectif des Monts");
    const a = profile(hub);
    const b = profile(hub, { language: "en-GB" });
    const examples = ["theme-common-hosting", "theme-shared-maintenance", "theme-data-sharing"];
    await send(a.platform, "addExampleThemes", { ids: examples });
    // The collective renames one of them: a real edit.
    await (await a.library()).update("themes", "theme-shared-maintenance", {
      name: "Entretien des serveurs",
    });
    await a.join(code);
    await send(a.platform, "syncNow", {});

    // The newcomer's welcome, in English, before joining; one more example the collective lacks.
    const welcomed = await send(b.platform, "addExampleThemes", {
      ids: [...examples, "theme-funding"],
    });
    expect(welcomed.map((t) => t.name)).toContain("Common hosting");
    const invite = await send(a.platform, "syncInvite", { role: "member" });
    if (!invite.ok) throw new Error("invite failed");
    await b.join(invite.value.code, "Sam");
    await send(b.platform, "syncNow", {});
    await send(a.platform, "syncNow", {});

    const names = async (p: ReturnType<typeof profile>) =>
      (await send(p.platform, "listThemes", {})).map((t) => [t.id, t.name]);
    expect(await names(a)).toEqual([
      ["theme-shared-maintenance", "Entretien des serveurs"],
      ["theme-funding", "Financements"],
      ["theme-common-hosting", "Hébergement mutualisé"],
      ["theme-data-sharing", "Outils de partage de données"],
    ]);
    // The newcomer reads the untouched examples in English, and the collective's rename.
    expect(await names(b)).toEqual([
      ["theme-common-hosting", "Common hosting"],
      ["theme-data-sharing", "Data-sharing tools"],
      ["theme-shared-maintenance", "Entretien des serveurs"],
      ["theme-funding", "Funding"],
    ]);
    // What is stored and on the hub is the same on both: French names, the examples' stamp.
    for (const p of [a, b]) {
      const hosting = await (await p.library()).get("themes", "theme-common-hosting");
      expect(hosting?.name).toBe("Hébergement mutualisé");
    }
    const rows = [...hub.spaces.get(id)!.rows.values()].map((r) => r.change);
    const hosting = rows.find((c) => c.id === "theme-common-hosting" && c.field === "name");
    expect(hosting).toMatchObject({ value: "Hébergement mutualisé", stamp: EXAMPLE_STAMP });
    // A welcome afterwards (a reinstall) still loses to the rename.
    await send(a.platform, "addExampleThemes", { ids: examples });
    expect((await names(a))[0]).toEqual(["theme-shared-maintenance", "Entretien des serveurs"]);
  });

  it("stories, chantiers and assessments written on one browser reach the other", async () => {
    const hub = createFakeHub(HUB);
    const { code } = hub.createSpace("Collectif");
    const a = profile(hub);
    const b = profile(hub);
    await a.join(code);
    const story = (id: string, text: string) => ({
      id,
      data: { text, cost: 2, impact: 4, reach: 3, moscow: "must", themes: [], status: "backlog" },
    });
    // The backlog page's messages: write stories, plan a chantier, save an assessment.
    await send(a.platform, "toolboxPut", {
      collection: "stories",
      docs: [
        story("agenda", "En tant que bénévole, je veux un agenda partagé afin de m'organiser"),
        story("dons", "En tant que trésorière, je veux exporter les dons afin de les déclarer"),
      ],
    });
    const written = await send(a.platform, "toolboxList", { collection: "stories" });
    const plan = planChantiers(
      written.map((d) => storyFromDoc(d)!),
      { capacityDays: 10, count: 1, start: "2027-01-04" },
    );
    const docs = planDocs(plan);
    await send(a.platform, "toolboxPut", { collection: "chantiers", docs: docs.chantiers });
    await send(a.platform, "toolboxPut", { collection: "stories", docs: docs.stories });
    const answers = Object.fromEntries(
      model.questions.slice(0, 3).map((q) => [q.id, { choice: 2 }]),
    );
    await send(a.platform, "toolboxPut", {
      collection: "assessments",
      docs: [
        {
          id: "ruche-2026",
          data: {
            association: "La Ruche",
            date: "2026-11-28",
            modelVersion: model.version,
            complete: false,
            answers,
          },
        },
      ],
    });
    await send(a.platform, "syncNow", {});

    const invite = await send(a.platform, "syncInvite", { role: "member" });
    if (!invite.ok) throw new Error("invite failed");
    await b.join(invite.value.code, "Sacha");
    await send(b.platform, "syncNow", {});
    const stories = await send(b.platform, "toolboxList", { collection: "stories" });
    const chantiers = await send(b.platform, "toolboxList", { collection: "chantiers" });
    expect(chantiers).toHaveLength(1);
    const chantier = chantiers[0]!;
    expect(stories.map((d) => d.id).sort()).toEqual(["agenda", "dons"]);
    expect(stories.map((d) => storyFromDoc(d)?.chantierId)).toEqual([chantier.id, chantier.id]);
    expect(chantier.data).toMatchObject({ number: 1, start: "2027-01-04" });
    expect((chantier.data as { storyIds: string[] }).storyIds.sort()).toEqual(["agenda", "dons"]);
    const [assessment] = await send(b.platform, "toolboxList", { collection: "assessments" });
    expect(assessment).toMatchObject({
      id: "ruche-2026",
      data: { association: "La Ruche", answers },
    });
    // The popup's story list reads the same synced documents.
    expect((await send(b.platform, "listStories", {})).map((s) => s.id).sort()).toEqual([
      "agenda",
      "dons",
    ]);
  });

  it("asks for no host at install: the hub's origin is an optional permission", () => {
    for (const m of [chromeManifest("1.0.0"), firefoxManifest("1.0.0")]) {
      expect(m).not.toHaveProperty("host_permissions");
      expect(m.optional_host_permissions).toContain("https://*/*");
      expect(m.permissions).toContain("alarms");
    }
  });

  it("keeps the hub's epoch through storage, and loads a state saved before epochs", () => {
    const space = (state: unknown) => ({
      active: "h#s",
      spaces: {
        "h#s": {
          hubUrl: "https://hub.example.org",
          space: { id: "s", name: "Collectif" },
          member: { id: "m", name: "Ana", role: "member" },
          token: "pio_x",
          state,
        },
      },
    });
    const kept = migrateSync(
      structuredClone(space({ pushCursor: "12", pullCursor: "34", epoch: "Q0hX2b7KfA9mZt1c" })),
    );
    expect(kept.spaces["h#s"]?.state).toEqual({
      pushCursor: "12",
      pullCursor: "34",
      epoch: "Q0hX2b7KfA9mZt1c",
    });
    // Saved again and read back: still there.
    expect(migrateSync(structuredClone(kept)).spaces["h#s"]?.state.epoch).toBe("Q0hX2b7KfA9mZt1c");
    const old = migrateSync(space({ pushCursor: "12", pullCursor: "34" }));
    expect(old.active).toBe("h#s");
    expect(old.spaces["h#s"]?.state).toEqual({ pushCursor: "12", pullCursor: "34" });
  });

  it("reads damaged or old storage without failing", () => {
    expect(migrateSync(undefined)).toEqual({ version: 1, active: null, spaces: {} });
    expect(migrateSync({ active: "x", spaces: { x: { hubUrl: 3 } } })).toEqual({
      version: 1,
      active: null,
      spaces: {},
    });
  });
});
