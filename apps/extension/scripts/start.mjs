// `npm start`: builds the extension and opens a browser with it loaded (web-ext run), Chromium
// or Firefox, whichever is installed. Without a display, says where the build is and how to
// load it by hand.
import { spawn, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const build = spawnSync(process.execPath, [join(root, "scripts/build.mjs")], { stdio: "inherit" });
if (build.status !== 0) process.exit(build.status ?? 1);

const which = (names) =>
  names
    .map((n) =>
      n.startsWith("/")
        ? n
        : spawnSync("sh", ["-c", `command -v ${n}`])
            .stdout?.toString()
            .trim(),
    )
    .find((p) => p && existsSync(p));
const chromium =
  process.env.CHROMIUM_PATH ??
  which(["chromium", "chromium-browser", "google-chrome", "google-chrome-stable"]);
const firefox = process.env.FIREFOX_PATH ?? which(["firefox", "firefox-esr"]);
const chromeDir = join(root, "dist/chrome");
const firefoxDir = join(root, "dist/firefox");
const hasDisplay =
  Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY) ||
  process.platform === "darwin" ||
  process.platform === "win32";

const howTo = `
The extension is built:
  Chrome, Chromium, Edge: ${chromeDir}
  Firefox:                ${firefoxDir}

To load it by hand:
  Chromium/Chrome: open chrome://extensions, turn on "Developer mode",
                   click "Load unpacked" and choose ${chromeDir}
  Firefox:         open about:debugging#/runtime/this-firefox, click
                   "Load Temporary Add-on…" and choose ${join(firefoxDir, "manifest.json")}
Store packages: npm run package (writes dist/pionniers-chrome-*.zip and dist/pionniers-firefox-*.zip).
`;

if (!hasDisplay || (!chromium && !firefox)) {
  console.log(
    hasDisplay
      ? "No Chromium or Firefox found."
      : "No display here, so no browser window can open.",
  );
  console.log(howTo);
  process.exit(0);
}

const webExt = join(root, "../../node_modules/web-ext/bin/web-ext.js");
const args = chromium
  ? [
      "run",
      "--target",
      "chromium",
      "--chromium-binary",
      chromium,
      "--source-dir",
      chromeDir,
      "--start-url",
      "https://www.avise.org/",
    ]
  : [
      "run",
      "--target",
      "firefox-desktop",
      "--firefox",
      firefox,
      "--source-dir",
      firefoxDir,
      "--start-url",
      "https://www.avise.org/",
    ];
console.log(
  `Opening ${chromium ? "Chromium" : "Firefox"} with the extension (web-ext ${args.join(" ")})`,
);
spawn(process.execPath, [webExt, ...args, "--no-config-discovery"], { stdio: "inherit" }).on(
  "exit",
  (code) => process.exit(code ?? 0),
);
