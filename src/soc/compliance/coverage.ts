/**
 * Which events prove a feature ran: a kind, optionally narrowed by attributes (each listed attribute
 * must hold one of the listed values), or, with `ownControl`, only those events whose `frameworks`
 * name the control being reported (an alert of a prompt-injection rule is no evidence for LLM03).
 */
export interface EvidenceSelector {
  kind: string;
  where?: Readonly<Record<string, readonly string[]>>;
  ownControl?: boolean;
}

/** Where a feature's "configured" state can come from; event-only features (CI tools) have none. */
export type ConfigurationSource = 'gateway' | 'soc';

export interface Feature {
  name: string;
  evidence: readonly EvidenceSelector[];
  configuredBy?: ConfigurationSource;
}

/** What Rampart can do, as report rows: each feature names the events that are its own evidence. */
export const features = {
  'gateway.auth': {
    name: 'Gateway authentication (API keys, JWT)',
    evidence: [{ kind: 'auth.failure' }, { kind: 'inference.request' }],
    configuredBy: 'gateway',
  },
  'gateway.authz': {
    name: 'Default-deny authorisation (principal × route × model)',
    evidence: [{ kind: 'authz.denied' }],
    configuredBy: 'gateway',
  },
  'gateway.limits': {
    name: 'Rate, token and concurrency limits',
    evidence: [{ kind: 'limit.rejected' }],
    configuredBy: 'gateway',
  },
  'gateway.audit': {
    name: 'Audit trail of every inference request',
    evidence: [{ kind: 'inference.request' }],
    configuredBy: 'gateway',
  },
  'guard.input': {
    name: 'Prompt-injection and jailbreak scanning of user input',
    evidence: [
      { kind: 'guard.detection', where: { direction: ['input'], channel: ['user', 'system', 'assistant'] } },
    ],
    configuredBy: 'gateway',
  },
  'guard.indirect': {
    name: 'Scanning of tool results and retrieved documents',
    evidence: [{ kind: 'guard.detection', where: { direction: ['input'], channel: ['tool'] } }],
    configuredBy: 'gateway',
  },
  'guard.output': {
    name: 'Output scanning: secrets, PII, canaries, system-prompt leaks',
    evidence: [{ kind: 'guard.detection', where: { direction: ['output'] } }],
    configuredBy: 'gateway',
  },
  'model.scan': {
    name: 'Model file scanning (pickle, safetensors, ...)',
    evidence: [{ kind: 'model.scan.result' }, { kind: 'model.scan.finding' }],
  },
  'model.signing': { name: 'Model signing and verification', evidence: [{ kind: 'model.verify.result' }] },
  'data.gate': { name: 'Dataset integrity and poisoning gate', evidence: [{ kind: 'data.gate.result' }] },
  redteam: { name: 'Red-team probes and regression runs', evidence: [{ kind: 'redteam.run.result' }] },
  'soc.detection': {
    name: 'SOC detection rules and alerts',
    evidence: [{ kind: 'alert.raised', ownControl: true }],
    configuredBy: 'soc',
  },
  'soc.response': {
    name: 'Automated and manual response (revoke, block, limit)',
    evidence: [{ kind: 'response.executed', ownControl: true }],
    configuredBy: 'soc',
  },
  'soc.export': {
    name: 'Event store, retention and SIEM export (OCSF, syslog, CEF)',
    evidence: [],
    configuredBy: 'soc',
  },
} as const satisfies Record<string, Feature>;

export type FeatureId = keyof typeof features;

