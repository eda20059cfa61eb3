import { sendJson } from '../../../core/http/index.ts';
import { buildComplianceReport } from '../../compliance/compliance-report.ts';
import { type SocApp, type SocRouteContext, searchParameters } from '../soc-http.ts';

/** GET /api/compliance?framework=&from=&to=: the coverage report (or the extension that replaces it). */
export function complianceRoutes(app: SocApp, routes: SocRouteContext): void {
  const { options, store, engine } = routes;
  const compliance =
    options.extensions?.compliance ??
    ((framework: string, from: string | undefined, to: string | undefined) =>
      buildComplianceReport({
        store,
        framework,
        rules: engine.status(),
        responses: options.gateway !== undefined,
        ...(options.gatewayConfig ? { gatewayConfig: options.gatewayConfig() } : {}),
        ...(from ? { from } : {}),
        ...(to ? { to } : {}),
      }));
  app.get('/api/compliance', async (context) => {
    const parameters = searchParameters(context);
    return sendJson(
      context,
      await compliance(
        parameters.get('framework') ?? 'owasp-llm',
        parameters.get('from') ?? undefined,
        parameters.get('to') ?? undefined,
      ),
    );
  });
}
