// The updates and corrections log as an RSS feed, so newsrooms and teachers can follow changes in
// a feed reader, in each edition that publishes the about page. Each item links to its entry on
// that edition's about page. RSS needs absolute links, so the feed (updates.xml) is built only
// when SITE_URL gives the public origin.
import rss from '@astrojs/rss';
import type { APIRoute, GetStaticPaths } from 'astro';
import { siteUpdates } from '../../register/site-coverage.ts';
import { localePrefix, useTranslations, type Locale } from '../../i18n/ui.ts';
import { localeStaticPaths, localise } from '../../i18n/site-translations.ts';
import { withBase } from '../../lib/paths.ts';

export const getStaticPaths = (() =>
  import.meta.env.SITE
    ? localeStaticPaths('about').map(({ params, props }) => ({ params: { ...params, feed: 'updates' }, props }))
    : []) satisfies GetStaticPaths;

export const GET: APIRoute = (context) => {
  const { locale } = context.props as { locale: Locale };
  const t = useTranslations(locale);
  const site = new URL(withBase(import.meta.env.BASE_URL, localePrefix(locale)), context.site);
  const items = [...siteUpdates]
    .sort((a, b) => b.date.localeCompare(a.date) || a.id.localeCompare(b.id))
    .map((entry) => localise('updates', entry, locale))
    .map((entry) => ({
      title: `${entry.kind === 'correction' ? t('feed.correction') : t('feed.update')}: ${entry.date}`,
      description: entry.text,
      pubDate: new Date(`${entry.date}T00:00:00Z`),
      link: new URL(`about/#${entry.id}`, site).href,
      categories: [entry.kind],
    }));
  return rss({
    title: `${t('site.title')} — ${t('about.updates')}`,
    description: t('about.updatesIntro'),
    site: site.href,
    items,
    customData: `<language>${locale}</language>`,
  });
};