/** Control id -> the features that address it. Controls not listed are reported as not covered. */
export const coverage: Record<string, FeatureId[]> = {
  // OWASP Top 10 for LLM applications 2025
  'LLM01:2025': ['guard.input', 'guard.indirect', 'redteam', 'soc.detection'],
  'LLM02:2025': ['guard.output', 'gateway.audit', 'soc.detection'],
  'LLM03:2025': ['model.scan', 'model.signing', 'soc.detection'],
  'LLM04:2025': ['data.gate', 'model.scan', 'soc.detection'],
  'LLM05:2025': ['guard.output'],
  'LLM06:2025': ['gateway.authz', 'gateway.limits', 'guard.indirect'],
  'LLM07:2025': ['guard.output', 'soc.detection'],
  'LLM08:2025': ['guard.indirect', 'data.gate'],
  'LLM09:2025': ['redteam'],
  'LLM10:2025': ['gateway.limits', 'gateway.auth', 'soc.detection', 'soc.response'],
  // MITRE ATLAS techniques
  'AML.T0005': ['gateway.limits', 'soc.detection'],
  'AML.T0005.001': ['gateway.limits', 'soc.detection'],
  'AML.T0010': ['model.scan', 'model.signing', 'data.gate'],
  'AML.T0010.002': ['data.gate'],
  'AML.T0010.003': ['model.scan', 'model.signing'],
  'AML.T0011.000': ['model.scan'],
  'AML.T0012': ['gateway.auth', 'soc.detection', 'soc.response'],
  'AML.T0018': ['model.scan', 'model.signing'],
  'AML.T0018.000': ['model.signing'],
  'AML.T0018.002': ['model.scan'],
  'AML.T0019': ['data.gate'],
  'AML.T0020': ['data.gate', 'soc.detection'],
  'AML.T0024': ['gateway.limits', 'gateway.audit', 'soc.detection'],
  'AML.T0024.002': ['gateway.limits', 'soc.detection'],
  'AML.T0029': ['gateway.limits', 'soc.response'],
  'AML.T0034': ['gateway.limits', 'soc.detection', 'soc.response'],
  'AML.T0034.000': ['gateway.limits', 'soc.detection'],
  'AML.T0034.001': ['gateway.limits', 'soc.detection'],
  'AML.T0040': ['gateway.auth', 'gateway.audit', 'gateway.limits'],
  'AML.T0051': ['guard.input', 'guard.indirect', 'soc.detection'],
  'AML.T0051.000': ['guard.input', 'soc.detection'],
  'AML.T0051.001': ['guard.indirect', 'soc.detection'],
  'AML.T0054': ['guard.input', 'redteam', 'soc.detection'],
  'AML.T0055': ['gateway.auth', 'guard.input'],
  'AML.T0056': ['guard.output', 'soc.detection'],
  'AML.T0057': ['guard.output', 'soc.detection'],
  'AML.T0058': ['model.signing', 'model.scan'],
  'AML.T0059': ['data.gate'],
  'AML.T0065': ['guard.input'],
  'AML.T0068': ['guard.input'],
  'AML.T0070': ['guard.indirect', 'data.gate'],
  'AML.T0077': ['guard.output'],
  'AML.T0080': ['guard.indirect'],
  'AML.T0091.000': ['gateway.auth', 'soc.response'],
  'AML.T0099': ['guard.indirect'],
  // NIST AI RMF subcategories
  'GOVERN 1.5': ['soc.detection', 'gateway.audit'],
  'GOVERN 6.1': ['model.signing', 'model.scan', 'data.gate'],
  'MAP 4.1': ['model.scan', 'data.gate'],
  'MEASURE 2.3': ['redteam'],
  'MEASURE 2.4': ['gateway.audit', 'soc.detection'],
  'MEASURE 2.7': ['guard.input', 'guard.output', 'redteam', 'soc.detection', 'model.scan'],
  'MEASURE 2.10': ['guard.output'],
  'MEASURE 3.1': ['soc.detection', 'redteam'],
  'MANAGE 2.3': ['soc.response'],
  'MANAGE 2.4': ['soc.response', 'gateway.authz', 'gateway.limits'],
  'MANAGE 3.1': ['model.scan', 'model.signing'],
  'MANAGE 4.1': ['soc.detection', 'soc.response', 'gateway.audit', 'soc.export'],
  'MANAGE 4.3': ['soc.detection', 'soc.export'],
  // EU AI Act articles
  'EU-AIA-Art9': ['redteam', 'soc.detection', 'model.scan', 'data.gate'],
  'EU-AIA-Art10': ['data.gate'],
  'EU-AIA-Art11': ['model.signing', 'soc.export'],
  'EU-AIA-Art12': ['gateway.audit', 'soc.export'],
  'EU-AIA-Art14': ['soc.detection', 'soc.response'],
  'EU-AIA-Art15': ['guard.input', 'guard.output', 'gateway.limits', 'redteam', 'model.signing'],
  'EU-AIA-Art19': ['gateway.audit', 'soc.export'],
  'EU-AIA-Art26': ['gateway.audit', 'soc.detection'],
  'EU-AIA-Art55': ['redteam', 'soc.detection', 'soc.export'],
  'EU-AIA-Art72': ['soc.detection', 'gateway.audit'],
  'EU-AIA-Art73': ['soc.detection', 'soc.export'],
};
