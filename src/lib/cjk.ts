// Which characters are CJK, as bodies of a regular expression character class
// (with the `u` flag). Chinese and Japanese text is read, counted and broken
// character by character; Hangul is not here: Korean separates words with spaces.
export const CJK_LETTERS = '\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}';
/** CJK symbols and punctuation, full-width and half-width forms. */
export const CJK_PUNCTUATION = '\\u3000-\\u303f\\uff00-\\uffef';
