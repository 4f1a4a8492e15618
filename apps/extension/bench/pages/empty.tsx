// The reference for "popup interactive": an empty Preact 11 page, opened the same way.
import { render } from "preact";

render(<p>Pionniers</p>, document.getElementById("app")!);
performance.mark("pionniers:interactive");
