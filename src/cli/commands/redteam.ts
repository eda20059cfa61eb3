import { defineCommand } from 'citty';

/** `rampart redteam chat | guard | predict | demo`. */
const redteam = defineCommand({
  meta: {
    name: 'redteam',
    description: 'Attack an AI endpoint, measure what gets through, gate CI on it, report to a SOC.',
  },
  subCommands: {
    chat: () => import('./redteam-llm.ts').then((module) => module.chat),
    guard: () => import('./redteam-llm.ts').then((module) => module.guard),
    predict: () => import('./redteam-predict.ts').then((module) => module.default),
    demo: () => import('./redteam-demo.ts').then((module) => module.default),
  },
});

export default redteam;
