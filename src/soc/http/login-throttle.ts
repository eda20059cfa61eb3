import { RateLimiterMemory } from 'rate-limiter-flexible';
import { RampartError } from '../../core/index.ts';

/**
 * Failed console logins per client address: past `maxFailures` in a window (from the first
 * failure), every login from that address is refused until the window ends. A success clears it.
 */
export class LoginThrottle {
  private readonly failures: RateLimiterMemory;

  constructor(
    private readonly maxFailures = 10,
    windowSeconds = 60,
  ) {
    this.failures = new RateLimiterMemory({ points: maxFailures, duration: windowSeconds });
  }

  /** Throws RAMPART_SOC_LOGIN_THROTTLED when the address used up its failures. */
  async check(address: string): Promise<void> {
    const state = await this.failures.get(address);
    if (state && state.consumedPoints >= this.maxFailures) {
      const retryAfterSeconds = Math.max(1, Math.ceil(state.msBeforeNext / 1000));
      throw new RampartError(
        'RAMPART_SOC_LOGIN_THROTTLED',
        `too many failed logins from this address; try again in ${retryAfterSeconds} s`,
        { details: { retryAfterSeconds } },
      );
    }
  }

  async failed(address: string): Promise<void> {
    await this.failures.penalty(address, 1);
  }

  async succeeded(address: string): Promise<void> {
    await this.failures.delete(address);
  }
}
