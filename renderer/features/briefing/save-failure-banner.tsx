import { useT } from '../../ui/interface-language';

export interface SaveFailureBannerProps {
  /** Why the last save failed and what to do, in the library's own words ("The disk is full: … Free some space; …"). */
  reason: string;
  onRetry: () => void;
}

/**
 * Across the top of the editor while autosave cannot save: the reason and what to do, where it is seen, not only in
 * the status bar. It goes as soon as a save succeeds.
 */
export function SaveFailureBanner({ reason, onRetry }: SaveFailureBannerProps) {
  const t = useT();
  return (
    <div className="banner banner-error save-failure-banner" role="alert">
      <div>
        <strong>{t('saveBanner.notSaved')}</strong> {reason}
        <div className="save-failure-detail">{t('saveBanner.retrying')}</div>
      </div>
      <div className="banner-actions">
        <button type="button" className="button" onClick={onRetry}>
          {t('saveBanner.retryNow')}
        </button>
      </div>
    </div>
  );
}
