import { MaturityError } from "./errors.ts";
import type { Profile } from "./types.ts";

/** Throws unless every profile was made with the same model version; returns that version. */
export function sameVersion(profiles: readonly (readonly [string, Profile])[]): string {
  const first = profiles[0];
  if (!first) throw new MaturityError("empty-collective", "no profiles — give at least one");
  for (const [name, p] of profiles) {
    if (p.modelVersion !== first[1].modelVersion) {
      throw new MaturityError(
        "version-mismatch",
        `"${name}" was assessed with model ${p.modelVersion} but "${first[0]}" with ${first[1].modelVersion} — re-assess both with the same model`,
        name,
      );
    }
  }
  return first[1].modelVersion;
}
