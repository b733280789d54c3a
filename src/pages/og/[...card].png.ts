import type { APIRoute, GetStaticPaths } from 'astro';
import { chartCardSvg, titleCardSvg } from '../../images/card-image.ts';
import { chartMarkup } from '../../images/chart-markup.ts';
import { pageCards, type PageCard } from '../../images/page-cards.ts';
import { rasterise } from '../../images/rasterise.ts';

export const getStaticPaths = (() =>
  pageCards.map((card) => ({ params: { card: card.page || 'story' }, props: { card } }))) satisfies GetStaticPaths;

/** A page's Open Graph and Twitter card, 1200×630. */
export const GET: APIRoute = async ({ props }) => {
  const { card } = props as { card: PageCard };
  const svg = card.kind === 'chart' ? chartCardSvg(card.chart, await chartMarkup(card.chart)) : titleCardSvg(card);
  return new Response(new Uint8Array(rasterise(svg)), { headers: { 'Content-Type': 'image/png' } });
};
