import { useT } from '../ui/interface-language';
/** What the library column shows when it cannot be shown; the open briefing and the menus keep working. */
export function LibraryErrorScreen({ retry }: { retry: () => void }) {
  const t = useT();
  return (
    <nav className="library" aria-label={t('library.label')}>
      <p className="library-error" role="alert">
        {t('recovery.listFailed')}
      </p>
      <button type="button" className="button" onClick={retry}>
        {t('recovery.showAgain')}
      </button>
    </nav>
  );
}
