import type { ChartSpec } from '../charts/chart-spec.ts';
import { localePrefix, useTranslations, type Locale } from '../i18n/ui.ts';
import { IMAGE_FONT_STACK, placeChart } from './chart-image.ts';
import { siteLightChartStyle } from './light-chart-style.ts';
import { token } from './light-tokens.ts';
import { CARD_HEIGHT, CARD_WIDTH, type TitleCard } from './page-cards.ts';
import { textBlock, type TextBlockOptions } from './svg-text.ts';

const MARGIN = 72;
const INNER = CARD_WIDTH - 2 * MARGIN;
/** The accent rule along the top edge and the footer line are what every card of the site shares. */
const RULE = 12;
const FOOTER_TOP = CARD_HEIGHT - 96;

type Paragraph = Omit<TextBlockOptions, 'x' | 'top' | 'fill'> & {
  fill: '--cx-text' | '--cx-text-muted' | '--cx-accent';
};
const paragraph = (text: string, top: number, { fill, ...style }: Paragraph) =>
  textBlock(text, { ...style, x: MARGIN, top, fill: token(fill) });

function card(locale: Locale, body: string, style = ''): string {
  const footer = paragraph(useTranslations(locale)('footer.note'), FOOTER_TOP + 20, {
    maxWidth: INNER,
    maxLines: 1,
    size: 28,
    weight: 400,
    fill: '--cx-text-muted',
  });
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${CARD_WIDTH}" height="${CARD_HEIGHT}" viewBox="0 0 ${CARD_WIDTH} ${CARD_HEIGHT}" font-family="${IMAGE_FONT_STACK}">
<style>
${style}
</style>
<rect width="${CARD_WIDTH}" height="${CARD_HEIGHT}" fill="${token('--cx-bg')}"/>
<rect width="${CARD_WIDTH}" height="${RULE}" fill="${token('--cx-accent')}"/>
${body}
<rect x="${MARGIN}" y="${FOOTER_TOP}" width="${INNER}" height="2" fill="${token('--cx-border')}"/>
${footer.markup}
</svg>
`;
}

/** A page's card: the site's name, the page's title and its description, centred above the footer. */
export function titleCardSvg({ page, title, line, note, locale }: TitleCard): string {
  const isStory = page === localePrefix(locale).replace(/\/$/, '');
  const t = useTranslations(locale);
  const layout = (top: number) => {
    const parts: string[] = [];
    let y = top;
    const add = (text: string, gap: number, style: Paragraph) => {
      const block = paragraph(text, y + (parts.length ? gap : 0), style);
      parts.push(block.markup);
      y = block.bottom;
    };
    // The story's card is titled with the site's name already.
    if (!isStory) add(t('site.title'), 0, { maxWidth: INNER, maxLines: 1, size: 32, weight: 700, fill: '--cx-accent' });
    add(title, 16, {
      maxWidth: INNER,
      maxLines: 2,
      size: isStory ? 88 : 72,
      weight: 700,
      fill: '--cx-text',
      leading: 1.1,
    });
    add(line, 20, { maxWidth: INNER, maxLines: 3, size: 36, weight: 400, fill: '--cx-text-muted' });
    if (note) add(note, 16, { maxWidth: INNER, maxLines: 1, size: 30, weight: 600, fill: '--cx-text' });
    return { markup: parts.join('\n'), height: y - top };
  };
  const { height } = layout(0);
  return card(locale, layout(RULE + (FOOTER_TOP - RULE - height) / 2).markup);
}

/** A chart's card: its title and takeaway beside the chart, drawn as large as the card allows. */
export function chartCardSvg(chart: ChartSpec, markup: string): string {
  const column = 440;
  const kicker = paragraph(useTranslations(chart.locale)('site.title'), 56, {
    maxWidth: column,
    maxLines: 1,
    size: 26,
    weight: 700,
    fill: '--cx-accent',
  });
  const heading = paragraph(chart.title, kicker.bottom + 12, {
    maxWidth: column,
    maxLines: 4,
    size: 42,
    weight: 700,
    fill: '--cx-text',
    leading: 1.15,
  });
  const takeaway = paragraph(chart.takeaway, heading.bottom + 16, {
    maxWidth: column,
    maxLines: 4,
    size: 27,
    weight: 400,
    fill: '--cx-text-muted',
  });
  // The chart fills the box right of the text, in its own proportions.
  const left = MARGIN + column + 48;
  const box = { x: left, y: RULE + 36, width: CARD_WIDTH - MARGIN - left, height: FOOTER_TOP - 28 - (RULE + 36) };
  const scale = Math.min(box.width / chart.model.width, box.height / chart.model.height);
  const width = chart.model.width * scale;
  const height = chart.model.height * scale;
  const placed = placeChart(markup, {
    x: box.x + (box.width - width) / 2,
    y: box.y + (box.height - height) / 2,
    width,
    height,
  });
  return card(chart.locale, [kicker.markup, heading.markup, takeaway.markup, placed].join('\n'), siteLightChartStyle(markup));
}
