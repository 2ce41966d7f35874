import { sendWebhook } from './webhook-sender';

const post = (url: string, allowance: boolean | string[]) =>
  sendWebhook({ url, body: '{}', headers: {} }, { allowance });

describe('sending a webhook', () => {
  it('checks the address again as it connects: a host that now resolves internally is refused', async () => {
    await expect(post('https://localhost:1/hook', false)).rejects.toThrow(
      'Refused: localhost now resolves to a private or internal address',
    );
    await expect(post('https://127.0.0.1:1/hook', false)).rejects.toThrow(
      'Refused: 127.0.0.1 is a private or internal address',
    );
    await expect(post('http://127.0.0.1:1/hook', true)).rejects.toThrow('The address is not https');
  });

  it('says in plain words when nothing listens there', async () => {
    await expect(post('https://127.0.0.1:1/hook', true)).rejects.toThrow('127.0.0.1 refused the connection');
  });
});
