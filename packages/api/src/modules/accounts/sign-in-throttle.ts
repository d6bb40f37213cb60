import { setTimeout as sleep } from 'node:timers/promises';
import { RateLimiterMemory, type RateLimiterRes } from 'rate-limiter-flexible';
import type { SignInThrottleConfig } from '../../config';
import { rateLimited } from '../../graphql/errors';

/** How long an attempt waits after this many recent failures for its email: nothing at first, then doubling up to the cap. */
export function signInDelayMs(failures: number, config: SignInThrottleConfig): number {
  if (failures < config.slowAfter) return 0;
  return Math.min(config.baseDelayMs * 2 ** (failures - config.slowAfter), config.maxDelayMs);
}

const secondsUntil = (res: RateLimiterRes | null) => Math.max(1, Math.ceil((res?.msBeforeNext ?? 1000) / 1000));

/**
 * Counts failed sign-ins per email and per address: after a few failures each attempt waits longer,
 * past the limit attempts are refused with RATE_LIMITED until the window has passed.
 */
export class SignInThrottle {
  private readonly byEmail: RateLimiterMemory;
  private readonly byAddress: RateLimiterMemory;
  private readonly signUps: RateLimiterMemory;

  constructor(private readonly config: SignInThrottleConfig) {
    const duration = config.windowSeconds;
    this.byEmail = new RateLimiterMemory({ keyPrefix: 'sign-in:email', points: config.failuresPerEmail, duration });
    this.byAddress = new RateLimiterMemory({
      keyPrefix: 'sign-in:address',
      points: config.failuresPerAddress,
      duration,
    });
    this.signUps = new RateLimiterMemory({
      keyPrefix: 'sign-up:address',
      points: config.signUpsPerAddressPerHour,
      duration: 3600,
    });
  }

  /** Refuses or slows down an attempt according to the failures already counted. */
  async beforeSignIn(email: string, address: string): Promise<void> {
    const [forEmail, forAddress] = await Promise.all([this.byEmail.get(email), this.byAddress.get(address)]);
    if ((forEmail?.consumedPoints ?? 0) >= this.config.failuresPerEmail) throw rateLimited(secondsUntil(forEmail));
    if ((forAddress?.consumedPoints ?? 0) >= this.config.failuresPerAddress)
      throw rateLimited(secondsUntil(forAddress));
    const delay = signInDelayMs(forEmail?.consumedPoints ?? 0, this.config);
    if (delay > 0) await sleep(delay);
  }

  async failedSignIn(email: string, address: string): Promise<void> {
    await Promise.all([this.byEmail.penalty(email), this.byAddress.penalty(address)]);
  }

  async succeededSignIn(email: string): Promise<void> {
    await this.byEmail.delete(email);
  }

  async beforeSignUp(address: string): Promise<void> {
    try {
      await this.signUps.consume(address);
    } catch (res) {
      throw rateLimited(secondsUntil(res as RateLimiterRes));
    }
  }
}
