import { useCallback, useEffect, useId, useState, type FormEvent } from 'react';
import type { Directory } from '../../../shared/directory/directory-model';
import { displayName, organisationDisplayName, titleOnDate } from '../../../shared/directory/person-on-date';
import { useApi } from '../../api/api-context';
import { errorMessage } from '../../api/api-client';
import { DialogActions } from '../../ui/dialog-actions';
import { ModalDialog } from '../../ui/modal-dialog';
import { directoryChangedEvent } from './directory-scope';
import { NameRowsTable } from './name-rows-table';
import {
  emptyTitle,
  organisationDraft,
  organisationForm,
  personDraft,
  personForm,
  type OrganisationForm,
  type PersonForm,
} from './directory-drafts';
import { useT } from '../../ui/interface-language';
import './directory.css';

type Selection = { kind: 'person'; id?: string; revision?: number; form: PersonForm } | { kind: 'organisation'; id?: string; revision?: number; form: OrganisationForm };

/** The Directory screen: people and organisations, their names per language with forms, and the titles people held. */
export function DirectoryDialog({ onClose }: { onClose: () => void }) {
  const api = useApi();
  const t = useT();
  const id = useId();
  const [directory, setDirectory] = useState<Directory>({ people: [], organisations: [] });
  const [selection, setSelection] = useState<Selection | undefined>(undefined);
  const [error, setError] = useState<string | undefined>(undefined);
  const [notice, setNotice] = useState<string | undefined>(undefined);

  const reload = useCallback(async () => {
    setDirectory(await api.directory.list());
    window.dispatchEvent(new Event(directoryChangedEvent));
  }, [api]);
  useEffect(() => {
    api.directory.list().then(setDirectory, (loadError: unknown) => setError(t('directory.readFailed', { reason: errorMessage(loadError) })));
  }, [api, t]);

  const run = async (action: () => Promise<string | undefined>) => {
    setError(undefined);
    setNotice(undefined);
    try {
      const done = await action();
      await reload();
      if (done) setNotice(done);
    } catch (actionError) {
      setError(errorMessage(actionError));
    }
  };

  const save = (event: FormEvent) => {
    event.preventDefault();
    if (!selection) return;
    void run(async () => {
      if (selection.kind === 'person') {
        const saved = await api.directory.savePerson({ ...(selection.id ? { id: selection.id, baseRevision: selection.revision } : {}), person: personDraft(selection.form) });
        setSelection({ kind: 'person', id: saved.id, revision: saved.revision, form: personForm(saved) });
        return t('directory.saved', { name: displayName(saved, 'en') });
      }
      const saved = await api.directory.saveOrganisation({
        ...(selection.id ? { id: selection.id, baseRevision: selection.revision } : {}),
        organisation: organisationDraft(selection.form),
      });
      setSelection({ kind: 'organisation', id: saved.id, revision: saved.revision, form: organisationForm(saved) });
      return t('directory.saved', { name: organisationDisplayName(saved, 'en') });
    });
  };

  const remove = () => {
    const current = selection;
    if (!current?.id) return;
    const removed = current.id;
    void run(async () => {
      await (current.kind === 'person' ? api.directory.removePerson(removed) : api.directory.removeOrganisation(removed));
      setSelection(undefined);
      return t('directory.removed');
    });
  };

  const importFile = (file: File) =>
    void run(async () => {
      const format = file.name.toLowerCase().endsWith('.csv') ? 'csv' : 'vcard';
      const result = await api.directory.importFile({ format, contents: await file.text() });
      return t('directory.imported', { people: result.people, organisations: result.organisations, file: file.name });
    });

  const people = [...directory.people].sort((a, b) => displayName(a, 'en').localeCompare(displayName(b, 'en')));
  const organisations = [...directory.organisations].sort((a, b) => organisationDisplayName(a, 'en').localeCompare(organisationDisplayName(b, 'en')));

  return (
    <ModalDialog title={t('directory.title')} onClose={onClose} className="directory-dialog">
      <div className="directory-layout">
        <div className="directory-lists">
          <div className="directory-list-actions">
            <button type="button" className="button" onClick={() => setSelection({ kind: 'person', form: personForm(undefined) })}>
              {t('directory.addPerson')}
            </button>
            <button type="button" className="button" onClick={() => setSelection({ kind: 'organisation', form: organisationForm(undefined) })}>
              {t('directory.addOrganisation')}
            </button>
            <label className="button">
              {t('directory.importFile')}
              <input type="file" accept=".vcf,.vcard,.csv" className="directory-file-input" onChange={(event) => event.target.files?.[0] && importFile(event.target.files[0])} />
            </label>
          </div>
          <h3 className="directory-list-title">{t('directory.people')}</h3>
          <ul className="directory-list" aria-label={t('directory.people')}>
            {people.map((person) => {
              const held = titleOnDate(person, null);
              return (
                <li key={person.id}>
                  <button
                    type="button"
                    className="button button-quiet directory-entry"
                    aria-current={selection?.id === person.id || undefined}
                    onClick={() => setSelection({ kind: 'person', id: person.id, revision: person.revision, form: personForm(person) })}
                  >
                    <span>{displayName(person, 'en')}</span>
                    {held && <span className="directory-suggestion-detail">{(held.title.en ?? Object.values(held.title)[0])?.title}</span>}
                  </button>
                </li>
              );
            })}
          </ul>
          <h3 className="directory-list-title">{t('directory.organisations')}</h3>
          <ul className="directory-list" aria-label={t('directory.organisations')}>
            {organisations.map((organisation) => (
              <li key={organisation.id}>
                <button
                  type="button"
                  className="button button-quiet directory-entry"
                  aria-current={selection?.id === organisation.id || undefined}
                  onClick={() => setSelection({ kind: 'organisation', id: organisation.id, revision: organisation.revision, form: organisationForm(organisation) })}
                >
                  {organisationDisplayName(organisation, 'en')}
                </button>
              </li>
            ))}
          </ul>
        </div>
        <form className="directory-editor" onSubmit={save} aria-label={selection ? t(selection.kind === 'person' ? 'directory.person' : 'directory.organisation') : t('directory.nothingSelected')}>
          {!selection && <p className="field-help">{t('directory.chooseOrAdd')}</p>}
          {selection?.kind === 'person' && (
            <>
              <NameRowsTable caption={t('directory.personNames')} textLabel={t('directory.name')} extraLabel={t('directory.honorific')} rows={selection.form.names} onChange={(names) => setSelection({ ...selection, form: { ...selection.form, names } })} />
              <div className="field">
                <label className="field-label" htmlFor={`${id}-email`}>
                  {t('directory.email')}
                </label>
                <input id={`${id}-email`} type="email" className="field-control" value={selection.form.email} onChange={(event) => setSelection({ ...selection, form: { ...selection.form, email: event.target.value } })} />
              </div>
              {selection.form.titles.map((held, index) => {
                const setTitle = (next: typeof held) => setSelection({ ...selection, form: { ...selection.form, titles: selection.form.titles.map((candidate, at) => (at === index ? next : candidate)) } });
                return (
                  <fieldset key={index} className="directory-title">
                    <legend>{t('directory.titleNumber', { number: index + 1 })}</legend>
                    <div className="directory-title-dates">
                      <label>
                        {t('directory.organisation')}{' '}
                        <select value={held.organisationId} onChange={(event) => setTitle({ ...held, organisationId: event.target.value })}>
                          <option value="">—</option>
                          {organisations.map((organisation) => (
                            <option key={organisation.id} value={organisation.id}>
                              {organisationDisplayName(organisation, 'en')}
                            </option>
                          ))}
                        </select>
                      </label>
                      <label>
                        {t('directory.from')} <input type="date" value={held.from} onChange={(event) => setTitle({ ...held, from: event.target.value })} />
                      </label>
                      <label>
                        {t('directory.to')} <input type="date" value={held.to} onChange={(event) => setTitle({ ...held, to: event.target.value })} />
                      </label>
                      <button type="button" className="button button-quiet" onClick={() => setSelection({ ...selection, form: { ...selection.form, titles: selection.form.titles.filter((_, at) => at !== index) } })}>
                        {t('directory.removeTitle')}
                      </button>
                    </div>
                    <NameRowsTable caption={t('directory.titlePerLanguage', { number: index + 1 })} textLabel={t('directory.jobTitle')} rows={held.rows} onChange={(rows) => setTitle({ ...held, rows })} />
                  </fieldset>
                );
              })}
              <button type="button" className="button" onClick={() => setSelection({ ...selection, form: { ...selection.form, titles: [...selection.form.titles, emptyTitle()] } })}>
                {t('directory.addTitle')}
              </button>
            </>
          )}
          {selection?.kind === 'organisation' && (
            <>
              <NameRowsTable caption={t('directory.organisationNames')} textLabel={t('directory.organisationName')} extraLabel={t('directory.shortForm')} rows={selection.form.names} onChange={(names) => setSelection({ ...selection, form: { ...selection.form, names } })} />
              <label className="directory-check">
                <input type="checkbox" checked={selection.form.englishTakesThe} onChange={(event) => setSelection({ ...selection, form: { ...selection.form, englishTakesThe: event.target.checked } })} />{' '}
                {t('directory.takesThe')}
              </label>
            </>
          )}
          {notice && (
            <p className="field-help" role="status">
              {notice}
            </p>
          )}
          <DialogActions error={error} cancel={{ onClick: onClose, label: t('dialog.close') }} {...(selection ? { primary: { label: t('directory.save') } } : {})}>
            {selection?.id && (
              <button type="button" className="button" onClick={remove}>
                {t('directory.remove')}
              </button>
            )}
          </DialogActions>
        </form>
      </div>
    </ModalDialog>
  );
}
