// What one post may hold. Each limit keeps a cost linear or bounded that a
// hostile or careless post could otherwise make quadratic or unbounded, and
// each is named in README.md with the message a publisher gets. Far above
// what Hexo blogs use (a few tags, a category path of one to three levels).

/** Larger posts are rejected unread (checked by size before reading; read with a cap). */
export const MAX_POST_BYTES = 10 * 1024 * 1024;
/** Keys in any one YAML or JSON mapping of the front matter (the YAML composer's duplicate check is quadratic). */
export const MAX_MAP_KEYS = 1000;
/** Distinct `tags` per post; more are dropped with a warning (every tag page lists the post with all its tags). */
export const MAX_TAGS = 100;
/** Category paths per post; more are dropped with a warning. */
export const MAX_CATEGORY_PATHS = 20;
/** Levels of one category path (a flat `categories:` list is one path); deeper levels are dropped with a warning. */
export const MAX_CATEGORY_DEPTH = 20;

/** "10 MB", "1.2 MB", "512 bytes": sizes as diagnostics show them (MB = 2^20 bytes). */
export function formatBytes(bytes: number): string {
  if (bytes < 1024 * 1024) return `${bytes} bytes`;
  return `${Number((bytes / (1024 * 1024)).toFixed(1))} MB`;
}
