/// <reference types="vitest/config" />
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

// `npm run dev:web` serves the app with hot reload and forwards API routes to a running API.
const api = process.env['YTMT_API_URL'] ?? 'http://127.0.0.1:3000';
const forwarded = ['/graphql', '/hsds', '/health', '/app-config.json'];

/**
 * Writes a Brotli (`.br`) and a gzip (`.gz`) copy of every script and style sheet at build time,
 * at the strongest levels: the API then sends them as they are instead of compressing each file
 * on every request (see libs/core/src/web/precompressed-assets.ts).
 */
function precompressAssets(): Plugin {
  let assetsDir = '';
  return {
    name: 'ytmt-precompress-assets',
    apply: 'build',
    configResolved(config) {
      assetsDir = resolve(config.root, config.build.outDir, config.build.assetsDir);
    },
    closeBundle() {
      for (const name of readdirSync(assetsDir)) {
        if (!/\.(js|css|svg|json)$/.test(name)) continue;
        const body = readFileSync(join(assetsDir, name));
        if (body.length < 1024) continue;
        writeFileSync(join(assetsDir, `${name}.br`), brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }));
        writeFileSync(join(assetsDir, `${name}.gz`), gzipSync(body, { level: 9 }));
      }
    },
  };
}

export default defineConfig({
  plugins: [react(), precompressAssets()],
  server: {
    port: 5173,
    proxy: Object.fromEntries(forwarded.map((path) => [path, { target: api, changeOrigin: false }])),
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: false,
    chunkSizeWarningLimit: 600,
  },
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}'],
    setupFiles: ['src/test-setup.ts'],
    css: false,
  },
});
