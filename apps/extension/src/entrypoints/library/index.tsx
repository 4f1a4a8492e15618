import { boot } from "../../ui/boot.tsx";
import { LibraryApp } from "./LibraryApp.tsx";
import "./library.css";

void boot("libraryTitle", (platform, settings) => (
  <LibraryApp platform={platform} initialSettings={settings} />
));
