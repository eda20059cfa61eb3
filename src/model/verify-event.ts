import { createEvent, RampartError, type SecurityEvent } from '../core/index.ts';
import type { VerifyResult } from './signing/verify.ts';

const frameworks = ['LLM03:2025', 'AML.T0010.003'];

/**
 * The `model.verify.result` SecurityEvent for one `rampart model verify`: `attrs.verified` is true
 * with the signer, or false with the error code that says why (the SOC's model-signature-failure
 * rule fires on it).
 */
export function verifyResultToEvent(modelPath: string, outcome: VerifyResult | RampartError): SecurityEvent {
  if (RampartError.is(outcome)) {
    return createEvent({
      source: 'model',
      kind: 'model.verify.result',
      severity: 'critical',
      model: modelPath,
      decision: 'block',
      frameworks,
      attrs: { verified: false, 'rampart.code': outcome.code, 'rampart.message': outcome.message },
    });
  }
  const signer =
    outcome.signer.kind === 'key'
      ? { 'rampart.signer.key': outcome.signer.hint }
      : {
          'rampart.signer.subject': outcome.signer.subject,
          'rampart.signer.issuer': outcome.signer.issuer,
          'rampart.signer.fingerprint256': outcome.signer.fingerprint256,
          ...(outcome.signer.identity === null ? {} : { 'rampart.signer.identity': outcome.signer.identity }),
          ...(outcome.signer.identityIssuer === null
            ? {}
            : { 'rampart.signer.identity_issuer': outcome.signer.identityIssuer }),
        };
  return createEvent({
    source: 'model',
    kind: 'model.verify.result',
    severity: 'info',
    model: modelPath,
    decision: 'allow',
    frameworks,
    attrs: {
      verified: true,
      'rampart.model_name': outcome.modelName,
      'rampart.files': outcome.files,
      'rampart.method': outcome.method,
      ...signer,
    },
  });
}
