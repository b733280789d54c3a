/** The words a reader sees in a built page: no scripts, styles, SVG or tags, entities decoded. */
export function visibleText(html: string): string {
  return html
    .replace(/<(script|style|svg|template|title)\b[\s\S]*?<\/\1>/gi, ' ')
    // A block boundary ends a run of words: a heading and the line under it are not one sentence.
    .replace(/<\/?(p|h[1-6]|li|td|th|div|section|article|figure|figcaption|dt|dd|summary|br|option|blockquote|nav|header|footer|label|legend|caption|button)\b[^>]*>/gi, ' ¶ ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&nbsp;|&#160;/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&#x27;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/\s+/g, ' ');
}

/** Names that really do repeat a word. */
const NAMES = ['La Neta Neta'];

/** Word pairs like "about about" or "at least at least": the same word or two words said twice. */
export function doubledWords(text: string): string[] {
  const found = new Set<string>();
  let checked = text;
  for (const name of NAMES) checked = checked.replaceAll(name, ' ¶ ');
  for (const match of checked.matchAll(/(?<![\p{L}])(\p{L}+(?: \p{L}+)?) \1(?![\p{L}])/giu)) found.add(match[0]);
  return [...found];
}
