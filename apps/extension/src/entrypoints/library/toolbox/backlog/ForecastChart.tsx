import type { Forecast } from "@pionniers/stories";
import { forecastBars } from "../../../../features/toolbox/backlog.ts";
import { useI18n } from "../../../../ui/i18n-context.ts";
import { num } from "../shared.tsx";

/** P50 / P85 / P95 as horizontal bars against the capacity planned, drawn with Preact. */
export function ForecastChart({ forecast, capacity }: { forecast: Forecast; capacity: number }) {
  const { t, lang } = useI18n();
  const plot = 360;
  const left = 110;
  const { bars, max, capacityX, ticks } = forecastBars(forecast, capacity, plot);
  const x = (d: number) => left + Math.round((d / max) * plot);
  const names = {
    p50: t("toolboxP50"),
    p85: t("toolboxP85"),
    p95: t("toolboxP95"),
  };
  const desc = t(
    "toolboxForecastDesc",
    num(forecast.p50, lang),
    num(forecast.p85, lang),
    num(forecast.p95, lang),
    num(capacity, lang),
  );
  return (
    <svg
      viewBox={`0 0 ${left + plot + 40} 150`}
      width={left + plot + 40}
      height={150}
      role="img"
      aria-labelledby="forecast-title forecast-desc"
      class="tb-chart"
      data-testid="forecast-chart"
    >
      <title id="forecast-title">{t("toolboxForecastTitle")}</title>
      <desc id="forecast-desc">{desc}</desc>
      {ticks.map((tick) => (
        <g key={tick}>
          <line x1={x(tick)} x2={x(tick)} y1={4} y2={108} stroke="#dde3e0" />
          <text x={x(tick)} y={124} font-size="11" text-anchor="middle" fill="#4f5b56">
            {tick}
          </text>
        </g>
      ))}
      {bars.map((b, i) => (
        <g key={b.level}>
          <text x={left - 8} y={b.y + 22} font-size="12" text-anchor="end" fill="#1d2421">
            {names[b.level]}
          </text>
          <rect
            x={left}
            y={b.y + 8}
            width={Math.max(b.width, 1)}
            height={22}
            rx={3}
            fill={["#146b4b", "#3f8f6f", "#86bba4"][i]}
          />
          <text x={left + b.width + 4} y={b.y + 23} font-size="12" fill="#1d2421">
            {t("toolboxDays", num(b.days, lang))}
          </text>
        </g>
      ))}
      <line
        x1={capacityX + left}
        x2={capacityX + left}
        y1={2}
        y2={110}
        stroke="#a3241b"
        stroke-width={2}
        stroke-dasharray="5 3"
      />
      <text x={capacityX + left} y={142} font-size="11" text-anchor="middle" fill="#a3241b">
        {t("toolboxCapacityMark", num(capacity, lang))}
      </text>
    </svg>
  );
}
