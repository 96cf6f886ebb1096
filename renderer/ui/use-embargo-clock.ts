import { useEffect, useState } from 'react';
import { wallClockMoment } from '../../shared/document/field-format';

/** setTimeout's longest delay; a later moment is waited for in steps. */
const longestDelayMs = 2 ** 31 - 1;

/**
 * The time now, for deciding which embargoes still hold, moved on when the
 * next of `embargoes` lifts: a list left open at 09:59 drops the badge at
 * 10:00 without waiting for anything else to change.
 */
export function useEmbargoClock(embargoes: readonly (string | null)[]): Date {
  const [now, setNow] = useState(() => new Date());
  const next = embargoes
    .map((until) => (until === null ? undefined : wallClockMoment(until)?.getTime()))
    .filter((moment): moment is number => moment !== undefined && moment > now.getTime())
    .reduce<number | undefined>((soonest, moment) => (soonest === undefined || moment < soonest ? moment : soonest), undefined);

  useEffect(() => {
    if (next === undefined) return;
    const timer = setTimeout(() => setNow(new Date()), Math.min(Math.max(0, next - Date.now()), longestDelayMs));
    return () => clearTimeout(timer);
  }, [next]);

  return now;
}
