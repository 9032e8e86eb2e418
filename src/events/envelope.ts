import { z } from 'zod';
import {
  enrollmentEvent,
  eventEnrollmentSchema,
  eventUserSchema,
  isEnrollmentEventName,
  isUserEventName,
  parseTimestamp,
  userEvent,
  type TiEvent,
} from './event.js';

/**
 * The vendor's webhook envelope, `{ "event": "...", "timestamp": ..., "data": {...} }`, both ways:
 * the sandbox encodes with `encodeEnvelope`, the receiver decodes with `decodeEnvelope`.
 */

const envelopeSchema = z.object({
  /** Not in the vendor's documented envelope; honoured as the delivery id when a sender adds one. */
  id: z.string().min(1).optional(),
  event: z.string().min(1, 'must name the event, e.g. "user.created"'),
  timestamp: z.union([z.string(), z.number()]),
  data: z.record(z.string(), z.unknown()),
});
export type WebhookEnvelope = z.infer<typeof envelopeSchema>;

export type DecodedEnvelope =
  /** A well-formed envelope of an event ti-graph models. */
  | { status: 'event'; envelope: WebhookEnvelope; event: TiEvent }
  /** A well-formed envelope of an event ti-graph does not model (e.g. `assessment.completed`): acknowledged, not published. */
  | { status: 'unmodeled'; envelope: WebhookEnvelope }
  | { status: 'malformed'; problem: string };

export function encodeEnvelope(event: string, at: string, data: unknown): string {
  return JSON.stringify({ event, timestamp: at, data });
}

export function decodeEnvelope(rawBody: string): DecodedEnvelope {
  let json: unknown;
  try {
    json = JSON.parse(rawBody);
  } catch {
    return { status: 'malformed', problem: 'body is not valid JSON' };
  }
  const parsed = envelopeSchema.safeParse(json);
  if (!parsed.success) return { status: 'malformed', problem: describe(parsed.error) };
  const envelope = parsed.data;
  const ms = parseTimestamp(envelope.timestamp);
  if (ms === undefined) return { status: 'malformed', problem: 'timestamp: must be ISO 8601 or Unix seconds' };
  const at = new Date(ms).toISOString();
  const name = envelope.event;

  if (isUserEventName(name)) {
    const user = eventUserSchema.safeParse(envelope.data);
    if (!user.success) return { status: 'malformed', problem: `data of ${name}: ${describe(user.error)}` };
    return { status: 'event', envelope, event: userEvent(name, user.data, at, 'webhook') };
  }
  if (isEnrollmentEventName(name)) {
    const enrollment = eventEnrollmentSchema.safeParse(envelope.data);
    if (!enrollment.success) return { status: 'malformed', problem: `data of ${name}: ${describe(enrollment.error)}` };
    return { status: 'event', envelope, event: enrollmentEvent(name, enrollment.data, at, 'webhook') };
  }
  return { status: 'unmodeled', envelope };
}

function describe(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'invalid';
  const path = issue.path.length ? issue.path.join('.') : 'body';
  return `${path}: ${issue.message}`;
}
