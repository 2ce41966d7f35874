import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ical, { VEvent } from 'node-ical';
import {
  ACCEPT_ASSIGNMENT,
  CANCEL_TASK,
  CANCEL_WORKSHOP_REGISTRATION,
  CREATE_CAMPAIGN,
  CREATE_TASK,
  DEACTIVATE,
  OFFER_TASK,
  OPEN_TASK,
  DECLINE_ASSIGNMENT,
  REGISTER_FOR_WORKSHOP,
  UPDATE_TASK,
} from './utils/operations';
import { inviteAndJoin, Session, signUpAdmin } from './utils/story';
import { createTestApp, GraphQLResponse, TestApp } from './utils/test-app';

const CREATE_FEED = `mutation { createCalendarFeed { url feed { id createdAt revokedAt } } }`;
const MY_FEED = `query { myCalendarFeed { id createdAt revokedAt } }`;
const REVOKE_FEED = `mutation { revokeCalendarFeed }`;
const DAY = 86_400_000;
const HOST = 'localhost'; // of the default APP_URL, http://localhost:3000

/** A calendar as a calendar app reads it: its METHOD and its events by UID. */
interface Calendar {
  method: string | undefined;
  events: Map<string, VEvent>;
}

function parseCalendar(text: string): Calendar {
  const parsed = ical.sync.parseICS(text);
  const events = new Map<string, VEvent>();
  for (const item of Object.values(parsed)) if (item?.type === 'VEVENT') events.set(item.uid, item);
  return { method: /^METHOD:(\S+)/m.exec(text)?.[1], events };
}

/** The one text/calendar part of a raw e-mail (as written to MAIL_DIR), decoded. */
function calendarPart(eml: string): { contentType: string; filename: string | undefined; text: string } {
  const boundary = /boundary="?([^";\n]+)"?/.exec(eml)?.[1];
  if (!boundary) throw new Error('the e-mail has no attachments (not multipart)');
  const parts = eml.split(`--${boundary}`).filter((p) => /^\s*Content-Type: text\/calendar/im.test(p));
  expect(parts).toHaveLength(1);
  const [head, ...body] = parts[0].replace(/^\r?\n/, '').split(/\r?\n\r?\n/);
  const raw = body.join('\n\n').trim();
  const encoding = /Content-Transfer-Encoding: *(\S+)/i.exec(head)?.[1]?.toLowerCase();
  const text =
    encoding === 'base64'
      ? Buffer.from(raw.replace(/\s+/g, ''), 'base64').toString('utf8')
      : encoding === 'quoted-printable'
        ? raw.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/g, (_m, h: string) => String.fromCharCode(parseInt(h, 16)))
        : raw;
  return {
    contentType: /Content-Type: *([^\n]+(?:\n[ \t][^\n]+)*)/i.exec(head)![1].replace(/\s+/g, ' '),
    filename: /filename="?([^";\s]+)"?/i.exec(head)?.[1],
    text,
  };
}

/**
 * Members' calendars: the task they are offered and the workshop place they get arrive with a `.ics` to
 * add, and their own subscription URL lists exactly their commitments — tasks they are on, workshops
 * they hold a place at, campaigns they take part in — with one UID per thing, a higher SEQUENCE on
 * each change and cancellation, behind a secret that can be revoked.
 */
