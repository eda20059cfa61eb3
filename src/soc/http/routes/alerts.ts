import { z } from 'zod';
import { listParameter, sendJson } from '../../../core/http/index.ts';
import { alertStatuses, RampartError } from '../../../core/index.ts';
import type { ResponseRequest } from '../../responses/response-executor.ts';
import { readSocBody, type SocApp, type SocRouteContext, searchParameters, socInput } from '../soc-http.ts';

const uuid = '{[0-9a-f-]{36}}';

const alertQuerySchema = z.strictObject({
  status: z.array(z.enum(alertStatuses)).optional(),
  ruleId: z.string().max(64).optional(),
  limit: z.coerce.number().int().min(1).max(500).optional(),
  cursor: z.string().max(200).optional(),
});

const alertActionSchema = z.discriminatedUnion('action', [
  z.strictObject({ action: z.literal('acknowledge') }),
  z.strictObject({ action: z.literal('resolve') }),
  z.strictObject({ action: z.literal('assign'), assignee: z.string().min(1).max(128) }),
  z.strictObject({ action: z.literal('note'), text: z.string().min(1).max(4000) }),
]);

const ttl = z.union([z.string().max(16), z.number().positive()]).optional();
const respondSchema = z.discriminatedUnion('action', [
  z.strictObject({ action: z.literal('revoke_key'), key: z.string().min(1).max(256).optional() }),
  z.strictObject({
    action: z.literal('block'),
    target: z.enum(['principal', 'ip']),
    value: z.string().min(1).max(512).optional(),
    scope: z.enum(['all', 'unauthenticated']).optional(),
    ttl,
  }),
  z.strictObject({
    action: z.literal('tighten_limit'),
    principal: z.string().min(1).max(512).optional(),
    requestsPerMinute: z.number().int().min(0).max(1_000_000),
    ttl,
  }),
  z.strictObject({ action: z.literal('degrade'), principal: z.string().min(1).max(512).optional(), ttl }),
  z.strictObject({ action: z.literal('revoke_approval') }),
]);

/** Alerts: list with counts, one alert, triage actions, responses and their revert. */
export function alertRoutes(app: SocApp, routes: SocRouteContext): void {
  const { alerts, maxBodyBytes } = routes;
  app.get('/api/alerts', async (context) => {
    const parameters = searchParameters(context);
    const status = listParameter(parameters, 'status');
    const parsed = socInput(
      alertQuerySchema,
      {
        ...(status ? { status } : {}),
        ...(parameters.get('rule') ? { ruleId: parameters.get('rule') } : {}),
        ...(parameters.get('limit') ? { limit: parameters.get('limit') } : {}),
        ...(parameters.get('cursor') ? { cursor: parameters.get('cursor') } : {}),
      },
      'query string',
    );
    const page = await alerts.list({
      ...(parsed.status ? { status: parsed.status } : {}),
      ...(parsed.ruleId ? { ruleId: parsed.ruleId } : {}),
      ...(parsed.limit ? { limit: parsed.limit } : {}),
      ...(parsed.cursor ? { cursor: parsed.cursor } : {}),
    });
    return sendJson(context, { ...page, counts: await alerts.countByStatus() });
  });
  app.get(`/api/alerts/:id${uuid}`, async (context) => {
    const alert = await alerts.get(context.req.param('id'));
    if (!alert) throw new RampartError('RAMPART_NOT_FOUND', `no alert ${context.req.param('id')}`);
    return sendJson(context, alert);
  });
  app.post(`/api/alerts/:id${uuid}`, async (context) => {
    const body = await readSocBody(context, alertActionSchema, maxBodyBytes);
    const id = context.req.param('id');
    const { actor } = context.get('principal');
    const alert =
      body.action === 'acknowledge'
        ? await alerts.acknowledge(id, actor)
        : body.action === 'resolve'
          ? await alerts.resolve(id, actor)
          : body.action === 'assign'
            ? await alerts.assign(id, body.assignee, actor)
            : await alerts.addNote(id, body.text, actor);
    return sendJson(context, alert);
  });
  app.post(`/api/alerts/:id${uuid}/respond`, async (context) => {
    const body = (await readSocBody(context, respondSchema, maxBodyBytes)) as ResponseRequest;
    const result = await alerts.respond(context.req.param('id'), body, context.get('principal').actor);
    return sendJson(context, result, result.response.status === 'failed' ? 502 : 200);
  });
  app.post(`/api/alerts/:id${uuid}/responses/:response${uuid}/revert`, async (context) =>
    sendJson(
      context,
      await alerts.revert(
        context.req.param('id'),
        context.req.param('response'),
        context.get('principal').actor,
      ),
    ),
  );
}
