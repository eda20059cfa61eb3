import { sendJson } from '../../../core/http/index.ts';
import { createEvent, RampartError } from '../../../core/index.ts';
import type { GatewayAdminClient } from '../../responses/gateway-admin-client.ts';
import type { SocApp, SocRouteContext } from '../soc-http.ts';

/** The gateway's keys, blocks and limit overrides: views and manual actions (503 without a gateway). */
export function gatewayRoutes(app: SocApp, routes: SocRouteContext): void {
  const client = (): GatewayAdminClient => {
    if (!routes.options.gateway) {
      throw new RampartError('RAMPART_SOC_UNAVAILABLE', 'no gateway admin API is configured for this SOC');
    }
    return routes.options.gateway;
  };
  /** Carry out a manual action and record it as response.executed (or response.reverted). */
  const manualAction = async (
    action: string,
    target: string,
    actor: string,
    work: () => Promise<unknown>,
  ) => {
    const result = await work();
    await routes.sink.write([
      createEvent({
        source: 'soc',
        kind:
          action === 'unblock' || action === 'remove_override' ? 'response.reverted' : 'response.executed',
        severity: 'info',
        decision: 'block',
        attrs: { action, target, status: 'executed', requested_by: actor, reversible: action === 'block' },
      }),
    ]);
    return result;
  };

  app.get('/api/gateway/keys', async (context) => sendJson(context, { keys: await client().listKeys() }));
  app.get('/api/gateway/blocks', async (context) =>
    sendJson(context, { blocks: await client().listBlocks() }),
  );
  app.get('/api/gateway/overrides', async (context) =>
    sendJson(context, { overrides: await client().listLimitOverrides() }),
  );
  app.post('/api/gateway/keys/:id/revoke', async (context) => {
    const id = context.req.param('id');
    const actor = context.get('principal').actor;
    return sendJson(context, await manualAction('revoke_key', id, actor, () => client().revokeKey(id)));
  });
  app.post('/api/gateway/blocks/:id/delete', async (context) => {
    const id = context.req.param('id');
    await manualAction('unblock', id, context.get('principal').actor, () => client().unblock(id));
    return sendJson(context, { id, deleted: true });
  });
  app.post('/api/gateway/overrides/:id/delete', async (context) => {
    const id = context.req.param('id');
    await manualAction('remove_override', id, context.get('principal').actor, () =>
      client().removeLimitOverride(id),
    );
    return sendJson(context, { id, deleted: true });
  });
}
