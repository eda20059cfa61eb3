import { z } from 'zod';
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

const dataDirSchema = z.object({ dataDir: gatewayConfigSchema.shape.dataDir });

/** The data directory a gateway config names, reading no other field (its ${SECRETS} need not be set). */
export function loadDataDir(path: string, options: YamlLoadOptions = {}): string {
  return loadYamlFile(path, dataDirSchema, { ...options, only: ['dataDir'] }).dataDir;
}
