import {
  CANDIDATES_FOR_TASK,
  CREATE_CALL,
  CREATE_TASK,
  LOOKUP_SKILLS,
  MATCH_PLAN,
  MOVE_SIGN_UP,
  MY_MATCHED_TASKS,
  MY_NEAR_MISSES,
  OFFER_PLAN,
  OPEN_CALL,
  OPEN_TASK,
  PROPOSE_ASSIGNMENTS,
  SIGN_UP_AS_AMBASSADOR,
  TAKE_UP_MATCHED_TASK,
  TASK_CANDIDATE_POOL,
  UPDATE_MY_PROFILE,
  UPDATE_TASK,
} from './utils/operations';
import { inviteAndJoin, Session, signUpAdmin } from './utils/story';
import { createTestApp, GraphQLResponse, TestApp } from './utils/test-app';

const MY_NOTIFICATIONS = `query { myNotifications(first: 50) { edges { node { kind title body data } } } }`;

interface Matched {
  task: { id: string; title: string; kind: string };
  score: number;
  explanation: string;
  parts: Record<string, number>;
}

interface PlanView {
  id: string;
  status: string;
  method: string | null;
  total: number | null;
  lines: { taskId: string; memberId: string; score: number; explanation: string; outcome: string | null }[];
  tasks: { taskId: string; total: number; picks: { memberId: string }[] }[];
}

