import { defineCommand } from 'citty';

/** `rampart model scan | sign | verify | bom | fingerprint`. Each part registers its subcommands below. */
// A named constant, not `export default defineCommand(...)`: TypeScript 5.9 does not rewrite the
// `.ts` of dynamic imports inside an `export default` expression, and dist/ would import `.ts` files.
const model = defineCommand({
  meta: { name: 'model', description: 'Scan, sign, verify and inventory model files.' },
  subCommands: {
    scan: () => import('./model-scan.ts').then((module) => module.default),
    sign: () => import('./model-signing.ts').then((module) => module.sign),
    verify: () => import('./model-signing.ts').then((module) => module.verify),
    bom: () => import('./model-signing.ts').then((module) => module.bom),
    fingerprint: () => import('./model-fingerprint.ts').then((module) => module.default),
  },
});

export default model;
