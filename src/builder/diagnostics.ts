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

const QUOTE_MAX = 80;

/**
 * A front matter value as a message shows it: JSON, cut after QUOTE_MAX
 * characters (a 200 KB value is no help on a terminal). YAML aliases can make
 * a value that contains itself, which JSON cannot write.
 */
export function quote(value: unknown): string {
  // JSON writes Infinity and NaN (YAML's .inf, 1e400, .nan) as null.
  if (typeof value === 'number' || typeof value === 'bigint') return String(value);
  let text: string | undefined;
  try {
    text = JSON.stringify(value);
  } catch {
    return 'a value that contains itself';
  }
  if (text === undefined) return String(value);
  if (text.length <= QUOTE_MAX) return text;
  const cut = text.slice(0, QUOTE_MAX - 1);
  return `${/[\uD800-\uDBFF]$/.test(cut) ? cut.slice(0, -1) : cut}…`;
}

// One diagnostic is one line: a control character in a file name or a quoted
// value (a newline, an escape sequence that recolours the terminal) is
// written as an escape.
// eslint-disable-next-line no-control-regex -- matching controls is the point
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g;
const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

export function formatDiagnostic(d: Diagnostic, severity: Severity): string {
  let where = oneLine(d.file);
  if (d.line !== undefined) where += `:${d.line}:${d.col ?? 1}`;
  return `${where}: ${severity}: ${oneLine(d.message)}`;
}

function oneLine(text: string): string {
  return text.replace(CONTROL, (c) => NAMED[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
