import { imageFont } from './image-fonts.ts';
import { wrapText, type TextStyle } from './text-metrics.ts';

/** Escapes text for an XML text node or a double-quoted attribute. */
export const escapeXml = (text: string) =>
  text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');

export interface TextBlockOptions extends TextStyle {
  x: number;
  /** Top of the block's first line box. */
  top: number;
  maxWidth: number;
  maxLines?: number;
  /** Line box height as a multiple of the font size. */
  leading?: number;
  fill: string;
}

export interface TextBlock {
  markup: string;
  /** Bottom of the last line box. */
  bottom: number;
  lines: string[];
}

/**
 * A wrapped paragraph as one <text> per line: every SVG renderer draws that alike (tspan flow
 * and dy handling vary). The baseline sits where CSS would put it in the same line box.
 */
export function textBlock(text: string, options: TextBlockOptions): TextBlock {
  const { x, top, maxWidth, maxLines, leading = 1.3, fill, size, weight } = options;
  const lines = wrapText(text, { size, weight }, maxWidth, maxLines);
  const lineHeight = size * leading;
  // As CSS does: the font's ascent-to-descent box is centred in the line box.
  const font = imageFont(weight);
  const ascent = (font.ascent / font.unitsPerEm) * size;
  const descent = (-font.descent / font.unitsPerEm) * size;
  const baseline = (lineHeight - ascent - descent) / 2 + ascent;
  const markup = lines
    .map(
      (line, i) =>
        `<text x="${round(x)}" y="${round(top + i * lineHeight + baseline)}" font-size="${size}" font-weight="${weight}" fill="${fill}">${escapeXml(line)}</text>`,
    )
    .join('\n');
  return { markup, bottom: top + lines.length * lineHeight, lines };
}

export const round = (value: number) => Math.round(value * 100) / 100;
