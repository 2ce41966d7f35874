import { AppConfig } from '@crowdcomms/config';
import { Injectable } from '@nestjs/common';
import { createHash, createHmac, hkdfSync } from 'node:crypto';

/**
 * What an e-mailed secret link opens, stored with the e-mail instead of the
 * secret itself (see {@link SecretLinks}).
 */
export interface SecretLink {
  /** What the secret is for, e.g. `invitation` or `password-reset`. */
  purpose: string;
  /** The id of the row the secret opens (an invitation, a reset request). */
  ref: string;
  /** Written before the secret as `<scope>.<secret>`, e.g. the organisation an invitation belongs to. */
  scope?: string;
}

/**
 * Secrets for e-mailed links, derived instead of stored: the secret is an HMAC
 * of the link's purpose and row id under a key derived from `JWT_SECRET`, so
 * the table keeps only its hash ({@link hash}), the queued e-mail keeps only a
 * template and the {@link SecretLink} reference, and the worker renders the
 * link at send time ({@link render}). Nothing at rest holds a usable token.
 *
 * How to use it for a new kind of link (a password reset, say): create the row
 * with a known id, store `hash(link)` on it, queue the e-mail with
 * `{{token}}` / `{{token:url}}` placeholders and `secretLink: link`; when the
 * token comes back, look the row up by `hashSecret(<secret part>)`. Rotating
 * `JWT_SECRET` invalidates every unused link, as it ends every session.
 */
@Injectable()
export class SecretLinks {
  private readonly key: Buffer;

  constructor(config: AppConfig) {
    this.key = Buffer.from(hkdfSync('sha256', config.get('JWT_SECRET'), '', 'crowdcomms secret links', 32));
  }

  /** The token the link carries: `<scope>.<secret>`, or the bare secret. */
  token(link: SecretLink): string {
    const secret = this.secret(link);
    return link.scope ? `${link.scope}.${secret}` : secret;
  }

  /** What the row stores: the hash of the secret (sha256, hex). */
  hash(link: SecretLink): string {
    return hashSecret(this.secret(link));
  }

  /** Fills `{{token}}` and `{{token:url}}` (URL-encoded) in an e-mail template. */
  render(template: string, link: SecretLink): string {
    const token = this.token(link);
    return template.replaceAll('{{token:url}}', encodeURIComponent(token)).replaceAll('{{token}}', token);
  }

  private secret(link: SecretLink): string {
    return createHmac('sha256', this.key).update(`${link.purpose}:${link.ref}`).digest('base64url');
  }
}

/** The stored form of a secret (sha256, hex). */
export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}
