import { signUpAdmin } from './utils/story';
import { createTestApp, TestApp } from './utils/test-app';

describe('operations endpoints', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('reports liveness and readiness of PostgreSQL and Redis', async () => {
    const live = await t.http().get('/health/live');
    expect(live.status).toBe(200);
    const ready = await t.http().get('/health/ready');
    expect(ready.status).toBe(200);
    expect(ready.body.info).toEqual({ database: { status: 'up' }, redis: { status: 'up' } });
  });

  it('keeps the queue dashboard off when no operator token is configured, even for an admin', async () => {
    const admin = await signUpAdmin(t, 'Board Org');
    expect((await t.http().get('/admin/queues')).status).toBe(404);
    expect((await t.http().get('/admin/queues').set('authorization', `Bearer ${admin.accessToken}`)).status).toBe(404);
  });
});
