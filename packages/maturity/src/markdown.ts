import { assertProfile, assertRecommendation, langOf, modelOf } from "./guards.ts";
import type { Recommendation } from "./recommend.ts";
import type { Lang, Level, MaturityModel, Profile } from "./types.ts";

/** Options of the Markdown renderers. */
export interface MarkdownOptions {
  /** French by default. */
  readonly lang?: Lang;
  /** The model the questionnaire or profile comes from, e.g. `model` from `@pionniers/maturity/model`. */
  readonly model: MaturityModel;
}

const words = {
  fr: {
    questionnaire: "Questionnaire de maturité coopérative",
    intro:
      "Pour chaque question, cochez la situation la plus proche de ce que vous observez aujourd'hui — pas de ce que vous souhaitez. Cochez « Je ne sais pas » plutôt que deviner, et notez ce qui appuie votre réponse (un document, un exemple).",
    levels: "Les niveaux",
    dontKnow: "Je ne sais pas",
    note: "Note ou preuve :",
    profile: "Profil de maturité",
    overall: "Niveau global",
    dimension: "Dimension",
    level: "Niveau",
    score: "Score",
    confidence: "Confiance",
    strengths: "Points forts",
    holdsBack: "Ce qui retient le plus",
    evidence: "Preuves",
    unknown: "inconnu",
    none: "aucun",
    steps: "Prochaines étapes",
    target: "Objectif : niveau",
    practices: "Pratiques",
    activities: "Activités d'animation",
    tools: "Outils libres",
    reached: "Déjà atteint",
    unassessed: "À évaluer d'abord",
    licence: "Textes sous licence CC BY-SA 4.0 — modèle",
    colon: " : ",
  },
  en: {
    questionnaire: "Cooperation-maturity questionnaire",
    intro:
      "For each question, tick the situation closest to what you observe today — not what you wish. Tick “Don't know” rather than guess, and note what supports your answer (a document, an example).",
    levels: "The levels",
    dontKnow: "Don't know",
    note: "Note or evidence:",
    profile: "Maturity profile",
    overall: "Overall level",
    dimension: "Dimension",
    level: "Level",
    score: "Score",
    confidence: "Confidence",
    strengths: "Strengths",
    holdsBack: "What holds the group back most",
    evidence: "Evidence",
    unknown: "unknown",
    none: "none",
    steps: "Next steps",
    target: "Target: level",
    practices: "Practices",
    activities: "Facilitation activities",
    tools: "Free-software tools",
    reached: "Already reached",
    unassessed: "Assess first",
    licence: "Texts under CC BY-SA 4.0 — model",
    colon: ": ",
  },
} as const;

const percent = (x: number) => `${Math.round(x * 100)} %`;
const cell = (s: string) => s.replace(/\|/g, "\\|").replace(/\n/g, " ");

/**
 * The questionnaire as Markdown, to run it on paper or in a pad: the level scale, then per
 * dimension its questions with a box per situation, "don't know", and a line for a note.
 *
 * @param options - the model and the language.
 * @returns the Markdown text.
 * @example
 * ```ts
 * const md = questionnaireToMarkdown({ model, lang: "fr" });
 * ```
 */
export function questionnaireToMarkdown(options: MarkdownOptions): string {
  const m = modelOf(options);
  const lang = langOf(options);
  const w = words[lang];
  const out = [`# ${w.questionnaire}`, "", w.intro, "", `## ${w.levels}`, ""];
  for (const l of m.levels) out.push(`${l.level}. **${l.name[lang]}** — ${l.summary[lang]}`);
  m.dimensions.forEach((d, i) => {
    out.push("", `## ${i + 1}. ${d.name[lang]}`, "", `_${d.summary[lang]}_`);
    for (const q of m.questions.filter((x) => x.dimension === d.id)) {
      out.push("", `### ${q.prompt[lang]}`, "", `\`${q.id}\``, "");
      for (const o of q.options) out.push(`- [ ] (${o.level}) ${o.text[lang]}`);
      out.push(`- [ ] ${w.dontKnow}`, "", `${w.note} …………………………………………`);
    }
  });
  out.push("", "---", "", `${w.licence} ${m.version}.`, "");
  return out.join("\n");
}

