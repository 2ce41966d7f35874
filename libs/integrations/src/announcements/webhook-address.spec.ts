import { checkWebhookUrl, isInternalAddress, mayConnectTo } from './webhook-address';

const resolvesTo =
  (...addresses: string[]) =>
  (): Promise<string[]> =>
    Promise.resolve(addresses);
const unknownHost = (): Promise<string[]> => Promise.reject(Object.assign(new Error('nope'), { code: 'ENOTFOUND' }));

describe('webhook addresses', () => {
  it('knows private, loopback, link-local and other internal addresses, in both families and in disguise', () => {
    for (const address of [
      '127.0.0.1',
      '10.1.2.3',
      '172.16.0.1',
      '172.31.255.255',
      '192.168.1.1',
      '169.254.169.254',
      '100.64.0.1',
      '0.0.0.0',
      '224.0.0.1',
      '255.255.255.255',
      '::1',
      '::',
      'fe80::1',
      'fd00::1',
      'fc12:3456::1',
      '::ffff:127.0.0.1',
      '::ffff:7f00:1',
      '::ffff:10.0.0.1',
      '64:ff9b::a9fe:a9fe',
      '2002:7f00:1::',
      'not an address',
    ]) {
      expect([address, isInternalAddress(address)]).toEqual([address, true]);
    }
    for (const address of ['52.96.0.1', '8.8.8.8', '172.32.0.1', '2620:1ec:42::132', '::ffff:52.96.0.1']) {
      expect([address, isInternalAddress(address)]).toEqual([address, false]);
    }
  });

  it('allows internal addresses only as configured: none, all, or the listed ones', () => {
    expect(mayConnectTo('8.8.8.8', false)).toBe(true);
    expect(mayConnectTo('127.0.0.1', false)).toBe(false);
    expect(mayConnectTo('127.0.0.1', true)).toBe(true);
    expect(mayConnectTo('127.0.0.1', ['127.0.0.1'])).toBe(true);
    expect(mayConnectTo('10.0.0.7', ['127.0.0.1'])).toBe(false);
  });

  it('accepts an https URL whose host resolves only to public addresses', async () => {
    const url = await checkWebhookUrl(
      ' https://example.webhook.office.com/webhookb2/abc ',
      false,
      resolvesTo('52.96.0.1', '2620:1ec:42::132'),
    );
    expect(url.href).toBe('https://example.webhook.office.com/webhookb2/abc');
  });

  it('refuses what is not https, carries credentials, is not a URL or cannot be found', async () => {
    await expect(checkWebhookUrl('http://hooks.slack.com/services/x', false, resolvesTo('8.8.8.8'))).rejects.toThrow(
      'must start with https://',
    );
    await expect(checkWebhookUrl('https://user:pw@hooks.example/x', false, resolvesTo('8.8.8.8'))).rejects.toThrow(
      'user name or password',
    );
    await expect(checkWebhookUrl('hooks.slack.com/services/x', false)).rejects.toThrow('not a web address');
    await expect(checkWebhookUrl('https://nowhere.invalid/x', false, unknownHost)).rejects.toThrow(
      'could not be found',
    );
  });

  it('refuses a host that is, or resolves to, any internal address unless allowed', async () => {
    for (const url of ['https://127.0.0.1:8443/hook', 'https://[::1]/hook', 'https://169.254.169.254/latest']) {
      await expect(checkWebhookUrl(url, false)).rejects.toThrow('private or internal address');
    }
    // One internal answer among public ones is enough to refuse: the connection could use it.
    await expect(
      checkWebhookUrl('https://intranet.example/hook', false, resolvesTo('52.96.0.1', '10.0.0.5')),
    ).rejects.toThrow('intranet.example is a private or internal address');
    await expect(checkWebhookUrl('https://127.0.0.1:8443/hook', ['127.0.0.1'])).resolves.toBeInstanceOf(URL);
    await expect(checkWebhookUrl('https://10.0.0.7/hook', ['127.0.0.1'])).rejects.toThrow('private or internal');
    await expect(checkWebhookUrl('https://10.0.0.7/hook', true)).resolves.toBeInstanceOf(URL);
  });
});
