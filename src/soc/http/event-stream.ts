import type { IncomingMessage, ServerResponse } from 'node:http';
import { type SecurityEvent, type Severity, severityRank } from '../../core/index.ts';
import type { EventBus } from '../soc-runtime.ts';
import { securityHeaders } from './security-headers.ts';

export interface EventStreamOptions {
  kinds?: string[];
  minSeverity?: Severity;
  onClose: () => void;
  /** Comment line every N ms so proxies keep the connection open (default 15 s). */
  heartbeatMs?: number;
  /** Buffered bytes past which events are dropped for this slow client (default 1 MiB). */
  maxBufferedBytes?: number;
}

/**
 * Server-Sent Events of committed events as they arrive (`event: security-event`, id = event id).
 * A client that cannot keep up loses events rather than growing server memory; it is told how
 * many with an `event: dropped` message and can fill the gap from GET /api/events.
 */
export function openEventStream(
  request: IncomingMessage,
  response: ServerResponse,
  bus: EventBus,
  options: EventStreamOptions,
): void {
  const kinds = options.kinds ? new Set(options.kinds) : undefined;
  const minimum = options.minSeverity ? severityRank(options.minSeverity) : 0;
  const maxBuffered = options.maxBufferedBytes ?? 1024 * 1024;
  let dropped = 0;
  response.writeHead(200, {
    ...securityHeaders,
    'content-type': 'text/event-stream; charset=utf-8',
    'cache-control': 'no-store',
    connection: 'keep-alive',
    'x-accel-buffering': 'no',
  });
  response.write('retry: 3000\n\n');
  const unsubscribe = bus.subscribe((events: readonly SecurityEvent[]) => {
    let chunk = '';
    for (const event of events) {
      if (kinds && !kinds.has(event.kind)) continue;
      if (severityRank(event.severity) < minimum) continue;
      chunk += `id: ${event.id}\nevent: security-event\ndata: ${JSON.stringify(event)}\n\n`;
    }
    if (chunk === '') return;
    if (response.writableLength > maxBuffered) {
      dropped += chunk.split('event: security-event').length - 1;
      return;
    }
    if (dropped > 0) {
      chunk = `event: dropped\ndata: ${JSON.stringify({ dropped })}\n\n${chunk}`;
      dropped = 0;
    }
    response.write(chunk);
  });
  const heartbeat = setInterval(() => response.write(': keep-alive\n\n'), options.heartbeatMs ?? 15_000);
  heartbeat.unref();
  const close = () => {
    clearInterval(heartbeat);
    unsubscribe();
    options.onClose();
  };
  request.on('close', close);
  response.on('close', close);
}
