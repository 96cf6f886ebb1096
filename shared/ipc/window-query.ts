import { briefingIdSchema } from '../document/briefing';

const briefingParameter = 'briefing';

/**
 * The query a window's page is loaded with: `?briefing=<id>` for a window
 * opened to show one briefing ("Open in New Window", a file the system
 * opened), nothing for a plain window.
 */
export function windowQuery(briefingId: string | undefined): string {
  return briefingId === undefined ? '' : `?${briefingParameter}=${encodeURIComponent(briefingId)}`;
}

/** The briefing a window was opened to show, read back from its `location.search`; anything malformed is ignored. */
export function briefingIdFromQuery(search: string): string | undefined {
  // `shared/` has neither the DOM's nor Node's URLSearchParams; an id is a UUID, so this small match is enough.
  const match = new RegExp(`[?&]${briefingParameter}=([^&#]*)`).exec(search);
  const parsed = briefingIdSchema.safeParse(match?.[1]);
  return parsed.success ? parsed.data : undefined;
}
