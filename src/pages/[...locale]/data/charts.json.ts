import type { APIRoute } from 'astro';
import { siteCharts } from '../../charts/site-charts.ts';

/** An index of every chart, with its embed, data and image addresses relative to the site root. */
export const GET: APIRoute = () =>
  new Response(
    JSON.stringify(
      {
        charts: siteCharts.map(({ id, title, takeaway }) => ({
          id,
          title,
          takeaway,
          embed: `embed/${id}/`,
          csv: `data/${id}.csv`,
          json: `data/${id}.json`,
          oembed: `oembed/${id}.json`,
          png: `images/${id}.png`,
          svg: `images/${id}.svg`,
        })),
      },
      null,
      2,
    ),
    { headers: { 'Content-Type': 'application/json; charset=utf-8' } },
  );
