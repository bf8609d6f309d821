/**
 * The breaking schema changes a CHANGELOG.md announces. Format (documented in CHANGELOG.md itself):
 *
 *   ## Unreleased
 *   ### Breaking
 *   - `Query.cases`: why, and what to use instead.
 *
 * Each list item of "### Breaking" under "## Unreleased" names schema coordinates in backticks
 * (`Type`, `Type.field`, `Type.field.argument`, `Enum.VALUE`); the first backticked word of the line
 * counts, others are prose. A coordinate also covers what lies under it (`Query.cases` covers
 * `Query.cases.filter`). Sections of released versions do not count: their changes are on main already.
 */
export function announcedBreakingChanges(changelog: string): string[] {
  const coordinates: string[] = [];
  let isUnreleased = false;
  let isBreaking = false;
  for (const line of changelog.split(/\r?\n/)) {
    const heading = /^(#{2,3})\s+(.*?)\s*$/.exec(line);
    if (heading) {
      const [, level, title] = heading;
      if (level === '##') {
        isUnreleased = /^unreleased$/i.test(title);
        isBreaking = false;
      } else {
        isBreaking = isUnreleased && /^breaking\b/i.test(title);
      }
      continue;
    }
    if (!isBreaking) continue;
    const item = /^\s*[-*]\s+`([A-Za-z_][\w.]*(?:\.@?\w+)*)`/.exec(line);
    if (item) coordinates.push(item[1]);
  }
  return coordinates;
}

/** Whether a change at `path` (graphql-inspector's coordinate) is covered by an announced coordinate. */
export function isAnnounced(path: string, announced: readonly string[]): boolean {
  return announced.some((coordinate) => path === coordinate || path.startsWith(`${coordinate}.`));
}
