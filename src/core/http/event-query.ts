import { z } from 'zod';
import type { ErrorCode } from '../error-codes.ts';
import { decisions, type EventQuery, eventSources, severities } from '../events.ts';
import { validateInput } from './request-body.ts';

const single = [
  'from',
  'to',
  'source',
  'principal',
  'model',
  'route',
  'minSeverity',
  'limit',
  'cursor',
  'order',
];
const lists = ['kind', 'severity', 'decision'];

const eventQuerySchema = z.strictObject({
  from: z.iso.datetime({ offset: true }).optional(),
  to: z.iso.datetime({ offset: true }).optional(),
  kind: z.array(z.string().max(128)).max(50).optional(),
  source: z.enum(eventSources).optional(),
  principal: z.string().max(512).optional(),
  model: z.string().max(512).optional(),
  route: z.string().max(512).optional(),
  severity: z.array(z.enum(severities)).optional(),
  minSeverity: z.enum(severities).optional(),
  decision: z.array(z.enum(decisions)).optional(),
  limit: z.coerce.number().int().min(1).max(1000).optional(),
  cursor: z.string().max(200).optional(),
  order: z.enum(['asc', 'desc']).optional(),
});

/** A list parameter given repeated (`kind=a&kind=b`) or comma-separated (`kind=a,b`); empty items dropped. */
export function listParameter(parameters: URLSearchParams, name: string): string[] | undefined {
  const values = parameters
    .getAll(name)
    .flatMap((value) => value.split(','))
    .filter((value) => value !== '');
  return values.length > 0 ? values : undefined;
}

/**
 * The one EventQuery parser, for GET /admin/events and GET /api/events: from/to are ISO 8601
 * times with an offset, kind/severity/decision are lists, empty parameters count as absent, and
 * an unknown parameter is refused. Problems are `code` (400) with every field listed.
 */
export function parseEventQuery(parameters: URLSearchParams, code: ErrorCode): EventQuery {
  const raw: Record<string, unknown> = {};
  for (const name of single) {
    const value = parameters.get(name);
    if (value !== null && value !== '') raw[name] = value;
  }
  for (const name of lists) {
    const values = listParameter(parameters, name);
    if (values) raw[name] = values;
  }
  for (const name of new Set(parameters.keys())) {
    if (!single.includes(name) && !lists.includes(name)) raw[name] = parameters.get(name);
  }
  const parsed = validateInput(eventQuerySchema, raw, code, 'query string');
  const query: EventQuery = {};
  for (const [key, value] of Object.entries(parsed)) {
    if (value !== undefined) (query as Record<string, unknown>)[key] = value;
  }
  return query;
}
