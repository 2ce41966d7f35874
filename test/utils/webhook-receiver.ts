import { execFileSync } from 'node:child_process';
import { createHmac, timingSafeEqual } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, Server } from 'node:https';
import { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';

export interface ReceivedWebhook {
  path: string;
  headers: Record<string, string | string[] | undefined>;
  raw: string;
  json: any;
}

export type WebhookReceiver = Awaited<ReturnType<typeof startWebhookReceiver>>;

/**
 * A Teams/Slack/webhook receiver on 127.0.0.1 over https with a certificate of its own (`caFile`, for the
 * API's `WEBHOOK_CA_FILE`), recording every request; a path in `failing` answers HTTP 500.
 */
export async function startWebhookReceiver() {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'crowdcomms-receiver-'));
  const [keyFile, caFile] = [path.join(dir, 'key.pem'), path.join(dir, 'cert.pem')];
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'ec',
      '-pkeyopt',
      'ec_paramgen_curve:prime256v1',
      '-nodes',
      '-keyout',
      keyFile,
      '-out',
      caFile,
      '-days',
      '2',
      '-subj',
      '/CN=127.0.0.1',
      '-addext',
      'subjectAltName=IP:127.0.0.1',
    ],
    { stdio: 'ignore' },
  );
  const received: ReceivedWebhook[] = [];
  const failing = new Set<string>();
  const server: Server = createServer({ key: readFileSync(keyFile), cert: readFileSync(caFile) }, (req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const raw = Buffer.concat(chunks).toString('utf8');
      received.push({ path: req.url ?? '', headers: req.headers, raw, json: JSON.parse(raw) });
      if (failing.has(req.url ?? '')) res.writeHead(500, { 'content-type': 'text/plain' }).end('Receiver is down');
      else res.writeHead(200, { 'content-type': 'text/plain' }).end('1');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `https://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const close = async () => {
    await new Promise<void>((r) => server.close(() => r()));
    rmSync(dir, { recursive: true, force: true });
  };
  return { base, caFile, received, failing, close };
}

/** The `v1` signatures in `X-Crowdcomms-Signature: t=…,v1=…[,v1=…]` (two while a rotated-out secret still signs). */
export function signaturesIn(header: string): string[] {
  return header
    .split(',')
    .filter((p) => p.startsWith('v1='))
    .map((p) => p.slice(3));
}

/** What a generic webhook's receiver does with the header: any `v1` made with its secret is valid. */
export function signatureIsValid(secret: string, header: string, raw: string): boolean {
  const t = header
    .split(',')
    .find((p) => p.startsWith('t='))
    ?.slice(2);
  const expected = createHmac('sha256', secret).update(`${t}.${raw}`).digest();
  return signaturesIn(header).some((v1) => {
    const given = Buffer.from(v1, 'hex');
    return given.length === expected.length && timingSafeEqual(given, expected);
  });
}
