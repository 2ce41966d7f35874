import { LookupFunction, isIP } from 'node:net';
import { lookup } from 'node:dns';
import { request } from 'node:https';
import { mayConnectTo, PrivateHostsAllowance } from './webhook-address';

/** How long one delivery may take, connecting included, before it counts as failed. */
export const DELIVERY_TIMEOUT_MS = 10_000;
/** How much of a refusing receiver's answer is kept to explain it. */
const ANSWER_EXCERPT = 200;

export interface WebhookRequest {
  url: string;
  body: string;
  headers: Record<string, string>;
}

export interface SendOptions {
  allowance: PrivateHostsAllowance;
  /** Certificate authorities trusted besides the public ones (`WEBHOOK_CA_FILE`), or none. */
  ca?: string[];
  timeoutMs?: number;
}

/** A delivery that did not succeed, with what an admin should read about it. */
export class DeliveryError extends Error {}

/**
 * Posts one webhook. The address is checked again as the connection is made (DNS can change after
 * the URL was accepted: a host may come to resolve to an internal address), redirects are not
 * followed, and the whole exchange is bounded by a timeout. Resolves on a 2xx answer; otherwise
 * rejects with a {@link DeliveryError} in plain words.
 */
export function sendWebhook(webhook: WebhookRequest, options: SendOptions): Promise<void> {
  const url = new URL(webhook.url);
  if (url.protocol !== 'https:') return Promise.reject(new DeliveryError('The address is not https'));
  const host = url.hostname.replace(/^\[|\]$/g, '');
  if (isIP(host) && !mayConnectTo(host, options.allowance)) {
    return Promise.reject(new DeliveryError(`Refused: ${host} is a private or internal address`));
  }
  const guardedLookup: LookupFunction = (hostname, lookupOptions, callback) => {
    lookup(hostname, { ...lookupOptions, all: true }, (error, addresses) => {
      if (error) return callback(error, '', 0);
      const list = addresses as unknown as { address: string; family: number }[];
      const refused = list.find((a) => !mayConnectTo(a.address, options.allowance));
      if (refused) {
        const blocked = new DeliveryError(`Refused: ${hostname} now resolves to a private or internal address`);
        return callback(blocked, '', 0);
      }
      if (lookupOptions.all) return callback(null, list);
      return callback(null, list[0].address, list[0].family);
    });
  };
  const timeoutMs = options.timeoutMs ?? DELIVERY_TIMEOUT_MS;
  return new Promise<void>((resolve, reject) => {
    const req = request(
      url,
      {
        method: 'POST',
        headers: {
          'content-type': 'application/json; charset=utf-8',
          'content-length': String(Buffer.byteLength(webhook.body)),
          'user-agent': 'Crowdcomms-Announcements/1',
          ...webhook.headers,
        },
        lookup: guardedLookup,
        ca: options.ca,
        timeout: timeoutMs,
      },
      (res) => {
        const chunks: Buffer[] = [];
        let size = 0;
        res.on('data', (chunk: Buffer) => {
          if (size < ANSWER_EXCERPT) chunks.push(chunk);
          size += chunk.length;
        });
        res.on('end', () => {
          clearTimeout(overall);
          const status = res.statusCode ?? 0;
          if (status >= 200 && status < 300) return resolve();
          const excerpt = Buffer.concat(chunks).toString('utf8').slice(0, ANSWER_EXCERPT).replace(/\s+/g, ' ').trim();
          reject(new DeliveryError(`The receiver answered HTTP ${status}${excerpt ? `: ${excerpt}` : ''}`));
        });
        res.on('error', (error) => fail(error));
      },
    );
    const fail = (error: Error) => {
      clearTimeout(overall);
      reject(error instanceof DeliveryError ? error : new DeliveryError(plainWords(error, url.hostname)));
    };
    // The socket timeout covers a silent connection; this covers a receiver that trickles its answer.
    const overall = setTimeout(
      () => req.destroy(new DeliveryError(`No answer within ${timeoutMs / 1000} s`)),
      timeoutMs,
    );
    req.on('timeout', () => req.destroy(new DeliveryError(`No answer within ${timeoutMs / 1000} s`)));
    req.on('error', fail);
    req.end(webhook.body);
  });
}

/** A network error as an admin can read it. */
function plainWords(error: Error, host: string): string {
  const code = (error as NodeJS.ErrnoException).code;
  switch (code) {
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return `The host ${host} could not be found`;
    case 'ECONNREFUSED':
      return `${host} refused the connection`;
    case 'ECONNRESET':
      return `${host} closed the connection before answering`;
    case 'ETIMEDOUT':
      return `${host} did not answer in time`;
    case 'CERT_HAS_EXPIRED':
      return `${host}'s certificate has expired`;
    case 'DEPTH_ZERO_SELF_SIGNED_CERT':
    case 'SELF_SIGNED_CERT_IN_CHAIN':
    case 'UNABLE_TO_VERIFY_LEAF_SIGNATURE':
    case 'UNABLE_TO_GET_ISSUER_CERT_LOCALLY':
      return `${host}'s certificate is not trusted`;
    case 'ERR_TLS_CERT_ALTNAME_INVALID':
      return `${host}'s certificate is for another host`;
    default:
      return `The delivery failed: ${error.message}`;
  }
}
