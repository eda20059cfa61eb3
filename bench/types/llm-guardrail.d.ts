// Minimal types for the llm_guardrail peer used by bench/guard.ts (the package ships none).
declare module 'llm_guardrail' {
  interface CheckResult {
    allowed: boolean;
    detected: boolean;
    confidence: number;
  }
  export function checkInjection(text: string): Promise<CheckResult>;
  export function checkJailbreak(text: string): Promise<CheckResult>;
}
