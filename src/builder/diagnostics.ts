// Diagnostics in the GCC style editors and CI log parsers understand:
// `path/to/post.md:LINE:COL: error: reason`. A PostError carries a position
// inside one post; read-post.ts turns it into a rejection for that post only.

export type Severity = 'error' | 'warning' | 'note';

export type Diagnostic = {
  /** Path as shown to the user (relative to the working directory). */
  file: string;
  line?: number;
  col?: number;
  message: string;
};

export class PostError extends Error {
  readonly line: number | undefined;
  readonly col: number | undefined;

  constructor(message: string, line?: number, col?: number) {
    super(message);
    this.name = 'PostError';
    this.line = line;
    this.col = col;
  }
}

export function formatDiagnostic(d: Diagnostic, severity: Severity): string {
  let where = d.file;
  if (d.line !== undefined) where += `:${d.line}:${d.col ?? 1}`;
  return `${where}: ${severity}: ${d.message}`;
}
