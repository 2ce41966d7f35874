import { AppConfig } from '@crowdcomms/config';
import { Injectable } from '@nestjs/common';
import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';

const VERSION = 'v1';
const IV_BYTES = 12;
const TAG_BYTES = 16;

/**
 * Seals secrets the service must read back (an identity provider's client secret, a webhook URL and its
 * signing secret) for storage: AES-256-GCM with a fresh nonce each time, so a stored value reveals
 * nothing and a changed one fails to open. The key is derived (HKDF-SHA256) from `SECRET_BOX_KEY`, or
 * from `JWT_SECRET` when that is unset — changing the key source makes the stored secrets unreadable,
 * so admins then enter them again. Secrets that are only compared are hashed instead, never sealed.
 *
 * A sealed value reads `v1.<nonce>.<tag>.<ciphertext>` (base64url).
 */
@Injectable()
export class SecretBox {
  private readonly key: Buffer;

  constructor(config: AppConfig) {
    const material = config.get('SECRET_BOX_KEY') ?? config.get('JWT_SECRET');
    this.key = Buffer.from(hkdfSync('sha256', material, 'crowdcomms', 'secret-box v1', 32));
  }

  seal(plain: string): string {
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv('aes-256-gcm', this.key, iv);
    const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
    return [VERSION, iv, cipher.getAuthTag(), body]
      .map((p) => (typeof p === 'string' ? p : p.toString('base64url')))
      .join('.');
  }

  /** The plain text of a sealed value; throws when it was sealed with another key or altered. */
  open(sealed: string): string {
    const [version, iv, tag, body] = sealed.split('.');
    if (version !== VERSION || !iv || !tag || body === undefined) throw new Error('Not a sealed secret');
    const decipher = createDecipheriv('aes-256-gcm', this.key, Buffer.from(iv, 'base64url'), {
      authTagLength: TAG_BYTES,
    });
    decipher.setAuthTag(Buffer.from(tag, 'base64url'));
    return Buffer.concat([decipher.update(Buffer.from(body, 'base64url')), decipher.final()]).toString('utf8');
  }
}
