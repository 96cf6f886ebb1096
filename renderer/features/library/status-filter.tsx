import { briefingStatuses, type BriefingStatus } from '../../../shared/document/briefing';
import { statusMessages } from '../../../shared/i18n/status-labels';
import { Fragment } from 'react';
import { useInterfaceFormat, useT } from '../../ui/interface-language';

export interface StatusFilterProps {
  /** How many briefings each status would show under the other filters and the words; absent until the first answer. */
  counts: Record<BriefingStatus, number> | undefined;
  selected: BriefingStatus | undefined;
  onChange: (status: BriefingStatus | undefined) => void;
}

/**
 * The library's status filter, as one line: "All 5 · Draft 1 · In review 2 · Approved 1". Each is a toggle that
 * shows only that status ("All" shows every one); a status with nothing in it is left out unless it is chosen.
 */
export function StatusFilter({ counts, selected, onChange }: StatusFilterProps) {
  const t = useT();
  const format = useInterfaceFormat();
  const total = counts ? briefingStatuses.reduce((sum, status) => sum + counts[status], 0) : undefined;
  const shown = briefingStatuses.filter((status) => !counts || counts[status] > 0 || selected === status);
  return (
    <div className="status-filter" role="group" aria-label={t('statusFilter.label')}>
      <button type="button" className="status-filter-option" aria-pressed={selected === undefined} title={t('statusFilter.showAll')} onClick={() => onChange(undefined)}>
        {t('statusFilter.all')}
        {total !== undefined && <> <span className="status-filter-count">{format.number(total)}</span></>}
      </button>
      {shown.map((status) => {
        const count = counts?.[status];
        const pressed = selected === status;
        const name = t(statusMessages[status]);
        return (
          <Fragment key={status}>
            <span className="status-filter-dot" aria-hidden="true">
              ·
            </span>
            <button
              type="button"
              className={`status-filter-option status-filter-${status}`}
              aria-pressed={pressed}
              title={pressed ? t('statusFilter.showAll') : count !== undefined ? t('statusFilter.countTitle', { status: name, count }) : t('statusFilter.showOnly', { status: name })}
              onClick={() => onChange(pressed ? undefined : status)}
            >
              {name}
              {count !== undefined && <> <span className="status-filter-count">{format.number(count)}</span></>}
            </button>
          </Fragment>
        );
      })}
    </div>
  );
}
