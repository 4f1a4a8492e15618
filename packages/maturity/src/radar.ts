import { MaturityError } from "./errors.ts";
import { assertObject, langOf, modelOf, profileEntries, shown } from "./guards.ts";
import { sameVersion } from "./same-version.ts";
import type { Lang, MaturityModel, Profile } from "./types.ts";
import { escapeXml } from "./xml.ts";

/** Options of {@link radarSvg}. */
export interface RadarOptions {
  /** Language of the labels, title and description; French by default. */
  readonly lang?: Lang;
  /** The chart's title; a default one names the series. */
  readonly title?: string;
  /** Width of the chart in px (the legend adds height); 480 by default. */
  readonly size?: number;
  /** Prefix of the `id`s of `<title>` and `<desc>`, unique per page; `"maturity-radar"` by default. */
  readonly idPrefix?: string;
  /** The model the profiles were made with, for the dimension names. */
  readonly model: MaturityModel;
}

// Okabe–Ito colours (distinct for colour-blind readers) and dash patterns, so that no series
// is told apart by colour alone.
const colours = ["#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#000000"];
const dashes = ["", "6 3", "2 3", "8 3 2 3", "1 2", "10 4", "4 4"];

const words = {
  fr: {
    title: "Maturité coopérative",
    colon: " : ",
    desc: "Diagramme radar à {n} axes, niveaux 1 (isolement) à 5 (communs).",
    level: "niveau",
    unknown: "inconnu",
  },
  en: {
    title: "Cooperation maturity",
    colon: ": ",
    desc: "Radar chart with {n} axes, levels 1 (isolation) to 5 (commons).",
    level: "level",
    unknown: "unknown",
  },
} as const;

const fmt = (n: number) => String(Math.round(n * 10) / 10);

function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(" ")) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  lines.push(line);
  return lines;
}

/**
 * An accessible SVG radar chart of one or more profiles: one axis per dimension, rings for the
 * five levels, one series per association (or per date). It has a `<title>`, a `<desc>` that
 * states every value in words, text labels, and a legend; series differ by colour and by dash
 * pattern. The radius follows the score, so progress within a level shows. Self-contained
 * markup: inline it in a page or save it as a `.svg` file.
 *
 * @param profiles - an array (series named by `label`, else `date`) or a record name → profile.
 * @param options - the model, language, title, size, id prefix.
 * @returns the SVG markup.
 * @throws {MaturityError} `empty-collective` with no profile, `version-mismatch` across model versions, `invalid-option` for a size under 200.
 * @example
 * ```ts
 * const svg = radarSvg({ ATABLE: a, Sepant: b }, { model, lang: "en" });
 * ```
 */
