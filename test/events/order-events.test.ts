import { afterEach, describe, expect, it, vi } from 'vitest';
import { userEvent, enrollmentEvent, type TiEvent } from '../../src/events/event.js';
import { createEventOrderer, type EventOrderer } from '../../src/events/order-events.js';

const T0 = Date.parse('2026-03-01T10:00:00.000Z');
const iso = (offsetMs: number) => new Date(T0 + offsetMs).toISOString();
const user = (id: string, createdAt = iso(0), updatedAt = createdAt) => ({ id, email: `${id}@example.com`, createdAt, updatedAt });

let orderer: EventOrderer | undefined;
afterEach(() => orderer?.close());

function collecting(holdMs: number) {
  const out: TiEvent[] = [];
  const dropped: TiEvent[] = [];
  orderer = createEventOrderer({ publish: (e) => out.push(e), holdMs, onSuperseded: (e) => dropped.push(e) });
  return { out, dropped, orderer };
}

describe('createEventOrderer', () => {
  it('holds an update of a just-created unseen user until its creation, then publishes both in order', () => {
    const { out, orderer } = collecting(60_000);
    orderer.push(userEvent('user.updated', user('u1', iso(0), iso(1000)), iso(1000), 'webhook'));
    expect(out).toEqual([]);
    orderer.push(userEvent('user.created', user('u1'), iso(0), 'webhook'));
    expect(out.map((e) => e.name)).toEqual(['user.created', 'user.updated']);
  });

  it('publishes held events when the creation never comes', () => {
    // A manual clock: the hold ends when the clock says so, however loaded the machine is.
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      const { out, orderer } = collecting(30);
      orderer.push(userEvent('user.updated', user('u2', iso(0), iso(1000)), iso(1000), 'webhook'));
      expect(out).toEqual([]);
      vi.advanceTimersByTime(29);
      expect(out).toEqual([]);
      vi.advanceTimersByTime(51);
      expect(out.map((e) => e.name)).toEqual(['user.updated']);
    } finally {
      vi.useRealTimers();
    }
  });

  it('does not hold events of users created long ago, nor enrollments', () => {
    const { out, orderer } = collecting(60_000);
    orderer.push(userEvent('user.updated', user('old', iso(-86_400_000), iso(0)), iso(0), 'webhook'));
    orderer.push(enrollmentEvent('user.enrolled', { userId: 'new', courseId: 'c1' }, iso(0), 'webhook'));
    expect(out.map((e) => e.name)).toEqual(['user.updated', 'user.enrolled']);
  });

  it('drops a user-record event older than one already published, and a creation that comes too late', () => {
    const { out, dropped, orderer } = collecting(0);
    orderer.push(userEvent('user.updated', user('u3', iso(0), iso(3000)), iso(3000), 'webhook'));
    orderer.push(userEvent('user.updated', user('u3', iso(0), iso(2000)), iso(2000), 'webhook'));
    orderer.push(userEvent('user.created', user('u3'), iso(0), 'webhook'));
    orderer.push(enrollmentEvent('user.enrolled', { userId: 'u3', courseId: 'c1' }, iso(500), 'webhook'));
    expect(out.map((e) => `${e.name}@${e.at}`)).toEqual([`user.updated@${iso(3000)}`, `user.enrolled@${iso(500)}`]);
    expect(dropped.map((e) => e.name)).toEqual(['user.updated', 'user.created']);
  });

  it('sorts several held events by time', () => {
    const { out, orderer } = collecting(60_000);
    orderer.push(userEvent('user.deleted', user('u4', iso(0), iso(5000)), iso(5000), 'webhook'));
    orderer.push(userEvent('user.updated', user('u4', iso(0), iso(2000)), iso(2000), 'webhook'));
    orderer.push(userEvent('user.created', user('u4'), iso(0), 'webhook'));
    expect(out.map((e) => e.name)).toEqual(['user.created', 'user.updated', 'user.deleted']);
  });

  it('remembers at most maxUsers users: the least recently seen is forgotten, and what it held goes out', () => {
    const out: TiEvent[] = [];
    orderer = createEventOrderer({ publish: (e) => out.push(e), holdMs: 60_000, maxUsers: 2 });
    orderer.push(userEvent('user.updated', user('a', iso(0), iso(1000)), iso(1000), 'webhook')); // held: a was just created
    orderer.push(userEvent('user.updated', user('b', iso(0), iso(1000)), iso(1000), 'webhook')); // held
    orderer.push(userEvent('user.updated', user('a', iso(0), iso(1500)), iso(1500), 'webhook')); // held with a's first; a is now the most recent
    expect(out).toEqual([]);
    orderer.push(enrollmentEvent('user.enrolled', { userId: 'c', courseId: 'c1' }, iso(2000), 'webhook')); // b is forgotten
    expect(out.map((e) => `${e.name}:${e.userId}`)).toEqual(['user.updated:b', 'user.enrolled:c']);
    // a is still remembered: its creation releases both of its held updates, in order.
    orderer.push(userEvent('user.created', user('a'), iso(0), 'webhook'));
    expect(out.slice(2).map((e) => `${e.name}@${e.at}`)).toEqual([`user.created@${iso(0)}`, `user.updated@${iso(1000)}`, `user.updated@${iso(1500)}`]);
  });
});
