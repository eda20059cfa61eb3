import { useEffect, useRef, useState } from 'react';
import type { SecurityEvent } from './api/types.ts';

export type StreamState = 'connecting' | 'live' | 'reconnecting';

/**
 * Subscribe to the SOC's live stream (`GET /api/events/stream`, SSE over the session cookie).
 * EventSource reconnects by itself; `onDropped` says when this client fell behind.
 */
export function useEventStream(
  query: string,
  onEvent: (event: SecurityEvent) => void,
  onDropped?: (count: number) => void,
  enabled = true,
): StreamState {
  const [state, setState] = useState<StreamState>('connecting');
  const handlers = useRef({ onEvent, onDropped });
  handlers.current = { onEvent, onDropped };
  useEffect(() => {
    if (!enabled) return;
    const source = new EventSource(`/api/events/stream${query ? `?${query}` : ''}`, {
      withCredentials: true,
    });
    setState('connecting');
    source.onopen = () => setState('live');
    source.onerror = () => setState('reconnecting');
    source.addEventListener('security-event', (message) => {
      try {
        handlers.current.onEvent(JSON.parse((message as MessageEvent<string>).data) as SecurityEvent);
      } catch {
        // A malformed message is skipped; the next one still arrives.
      }
    });
    source.addEventListener('dropped', (message) => {
      try {
        const body = JSON.parse((message as MessageEvent<string>).data) as { dropped?: number };
        handlers.current.onDropped?.(body.dropped ?? 0);
      } catch {
        handlers.current.onDropped?.(0);
      }
    });
    return () => source.close();
  }, [query, enabled]);
  return state;
}
