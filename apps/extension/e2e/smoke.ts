declare const chrome: any;

import { launchProfile, serveWebPages, testBuild } from "./harness.ts";

const server = await serveWebPages();
const p = await launchProfile(testBuild());
console.log(
  "id",
  p.extensionId,
  p.context.pages().map((x) => x.url()),
);
const article = await p.context.newPage();
await article.goto(`${server.base}/liberation-1/`);
const tabId = await p.worker.evaluate(
  async (u) => (await chrome.tabs.query({ url: u }))[0]?.id,
  `${server.base}/liberation-1/`,
);
console.log("tab", tabId);
const hasDispatch = await p.worker.evaluate(
  () => typeof (chrome.contextMenus.onClicked as unknown as { dispatch?: unknown }).dispatch,
);
console.log("dispatch", hasDispatch);
const popup = await p.context.newPage();
popup.on("console", (m) => console.log("popup console", m.text()));
await popup.setViewportSize({ width: 400, height: 600 });
await popup.goto(p.url(`popup.html?tab=${tabId}`));
await popup.waitForSelector("[data-testid=clip-status], .notice.error", { timeout: 10000 });
console.log(await popup.textContent("body"));
await popup.screenshot({ path: "artifacts/smoke-popup.png" });
await p.close();
await server.close();
