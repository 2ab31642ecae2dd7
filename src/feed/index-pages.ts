// Rows of a paged index list: which pages hold rows start..end (inclusive),
// and where row i lives.

export function pagesForRange(start: number, end: number, pageSize: number, pageCount: number): number[] {
  if (pageCount === 0 || end < start) return [];
  const first = Math.max(0, Math.floor(start / pageSize));
  const last = Math.min(pageCount - 1, Math.floor(end / pageSize));
  const pages: number[] = [];
  for (let page = first; page <= last; page++) pages.push(page);
  return pages;
}

export function rowLocation(row: number, pageSize: number): { page: number; offset: number } {
  return { page: Math.floor(row / pageSize), offset: row % pageSize };
}
