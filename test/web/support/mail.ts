import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { TestApp } from '../../utils/test-app';

/** The readable text of a quoted-printable .eml file. */
const decode = (eml: string) =>
  eml.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));

/**
 * Waits for the worker to send `to` an e-mail containing a link matching
 * `pattern` (e.g. /\/invitation#token=/) and returns that link, as the
 * person would click it.
 */
export async function linkFromMail(t: TestApp, to: string, pattern: RegExp, timeoutMs = 15_000): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    for (const file of readdirSync(t.mailDir)) {
      const text = decode(readFileSync(path.join(t.mailDir, file), 'utf8'));
      if (!text.includes(`To: ${to}`)) continue;
      const link = text.split(/\s+/).find((word) => /^https?:\/\//.test(word) && pattern.test(word));
      if (link) return link;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`no e-mail to ${to} with a link like ${pattern} within ${timeoutMs} ms`);
}
