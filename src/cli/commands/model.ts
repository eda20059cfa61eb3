import { defineCommand } from 'citty';

/** `rampart model scan | sign | verify | bom | fingerprint`. Each part registers its subcommands below. */
export default defineCommand({
  meta: { name: 'model', description: 'Scan, sign, verify and inventory model files.' },
  subCommands: {
    scan: () => import('./model-scan.ts').then((module) => module.default),
    sign: () => import('./model-signing.ts').then((module) => module.sign),
    verify: () => import('./model-signing.ts').then((module) => module.verify),
    bom: () => import('./model-signing.ts').then((module) => module.bom),
    fingerprint: () => import('./model-fingerprint.ts').then((module) => module.default),
  },
});
