// Unicode bidi embeddings, overrides and isolates (U+202A–U+202E,
// U+2066–U+2069) reorder the text that follows them: a title
// "Invoice \u202Efdp.exe" shows as "Invoice exe.pdf". No feed string needs
// them to read right (Arabic and Hebrew order themselves; U+200E/U+200F
// marks stay), so ruwei removes them from everything a feed supplies, before
// parsing (fetch-json.ts), and from the strings of the URL it shows
// (category names, the page title).
const CONTROLS = /[\u202A-\u202E\u2066-\u2069]/g;
// In JSON text a control may also be written as an escape; `\\` pairs are
// matched first, so `\\u202e` (a backslash, then the letters u202e) stays.
const JSON_CONTROLS = /\\\\|\\u(?:202[a-eA-E]|206[6-9])|[\u202A-\u202E\u2066-\u2069]/g;

export function stripBidiControls(text: string): string {
  return text.replace(CONTROLS, '');
}

/** JSON text whose strings hold no bidi control once parsed, written raw or as `\uXXXX`. */
export function stripBidiControlsFromJson(json: string): string {
  return json.replace(JSON_CONTROLS, (match) => (match === '\\\\' ? match : ''));
}
