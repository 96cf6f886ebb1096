import { z } from 'zod';
import { briefingIdSchema } from '../document/briefing';
import type { ServiceArgumentSchemas } from './service-contract';

/** A line of File › Open Recent. */
export interface RecentBriefing {
  id: string;
  title: string;
}

/**
 * The window's side of the desktop shell.
 *
 * Closing: the main process holds a close (or quit) until the page has saved
 * what is on screen: it sends `close-requested`, the page flushes its
 * autosave — or asks the person when that fails — and then calls
 * `closeWindow()`.
 *
 * Windows: each window tells the shell which briefing it shows, which keeps
 * File › Open Recent (and the system's recent list) current and lets
 * "Open in New Window" bring forward a window that already shows it.
 */
export interface LifecycleService {
  closeWindow(): Promise<void>;
  /** The calling window now shows this briefing, or none (`null`). */
  showingBriefing(briefingId: string | null): Promise<RecentBriefing[]>;
  /** Opens the briefing in a window of its own, or brings forward the window already showing it. */
  openInNewWindow(briefingId: string): Promise<void>;
  /** Briefings opened lately, newest first (in the Trash or deleted ones left out). */
  recentBriefings(): Promise<RecentBriefing[]>;
}

export const lifecycleServiceArguments = {
  closeWindow: z.tuple([]),
  showingBriefing: z.tuple([briefingIdSchema.nullable()]),
  openInNewWindow: z.tuple([briefingIdSchema]),
  recentBriefings: z.tuple([]),
} satisfies ServiceArgumentSchemas<LifecycleService>;
