import { assess, radarSvg } from "@pionniers/maturity";
import { model } from "@pionniers/maturity/model";
import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { safeSvg } from "./svg.ts";

const { document } = parseHTML("<!doctype html><html><body></body></html>");
const doc = document as unknown as Document;

describe("safeSvg", () => {
  it("keeps the radar's drawing, title and description", () => {
    const profile = assess({ "sharing-minutes": { choice: 3 } }, { model, label: "La Ruche" });
    const svg = safeSvg(radarSvg({ "La Ruche": profile }, { model }), doc)!;
    expect(svg.getAttribute("role")).toBe("img");
    expect(svg.querySelector("title")?.textContent).toContain("Maturité");
    expect(svg.querySelector("desc")?.textContent).toContain("La Ruche");
    expect(svg.querySelectorAll("polygon").length).toBeGreaterThan(1);
  });

  it("drops scripts, handlers, links, styles and foreign content, keeping text as text", () => {
    const hostile = `<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)" viewBox="0 0 10 10">
      <script>alert(2)</script><a href="javascript:alert(3)"><text>lien</text></a>
      <foreignObject><div xmlns="http://www.w3.org/1999/xhtml">html</div></foreignObject>
      <style>*{}</style><circle r="2" fill="url(https://evil.example/x)" onclick="x()"/>
      <text x="1">&lt;img src=x onerror=alert(4)&gt;</text></svg>`;
    const svg = safeSvg(hostile, doc)!;
    const elements = [svg, ...Array.from(svg.querySelectorAll("*"))];
    expect(elements.map((e) => e.localName)).toEqual(["svg", "circle", "text"]);
    const attributes = elements.flatMap((e) =>
      Array.from(e.attributes).map((a) => `${a.name}=${a.value}`),
    );
    expect(attributes).toEqual(["viewBox=0 0 10 10", "r=2", "x=1"]);
    expect(svg.querySelector("text")?.textContent).toBe("<img src=x onerror=alert(4)>");
    expect(svg.querySelector("circle")?.getAttribute("r")).toBe("2");
  });

  it("refuses text that is not an SVG document", () => {
    expect(safeSvg("<html><body>hi</body></html>", doc)).toBeNull();
    expect(safeSvg("not xml at all <", doc)).toBeNull();
  });
});
