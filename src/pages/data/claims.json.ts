import type { APIRoute } from 'astro';
import { siteRegister } from '../../register/site-register.ts';
import { readChapterUsage, readOpeningUsage } from '../../register/chapter-usage.ts';
import { buildClaims, type StoryUsage } from '../../register/claims.ts';

/** Every figure, quote and timeline event shown, with its sources: the file a fact-checker loads. */
export const GET: APIRoute = () => {
  const root = process.cwd();
  const chapters = readChapterUsage(root);
  const opening = readOpeningUsage(root);
  // The key points come first on the page and have no section anchor of their own.
  const merge = (a: Map<string, string[]>, b: Map<string, string[]>) => {
    const merged = new Map<string, (string | null)[]>();
    for (const [id, anchors] of a) merged.set(id, anchors.map(() => null));
    for (const [id, anchors] of b) merged.set(id, [...(merged.get(id) ?? []), ...anchors]);
    return merged;
  };
  const usage: StoryUsage = {
    figures: merge(opening.figures, chapters.figures),
    quotes: merge(opening.quotes, chapters.quotes),
  };
  const claims = buildClaims(siteRegister, usage);
  return new Response(JSON.stringify({ licence: 'CC BY 4.0', claims }, null, 2), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
