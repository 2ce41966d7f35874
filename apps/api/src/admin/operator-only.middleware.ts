import { AppConfig } from '@crowdcomms/config';
import { Injectable, Logger, NestMiddleware } from '@nestjs/common';
import { NextFunction, Request, Response } from 'express';
import { createHash, timingSafeEqual } from 'node:crypto';

const READ_METHODS = new Set(['GET', 'HEAD']);

/** The secret an operator presented: `Authorization: Bearer <token>`, or Basic with the token as password. */
export function presentedOperatorToken(authorization: string | undefined): string | null {
  const bearer = /^Bearer\s+(\S+)$/i.exec(authorization ?? '');
  if (bearer) return bearer[1];
  const basic = /^Basic\s+(\S+)$/i.exec(authorization ?? '');
  if (!basic) return null;
  const decoded = Buffer.from(basic[1], 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  return colon >= 0 ? decoded.slice(colon + 1) : null;
}

const digest = (value: string) => createHash('sha256').update(value).digest();

/**
 * The queue dashboard shows every organisation's jobs, so it belongs to the
 * people who run the service, not to any organisation's admins: it answers only
 * to `OPERATOR_TOKEN` (unset: the dashboard is off), and only reads unless
 * `QUEUE_DASHBOARD_READ_ONLY=false`. Browsers send the token through Basic auth
 * (any user name); scripts may send it as a bearer token.
 */
@Injectable()
export class OperatorOnlyMiddleware implements NestMiddleware {
  private readonly logger = new Logger('QueueDashboard');

  constructor(private readonly config: AppConfig) {}

  use(req: Request, res: Response, next: NextFunction): void {
    const expected = this.config.get('OPERATOR_TOKEN');
    if (!expected) {
      res.status(404).json({ error: 'NOT_FOUND' });
      return;
    }
    const presented = presentedOperatorToken(req.headers.authorization);
    // Equal-length digests: the comparison takes the same time whatever was sent.
    if (presented === null || !timingSafeEqual(digest(presented), digest(expected))) {
      res.setHeader('WWW-Authenticate', 'Basic realm="Crowdcomms operators", charset="UTF-8"');
      res.status(401).json({ error: 'UNAUTHENTICATED' });
      return;
    }
    if (!READ_METHODS.has(req.method)) {
      if (this.config.get('QUEUE_DASHBOARD_READ_ONLY')) {
        res.status(403).json({ error: 'FORBIDDEN', message: 'The queue dashboard is read-only' });
        return;
      }
      this.logger.warn(`operator ${req.method} ${req.originalUrl}`);
    }
    next();
  }
}
