// Radar charts come from @pionniers/maturity as SVG text. Association names, typed by pioneers
// of other replicas, travel inside it (escaped by the library). Rather than trusting that
// text as markup, it is parsed as XML and rebuilt node by node into the page, keeping only
// drawing elements and attributes: no script, no event handler, no link, no style sheet.

const SVG_NS = "http://www.w3.org/2000/svg";
const ELEMENTS = new Set([
  "svg",
  "g",
  "title",
  "desc",
  "polygon",
  "polyline",
  "line",
  "circle",
  "ellipse",
  "rect",
  "path",
  "text",
  "tspan",
]);
const ATTRIBUTES = new Set([
  "viewBox",
  "width",
  "height",
  "role",
  "aria-labelledby",
  "aria-label",
  "aria-hidden",
  "id",
  "class",
  "font-family",
  "font-size",
  "font-weight",
  "fill",
  "fill-opacity",
  "stroke",
  "stroke-width",
  "stroke-dasharray",
  "stroke-opacity",
  "stroke-linejoin",
  "points",
  "d",
  "x",
  "y",
  "dx",
  "dy",
  "x1",
  "y1",
  "x2",
  "y2",
  "cx",
  "cy",
  "r",
  "rx",
  "ry",
  "text-anchor",
  "dominant-baseline",
  "data-series",
]);
// Paint values may not reach outside the picture: `url(…)` would load a resource.
const UNSAFE_VALUE = /url\s*\(|javascript:|expression\s*\(/i;

/**
 * Rebuilds SVG text as DOM nodes of `doc`, keeping only drawing elements and plain
 * attributes; everything else (scripts, `on…` handlers, links, `style`, `foreignObject`) is
 * dropped with its content. Text stays text.
 *
 * @param svgText SVG markup, such as `radarSvg` returns
 * @param doc the document to build into (the page's, or linkedom's in tests)
 * @returns the `<svg>` element, or `null` when the text is not an SVG document
 * @example
 * ```ts
 * container.replaceChildren(safeSvg(radarSvg(profiles, { model }), document)!);
 * ```
 */
export function safeSvg(svgText: string, doc: Document): SVGSVGElement | null {
  const parsed = new (doc.defaultView?.DOMParser ?? DOMParser)().parseFromString(
    svgText,
    "image/svg+xml",
  );
  const root = parsed.documentElement;
  if (root?.localName !== "svg" || parsed.getElementsByTagName("parsererror").length) return null;
  return copy(root, doc) as SVGSVGElement | null;
}

function copy(node: Element, doc: Document): Element | null {
  if (!ELEMENTS.has(node.localName)) return null;
  const out = doc.createElementNS(SVG_NS, node.localName);
  for (const attr of Array.from(node.attributes)) {
    if (!ATTRIBUTES.has(attr.name) || UNSAFE_VALUE.test(attr.value)) continue;
    out.setAttribute(attr.name, attr.value);
  }
  for (const child of Array.from(node.childNodes)) {
    if (child.nodeType === 3) out.appendChild(doc.createTextNode(child.textContent ?? ""));
    else if (child.nodeType === 1) {
      const c = copy(child as Element, doc);
      if (c) out.appendChild(c);
    }
  }
  return out;
}
