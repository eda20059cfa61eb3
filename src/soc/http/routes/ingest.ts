import { z } from 'zod';
import { bearerToken, sendJson, tokenMatcher } from '../../../core/http/index.ts';
import { RampartError } from '../../../core/index.ts';
import { toSecurityEvent } from '../../event-schema.ts';
import { unauthorized } from '../console-auth.ts';
import { readSocBody, type SocApp, type SocRouteContext } from '../soc-http.ts';

const ingestSchema = z.strictObject({ events: z.array(z.unknown()).min(1) });

/** POST /events: batches from reporters (gateways, CI tools) with an ingest token or the admin token. */
export function ingestRoutes(app: SocApp, routes: SocRouteContext): void {
  const { config } = routes.options;
  const maxBatch = config.maxBatchEvents ?? 1000;
  const isReporter = tokenMatcher([config.adminToken, ...(config.ingestTokens ?? [])]);
  app.post('/events', async (context) => {
    if (!isReporter(bearerToken(context.req.header('authorization')))) {
      throw unauthorized('send `Authorization: Bearer <ingest token>` to POST /events');
    }
    const body = await readSocBody(context, ingestSchema, routes.maxBodyBytes);
    if (body.events.length > maxBatch) {
      throw new RampartError(
        'RAMPART_SOC_BODY_TOO_LARGE',
        `a batch holds at most ${maxBatch} events (got ${body.events.length})`,
      );
    }
    const events = body.events.map((item, index) => toSecurityEvent(item, `events.${index}`));
    await routes.sink.write(events);
    return sendJson(context, { accepted: events.length, ids: events.map((event) => event.id) });
  });
}
