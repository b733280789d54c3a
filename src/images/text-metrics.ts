import { imageFont, type ImageFontWeight } from './image-fonts.ts';

export interface TextStyle {
  size: number;
  weight: ImageFontWeight;
}

/** Advance width of a run of text in the image font, in pixels (no kerning: a slight overestimate). */
export function textWidth(text: string, { size, weight }: TextStyle): number {
  const font = imageFont(weight);
  let units = 0;
  for (const char of text) units += font.glyphForCodePoint(char.codePointAt(0)!).advanceWidth;
  return (units / font.unitsPerEm) * size;
}

/**
 * Greedy word wrap to a width. Past `maxLines` the last line is cut at a word and ends in an
 * ellipsis, so a long title can never run off a card.
 */
export function wrapText(text: string, style: TextStyle, maxWidth: number, maxLines = Infinity): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && textWidth(candidate, style) > maxWidth) {
      lines.push(line);
      line = word;
    } else {
      line = candidate;
    }
  }
  if (line) lines.push(line);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  let last = `${kept.at(-1)!} ${lines[maxLines]!}`;
  while (last.includes(' ') && textWidth(`${last}…`, style) > maxWidth) last = last.slice(0, last.lastIndexOf(' '));
  kept[maxLines - 1] = `${last.replace(/[\s,;:.–—-]+$/, '')}…`;
  return kept;
}

/** The characters of `text` that the image font has no glyph for (drawn as empty boxes otherwise). */
export function missingGlyphs(text: string, weight: ImageFontWeight = 400): string[] {
  const font = imageFont(weight);
  return [...new Set(text)].filter((char) => !/\s/.test(char) && !font.hasGlyphForCodePoint(char.codePointAt(0)!));
}
