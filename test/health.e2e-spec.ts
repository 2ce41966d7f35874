import { LOGIN } from './utils/operations';
import { inviteAndJoin, PASSWORD, signUpAdmin } from './utils/story';
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

  it('shows the queue dashboard to admins only', async () => {
    const admin = await signUpAdmin(t, 'Board Org');
    const member = await inviteAndJoin(t, admin, 'nosy');
    expect((await t.http().get('/admin/queues')).status).toBe(401);
    expect((await t.http().get('/admin/queues').set('authorization', `Bearer ${member.accessToken}`)).status).toBe(403);
    const page = await t.http().get('/admin/queues').set('authorization', `Bearer ${admin.accessToken}`);
    expect(page.status).toBe(200);
    expect(page.text).toMatch(/bull/i);
    const login = await t.gql(LOGIN, { input: { email: member.user.email, password: PASSWORD } });
    expect(login.errors).toBeUndefined();
  });
});
