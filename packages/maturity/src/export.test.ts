import {
  assess,
  isMaturityError,
  profileToMarkdown,
  questionnaireToMarkdown,
  recommend,
  recommendationToMarkdown,
} from "@pionniers/maturity";
import { answersFromCsv, profileToCsv, questionnaireToCsv } from "@pionniers/maturity/csv";
import { model } from "@pionniers/maturity/model";
import { describe, expect, test } from "vitest";
import { collectiveAnswers } from "./test-fixtures/collective.ts";

describe("questionnaire on paper", () => {
  test("Markdown lists every question with a box per situation, don't know and a note line", () => {
    const md = questionnaireToMarkdown({ model, lang: "fr" });
    for (const q of model.questions) {
      expect(md).toContain(`### ${q.prompt.fr}`);
      for (const o of q.options) expect(md).toContain(`- [ ] (${o.level}) ${o.text.fr}`);
    }
    expect(md.match(/- \[ \] Je ne sais pas/g)).toHaveLength(model.questions.length);
    expect(md).toContain("CC BY-SA 4.0");
    expect(questionnaireToMarkdown({ model, lang: "en" })).toContain("## 8. Pooling");
  });

  test("CSV round trip: fill the sheet, read it back, get the same profile as answering online", () => {
    const answers = collectiveAnswers.ATABLE!;
    const sheet = questionnaireToCsv({ model, lang: "fr", separator: ";" });
    const lines = sheet.trimEnd().split("\r\n");
    expect(lines).toHaveLength(model.questions.length + 1);
    // Fill the last two columns as someone would in a spreadsheet.
    const filled = lines
      .map((line, i) => {
        if (i === 0) return line;
        const id = line.split(";")[0]!;
        const a = answers[id];
        if (!a) return line;
        const cell = a.choice === "dont-know" ? "?" : String(a.choice);
        const note = a.note ? `"${a.note.replace(/"/g, '""')}"` : "";
        return line.replace(/;;$/, `;${cell};${note}`);
      })
      .join("\r\n");
    const back = answersFromCsv(filled);
    expect(back).toEqual(answers);
    expect(assess(back, { model })).toEqual(assess(answers, { model }));
  });

  test("fields holding the separator, quotes or line breaks are quoted", () => {
    const csv = profileToCsv(
      assess({ "sharing-minutes": { choice: 3, note: 'Pad "réunion", puis\nwiki' } }, { model }),
      { model },
    );
    expect(csv).toContain('"Pad ""réunion"", puis\nwiki"');
    expect(csv.split("\r\n")[0]).toBe(
      "dimension_id,dimension,level,level_name,score,confidence,answered,questions,evidence",
    );
  });

  test("a filled sheet with a bad answer names the line", () => {
    const csv = "question_id,answer,note\r\nsharing-minutes,3,\r\npooling-data,beaucoup,\r\n";
    try {
      answersFromCsv(csv);
      expect.unreachable();
    } catch (e) {
      expect(isMaturityError(e) && [e.code, e.path]).toEqual(["invalid-csv", "line 3"]);
    }
    expect(() => answersFromCsv("id;réponse\r\n")).toThrow(/question_id and answer/);
  });
});

describe("profile and advice as Markdown", () => {
  const profile = assess(collectiveAnswers["Inpact 37"]!, {
    model,
    label: "Inpact 37",
    date: "2026-11-28",
  });

  test("the profile shows levels, strengths, what holds back and the evidence", () => {
    const md = profileToMarkdown(profile, { model, lang: "fr" });
    expect(md).toContain("# Profil de maturité — Inpact 37, 2026-11-28");
    expect(md).toContain("| Animation et dynamique de groupe | 4 — Coopération | 75 | 100 % |");
    // Decision and pooling both score 25: on a tie the first in model order is named.
    expect(md).toContain("**Ce qui retient le plus** : Décision et validation");
    expect(md).toContain("Tous nos supports de formation portent la mention CC BY-SA.");
  });

  test("the next steps list practices, activity ids and tools with their why", () => {
    const md = recommendationToMarkdown(recommend(profile, { model, target: 3 }), {
      model,
      lang: "en",
    });
    expect(md).toContain("## Pooling: 2 → 3 (Collaboration)");
    expect(md).toContain("- `panorama-des-outils` — _Compares the options for each common use._");
    expect(md).toContain("- Nextcloud (cloud) — _");
    expect(md).toContain("**Already reached**: Information sharing");
  });
});
