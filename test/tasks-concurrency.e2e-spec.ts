import { ACCEPT_ASSIGNMENT, CREATE_TASK, OFFER_TASK, OPEN_TASK, TASK } from './utils/operations';
import { inviteAndJoin, Session, signUpAdmin } from './utils/story';
import { createTestApp, GraphQLResponse, TestApp } from './utils/test-app';

const VOLUNTEERS = 50;
const SEATS = 5;
const ROUNDS = 20;

const codeOf = (res: GraphQLResponse) => res.errors?.[0]?.extensions?.code;

describe('seats under concurrency', () => {
  let t: TestApp;
  let admin: Session;
  let comms: Session;
  const volunteers: Session[] = [];

  beforeAll(async () => {
    t = await createTestApp();
    admin = await signUpAdmin(t, 'Busy Council');
    comms = await inviteAndJoin(t, admin, 'carla', ['COMMS', 'MEMBER']);
    for (let i = 0; i < VOLUNTEERS; i += 10) {
      volunteers.push(
        ...(await Promise.all(Array.from({ length: 10 }, (_, j) => inviteAndJoin(t, admin, `volunteer${i + j}`)))),
      );
    }
  }, 60_000);
  afterAll(() => t.close());

  // The pool holds 10 connections: 50 transactions queue for them and then for the task's row lock, and
  // none asks for a second connection while holding one, so the queue always drains.
  it(`gives exactly ${SEATS} of ${VOLUNTEERS} simultaneous accepts a seat, ${ROUNDS} times over`, async () => {
    const db = t.db;
    for (let round = 0; round < ROUNDS; round++) {
      const created = await t.gql(
        CREATE_TASK,
        { input: { title: `Round ${round}`, kind: 'OTHER', effortHours: 1, seats: SEATS } },
        comms.accessToken,
      );
      const taskId = created.data!.createCommsTask.id as string;
      expect((await t.gql(OPEN_TASK, { id: taskId }, comms.accessToken)).errors).toBeUndefined();
      // Round 0 makes the fifty offers through the API, at once; later rounds set them up in one statement
      // (the offer path itself is covered in tasks.e2e-spec.ts) to keep the suite quick.
      let assignmentIds: string[];
      if (round === 0) {
        const offers = await Promise.all(
          volunteers.map((v) => t.gql(OFFER_TASK, { input: { taskId, memberId: v.member.id } }, comms.accessToken)),
        );
        expect(offers.filter((o) => o.errors)).toEqual([]);
        assignmentIds = offers.map((o) => o.data!.offerTask.id as string);
      } else {
        const rows: { id: string; membership_id: string }[] = await db.query(
          `INSERT INTO assignment (organisation_id, task_id, membership_id, status, offered_by_membership_id, offered_at)
           SELECT $1, $2, m, 'OFFERED', $3, now() FROM unnest($4::uuid[]) AS m
           RETURNING id, membership_id`,
          [admin.organisation.id, taskId, comms.member.id, volunteers.map((v) => v.member.id)],
        );
        const byMember = new Map(rows.map((r) => [r.membership_id, r.id]));
        assignmentIds = volunteers.map((v) => byMember.get(v.member.id)!);
      }
      // Fifty members press "accept" at the same moment.
      const accepts = await Promise.all(
        assignmentIds.map((id, i) => t.gql(ACCEPT_ASSIGNMENT, { id }, volunteers[i].accessToken)),
      );
      const won = accepts.filter((a) => a.data?.acceptAssignment?.status === 'ACCEPTED');
      const refused = accepts.filter((a) => codeOf(a) === 'CONFLICT');
      expect({ round, won: won.length, refused: refused.length }).toEqual({
        round,
        won: SEATS,
        refused: VOLUNTEERS - SEATS,
      });
      expect(refused[0].errors![0].message).toBe('The task is FILLED: every seat is taken');

      const task = (await t.gql(TASK, { id: taskId }, comms.accessToken)).data!.commsTask;
      expect(task).toMatchObject({ status: 'FILLED', seats: SEATS, seatsTaken: SEATS, seatsFree: 0 });
      const [{ accepted }]: { accepted: number }[] = await db.query(
        `SELECT count(*)::int AS accepted FROM assignment WHERE task_id = $1 AND status = 'ACCEPTED'`,
        [taskId],
      );
      expect(accepted).toBe(SEATS);
    }
  }, 180_000); // 20 rounds: about 10 s alone, several times that late in a full in-band run on two cores
});
