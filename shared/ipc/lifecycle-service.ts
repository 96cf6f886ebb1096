import { z } from 'zod';
import type { ServiceArgumentSchemas } from './service-contract';

/**
 * The window's side of closing. The main process holds a close (or quit)
 * until the page has saved what is on screen: it sends `close-requested`,
 * the page flushes its autosave — or asks the person when that fails — and
 * then calls `closeWindow()`.
 */
export interface LifecycleService {
  closeWindow(): Promise<void>;
}

export const lifecycleServiceArguments = {
  closeWindow: z.tuple([]),
} satisfies ServiceArgumentSchemas<LifecycleService>;
