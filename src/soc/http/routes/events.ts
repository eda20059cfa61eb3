import { RESPONSE_ALREADY_SENT } from '@hono/node-server/utils/response';
import { z } from 'zod';
import { listParameter, parseEventQuery, sendJson } from '../../../core/http/index.ts';
import { RampartError, type SecurityEvent, severities } from '../../../core/index.ts';
import { toOcsf } from '../../export/ocsf.ts';
import { openEventStream } from '../event-stream.ts';
import { type SocApp, type SocEnv, type SocRouteContext, searchParameters, socInput } from '../soc-http.ts';

const uuid = '{[0-9a-f-]{36}}';

const scanKinds = {
  model: ['model.scan.result', 'model.verify.result'],
  data: ['data.gate.result'],
  redteam: ['redteam.run.result'],
};

/** Events: the filtered list, one event, the live stream, recent CI scans and the OCSF pull export. */
export function eventRoutes(app: SocApp, routes: SocRouteContext): void {
  const { store, options } = routes;
  app.get('/api/events', async (context) =>
    sendJson(
      context,
      await store.query(parseEventQuery(searchParameters(context), 'RAMPART_SOC_REQUEST_INVALID')),
    ),
  );
  app.get('/api/events/stream', (context) => openStream(routes, searchParameters(context), context.env));
  app.get(`/api/events/:id${uuid}`, async (context) => {
    const event = await store.get(context.req.param('id'));
    if (!event) throw new RampartError('RAMPART_NOT_FOUND', `no event ${context.req.param('id')}`);
    return sendJson(context, event);
  });
  app.post(`/api/events/:id${uuid}/explain`, async (context) => {
    const explain = options.extensions?.explain;
    if (!explain)
      throw new RampartError(
        'RAMPART_SOC_UNAVAILABLE',
        'explanations are not configured on this SOC (explain: in soc.yaml)',
      );
    const event = await store.get(context.req.param('id'));
    if (!event) throw new RampartError('RAMPART_NOT_FOUND', `no event ${context.req.param('id')}`);
    return sendJson(context, await explain(event));
  });
  app.get('/api/scans', async (context) => {
    const out: Record<string, SecurityEvent[]> = {};
    for (const [area, kinds] of Object.entries(scanKinds)) {
      out[area] = (await store.query({ kind: kinds, limit: 20 })).events;
    }
    return sendJson(context, out);
  });
  app.get('/api/export/ocsf', async (context) => {
    const parameters = searchParameters(context);
    const limit = socInput(
      z.coerce.number().int().min(1).max(1000).default(500),
      parameters.get('limit') ?? undefined,
      'limit',
    );
    const cursor = parameters.get('cursor') ?? undefined;
    const page = await store.query({ order: 'asc', limit, ...(cursor ? { cursor } : {}) });
    const toOcsfEvent = options.extensions?.ocsf ?? toOcsf;
    return sendJson(context, {
      events: page.events.map((event) => toOcsfEvent(event)),
      // Always a cursor: pass it back to receive only what arrived since; never skips or repeats.
      cursor: page.endCursor ?? cursor ?? null,
      more: page.nextCursor !== undefined,
    });
  });
}

/** GET /api/events/stream: Server-Sent Events written straight to the node response (a real socket only). */
function openStream(
  routes: SocRouteContext,
  parameters: URLSearchParams,
  connection: SocEnv['Bindings'] | undefined,
): Response {
  const { bus, streams } = routes;
  if (!bus) throw new RampartError('RAMPART_SOC_UNAVAILABLE', 'no live event source is attached to this SOC');
  if (streams.size >= (routes.options.config.maxStreams ?? 100))
    throw new RampartError('RAMPART_SOC_UNAVAILABLE', 'too many live streams are open');
  const kinds = listParameter(parameters, 'kind');
  const minSeverity = parameters.get('minSeverity') ?? undefined;
  if (minSeverity !== undefined && !(severities as readonly string[]).includes(minSeverity)) {
    throw new RampartError(
      'RAMPART_SOC_REQUEST_INVALID',
      'minSeverity must be one of info|low|medium|high|critical',
    );
  }
  const { incoming, outgoing } = connection ?? {};
  if (!incoming || !outgoing)
    throw new RampartError('RAMPART_SOC_UNAVAILABLE', 'live streams need a network connection');
  streams.add(outgoing);
  openEventStream(incoming, outgoing, bus, {
    ...(kinds ? { kinds } : {}),
    ...(minSeverity ? { minSeverity: minSeverity as SecurityEvent['severity'] } : {}),
    onClose: () => streams.delete(outgoing),
  });
  return RESPONSE_ALREADY_SENT;
}