export function radarSvg(
  profiles: readonly Profile[] | Readonly<Record<string, Profile>>,
  options: RadarOptions,
): string {
  const entries = profileEntries(profiles, "profiles");
  sameVersion(entries);
  const m = modelOf(options);
  const lang = langOf(options);
  const w = words[lang];
  const size = options.size ?? 480;
  if (!(typeof size === "number" && Number.isFinite(size) && size >= 200)) {
    throw new MaturityError(
      "invalid-option",
      `size ${shown(size)} is too small to draw the labels — give 200 px or more`,
      "size",
    );
  }
  const id = options.idPrefix ?? "maturity-radar";
  for (const [key, value] of [
    ["idPrefix", id],
    ["title", options.title ?? ""],
  ] as const) {
    if (typeof value !== "string") {
      assertObject(null, key, "a text");
    }
  }
  const dims = m.dimensions;
  const n = dims.length;
  const radius = size * 0.22;
  // Room for two-line labels above and below the chart, then the legend.
  const margin = 56;
  const cx = size / 2;
  const cy = radius + margin;
  const legendTop = cy + radius + margin + 8;
  const height = legendTop + entries.length * 20;
  const at = (i: number, r: number): [number, number] => {
    const a = -Math.PI / 2 + (2 * Math.PI * i) / n;
    return [cx + r * Math.cos(a), cy + r * Math.sin(a)];
  };
  const pts = (rs: readonly number[]) => rs.map((r, i) => at(i, r).map(fmt).join(",")).join(" ");

  const title = options.title ?? `${w.title} — ${entries.map(([name]) => name).join(", ")}`;
  const desc = [
    w.desc.replace("{n}", String(n)),
    ...entries.map(
      ([name, p]) =>
        `${name}${w.colon}${dims
          .map((d) => {
            const r = p.dimensions.find((x) => x.dimension === d.id);
            return `${d.name[lang]} ${r?.level == null ? w.unknown : `${w.level} ${r.level}`}`;
          })
          .join(", ")}.`,
    ),
  ].join(" ");

  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${size} ${height}" width="${size}" height="${height}" role="img" aria-labelledby="${id}-title ${id}-desc" font-family="sans-serif" font-size="11">`,
    `<title id="${id}-title">${escapeXml(title)}</title>`,
    `<desc id="${id}-desc">${escapeXml(desc)}</desc>`,
    `<g class="grid" fill="none" stroke="#999" stroke-width="1" aria-hidden="true">`,
  ];
  for (let level = 1; level <= 5; level++) {
    out.push(`<polygon points="${pts(dims.map(() => (radius * level) / 5))}"/>`);
  }
  for (let i = 0; i < n; i++) {
    const [x, y] = at(i, radius);
    out.push(`<line x1="${fmt(cx)}" y1="${fmt(cy)}" x2="${fmt(x)}" y2="${fmt(y)}"/>`);
  }
  out.push("</g>");
  out.push(`<g class="levels" fill="#555" font-size="10" aria-hidden="true">`);
  for (let level = 1; level <= 5; level++) {
    out.push(`<text x="${fmt(cx + 3)}" y="${fmt(cy - (radius * level) / 5 - 2)}">${level}</text>`);
  }
  out.push("</g>");
  out.push(`<g class="labels" fill="#000">`);
  dims.forEach((d, i) => {
    const [x, y] = at(i, radius + 16);
    const dx = x - cx;
    const anchor = Math.abs(dx) < 1 ? "middle" : dx > 0 ? "start" : "end";
    const lines = wrap(d.name[lang], 16);
    // Grow labels away from the chart: upwards above it, downwards below, centred on the sides.
    const up = y < cy - radius ? lines.length - 1 : y > cy + radius ? 0 : (lines.length - 1) / 2;
    const spans = lines
      .map(
        (line, k) =>
          // The trailing space keeps the label's text content equal to the name once wrapped.
          `<tspan x="${fmt(x)}" dy="${k === 0 ? fmt(-up * 1.15) : "1.15"}em">${escapeXml(k < lines.length - 1 ? `${line} ` : line)}</tspan>`,
      )
      .join("");
    out.push(
      `<text x="${fmt(x)}" y="${fmt(y)}" text-anchor="${anchor}" dominant-baseline="middle">${spans}</text>`,
    );
  });
  out.push("</g>");

  entries.forEach(([name, p], k) => {
    const colour = colours[k % colours.length]!;
    const dash = dashes[k % dashes.length]!;
    const values = dims.map((d) => p.dimensions.find((x) => x.dimension === d.id));
    const rs = values.map((r) => (r?.score == null ? 0 : ((1 + r.score / 25) / 5) * radius));
    out.push(`<g class="series" data-series="${escapeXml(name)}">`);
    out.push(`<title>${escapeXml(name)}</title>`);
    out.push(
      `<polygon points="${pts(rs)}" fill="${colour}" fill-opacity="0.12" stroke="${colour}" stroke-width="2"${dash ? ` stroke-dasharray="${dash}"` : ""}/>`,
    );
    values.forEach((r, i) => {
      if (r?.score == null) return;
      const [x, y] = at(i, rs[i]!);
      const label = `${name} — ${dims[i]!.name[lang]}${w.colon}${w.level} ${r.level} (${r.score}/100)`;
      out.push(
        `<circle cx="${fmt(x)}" cy="${fmt(y)}" r="3.5" fill="${colour}"><title>${escapeXml(label)}</title></circle>`,
      );
    });
    out.push("</g>");
  });

  out.push(`<g class="legend">`);
  entries.forEach(([name], k) => {
    const y = legendTop + k * 20;
    const colour = colours[k % colours.length]!;
    const dash = dashes[k % dashes.length]!;
    out.push(
      `<line x1="16" y1="${y}" x2="44" y2="${y}" stroke="${colour}" stroke-width="3"${dash ? ` stroke-dasharray="${dash}"` : ""}/>`,
      `<text x="52" y="${y}" dominant-baseline="middle">${escapeXml(name)}</text>`,
    );
  });
  out.push("</g>", "</svg>");
  return out.join("\n");
}