async function eventually<T>(probe: () => Promise<T>, done: (value: T) => boolean, timeoutMs = 15000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (done(value)) return value;
    if (Date.now() > deadline) throw new Error(`timed out; last value: ${JSON.stringify(value)}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe('matching: the origin story, freshness and plans', () => {
  let t: TestApp;
  let admin: Session;
  let comms: Session;
  let sam: Session; // helps on the corporate social account
  let tess: Session; // led a content tidy-up before
  let bea: Session; // blogger
  let bo: Session; // blogger
  let newcomer: Session; // a member who is not an ambassador
  const skill: Record<string, string> = {};
  const task: Record<'social' | 'tidy' | 'blog', string> = { social: '', tidy: '', blog: '' };

  const ok = <T = Record<string, any>>(res: GraphQLResponse<T>): T => {
    expect(res.errors).toBeUndefined();
    return res.data!;
  };
  const skillId = async (name: string, slug: string) => {
    const res = await t.gql(LOOKUP_SKILLS, { name, first: 10 }, admin.accessToken);
    const found = (res.data!.lookupSkills as { id: string; slug: string }[]).find((s) => s.slug === slug);
    expect(found).toBeDefined();
    return found!.id;
  };
  const matches = async (who: Session): Promise<Matched[]> =>
    ok(await t.gql(MY_MATCHED_TASKS, { first: 10 }, who.accessToken)).myMatchedTasks;
  const createOpenTask = async (input: Record<string, unknown>) => {
    const created = ok(await t.gql(CREATE_TASK, { input }, comms.accessToken)).createCommsTask;
    ok(await t.gql(OPEN_TASK, { id: created.id }, comms.accessToken));
    return created.id as string;
  };
  const becomeAmbassador = async (callId: string, who: Session, profile: Record<string, unknown>) => {
    const signUp = ok(
      await t.gql(SIGN_UP_AS_AMBASSADOR, { input: { callId, motivation: 'Happy to help.' } }, who.accessToken),
    ).signUpAsAmbassador;
    ok(await t.gql(UPDATE_MY_PROFILE, { input: profile }, who.accessToken));
    ok(await t.gql(MOVE_SIGN_UP, { input: { signUpId: signUp.id, status: 'TALKED' } }, comms.accessToken));
    ok(await t.gql(MOVE_SIGN_UP, { input: { signUpId: signUp.id, status: 'ACTIVE' } }, comms.accessToken));
  };
  const notifications = async (who: Session) =>
    ok(await t.gql(MY_NOTIFICATIONS, {}, who.accessToken)).myNotifications.edges.map(
      (e: { node: { kind: string; body: string } }) => e.node,
    ) as { kind: string; body: string }[];
  const readyPlan = (id: string) =>
    eventually(
      async () => ok(await t.gql(MATCH_PLAN, { id }, comms.accessToken)).matchPlan as PlanView,
      (p) => p.status !== 'PENDING',
    );

  beforeAll(async () => {
    t = await createTestApp();
    await t.startWorker();
    admin = await signUpAdmin(t, 'Harbour Council');
    [comms, sam, tess, bea, bo, newcomer] = await Promise.all([
      inviteAndJoin(t, admin, 'carla', ['COMMS', 'MEMBER']),
      inviteAndJoin(t, admin, 'sam'),
      inviteAndJoin(t, admin, 'tess'),
      inviteAndJoin(t, admin, 'bea'),
      inviteAndJoin(t, admin, 'bo'),
      inviteAndJoin(t, admin, 'nell'),
    ]);
    skill.social = await skillId('Social media management', 'social-media-management');
    skill.twitter = await skillId('Twitter', 'x-twitter');
    skill.tidy = await skillId('Content tidy-up', 'content-tidy-up');
    skill.audit = await skillId('Content audit', 'content-audit');
    skill.blog = await skillId('Blogging', 'blogging');

    const call = ok(
      await t.gql(
        CREATE_CALL,
        { input: { title: 'Digital ambassadors', pitch: 'Help us get our news out.', skillIds: [skill.social] } },
        comms.accessToken,
      ),
    ).createAmbassadorCall;
    ok(await t.gql(OPEN_CALL, { id: call.id }, comms.accessToken));
    await becomeAmbassador(call.id, sam, {
      availableHoursPerMonth: 8,
      skills: [
        { skillId: skill.social, level: 4 },
        { skillId: skill.twitter, level: 4 },
      ],
      links: [{ kind: 'X_TWITTER', url: 'https://twitter.com/sam' }],
    });
    await becomeAmbassador(call.id, tess, {
      availableHoursPerMonth: 8,
      skills: [
        { skillId: skill.tidy, level: 4 },
        { skillId: skill.audit, level: 3 },
      ],
    });
    for (const blogger of [bea, bo]) {
      await becomeAmbassador(call.id, blogger, {
        availableHoursPerMonth: 6,
        skills: [{ skillId: skill.blog, level: 4 }],
        links: [{ kind: 'BLOG', url: 'https://blog.example.org/' }],
      });
    }

    task.social = await createOpenTask({
      title: 'Thank retweeters on the corporate account',
      kind: 'SOCIAL_ACCOUNT',
      requiredSkills: [
        { skillId: skill.social, minLevel: 3, weight: 2 },
        { skillId: skill.twitter, minLevel: 2, weight: 1 },
      ],
      effortHours: 4,
      seats: 1,
    });
    task.tidy = await createOpenTask({
      title: 'Tidy up the planning pages',
      kind: 'CONTENT_TIDY_UP',
      requiredSkills: [
        { skillId: skill.tidy, minLevel: 3, weight: 2 },
        { skillId: skill.audit, minLevel: 2, weight: 1 },
      ],
      effortHours: 3,
      seats: 1,
    });
    task.blog = await createOpenTask({
      title: 'Boost your blog',
      kind: 'WORKSHOP',
      requiredSkills: [{ skillId: skill.blog, minLevel: 2, weight: 1 }],
      effortHours: 2,
      seats: 4,
    });
  });
  afterAll(() => t.close());

  it('matches each volunteer first to the task that fits them, with explanations', async () => {
    const expected: [Session, string, string][] = [
      [sam, task.social, 'Social media management'],
      [tess, task.tidy, 'Content tidy-up'],
      [bea, task.blog, 'Blogging'],
      [bo, task.blog, 'Blogging'],
    ];
    for (const [who, taskId, skillName] of expected) {
      const list = await eventually(
        () => matches(who),
        (l) => l[0]?.task.id === taskId,
      );
      expect(list[0].explanation).toContain(skillName);
      expect(list[0].score).toBeGreaterThan(0);
      expect(list[0].parts.skill).toBeGreaterThan(0);
      // Best first.
      for (let i = 1; i < list.length; i++) expect(list[i - 1].score).toBeGreaterThanOrEqual(list[i].score);
    }
    // Bloggers have a blog, which counts for a blogging workshop.
    const bloggers = await matches(bea);
    expect(bloggers[0].parts.presence).toBeGreaterThan(0);
    expect(bloggers[0].explanation.toLowerCase()).toContain('blog');
  });

  it('shows comms the candidates for a task, best first; members and foreign ids cannot', async () => {
    const candidates = await eventually(
      async () => ok(await t.gql(CANDIDATES_FOR_TASK, { taskId: task.blog }, comms.accessToken)).candidatesForTask,
      (c: { memberId: string }[]) => c.length >= 2,
    );
    expect(
      candidates
        .slice(0, 2)
        .map((c: { memberId: string }) => c.memberId)
        .sort(),
    ).toEqual([bea.member.id, bo.member.id].sort());
    const denied = await t.gql(CANDIDATES_FOR_TASK, { taskId: task.blog }, sam.accessToken);
    expect(denied.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const other = await signUpAdmin(t, 'Other Council', 'otto');
    const foreign = await t.gql(CANDIDATES_FOR_TASK, { taskId: task.blog }, other.accessToken);
    expect(foreign.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    // An organisation with no ambassadors: empty lists and an empty plan, never a crash.
    expect(ok(await t.gql(MY_MATCHED_TASKS, {}, other.accessToken)).myMatchedTasks).toEqual([]);
    const plan = ok(await t.gql(PROPOSE_ASSIGNMENTS, {}, other.accessToken)).proposeAssignments as PlanView;
    expect(plan.status).toBe('PENDING');
    const ready = await eventually(
      async () => ok(await t.gql(MATCH_PLAN, { id: plan.id }, other.accessToken)).matchPlan as PlanView,
      (p) => p.status !== 'PENDING',
    );
    expect(ready).toMatchObject({ status: 'READY', total: 0, lines: [], tasks: [] });
    const offered = ok(await t.gql(OFFER_PLAN, { input: { planId: plan.id } }, other.accessToken)).offerPlan;
    expect(offered).toMatchObject({ status: 'OFFERED', lines: [] });
    // Someone else's plan is NOT_FOUND.
    const stolen = await t.gql(MATCH_PLAN, { id: plan.id }, comms.accessToken);
    expect(stolen.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    // A member who is not an ambassador is not matched.
    expect(await matches(newcomer)).toEqual([]);
  });

  it('follows a profile edit through the worker and tells the volunteer their top matches changed', async () => {
    await eventually(
      () => matches(tess),
      (l) => l[0]?.task.id === task.tidy,
    );
    ok(
      await t.gql(
        UPDATE_MY_PROFILE,
        {
          input: {
            skills: [{ skillId: skill.blog, level: 5 }],
            links: [{ kind: 'BLOG', url: 'https://tess.example.org/' }],
          },
        },
        tess.accessToken,
      ),
    );
    const list = await eventually(
      () => matches(tess),
      (l) => l[0]?.task.id === task.blog,
    );
    expect(list.map((m) => m.task.id)).not.toContain(task.tidy);
    const told = await eventually(
      () => notifications(tess),
      (n) => n.some((x) => x.kind === 'MATCHES_CHANGED' && x.body.includes('Boost your blog')),
    );
    expect(told.filter((n) => n.kind === 'MATCHES_CHANGED')).toHaveLength(1);
    // The tidy-up task loses her as a candidate.
    const candidates = await eventually(
      async () => ok(await t.gql(CANDIDATES_FOR_TASK, { taskId: task.tidy }, comms.accessToken)).candidatesForTask,
      (c: { memberId: string }[]) => !c.some((x) => x.memberId === tess.member.id),
    );
    expect(candidates).toEqual([]);
    // And she puts it back.
    ok(
      await t.gql(
        UPDATE_MY_PROFILE,
        {
          input: {
            skills: [
              { skillId: skill.tidy, level: 4 },
              { skillId: skill.audit, level: 3 },
            ],
            links: [],
          },
        },
        tess.accessToken,
      ),
    );
    await eventually(
      () => matches(tess),
      (l) => l[0]?.task.id === task.tidy,
    );
  });

  it('follows a task change: new requirements re-rank its candidates', async () => {
    ok(
      await t.gql(
        UPDATE_TASK,
        { input: { id: task.social, requiredSkills: [{ skillId: skill.blog, minLevel: 2, weight: 1 }] } },
        comms.accessToken,
      ),
    );
    await eventually(
      async () =>
        ok(await t.gql(CANDIDATES_FOR_TASK, { taskId: task.social }, comms.accessToken)).candidatesForTask as {
          memberId: string;
        }[],
      (c) => c.length > 0 && c.every((x) => x.memberId !== sam.member.id),
    );
    ok(
      await t.gql(
        UPDATE_TASK,
        {
          input: {
            id: task.social,
            requiredSkills: [
              { skillId: skill.social, minLevel: 3, weight: 2 },
              { skillId: skill.twitter, minLevel: 2, weight: 1 },
            ],
          },
        },
        comms.accessToken,
      ),
    );
    await eventually(
      () => matches(sam),
      (l) => l[0]?.task.id === task.social,
    );
  });

  it('proposes a plan, then offers its accepted lines at once; a volunteer takes up a match directly', async () => {
    const pending = ok(await t.gql(PROPOSE_ASSIGNMENTS, {}, comms.accessToken)).proposeAssignments as PlanView;
    expect(pending.status).toBe('PENDING');
    const plan = await readyPlan(pending.id);
    expect(plan.status).toBe('READY');
    const pick = (taskId: string) => plan.lines.filter((l) => l.taskId === taskId).map((l) => l.memberId);
    expect(pick(task.social)).toEqual([sam.member.id]);
    expect(pick(task.tidy)).toEqual([tess.member.id]);
    expect(pick(task.blog).sort()).toEqual([bea.member.id, bo.member.id].sort());
    expect(plan.total).toBeCloseTo(
      plan.lines.reduce((s, l) => s + l.score, 0),
      6,
    );
    expect(plan.tasks.find((x) => x.taskId === task.blog)!.picks).toHaveLength(2);
    for (const line of plan.lines) expect(line.explanation.length).toBeGreaterThan(0);

    // Lines the plan does not have are refused, and the plan is still there to offer.
    for (const acceptedLines of [
      [{ taskId: task.social, memberId: bo.member.id }],
      [
        { taskId: task.social, memberId: sam.member.id },
        { taskId: task.tidy, memberId: sam.member.id },
      ],
      [],
    ]) {
      const refused = await t.gql(OFFER_PLAN, { input: { planId: plan.id, acceptedLines } }, comms.accessToken);
      expect(refused.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    }
    expect(ok(await t.gql(MATCH_PLAN, { id: plan.id }, comms.accessToken)).matchPlan.status).toBe('READY');

    // Comms accept all but Bo's line; Bo takes up the workshop himself.
    const accepted = plan.lines
      .filter((l) => l.memberId !== bo.member.id)
      .map((l) => ({ taskId: l.taskId, memberId: l.memberId }));

    // The offers are one transaction: when the last accepted line fails unexpectedly (here the
    // database refuses it), the lines offered before it are undone and the plan can be offered again.
    const db = t.db;
    const last = accepted[accepted.length - 1];
    await db.query(`CREATE FUNCTION refuse_offer() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW.status = 'OFFERED' AND NEW.task_id = '${last.taskId}' AND NEW.membership_id = '${last.memberId}' THEN
          RAISE EXCEPTION 'the disk is full';
        END IF;
        RETURN NEW;
      END $$`);
    await db.query(`CREATE TRIGGER refuse_offer BEFORE INSERT OR UPDATE ON assignment
      FOR EACH ROW EXECUTE FUNCTION refuse_offer()`);
    try {
      const failed = await t.gql(
        OFFER_PLAN,
        { input: { planId: plan.id, acceptedLines: accepted } },
        comms.accessToken,
      );
      expect(failed.errors?.[0]).toMatchObject({
        message: 'Internal server error',
        extensions: { code: 'INTERNAL_SERVER_ERROR' },
      });
    } finally {
      await db.query(`DROP TRIGGER refuse_offer ON assignment`);
      await db.query(`DROP FUNCTION refuse_offer()`);
    }
    expect(ok(await t.gql(MATCH_PLAN, { id: plan.id }, comms.accessToken)).matchPlan.status).toBe('READY');
    const [{ offers }] = await db.query(`SELECT count(*)::int AS offers FROM assignment WHERE status = 'OFFERED'`);
    expect(offers).toBe(0);
    expect((await notifications(sam)).some((n) => n.kind === 'ASSIGNMENT_OFFERED')).toBe(false);

    // Two comms press "Offer" at once: the plan is offered once, and both see the same outcome.
    const [offered, twin] = (
      await Promise.all(
        [1, 2].map(() => t.gql(OFFER_PLAN, { input: { planId: plan.id, acceptedLines: accepted } }, comms.accessToken)),
      )
    ).map((res) => ok(res).offerPlan as PlanView);
    expect(twin.lines).toEqual(offered.lines);
    expect(offered.status).toBe('OFFERED');
    expect(offered.lines.filter((l) => l.outcome === 'OFFERED')).toHaveLength(accepted.length);
    expect(offered.lines.find((l) => l.memberId === bo.member.id)!.outcome).toBe('SKIPPED');
    // Offering again offers nothing twice.
    const again = ok(await t.gql(OFFER_PLAN, { input: { planId: plan.id } }, comms.accessToken)).offerPlan;
    expect(again.lines).toEqual(offered.lines);
    await eventually(
      () => notifications(sam),
      (n) => n.some((x) => x.kind === 'ASSIGNMENT_OFFERED'),
    );

    const takenUp = ok(await t.gql(TAKE_UP_MATCHED_TASK, { taskId: task.blog }, bo.accessToken)).takeUpMatchedTask;
    expect(takenUp.status).toBe('INTERESTED');
    expect(takenUp.score).toBeGreaterThan(0);
    expect(takenUp.explanation).toContain('Blogging');
    // Tasks someone is on are no longer suggested to them.
    await eventually(
      () => matches(bo),
      (l) => !l.some((m) => m.task.id === task.blog),
    );
  });

  it('gives a volunteer the seat at once when they take up a matched task that allows it', async () => {
    const direct = await createOpenTask({
      title: 'Blog about the ferry relaunch',
      kind: 'CONTENT_CREATION',
      requiredSkills: [{ skillId: skill.blog, minLevel: 2, weight: 1 }],
      effortHours: 2,
      seats: 1,
      takeUpDirectly: true,
    });
    await eventually(
      () => matches(bo),
      (l) => l.some((m) => m.task.id === direct),
    );
    const taken = ok(await t.gql(TAKE_UP_MATCHED_TASK, { taskId: direct }, bo.accessToken)).takeUpMatchedTask;
    expect(taken.status).toBe('ACCEPTED');
    expect(taken.explanation).toContain('Blogging');
    const [{ seats_taken, status }] = await t.db.query(`SELECT seats_taken, status FROM comms_task WHERE id = $1`, [
      direct,
    ]);
    expect({ seats_taken, status }).toEqual({ seats_taken: 1, status: 'FILLED' });
  });

  it('tells a volunteer why a task is not matched to them, and comms what would widen a task’s pool', async () => {
    const codeOf = (res: GraphQLResponse) => res.errors?.[0]?.extensions?.code;
    const big = await createOpenTask({
      title: 'Run the account for the whole festival',
      kind: 'SOCIAL_ACCOUNT',
      requiredSkills: [{ skillId: skill.twitter, minLevel: 5, weight: 1 }],
      effortHours: 30,
      seats: 2,
    });
    const missOf = async (who: Session) =>
      (
        ok(await t.gql(MY_NEAR_MISSES, { first: 20 }, who.accessToken)).myNearMisses.tasks as {
          task: { id: string };
          obstacles: { reason: string; message: string }[];
        }[]
      ).find((m) => m.task.id === big);
    const tessMiss = await missOf(tess);
    expect(tessMiss!.obstacles.map((o) => o.reason)).toEqual(['NOT_ENOUGH_HOURS', 'SKILL_BELOW_LEVEL']);
    expect(tessMiss!.obstacles[0].message).toMatch(/^Needs 30 h a month; you have \d+(\.\d)? free$/);
    expect(tessMiss!.obstacles[1].message).toMatch(
      /^Needs .*Twitter.* at level 5; it is not on your profile — it accepts learners if you add it to skills you want to develop$/,
    );
    // Sam has Twitter at 4: only the hours stand in the way, and the level they are at is named.
    const samMiss = await missOf(sam);
    expect(samMiss!.obstacles.map((o) => o.message)).toEqual([
      expect.stringMatching(/^Needs 30 h a month/),
      expect.stringMatching(/at level 5; you are at 4 — it accepts learners/),
    ]);
    // Someone who is not an ambassador is told matching has not started for them.
    expect(ok(await t.gql(MY_NEAR_MISSES, {}, newcomer.accessToken)).myNearMisses).toEqual({
      inPool: false,
      tasks: [],
    });

    // Comms see the pool in counts, never names, and what would widen it.
    const pool = ok(await t.gql(TASK_CANDIDATE_POOL, { taskId: big }, comms.accessToken)).taskCandidatePool;
    expect(pool.candidates).toBe(0);
    expect(pool.volunteers).toBe(4);
    expect(pool.excluded).toContainEqual({ reason: 'NOT_ENOUGH_HOURS', count: 4 });
    expect(pool.excluded).toContainEqual({ reason: 'NO_RELEVANT_SKILL', count: 3 });
    expect(pool.widen).toEqual([
      expect.stringMatching(/^1 volunteer lacks only free time \(at most \d+(\.\d)? h a month; the task needs 30 h\)/),
    ]);
    expect(JSON.stringify(pool)).not.toMatch(new RegExp([sam, tess, bea, bo].map((s) => s.member.id).join('|')));

    // A smaller task brings Sam in; the miss is gone from Sam's list.
    ok(await t.gql(UPDATE_TASK, { input: { id: big, effortHours: 3 } }, comms.accessToken));
    expect(ok(await t.gql(TASK_CANDIDATE_POOL, { taskId: big }, comms.accessToken)).taskCandidatePool.candidates).toBe(
      1,
    );
    expect(await missOf(sam)).toBeUndefined();

    expect(codeOf(await t.gql(TASK_CANDIDATE_POOL, { taskId: big }, sam.accessToken))).toBe('FORBIDDEN');
    const outsider = await signUpAdmin(t, 'Other Council', 'otto');
    expect(codeOf(await t.gql(TASK_CANDIDATE_POOL, { taskId: big }, outsider.accessToken))).toBe('NOT_FOUND');
    const draft = ok(
      await t.gql(
        CREATE_TASK,
        { input: { title: 'Not yet', kind: 'OTHER', effortHours: 1, seats: 1 } },
        comms.accessToken,
      ),
    ).createCommsTask;
    expect(codeOf(await t.gql(TASK_CANDIDATE_POOL, { taskId: draft.id }, comms.accessToken))).toBe('CONFLICT');
  });
});
