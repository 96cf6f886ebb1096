import { act, renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { newBriefingContent } from '../../../shared/document/new-briefing';
import { pressReleaseTemplate } from '../../../shared/document/templates/press-release';
import { useBriefingValidation } from './use-briefing-validation';

const content = newBriefingContent(pressReleaseTemplate, 'Embargoed release');
const fields = { ...content.fields, releaseLine: 'embargoed', embargoUntil: '2030-01-01T10:00' };
const embargoInPast = (issues: { message: string }[]) => issues.some((issue) => issue.message === 'Embargoed until is in the past.');

describe('useBriefingValidation', () => {
  afterEach(() => vi.useRealTimers());

  it('works the issues out again only when the briefing changes, not on every render', () => {
    const { result, rerender } = renderHook((props: { fields: typeof fields }) => useBriefingValidation(pressReleaseTemplate, props.fields, content.body), {
      initialProps: { fields },
    });
    const first = result.current;
    rerender({ fields });
    expect(result.current).toBe(first);
    rerender({ fields: { ...fields, embargoUntil: '2000-01-01T10:00' } });
    expect(result.current).not.toBe(first);
    expect(embargoInPast(result.current)).toBe(true);
  });

  it('reports an embargo as past once its moment goes by, with nothing else changing', async () => {
    vi.useFakeTimers({ now: new Date(2030, 0, 1, 9, 0) });
    const { result } = renderHook(() => useBriefingValidation(pressReleaseTemplate, fields, content.body));
    expect(embargoInPast(result.current)).toBe(false);
    await act(async () => vi.advanceTimersByTimeAsync(2 * 60 * 60 * 1000));
    expect(embargoInPast(result.current)).toBe(true);
  });
});
