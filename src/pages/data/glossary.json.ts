import type { APIRoute } from 'astro';
import { siteRegister } from '../../register/site-register.ts';
import { useTranslations } from '../../i18n/ui.ts';

/**
 * The glossary as data. The story's inline definitions load it on a reader's first tap, so the
 * definitions do not weigh on every page load.
 */
export const GET: APIRoute = () => {
  const t = useTranslations('en');
  const terms = Object.fromEntries(
    siteRegister.glossary.map(({ data }) => [
      data.id,
      { term: data.term, expansion: data.expansion ?? null, definition: data.definition, sources: data.sources },
    ]),
  );
  return new Response(JSON.stringify({ licence: 'CC BY 4.0', labels: { more: t('glossary.more') }, terms }), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
