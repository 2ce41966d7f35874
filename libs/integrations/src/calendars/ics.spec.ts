import { toIcs } from './ics';

const event = {
  uid: 'task-1@crowdcomms.example',
  sequence: 2,
  start: new Date('2027-01-05T13:00:00Z'),
  end: new Date('2027-01-05T15:00:00Z'),
  allDay: false,
  summary: 'Workshop: Boost your blog',
  description: 'Write a post people finish reading.',
  location: 'Room 2',
  url: 'https://crowdcomms.example/workshops?workshop=1',
  cancelled: false,
};

describe('toIcs', () => {
  it('publishes events with their UID, SEQUENCE, times, place and link', () => {
    const ics = toIcs('Crowdcomms', [event]);
    expect(ics).toContain('METHOD:PUBLISH');
    expect(ics).toContain('UID:task-1@crowdcomms.example');
    expect(ics).toContain('SEQUENCE:2');
    expect(ics).toContain('DTSTART:20270105T130000Z');
    expect(ics).toContain('DTEND:20270105T150000Z');
    expect(ics).toContain('LOCATION:Room 2');
    expect(ics).toContain('STATUS:CONFIRMED');
    expect(ics).toContain('URL;VALUE=URI:https://crowdcomms.example/workshops?workshop=1');
  });

  it('cancels with METHOD:CANCEL and STATUS:CANCELLED, and writes whole days as dates', () => {
    const cancelled = toIcs('Crowdcomms', [{ ...event, cancelled: true, sequence: 3 }], 'CANCEL');
    expect(cancelled).toContain('METHOD:CANCEL');
    expect(cancelled).toContain('STATUS:CANCELLED');
    expect(cancelled).toContain('SEQUENCE:3');
    const days = toIcs('Crowdcomms', [
      { ...event, allDay: true, start: new Date('2027-02-01T00:00:00Z'), end: new Date('2027-03-01T00:00:00Z') },
    ]);
    expect(days).toContain('DTSTART;VALUE=DATE:20270201');
    expect(days).toContain('DTEND;VALUE=DATE:20270301');
  });
});
