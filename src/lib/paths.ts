/**
 * Joins the deploy base (`/` or a sub-path like `/graphics/2026/cartels/`) and a site path.
 * Every internal link goes through here so the site works wherever it is hosted.
 */
export function withBase(base: string, path = ''): string {
  const head = base.endsWith('/') ? base : `${base}/`;
  const tail = path.replace(/^\/+/, '');
  return `${head}${tail}`;
}
