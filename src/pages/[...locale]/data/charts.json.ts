import type { APIRoute } from 'astro';
import { chartsIn } from '../../../charts/site-charts.ts';
import { localeStaticPaths } from '../../../i18n/site-translations.ts';
import { localePrefix, type Locale } from '../../../i18n/ui.ts';

export const getStaticPaths = () => localeStaticPaths('embed');

/** An index of every chart in one edition, with its embed, data and image addresses relative to the site root. */
export const GET: APIRoute = ({ props }) => {
  const { locale } = props as { locale: Locale };
  const prefix = localePrefix(locale);
  return new Response(
    JSON.stringify(
      {
        lang: locale,
        charts: chartsIn(locale).map(({ id, title, takeaway }) => ({
          id,
          title,
          takeaway,
          embed: `${prefix}embed/${id}/`,
          csv: `${prefix}data/${id}.csv`,
          json: `${prefix}data/${id}.json`,
          oembed: `${prefix}oembed/${id}.json`,
          png: `${prefix}images/${id}.png`,
          svg: `${prefix}images/${id}.svg`,
        })),
      },
      null,
      2,
    ),
    { headers: { 'Content-Type': 'application/json; charset=utf-8' } },
  );
};
