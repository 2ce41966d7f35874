import { NextFunction, Request, Response } from 'express';
import express from 'express';
import { existsSync } from 'node:fs';
import path from 'node:path';

/** Paths the API answers itself; everything else that asks for a page gets the web app. */
const API_PATHS = /^\/(graphql|health|admin|calendar)(\/|$)/;

/**
 * Serves the built web app (`dist/web`, made by `npm run build:web`) at `/`:
 * hashed assets cached for a year, and `index.html` for any other page URL so
 * the browser's router can take over (history fallback). Without a build it
 * serves nothing and the API behaves as before.
 */
export function webAppMiddleware(root = path.resolve('dist/web')) {
  const index = path.join(root, 'index.html');
  const available = existsSync(index);
  const assets = express.static(root, {
    index: false,
    fallthrough: true,
    setHeaders: (res, file) => {
      const hashed = file.startsWith(path.join(root, 'assets') + path.sep);
      res.setHeader('cache-control', hashed ? 'public, max-age=31536000, immutable' : 'no-cache');
    },
  });

  return (req: Request, res: Response, next: NextFunction) => {
    if (!available || (req.method !== 'GET' && req.method !== 'HEAD') || API_PATHS.test(req.path)) return next();
    assets(req, res, () => {
      // A missing asset is a 404, not the app; only page navigations fall back to index.html.
      if (req.path.startsWith('/assets/') || !req.accepts('html')) return next();
      res.setHeader('cache-control', 'no-cache');
      res.setHeader('content-security-policy', CONTENT_SECURITY_POLICY);
      res.setHeader('x-content-type-options', 'nosniff');
      res.setHeader('referrer-policy', 'no-referrer');
      res.sendFile(index);
    });
  };
}

/** The app loads only its own scripts; Mantine sets inline styles, hence 'unsafe-inline' for styles only. */
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "font-src 'self' data:",
  "frame-ancestors 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');
