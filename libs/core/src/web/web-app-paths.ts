// Pure: which requests the web app answers, and which belong to the API.
import { posix } from 'node:path';

export const WEB_APP_CONFIG_PATH = '/app-config.json';
export const WEB_ASSETS_PATH = '/assets';

/** Paths the API owns: the web app never answers them, not even with its index page. */
export function isApiPath(path: string): boolean {
  return (
    path === WEB_APP_CONFIG_PATH ||
    path.startsWith('/health') ||
    path === '/graphql' ||
    path.startsWith('/graphql/') ||
    path === '/hsds' ||
    path.startsWith('/hsds/')
  );
}

/**
 * A browser navigation inside the single-page app (/, /services/123) gets index.html; a missing
 * file (/assets/old-chunk.js, /favicon.ico) and a non-HTML request get a plain 404 instead, so a
 * script tag never receives HTML.
 */
export function wantsIndexPage(request: { method: string; path: string; acceptsHtml: boolean }): boolean {
  const { method, path } = request;
  if (method !== 'GET' && method !== 'HEAD') return false;
  if (isApiPath(path) || path === WEB_ASSETS_PATH || path.startsWith(`${WEB_ASSETS_PATH}/`)) return false;
  if (posix.extname(path) !== '') return false;
  return request.acceptsHtml;
}