/**
 * A profile as Markdown: overall level, a table of the dimensions (level, score, confidence),
 * strengths, what holds the group back, and the evidence notes.
 *
 * @param profile - a profile from `assess`.
 * @param options - the model and the language.
 * @returns the Markdown text.
 * @example
 * ```ts
 * console.log(profileToMarkdown(assess(answers, { model, label: "Sepant" }), { model, lang: "en" }));
 * ```
 */
export function profileToMarkdown(profile: Profile, options: MarkdownOptions): string {
  assertProfile(profile);
  const m = modelOf(options);
  const lang = langOf(options);
  const w = words[lang];
  const dimName = (id: string) => m.dimensions.find((d) => d.id === id)?.name[lang] ?? id;
  const levelName = (l: Level | null) =>
    l === null ? w.unknown : `${l} — ${m.levels.find((x) => x.level === l)?.name[lang] ?? ""}`;
  const head = [profile.label, profile.date].filter(Boolean).join(", ");
  const o = profile.overall;
  const out = [
    `# ${w.profile}${head ? ` — ${head}` : ""}`,
    "",
    `**${w.overall}${w.colon}${levelName(o.level)}** (${w.score} ${o.score ?? "—"}/100, ${w.confidence.toLowerCase()} ${percent(o.confidence)})`,
    "",
    `| ${w.dimension} | ${w.level} | ${w.score} | ${w.confidence} |`,
    "| --- | --- | ---: | ---: |",
  ];
  for (const d of profile.dimensions) {
    out.push(
      `| ${cell(dimName(d.dimension))} | ${levelName(d.level)} | ${d.score ?? "—"} | ${percent(d.confidence)} |`,
    );
  }
  out.push(
    "",
    `**${w.strengths}**${w.colon}${profile.strengths.map(dimName).join(", ") || w.none}`,
    "",
    `**${w.holdsBack}**${w.colon}${profile.holdsBack ? dimName(profile.holdsBack) : w.unknown}`,
  );
  const evidence = profile.dimensions.flatMap((d) =>
    d.evidence.map((e) => `- ${dimName(d.dimension)} (\`${e.question}\`)${w.colon}${e.note}`),
  );
  if (evidence.length > 0) out.push("", `## ${w.evidence}`, "", ...evidence);
  out.push("");
  return out.join("\n");
}

/**
 * Next steps as Markdown: per dimension below the target, the level to reach, then practices,
 * activities (by id) and tools, each with its why.
 *
 * @param recommendation - the result of `recommend`.
 * @param options - the model and the language.
 * @returns the Markdown text.
 * @example
 * ```ts
 * console.log(recommendationToMarkdown(recommend(profile, { model, target: 4 }), { model }));
 * ```
 */
export function recommendationToMarkdown(
  recommendation: Recommendation,
  options: MarkdownOptions,
): string {
  assertRecommendation(recommendation);
  const m = modelOf(options);
  const lang = langOf(options);
  const w = words[lang];
  const dimName = (id: string) => m.dimensions.find((d) => d.id === id)?.name[lang] ?? id;
  const levelName = (l: Level) => m.levels.find((x) => x.level === l)?.name[lang] ?? String(l);
  const out = [
    `# ${w.steps}`,
    "",
    `${w.target} ${recommendation.target} — ${levelName(recommendation.target)}`,
  ];
  for (const s of recommendation.steps) {
    out.push("", `## ${dimName(s.dimension)}${w.colon}${s.from} → ${s.to} (${levelName(s.to)})`);
    if (s.practices.length > 0) out.push("", `**${w.practices}**`, "");
    for (const p of s.practices) out.push(`- ${p.text[lang]} — _${p.why[lang]}_`);
    if (s.activities.length > 0) out.push("", `**${w.activities}**`, "");
    for (const a of s.activities) out.push(`- \`${a.id}\` — _${a.why[lang]}_`);
    if (s.tools.length > 0) out.push("", `**${w.tools}**`, "");
    for (const t of s.tools) out.push(`- ${t.name} (${t.kind}) — _${t.why[lang]}_`);
  }
  if (recommendation.reached.length > 0) {
    out.push("", `**${w.reached}**${w.colon}${recommendation.reached.map(dimName).join(", ")}`);
  }
  if (recommendation.unassessed.length > 0) {
    out.push(
      "",
      `**${w.unassessed}**${w.colon}${recommendation.unassessed.map(dimName).join(", ")}`,
    );
  }
  out.push("");
  return out.join("\n");
}
