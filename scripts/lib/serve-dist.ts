import { preview } from 'astro';

/** The base path builds are tested under; a sub-path proves every link respects `base`. */
export const TEST_BASE_PATH = '/graphics/2026/cartels/';

/** Serves dist/ on loopback with Astro's own preview server, at the base path it was built for. */
export async function serveDist(port: number, basePath = process.env.BASE_PATH ?? TEST_BASE_PATH) {
  process.env.BASE_PATH = basePath;
  const server = await preview({ root: process.cwd(), logLevel: 'warn', server: { host: '127.0.0.1', port } });
  return { url: `http://127.0.0.1:${port}${basePath}`, stop: () => server.stop() };
}
