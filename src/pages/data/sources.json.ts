import type { APIRoute } from 'astro';
import { siteRegister, backlinks } from '../../register/site-register.ts';

/** The source register as data, with what each source supports on the site. */
export const GET: APIRoute = () => {
  const sources = siteRegister.sources.map(({ data }) => ({ ...data, usedFor: backlinks.get(data.id) ?? [] }));
  return new Response(JSON.stringify({ licence: 'CC BY 4.0', sources }, null, 2), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
