import { type GatewayConfig, gatewayConfigSchema } from './schema.ts';
import {
  deepFreeze,
  loadYamlFile,
  parseYamlConfig,
  validateWithSchema,
  type YamlLoadOptions,
} from './yaml.ts';

/** Load, interpolate ${ENV}, validate and deep-freeze a gateway config file. */
export function loadConfig(path: string, options: YamlLoadOptions = {}): Readonly<GatewayConfig> {
  return deepFreeze(loadYamlFile(path, gatewayConfigSchema, options));
}

/** Same as loadConfig, from YAML text. */
export function parseConfig(text: string, options: YamlLoadOptions = {}): Readonly<GatewayConfig> {
  return deepFreeze(parseYamlConfig(text, gatewayConfigSchema, options));
}

/** Validate an already-built object (programmatic use, tests). */
export function validateConfig(input: unknown): Readonly<GatewayConfig> {
  return deepFreeze(validateWithSchema(input, gatewayConfigSchema));
}
