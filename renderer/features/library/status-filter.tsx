import { briefingStatuses, type BriefingStatus } from '../../../shared/document/briefing';
import { statusMessages } from '../../../shared/i18n/status-labels';
import { useT } from '../../ui/interface-language';

export interface StatusFilterProps {
  /** How many briefings each status would show under the other filters and the words; absent until the first answer. */
  counts: Record<BriefingStatus, number> | undefined;
  selected: BriefingStatus | undefined;
  onChange: (status: BriefingStatus | undefined) => void;
}

/**
 * The library's status filter: one toggle per status with how many it holds
 * in the current view ("In review 3" lists three). Pressing the chosen status
 * again shows every status.
 */
export function StatusFilter({ counts, selected, onChange }: StatusFilterProps) {
  const t = useT();
  return (
    <div className="status-filter" role="group" aria-label={t('statusFilter.label')}>
      {briefingStatuses.map((status) => {
        const count = counts?.[status];
        const pressed = selected === status;
        return (
          <button
            key={status}
            type="button"
            className={`status-filter-option status-${status}`}
            aria-pressed={pressed}
            title={pressed ? t('statusFilter.showAll') : t('statusFilter.showOnly', { status: t(statusMessages[status]) })}
            onClick={() => onChange(pressed ? undefined : status)}
          >
            {t(statusMessages[status])}
            {count !== undefined && ' '}
            {/* Empty until the first answer, keeping its place so the row does not jump. */}
            <span className={count === 0 ? 'status-filter-count status-filter-none' : 'status-filter-count'}>{count}</span>
          </button>
        );
      })}
    </div>
  );
}
