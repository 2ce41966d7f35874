import { AppConfig } from '@crowdcomms/config';
import { UnauthenticatedError } from '@crowdcomms/errors';
import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { createHash, randomBytes } from 'node:crypto';

export interface AccessClaims {
  sub: string;
  org: string;
  sid: string;
}

/** A verified access token's claims, with its expiry (seconds since the epoch). */
export interface VerifiedAccessClaims extends AccessClaims {
  exp: number;
}

/** An opaque secret that names its organisation, so its lookup stays inside one tenant. */
export interface OpaqueToken {
  organisationId: string;
  secret: string;
}

const JWT_ALGORITHM = 'HS256';
/** Starts every organisation API token (secret scanners can look for it). */
export const API_TOKEN_PREFIX = 'ccapi_';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

@Injectable()
export class TokenService {
  constructor(
    private readonly jwt: JwtService,
    private readonly config: AppConfig,
  ) {}

  signAccess(claims: AccessClaims): { token: string; expiresAt: Date } {
    const ttl = this.config.get('ACCESS_TOKEN_TTL_SECONDS');
    const token = this.jwt.sign(claims, {
      algorithm: JWT_ALGORITHM,
      issuer: this.config.get('JWT_ISSUER'),
      audience: this.config.get('JWT_AUDIENCE'),
      expiresIn: ttl,
    });
    return { token, expiresAt: new Date(Date.now() + ttl * 1000) };
  }

  /** Verifies signature, algorithm, issuer, audience and expiry; a token without an expiry is refused. */
  verifyAccess(token: string): VerifiedAccessClaims {
    try {
      const claims = this.jwt.verify<VerifiedAccessClaims>(token, {
        algorithms: [JWT_ALGORITHM],
        issuer: this.config.get('JWT_ISSUER'),
        audience: this.config.get('JWT_AUDIENCE'),
      });
      if (typeof claims.sub !== 'string' || !UUID.test(claims.org) || !UUID.test(claims.sid)) throw new Error();
      if (typeof claims.exp !== 'number' || !Number.isFinite(claims.exp)) throw new Error();
      return claims;
    } catch {
      throw new UnauthenticatedError('Your session is not valid or has expired; sign in again');
    }
  }

  newOpaqueToken(organisationId: string): { token: string; hash: string } {
    const secret = randomBytes(32).toString('base64url');
    return { token: `${organisationId}.${secret}`, hash: this.hash(secret) };
  }

  /** Splits an opaque token; null when it is not one of ours. */
  parseOpaqueToken(token: string): (OpaqueToken & { hash: string }) | null {
    const [organisationId, secret, extra] = token.split('.');
    if (extra !== undefined || !organisationId || !secret || !UUID.test(organisationId) || secret.length < 40) {
      return null;
    }
    return { organisationId, secret, hash: this.hash(secret) };
  }

  /** An organisation API token: an opaque token with a prefix that tells it from a session's access token. */
  newApiToken(organisationId: string): { token: string; hash: string } {
    const { token, hash } = this.newOpaqueToken(organisationId);
    return { token: `${API_TOKEN_PREFIX}${token}`, hash };
  }

  /** Splits an API token; null when the credential is not one. */
  parseApiToken(token: string): (OpaqueToken & { hash: string }) | null {
    return token.startsWith(API_TOKEN_PREFIX) ? this.parseOpaqueToken(token.slice(API_TOKEN_PREFIX.length)) : null;
  }

  private hash(secret: string): string {
    return createHash('sha256').update(secret).digest('hex');
  }
}
