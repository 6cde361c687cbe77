import { join } from 'node:path';
import express, { NextFunction, Request, Response, Router } from 'express';
import compression from 'compression';
import helmet from 'helmet';
import { AppConfig } from '../config/config.schema';
import { isApiPath, WEB_ASSETS_PATH, wantsIndexPage } from './web-app-paths';
import { precompressedAssets } from './precompressed-assets';
import { securityHeaderOptions, webContentSecurityPolicy } from './web-security-headers';

const NOT_BUILT_PAGE = `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Y-TMT: the web app is not built</title></head>
<body>
<h1>The web app is not built</h1>
<p>Build it with <code>npm run build -w @ytmt/web</code> (<code>npm start</code> does it for you), then reload this page.</p>
<p>The API itself is running: <a href="/graphql">/graphql</a>, <a href="/health">/health</a>.</p>
</body>
</html>
`;

/**
 * Serves the web app's production build: hashed files under /assets cached for good, other files
 * and the index page revalidated, and index.html for every browser navigation inside the app.
 * The folder is looked at per request, so a build made while the API runs is picked up, and a
 * missing build answers 503 instead of failing.
 */
export function createWebAppRouter(config: AppConfig): Router {
  const distDir = config.web.distDir;
  const indexFile = join(distDir, 'index.html');
  const router = express.Router();

  router.use((request: Request, _response: Response, next: NextFunction) =>
    isApiPath(request.path) || (request.method !== 'GET' && request.method !== 'HEAD') ? next('router') : next(),
  );
  // The app's scripts are large text: compressed they are a quarter of their size. The build's own
  // compressed copies go first; compression() skips what is already encoded.
  router.use(compression());
  router.use(helmet(securityHeaderOptions(webContentSecurityPolicy(config))));
  router.use(WEB_ASSETS_PATH, precompressedAssets(join(distDir, 'assets')));
  router.use(
    WEB_ASSETS_PATH,
    express.static(join(distDir, 'assets'), { index: false, redirect: false, immutable: true, maxAge: '365d' }),
  );
  router.use(
    express.static(distDir, {
      index: false,
      redirect: false,
      cacheControl: false,
      setHeaders: (response) => response.setHeader('Cache-Control', 'no-cache'),
    }),
  );
  router.use((request: Request, response: Response, next: NextFunction) => {
    if (!wantsIndexPage({ method: request.method, path: request.path, acceptsHtml: Boolean(request.accepts('html')) })) {
      next();
      return;
    }
    response.sendFile(indexFile, { cacheControl: false, headers: { 'Cache-Control': 'no-cache' } }, (error?: NodeJS.ErrnoException) => {
      if (!error) return;
      if (response.headersSent) {
        next(error);
      } else if (error.code === 'ENOENT' || error.code === 'ENOTDIR') {
        response.status(503).set('Cache-Control', 'no-store').type('html').send(NOT_BUILT_PAGE);
      } else {
        next(error);
      }
    });
  });
  return router;
}
