/**
 * Which place in data/jurisdictions/ an example in a scenario names. Scenario outcomes name
 * their example places in running text ("Canada (before 2014)", "Victoria, Australia (2022,
 * 2023)"), so that readers see the years; a place's page lists every scenario that names it.
 *
 * A name matches a place when, without its bracketed note, it is the place's name ("Canada"),
 * or the first part of "Place, Country" is ("Victoria"). A city or region this guide does not
 * list on its own falls back to its country ("Vancouver, Canada" → Canada). Case and accents
 * are ignored. Pure, so the build, the content check and tests agree.
 */

export interface NamedPlace {
  id: string;
  name: string;
}

const fold = (text: string) =>
  text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .trim()
    .toLowerCase();

/** "Victoria, Australia (2022, 2023)" → ["Victoria", "Australia"]: the parts to try, in order. */
export function placeNameParts(named: string): string[] {
  const bare = named
    .replace(/\([^)]*\)/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  const parts = bare
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean);
  if (parts.length <= 1) return parts;
  // The place itself first, then the country it is in.
  return [parts[0]!, parts.at(-1)!];
}

export function placeIdForName(named: string, places: readonly NamedPlace[]): string | undefined {
  const byName = new Map(places.map((p) => [fold(p.name), p.id]));
  for (const part of placeNameParts(named)) {
    const id = byName.get(fold(part));
    if (id) return id;
  }
  return undefined;
}
