import { useEffect, useState, type FormEvent } from 'react';
import { useApi } from '../api/api-context';
import { errorMessage } from '../api/api-client';
import { useT } from '../ui/interface-language';

/** Sent on the window when Settings changed the personal dictionary: open editors check their text again. */
export const personalDictionaryChangedEvent = 'briefing-desk:personal-dictionary-changed';

/**
 * Settings › Personal dictionary: the words "Add to dictionary" kept, each removable, and a box to add one,
 * as Word's custom dictionary editor has. Each change is saved at once, like "Add to dictionary" itself.
 */
export function PersonalDictionary() {
  const api = useApi();
  const t = useT();
  const [words, setWords] = useState<string[] | undefined>(undefined);
  const [typed, setTyped] = useState('');
  const [error, setError] = useState<string | undefined>(undefined);

  const reload = async () => {
    const accepted = await api.spelling.acceptedWords();
    setWords([...accepted.personal].sort((a, b) => a.localeCompare(b)));
  };
  useEffect(() => {
    api.spelling.acceptedWords().then(
      (accepted) => setWords([...accepted.personal].sort((a, b) => a.localeCompare(b))),
      (readError: unknown) => setError(t('spelling.dictionaryFailed', { reason: errorMessage(readError) })),
    );
  }, [api, t]);

  const change = async (action: () => Promise<unknown>) => {
    setError(undefined);
    try {
      await action();
      await reload();
      window.dispatchEvent(new Event(personalDictionaryChangedEvent));
      return true;
    } catch (changeError) {
      setError(t('spelling.dictionaryFailed', { reason: errorMessage(changeError) }));
      return false;
    }
  };

  const add = async (event: FormEvent) => {
    event.preventDefault();
    const word = typed.trim();
    if (word === '') return;
    if (await change(() => api.spelling.addWord(word))) setTyped('');
  };

  return (
    <div className="personal-dictionary">
      <p className="field-help">{t('spelling.personalNote')}</p>
      {words?.length === 0 && <p className="field-help">{t('spelling.noPersonalWords')}</p>}
      {words && words.length > 0 && (
        <ul className="personal-dictionary-words" aria-label={t('spelling.personalWords')}>
          {words.map((word) => (
            <li key={word}>
              <span>{word}</span>
              <button type="button" className="button button-quiet" aria-label={t('spelling.removeWord', { word })} onClick={() => void change(() => api.spelling.removeWord(word))}>
                {t('spelling.remove')}
              </button>
            </li>
          ))}
        </ul>
      )}
      {/* Not a nested form: Enter in the box adds the word instead of saving Settings. */}
      <div className="personal-dictionary-add">
        <input
          className="field-control"
          aria-label={t('spelling.newWord')}
          value={typed}
          placeholder={t('spelling.newWord')}
          onChange={(event) => setTyped(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter') void add(event);
          }}
        />
        <button type="button" className="button" disabled={typed.trim() === ''} onClick={(event) => void add(event)}>
          {t('spelling.add')}
        </button>
      </div>
      {error && (
        <p className="field-message" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
