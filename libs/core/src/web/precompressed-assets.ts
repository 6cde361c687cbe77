import { extname, join } from 'node:path';
import type { NextFunction, Request, RequestHandler, Response } from 'express';

/** Files the web build writes a `.br` and a `.gz` copy of (apps/web/vite.config.ts). */
const PRECOMPRESSED = /^[\w-]+(\.[\w-]+)*\.(js|css|svg|json)$/;

/**
 * Sends the build's Brotli or gzip copy of a hashed asset when the browser accepts it, so the
 * server does not compress the same scripts again on every first visit (on a small machine that
 * work competed with the page's own API requests). Anything else, or a file without a copy,
 * falls through to the plain static files.
 */
export function precompressedAssets(assetsDir: string): RequestHandler {
  return (request: Request, response: Response, next: NextFunction) => {
    const name = request.path.slice(1);
    if ((request.method !== 'GET' && request.method !== 'HEAD') || !PRECOMPRESSED.test(name)) {
      next();
      return;
    }
    // Brotli whenever accepted (browsers list gzip first, with the same weight).
    const encoding = request.acceptsEncodings('br') === 'br' ? 'br' : request.acceptsEncodings('gzip') === 'gzip' ? 'gzip' : null;
    if (!encoding) {
      next();
      return;
    }
    response.vary('Accept-Encoding');
    response.type(extname(name));
    response.setHeader('Content-Encoding', encoding);
    const file = join(assetsDir, `${name}.${encoding === 'br' ? 'br' : 'gz'}`);
    response.sendFile(file, { immutable: true, maxAge: '365d', dotfiles: 'deny' }, (error?: NodeJS.ErrnoException) => {
      if (!error) return;
      if (response.headersSent) {
        next(error);
        return;
      }
      // No copy (a small file, or a build made without them): the plain file, compressed if worth it.
      response.removeHeader('Content-Encoding');
      response.removeHeader('Content-Type');
      next();
    });
  };
}
