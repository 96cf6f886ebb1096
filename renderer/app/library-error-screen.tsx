/** What the library column shows when it cannot be shown; the open briefing and the menus keep working. */
export function LibraryErrorScreen({ retry }: { retry: () => void }) {
  return (
    <nav className="library" aria-label="Library">
      <p className="library-error" role="alert">
        The library list could not be shown. Your briefings are safe in the library file.
      </p>
      <button type="button" className="button" onClick={retry}>
        Show the library again
      </button>
    </nav>
  );
}
