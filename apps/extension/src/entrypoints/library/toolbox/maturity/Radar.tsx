import { useEffect, useRef } from "preact/hooks";
import { safeSvg } from "../../../../features/toolbox/svg.ts";

/**
 * An SVG chart from our own library, rebuilt node by node (features/toolbox/svg.ts): never
 * set as HTML.
 */
export function Radar({ svg, testId }: { svg: string; testId: string }) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = safeSvg(svg, document);
    box.current?.replaceChildren(...(el ? [el] : []));
  }, [svg]);
  return <div class="tb-radar" ref={box} data-testid={testId} />;
}
