import { DomainError } from '@crowdcomms/errors';
import { AuthService } from '@crowdcomms/identity';
import { Role } from '@crowdcomms/request-context';
import { Injectable, NestMiddleware } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { NextFunction, Request, Response } from 'express';

/** Bull Board is for admins only: a bearer access token with the ADMIN role. */
@Injectable()
export class AdminOnlyMiddleware implements NestMiddleware {
  constructor(private readonly moduleRef: ModuleRef) {}

  async use(req: Request, res: Response, next: NextFunction): Promise<void> {
    const match = /^Bearer\s+(\S+)$/i.exec(req.headers.authorization ?? '');
    try {
      if (!match) throw new DomainError('UNAUTHENTICATED', 'You need to sign in');
      const auth = this.moduleRef.get(AuthService, { strict: false });
      const ctx = await auth.authenticate(match[1]);
      if (!ctx.roles.includes(Role.ADMIN)) throw new DomainError('FORBIDDEN', 'Admins only');
      next();
    } catch (error) {
      const code = error instanceof DomainError ? error.code : 'UNAUTHENTICATED';
      res.status(code === 'FORBIDDEN' ? 403 : 401).json({ error: code });
    }
  }
}
