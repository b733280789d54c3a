import type { APIRoute, GetStaticPaths } from 'astro';
import { siteRegister } from '../../../register/site-register.ts';
import { useTranslations, type Locale } from '../../../i18n/ui.ts';
import { localeStaticPaths, localise } from '../../../i18n/site-translations.ts';

export const getStaticPaths = (() => localeStaticPaths('glossary')) satisfies GetStaticPaths;

/**
 * The glossary as data, one file per edition. The story's inline definitions load it on a reader's
 * first tap, so the definitions do not weigh on every page load.
 */
export const GET: APIRoute = ({ props }) => {
  const locale = (props as { locale: Locale }).locale;
  const t = useTranslations(locale);
  const terms = Object.fromEntries(
    siteRegister.glossary.map(({ data }) => {
      const entry = localise('glossary', data, locale);
      return [entry.id, { term: entry.term, expansion: entry.expansion ?? null, definition: entry.definition, sources: entry.sources }];
    }),
  );
  return new Response(JSON.stringify({ licence: 'CC BY 4.0', language: locale, labels: { more: t('glossary.more') }, terms }), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