describe('calendars: .ics in e-mails and a personal subscription feed', () => {
  let t: TestApp;
  let admin: Session;
  let comms: Session;
  let ann: Session;
  let bo: Session;
  let outsider: Session;
  let annTask: string; // offered to Ann, accepted
  let annOffer: string;
  let boTask: string; // offered to Bo, accepted
  let offeredOnly: string; // offered to Ann, not (yet) accepted: not a commitment
  let workshop: string; // Ann holds a place
  let annCampaign: string;
  let annFeedUrl: string;
  let boFeedUrl: string;

  const ok = <T = Record<string, any>>(res: GraphQLResponse<T>): T => {
    expect(res.errors).toBeUndefined();
    return res.data!;
  };
  const future = (days: number, hour = 10) => {
    const d = new Date(Date.now() + days * DAY);
    d.setUTCHours(hour, 0, 0, 0);
    return d;
  };
  const createOpen = async (input: Record<string, unknown>) => {
    const created = ok(await t.gql(CREATE_TASK, { input }, comms.accessToken)).createCommsTask;
    ok(await t.gql(OPEN_TASK, { id: created.id }, comms.accessToken));
    return created.id as string;
  };
  const offer = async (taskId: string, who: Session): Promise<string> =>
    ok(await t.gql(OFFER_TASK, { input: { taskId, memberId: who.member.id } }, comms.accessToken)).offerTask.id;
  const accept = async (assignmentId: string, who: Session) =>
    ok(await t.gql(ACCEPT_ASSIGNMENT, { id: assignmentId }, who.accessToken));
  /** The raw e-mail to `to` whose subject contains `subject`, once the worker has sent it. */
  const rawMail = async (to: string, subject: string): Promise<string> => {
    const deadline = Date.now() + 15000;
    while (Date.now() < deadline) {
      for (const file of readdirSync(t.mailDir)) {
        const eml = readFileSync(path.join(t.mailDir, file), 'utf8');
        if (eml.includes(`To: ${to}`) && /^Subject: (.*)$/m.exec(eml)?.[1].includes(subject)) return eml;
      }
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error(`no e-mail to ${to} about “${subject}”`);
  };
  /** GETs a feed URL from this app, as a calendar app polling it would. */
  const fetchFeed = (url: string) => t.http().get(new URL(url).pathname).set('accept', '*/*');
  const feed = async (url: string): Promise<Calendar> => {
    const res = await fetchFeed(url);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/calendar; charset=utf-8/);
    return parseCalendar(res.text);
  };
  const uid = (id: string, kind = 'task') => `${kind}-${id}@${HOST}`;

  beforeAll(async () => {
    t = await createTestApp();
    await t.startWorker();
    admin = await signUpAdmin(t, 'Calendar Borough');
    [comms, ann, bo] = await Promise.all([
      inviteAndJoin(t, admin, 'carla', ['COMMS', 'MEMBER']),
      inviteAndJoin(t, admin, 'ann'),
      inviteAndJoin(t, admin, 'bo'),
    ]);
    outsider = await signUpAdmin(t, 'Elsewhere Council', 'otto');
  });

  afterAll(() => t?.close());

  it('attaches the task’s calendar event to an offer e-mail', async () => {
    annTask = await createOpen({
      title: 'Refresh the libraries pages',
      kind: 'CONTENT_TIDY_UP',
      description: 'Tidy the opening hours and events pages.',
      effortHours: 6,
      seats: 1,
      startsAt: future(10).toISOString(),
      dueAt: future(12, 17).toISOString(),
      remote: false,
      location: 'Central Library, room 2',
    });
    annOffer = await offer(annTask, ann);

    const part = calendarPart(await rawMail(ann.user.email, 'Refresh the libraries pages'));
    expect(part.contentType).toMatch(/^text\/calendar; charset=utf-8; method=PUBLISH/);
    expect(part.filename).toBe('add-to-calendar.ics');
    const calendar = parseCalendar(part.text);
    expect(calendar.method).toBe('PUBLISH');
    expect([...calendar.events.keys()]).toEqual([uid(annTask)]);
    const event = calendar.events.get(uid(annTask))!;
    expect(event).toMatchObject({
      summary: 'Refresh the libraries pages',
      location: 'Central Library, room 2',
      sequence: 0,
      status: 'CONFIRMED',
    });
    expect(new Date(event.start).toISOString()).toBe(future(10).toISOString());
    expect(new Date(event.end!).toISOString()).toBe(future(12, 17).toISOString());
    expect(event.description).toContain('Tidy the opening hours');
    expect(String((event.url as unknown as { val: string }).val ?? event.url)).toBe(
      `http://localhost:3000/tasks?task=${annTask}`,
    );
  });

  it('attaches the workshop’s event to the e-mail confirming a place, with its online link', async () => {
    workshop = await createOpen({
      title: 'Boost your blog',
      kind: 'WORKSHOP',
      description: 'Write a post people finish reading.',
      effortHours: 2,
      seats: 1,
      attendeeCapacity: 10,
      startsAt: future(5, 13).toISOString(),
      dueAt: future(5, 15).toISOString(),
      onlineLink: 'https://meet.example.org/boost-your-blog',
    });
    ok(await t.gql(REGISTER_FOR_WORKSHOP, { taskId: workshop }, ann.accessToken));

    const part = calendarPart(await rawMail(ann.user.email, 'You have a place at Boost your blog'));
    const event = parseCalendar(part.text).events.get(uid(workshop))!;
    expect(event).toMatchObject({
      summary: 'Workshop: Boost your blog',
      location: 'https://meet.example.org/boost-your-blog',
    });
    expect(event.description).toContain('Join online: https://meet.example.org/boost-your-blog');
    expect(new Date(event.start).toISOString()).toBe(future(5, 13).toISOString());
  });

  it('lists exactly my commitments in my subscription feed, and only theirs in someone else’s', async () => {
    await accept(annOffer, ann);
    boTask = await createOpen({
      title: 'Run the parks account for a week',
      kind: 'SOCIAL_ACCOUNT',
      effortHours: 5,
      seats: 1,
      startsAt: future(3).toISOString(),
      dueAt: future(10).toISOString(),
    });
    await accept(await offer(boTask, bo), bo);
    offeredOnly = await createOpen({
      title: 'Film the bin round',
      kind: 'CONTENT_CREATION',
      effortHours: 3,
      seats: 1,
      dueAt: future(20, 17).toISOString(),
    });
    await offer(offeredOnly, ann);
    const soon = future(2).toISOString().slice(0, 10);
    const later = future(60).toISOString().slice(0, 10);
    annCampaign = ok(
      await t.gql(
        CREATE_CAMPAIGN,
        {
          input: {
            name: 'Share your library',
            startsOn: soon,
            endsOn: later,
            audience: 'PEOPLE',
            participantMemberIds: [ann.member.id],
          },
        },
        comms.accessToken,
      ),
    ).createCampaign.id;
    const boCampaign = ok(
      await t.gql(
        CREATE_CAMPAIGN,
        {
          input: {
            name: 'Parks in pictures',
            startsOn: soon,
            endsOn: later,
            audience: 'PEOPLE',
            participantMemberIds: [bo.member.id],
          },
        },
        comms.accessToken,
      ),
    ).createCampaign.id;

    const created = ok(await t.gql(CREATE_FEED, {}, ann.accessToken)).createCalendarFeed;
    annFeedUrl = created.url;
    expect(annFeedUrl).toMatch(
      new RegExp(`^http://localhost:3000/calendar/${admin.organisation.id}\\.[A-Za-z0-9_-]{43}\\.ics$`),
    );
    expect(ok(await t.gql(MY_FEED, {}, ann.accessToken)).myCalendarFeed).toMatchObject({
      id: created.feed.id,
      revokedAt: null,
    });
    // Only the secret's hash is stored.
    const [stored] = await t.db.query(`SELECT hash FROM calendar_feed WHERE id = $1`, [created.feed.id]);
    expect(stored.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(annFeedUrl).not.toContain(stored.hash);

    const mine = await feed(annFeedUrl);
    expect(mine.method).toBe('PUBLISH');
    expect([...mine.events.keys()].sort()).toEqual([uid(annTask), uid(workshop), uid(annCampaign, 'campaign')].sort());
    const campaign = mine.events.get(uid(annCampaign, 'campaign'))!;
    expect(campaign.summary).toBe('Campaign: Share your library');
    expect(campaign.datetype).toBe('date');

    boFeedUrl = ok(await t.gql(CREATE_FEED, {}, bo.accessToken)).createCalendarFeed.url;
    const bos = await feed(boFeedUrl);
    expect([...bos.events.keys()].sort()).toEqual([uid(boTask), uid(boCampaign, 'campaign')].sort());
    expect(JSON.stringify([...bos.events.values()])).not.toMatch(
      /Refresh the libraries|Boost your blog|Share your library/,
    );
  });

  it('keeps the UID and raises the SEQUENCE when a task’s dates change', async () => {
    const before = (await feed(annFeedUrl)).events.get(uid(annTask))!;
    ok(
      await t.gql(
        UPDATE_TASK,
        { input: { id: annTask, startsAt: future(11).toISOString(), dueAt: future(13, 17).toISOString() } },
        comms.accessToken,
      ),
    );
    const after = (await feed(annFeedUrl)).events.get(uid(annTask))!;
    expect(after.sequence).toBeGreaterThan(before.sequence!);
    expect(new Date(after.start).toISOString()).toBe(future(11).toISOString());
    // A change a calendar does not show (seats) leaves the event as it was.
    ok(await t.gql(UPDATE_TASK, { input: { id: annTask, seats: 2 } }, comms.accessToken));
    expect((await feed(annFeedUrl)).events.get(uid(annTask))!.sequence).toBe(after.sequence);
  });

  it('drops a workshop place I cancelled, and shows a task comms cancelled as cancelled with a higher SEQUENCE', async () => {
    ok(await t.gql(CANCEL_WORKSHOP_REGISTRATION, { taskId: workshop }, ann.accessToken));
    expect((await feed(annFeedUrl)).events.has(uid(workshop))).toBe(false);
    // The event e-mailed with her place leaves her calendar too: the workshop goes on, but not for her.
    const left = calendarPart(await rawMail(ann.user.email, 'Removed from your calendar: Boost your blog'));
    expect(left.contentType).toMatch(/method=CANCEL/);
    expect(parseCalendar(left.text).events.get(uid(workshop))).toMatchObject({ status: 'CANCELLED' });

    const before = (await feed(annFeedUrl)).events.get(uid(annTask))!;
    ok(await t.gql(CANCEL_TASK, { input: { id: annTask, reason: 'The pages are being replaced' } }, comms.accessToken));
    const after = (await feed(annFeedUrl)).events.get(uid(annTask))!;
    expect(after.status).toBe('CANCELLED');
    expect(after.sequence).toBeGreaterThan(before.sequence!);

    // Ann had the event from her offer e-mail: she is e-mailed its cancellation, which her calendar app applies
    // (METHOD:CANCEL, same UID, the higher SEQUENCE).
    const mail = await rawMail(ann.user.email, 'Cancelled: Refresh the libraries pages');
    expect(mail).toContain('Why: The pages are being replaced');
    const part = calendarPart(mail);
    expect(part.contentType).toMatch(/^text\/calendar; charset=utf-8; method=CANCEL/);
    expect(part.filename).toBe('cancelled.ics');
    const cancellation = parseCalendar(part.text);
    expect(cancellation.method).toBe('CANCEL');
    expect(cancellation.events.get(uid(annTask))).toMatchObject({ status: 'CANCELLED', sequence: after.sequence });
  });

  it('e-mails the cancellation of an offer’s event to the volunteer who declined it', async () => {
    const [offered] = await t.db.query(`SELECT id FROM assignment WHERE task_id = $1 AND membership_id = $2`, [
      offeredOnly,
      ann.member.id,
    ]);
    ok(await t.gql(DECLINE_ASSIGNMENT, { input: { assignmentId: offered.id, reason: 'No time' } }, ann.accessToken));
    const part = calendarPart(await rawMail(ann.user.email, 'Removed from your calendar: Film the bin round'));
    const cancellation = parseCalendar(part.text);
    expect(cancellation.method).toBe('CANCEL');
    expect([...cancellation.events.keys()]).toEqual([uid(offeredOnly)]);
  });

  it('e-mails the cancellation of a workshop to those who held a place, not to its waitlist', async () => {
    const talk = await createOpen({
      title: 'Write for the intranet',
      kind: 'WORKSHOP',
      effortHours: 1,
      seats: 1,
      attendeeCapacity: 1,
      startsAt: future(6, 14).toISOString(),
      dueAt: future(6, 15).toISOString(),
      location: 'Town Hall, room 4',
    });
    ok(await t.gql(REGISTER_FOR_WORKSHOP, { taskId: talk }, bo.accessToken));
    await rawMail(bo.user.email, 'You have a place at Write for the intranet');
    ok(await t.gql(REGISTER_FOR_WORKSHOP, { taskId: talk }, ann.accessToken)); // full: Ann waits, with no event

    ok(await t.gql(CANCEL_TASK, { input: { id: talk } }, comms.accessToken));
    const part = calendarPart(await rawMail(bo.user.email, 'Cancelled: Write for the intranet'));
    const cancellation = parseCalendar(part.text);
    expect(cancellation.method).toBe('CANCEL');
    expect(cancellation.events.get(uid(talk))).toMatchObject({ status: 'CANCELLED' });
    // Queued with the cancellation, in its transaction: Bo's is the only one.
    const queued = await t.db.query(`SELECT to_address FROM email_message WHERE subject = $1`, [
      'Cancelled: Write for the intranet',
    ]);
    expect(queued).toEqual([{ to_address: bo.user.email }]);
  });

  it('answers 404 for a revoked, unknown, malformed or foreign secret, and a new URL works at once', async () => {
    expect(ok(await t.gql(REVOKE_FEED, {}, ann.accessToken)).revokeCalendarFeed).toBe(true);
    const revoked = await fetchFeed(annFeedUrl);
    expect(revoked.status).toBe(404);
    expect(revoked.text).not.toMatch(/BEGIN:VCALENDAR|stack|Error/);
    expect(ok(await t.gql(MY_FEED, {}, ann.accessToken)).myCalendarFeed).toBeNull();
    expect(ok(await t.gql(REVOKE_FEED, {}, ann.accessToken)).revokeCalendarFeed).toBe(false);

    const secret = new URL(boFeedUrl).pathname.split('.')[1];
    for (const pathname of [
      `/calendar/${admin.organisation.id}.${'A'.repeat(43)}.ics`,
      `/calendar/${outsider.organisation.id}.${secret}.ics`, // Bo's secret under another organisation
      `/calendar/not-a-feed.ics`,
      `/calendar/${admin.organisation.id}.${secret}`,
    ]) {
      const res = await t.http().get(pathname);
      expect({ pathname, status: res.status }).toEqual({ pathname, status: 404 });
    }
    // A path that is not even valid percent-encoding is a plain Bad Request, without internals.
    const garbled = await t.http().get('/calendar/%00%ff.ics');
    expect(garbled.status).toBe(400);
    expect(garbled.text).not.toMatch(/BEGIN:VCALENDAR|\bat \S+:\d+/);

    const again = ok(await t.gql(CREATE_FEED, {}, ann.accessToken)).createCalendarFeed.url;
    expect(again).not.toBe(annFeedUrl);
    expect((await feed(again)).events.has(uid(annCampaign, 'campaign'))).toBe(true);
    expect((await fetchFeed(annFeedUrl)).status).toBe(404);
  });

  it('stops a deactivated member’s feed', async () => {
    expect((await fetchFeed(boFeedUrl)).status).toBe(200);
    ok(await t.gql(DEACTIVATE, { id: bo.member.id }, admin.accessToken));
    expect((await fetchFeed(boFeedUrl)).status).toBe(404);
  });
});
