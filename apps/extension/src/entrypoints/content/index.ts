// Injected on demand (activeTab + scripting) into the page the pioneer clips. It only reads:
// it exposes one function the background calls right after injecting it, and returns plain
// data. Nothing is ever written into the page.
import { type CaptureRequest, capture } from "./capture.ts";

(globalThis as unknown as Record<string, unknown>).pionniersCapture = (request: CaptureRequest) =>
  capture(document, location.href, request, String(globalThis.getSelection?.() ?? ""));
