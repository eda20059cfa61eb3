import { z } from 'zod';
import { sendJson } from '../../../core/http/index.ts';
import { createEvent } from '../../../core/index.ts';
import { readSocBody, type SocApp, type SocRouteContext } from '../soc-http.ts';

/** Detection rules: their live status, and turning one off or on (recorded as a rule.updated event). */
export function ruleRoutes(app: SocApp, routes: SocRouteContext): void {
  const { engine, sink } = routes;
  app.get('/api/rules', (context) => sendJson(context, { rules: engine.status() }));
  app.post('/api/rules/:id{[a-z0-9-]{1,64}}', async (context) => {
    const body = await readSocBody(context, z.strictObject({ enabled: z.boolean() }), 16 * 1024);
    const status = engine.setEnabled(context.req.param('id'), body.enabled);
    await sink.write([
      createEvent({
        source: 'soc',
        kind: 'rule.updated',
        severity: 'info',
        attrs: { rule_id: status.id, enabled: status.enabled, actor: context.get('principal').actor },
      }),
    ]);
    return sendJson(context, status);
  });
}
