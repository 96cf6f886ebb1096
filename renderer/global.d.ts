import type { AppEventSource } from '../shared/ipc/app-events';
import type { BriefingDeskApi } from '../shared/ipc/contract';

declare global {
  interface Window {
    /** Exposed by the preload (or the end-to-end harness); derived from the IPC contract. */
    readonly api?: BriefingDeskApi;
    /** Events from the main process, exposed by the preload (or the end-to-end harness). */
    readonly appEvents?: AppEventSource;
  }
}
