import { z } from 'zod';
import {
  createEvent,
  decisions,
  eventSources,
  RampartError,
  type SecurityEvent,
  safeJsonParse,
  severities,
  zodProblems,
} from '../core/index.ts';

const shortText = z.string().min(1).max(512);

/**
 * An event as it arrives from outside (POST /events, JSON-lines files): id and time are filled
 * in when missing; everything else is checked. Unknown top-level fields are refused so a typo
 * does not silently drop data.
 */
export const incomingEventSchema = z.strictObject({
  id: z.uuid().optional(),
  time: z.iso.datetime({ offset: true }).optional(),
  source: z.enum(eventSources),
  kind: z
    .string()
    .regex(/^[a-z][a-z0-9_]*(\.[a-z0-9_]+)+$/, 'dotted lower-case, subject first: auth.failure'),
  severity: z.enum(severities).optional(),
  principal: shortText.optional(),
  model: shortText.optional(),
  route: shortText.optional(),
  client_ip: z.string().min(1).max(64).optional(),
  decision: z.enum(decisions).optional(),
  attrs: z.record(z.string().max(256), z.unknown()).optional(),
  frameworks: z.array(z.string().max(64)).max(32).optional(),
});

export type IncomingEvent = z.infer<typeof incomingEventSchema>;

/** Validate one incoming event and fill in defaults; throws RAMPART_STORE_EVENT_INVALID listing every problem. */
export function toSecurityEvent(value: unknown, where = 'event'): SecurityEvent {
  const result = incomingEventSchema.safeParse(value);
  if (!result.success) {
    throw new RampartError('RAMPART_STORE_EVENT_INVALID', `${where} is not a valid event`, {
      details: zodProblems(result.error, value).map((problem) => ({
        ...problem,
        path: `${where}.${problem.path}`,
      })),
    });
  }
  const event = createEvent(result.data);
  event.time = new Date(event.time).toISOString();
  return event;
}

/** Parse JSON-lines text into events (blank lines skipped); errors name the line. */
export function parseEventLines(text: string, sourceName = 'events'): SecurityEvent[] {
  const events: SecurityEvent[] = [];
  const lines = text.split('\n');
  lines.forEach((line, index) => {
    if (line.trim() === '') return;
    let value: unknown;
    try {
      value = safeJsonParse(line);
    } catch (error) {
      throw new RampartError('RAMPART_STORE_EVENT_INVALID', `${sourceName} line ${index + 1}: not JSON`, {
        cause: error,
      });
    }
    events.push(toSecurityEvent(value, `${sourceName} line ${index + 1}`));
  });
  return events;
}
