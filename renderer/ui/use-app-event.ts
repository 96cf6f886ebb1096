import { useEffect, useRef } from 'react';
import type { AppEventName, AppEventPayload } from '../../shared/ipc/app-events';

/**
 * Listens to an event from the main process (`window.appEvents`, from the
 * preload) for as long as the component is mounted. The latest listener is
 * always the one called, without subscribing again on every render.
 */
export function useAppEvent<Name extends AppEventName>(name: Name, listener: (payload: AppEventPayload<Name>) => void): void {
  const latest = useRef(listener);
  useEffect(() => {
    latest.current = listener;
  });
  useEffect(() => window.appEvents?.on(name, (payload) => latest.current(payload)), [name]);
}
