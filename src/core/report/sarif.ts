import type { Severity } from '../events.ts';
import type { Finding } from '../finding.ts';

export interface SarifRule {
  id: string;
  name: string;
  shortDescription: string;
  helpUri?: string;
  /** Default severity; findings may override. */
  severity: Severity;
  frameworks?: string[];
}

export interface SarifOptions {
  toolName: string;
  toolVersion: string;
  informationUri?: string;
  rules: readonly SarifRule[];
}

const securitySeverity: Record<Severity, string> = {
  info: '0.0',
  low: '3.0',
  medium: '5.5',
  high: '8.0',
  critical: '9.5',
};

const level: Record<Severity, 'none' | 'note' | 'warning' | 'error'> = {
  info: 'note',
  low: 'note',
  medium: 'warning',
  high: 'error',
  critical: 'error',
};

/**
 * A SARIF 2.1.0 log that GitHub code scanning accepts: every result has a rule id, a location
 * and partialFingerprints; rules carry `security-severity`.
 */
export function renderSarif(findings: readonly Finding[], options: SarifOptions): object {
  const ruleIndex = new Map(options.rules.map((rule, index) => [rule.id, index]));
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: options.toolName,
            version: options.toolVersion,
            ...(options.informationUri ? { informationUri: options.informationUri } : {}),
            rules: options.rules.map((rule) => ({
              id: rule.id,
              name: rule.name,
              shortDescription: { text: rule.shortDescription },
              ...(rule.helpUri ? { helpUri: rule.helpUri } : {}),
              defaultConfiguration: { level: level[rule.severity] },
              properties: {
                'security-severity': securitySeverity[rule.severity],
                tags: ['security', ...(rule.frameworks ?? [])],
              },
            })),
          },
        },
        results: findings.map((finding) => ({
          ruleId: finding.ruleId,
          ...(ruleIndex.has(finding.ruleId) ? { ruleIndex: ruleIndex.get(finding.ruleId) } : {}),
          level: level[finding.severity],
          message: { text: finding.message },
          locations: [
            {
              physicalLocation: {
                artifactLocation: { uri: toUri(finding.location?.path ?? '.') },
                region: finding.location?.line
                  ? {
                      startLine: finding.location.line,
                      ...(finding.location.column ? { startColumn: finding.location.column } : {}),
                    }
                  : {
                      startLine: 1,
                      ...(finding.location?.offset === undefined
                        ? {}
                        : { byteOffset: finding.location.offset }),
                    },
              },
            },
          ],
          partialFingerprints: {
            'rampart/v1': finding.fingerprint ?? `${finding.ruleId}:${finding.location?.path ?? ''}`,
          },
          properties: {
            'security-severity': securitySeverity[finding.severity],
            ...(finding.frameworks?.length ? { frameworks: finding.frameworks } : {}),
          },
        })),
      },
    ],
  };
}

function toUri(path: string): string {
  return path.split('\\').join('/').replace(/^\.\//, '');
}
