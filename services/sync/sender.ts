// The background sender of the long-running app (desktop shell, browser mode): it sends what is pending whenever
// the hub is reachable, backs off with jitter while it is not, and lets red and orange warnings jump the wait —
// a change that leaves one pending is sent within urgentDelayMs (default 10 s) of being raised. One send at a
// time: the loop, 立即同步 and the urgent pass share one queue. A failure never touches the register's records;
// it is noted in sync_state, which the 同步 page shows.
import { AppError } from '../../shared/errors.ts';
import { log } from '../logger.ts';
import { HubCallError } from './client.ts';
import { backoffDelay, pushPending, urgentPending, type PushResult, type SyncContext } from './push.ts';
import { pullNoting } from './downward.ts';
import { pendingRecords } from './pending.ts';
import { syncLink } from './state.ts';

export interface SenderOptions {
  /** Between sends when all is well (default 5 minutes). */
  intervalMs?: number;
  /** The wait after a change leaves a red or orange case pending (default 10 s). */
  urgentDelayMs?: number;
  /** First wait after a failure, doubled each time up to maxBackoffMs (defaults 15 s and 15 minutes). */
  baseBackoffMs?: number;
  maxBackoffMs?: number;
  /** The first send after start (default 10 s: the first screen comes first). */
  firstDelayMs?: number;
}

export interface SenderState {
  sending: boolean;
  nextAttemptAt: string | null;
}

export class SyncSender {
  private readonly options: Required<SenderOptions>;
  private timer: NodeJS.Timeout | null = null;
  private nextAt: number | null = null;
  private queue: Promise<unknown> = Promise.resolve();
  private sending = false;
  private running = false;
  private checking = false;

  constructor(
    private readonly ctx: SyncContext,
    options: SenderOptions = {},
  ) {
    this.options = {
      intervalMs: options.intervalMs ?? 5 * 60_000,
      urgentDelayMs: options.urgentDelayMs ?? 10_000,
      baseBackoffMs: options.baseBackoffMs ?? 15_000,
      maxBackoffMs: options.maxBackoffMs ?? 15 * 60_000,
      firstDelayMs: options.firstDelayMs ?? 10_000,
    };
  }

  start(): void {
    if (this.running) return;
    this.running = true;
    this.schedule(this.options.firstDelayMs);
  }

  /** Stops the loop and waits for a send under way to finish (its receipt is taken in whole or not at all). */
  async stop(): Promise<void> {
    this.running = false;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.nextAt = null;
    await this.queue.catch(() => undefined);
  }

  state(): SenderState {
    return { sending: this.sending, nextAttemptAt: this.nextAt === null ? null : new Date(this.nextAt).toISOString() };
  }

  /** Something was written: when it left a red or orange case pending, send soon (not waiting for the interval). */
  nudge(): void {
    if (!this.running || this.checking) return;
    this.checking = true;
    void (async () => {
      try {
        const link = await syncLink(this.ctx.db);
        if (!link || link.revokedAt !== null) return;
        if ((await urgentPending(this.ctx.db)) === 0) return;
        if (this.nextAt === null || this.nextAt - Date.now() > this.options.urgentDelayMs) this.schedule(this.options.urgentDelayMs);
      } catch (error) {
        log.warn('sync: could not check for urgent records', { error: String(error) });
      } finally {
        this.checking = false;
      }
    })();
  }

  /** Sends now (立即同步), after any send under way; throws what pushPending throws. The loop carries on after. */
  sendNow(): Promise<PushResult> {
    const run = this.queue.then(() => this.send());
    this.queue = run.catch(() => undefined);
    // A failed 立即同步 brings the loop's next try forward to the backoff, as the loop's own failure does.
    run.catch((error: unknown) => void this.retrySoon(error));
    return run;
  }

  private async retrySoon(error: unknown): Promise<void> {
    if (!this.running || !(error instanceof HubCallError) || !error.retryable) return;
    const failures = (await syncLink(this.ctx.db).catch(() => null))?.failures ?? 1;
    const wait = backoffDelay(failures, this.options.baseBackoffMs, this.options.maxBackoffMs);
    if (this.nextAt === null || this.nextAt - Date.now() > wait) this.schedule(wait);
  }

  private async send(): Promise<PushResult> {
    this.sending = true;
    try {
      // A replacement PC waiting to restore sends nothing yet, but still hears from the district (notes, reference
      // data, and a revocation).
      if (((await syncLink(this.ctx.db))?.restorable ?? 0) > 0) {
        await pullNoting(this.ctx);
        return { batches: 0, accepted: 0, rejected: 0, pending: (await pendingRecords(this.ctx.db)).length };
      }
      const result = await pushPending(this.ctx, { attempts: 1 });
      // Then what the district has for this register (reference data, notes); a revoked device learns it here even
      // when it had nothing to send.
      await pullNoting(this.ctx);
      return result;
    } finally {
      this.sending = false;
    }
  }

  private schedule(ms: number): void {
    if (!this.running) return;
    if (this.timer) clearTimeout(this.timer);
    this.nextAt = Date.now() + ms;
    this.timer = setTimeout(() => void this.tick(), ms);
    this.timer.unref();
  }

  private async tick(): Promise<void> {
    this.timer = null;
    this.nextAt = null;
    const link = await syncLink(this.ctx.db).catch(() => null);
    if (!link || link.revokedAt !== null) return this.schedule(this.options.intervalMs);
    try {
      const result = await this.sendNow();
      if (result.batches > 0) log.info('sync: sent', { ...result });
      this.schedule(this.options.intervalMs);
    } catch (error) {
      const retryable = error instanceof HubCallError && error.retryable;
      if (!retryable && !(error instanceof AppError)) log.error('sync: send failed', { error: String((error as Error).stack ?? error) });
      // A retryable failure is rescheduled by sendNow (retrySoon, the backoff); anything else waits for the interval.
      if (!retryable) this.schedule(this.options.intervalMs);
    }
  }
}
