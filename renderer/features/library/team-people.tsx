import { useEffect, useId, useState, type FormEvent } from 'react';
import { teamRoles, type TeamPerson, type TeamRole, type TeamStatus } from '../../../shared/ipc/team-service';
import { useApi } from '../../api/api-context';
import { errorMessage } from '../../api/api-client';
import { useT } from '../../ui/interface-language';

/** The login this library signs in with, from the server address it keeps (`postgres://leyla@server/db`). */
export function ownLogin(server: string | null): string | undefined {
  if (!server) return undefined;
  try {
    return decodeURIComponent(new URL(server).username) || undefined;
  } catch {
    return undefined;
  }
}

type Message = { kind: 'info' | 'error'; text: string };

function RoleSelect({ value, onChange, label }: { value: string; onChange: (role: TeamRole) => void; label: string }) {
  const t = useT();
  return (
    <select className="field-control" aria-label={label} value={value} onChange={(event) => onChange(event.target.value as TeamRole)}>
      {teamRoles.map((role) => (
        <option key={role} value={role}>
          {t('team.roleName', { role })}
        </option>
      ))}
    </select>
  );
}

/** One person: their role and office, and for an admin (not on their own login) Change and Remove. */
function PersonRow({
  person,
  isSelf,
  canManage,
  busy,
  onChange,
  onRemove,
}: {
  person: TeamPerson;
  isSelf: boolean;
  canManage: boolean;
  busy: boolean;
  onChange: (role: TeamRole, office: string) => Promise<boolean>;
  onRemove: () => void;
}) {
  const t = useT();
  const [editing, setEditing] = useState(false);
  const [role, setRole] = useState<TeamRole>(person.role === 'none' ? 'author' : person.role);
  const [office, setOffice] = useState(person.office);
  const save = async (event: FormEvent) => {
    event.preventDefault();
    if (await onChange(role, office)) setEditing(false);
  };
  if (editing) {
    return (
      <tr>
        <th scope="row">{person.login}</th>
        <td colSpan={3}>
          <form className="team-person-edit" onSubmit={(event) => void save(event)} aria-label={t('team.changePersonLabel', { login: person.login })}>
            <RoleSelect value={role} onChange={setRole} label={t('team.peopleRole')} />
            <input className="field-control" type="text" aria-label={t('team.peopleOffice')} value={office} maxLength={100} required onChange={(event) => setOffice(event.target.value)} />
            <button type="submit" className="button button-primary" disabled={busy}>
              {t('team.savePerson')}
            </button>
            <button type="button" className="button" onClick={() => setEditing(false)}>
              {t('dialog.cancel')}
            </button>
          </form>
        </td>
      </tr>
    );
  }
  return (
    <tr>
      <th scope="row">{isSelf ? t('team.you', { login: person.login }) : person.login}</th>
      <td>{t('team.roleName', { role: person.role })}</td>
      <td>{person.office}</td>
      <td className="team-person-actions">
        {canManage && !isSelf && (
          <>
            <button type="button" className="button button-quiet" disabled={busy} aria-label={t('team.changePersonLabel', { login: person.login })} onClick={() => setEditing(true)}>
              {t('team.changePerson')}
            </button>
            <button type="button" className="button button-quiet" disabled={busy} aria-label={t('team.removePersonLabel', { login: person.login })} onClick={onRemove}>
              {t('team.removePerson')}
            </button>
          </>
        )}
      </td>
    </tr>
  );
}

/**
 * Settings › Team library › People: who can sign in, with role and office, as the server lets this login see them
 * (an admin: everyone; anyone else: their own office). An admin adds a person, moves one to another role or office
 * and removes one who left; the database checks every step and its refusals come back as one sentence.
 */
export function TeamPeople({ status }: { status: TeamStatus }) {
  const api = useApi();
  const t = useT();
  const formId = useId();
  const [people, setPeople] = useState<TeamPerson[] | undefined>(undefined);
  const [message, setMessage] = useState<Message | undefined>(undefined);
  const [busy, setBusy] = useState(false);
  const [login, setLogin] = useState('');
  const [role, setRole] = useState<TeamRole>('author');
  const [office, setOffice] = useState('');
  const [password, setPassword] = useState('');
  const [again, setAgain] = useState('');
  const self = ownLogin(status.server);
  const isAdmin = status.role === 'admin';

  useEffect(() => {
    let current = true;
    api.team.people().then(
      (list) => current && setPeople(list),
      (error: unknown) => current && setMessage({ kind: 'error', text: errorMessage(error) }),
    );
    return () => {
      current = false;
    };
  }, [api]);

  const act = async (work: () => Promise<TeamPerson[]>, done: string): Promise<boolean> => {
    setBusy(true);
    setMessage(undefined);
    try {
      setPeople(await work());
      setMessage({ kind: 'info', text: done });
      return true;
    } catch (error) {
      setMessage({ kind: 'error', text: errorMessage(error) });
      return false;
    } finally {
      setBusy(false);
    }
  };

  const add = async (event: FormEvent) => {
    event.preventDefault();
    if (password !== again) {
      setMessage({ kind: 'error', text: t('team.passwordsDiffer') });
      return;
    }
    const name = login.trim();
    if (await act(() => api.team.addPerson({ login: name, role, office: office.trim(), password }), t('team.personAdded', { login: name }))) {
      setLogin('');
      setPassword('');
      setAgain('');
    }
  };

  return (
    <section className="team-people" aria-labelledby={`${formId}-title`}>
      <h4 id={`${formId}-title`}>{t('team.people')}</h4>
      <p className="modal-text">{t('team.peopleHint')}</p>
      {message && (
        <p className={message.kind === 'error' ? 'library-error' : 'modal-text'} role={message.kind === 'error' ? 'alert' : 'status'}>
          {message.text}
        </p>
      )}
      {people === undefined ? (
        !message && <p className="modal-text">{t('settings.loading')}</p>
      ) : (
        <table className="team-people-table">
          <thead>
            <tr>
              <th scope="col">{t('team.peopleLogin')}</th>
              <th scope="col">{t('team.peopleRole')}</th>
              <th scope="col">{t('team.peopleOffice')}</th>
              <td />
            </tr>
          </thead>
          <tbody>
            {people.map((person) => (
              <PersonRow
                key={`${person.login}:${person.role}:${person.office}`}
                person={person}
                isSelf={person.login === self}
                canManage={isAdmin}
                busy={busy}
                onChange={(newRole, newOffice) =>
                  act(() => api.team.changePerson({ login: person.login, role: newRole, office: newOffice.trim() }), t('team.personChanged', { login: person.login }))
                }
                onRemove={() => {
                  if (window.confirm(t('team.confirmRemovePerson', { login: person.login }))) {
                    void act(() => api.team.removePerson(person.login), t('team.personRemoved', { login: person.login }));
                  }
                }}
              />
            ))}
          </tbody>
        </table>
      )}
      {isAdmin && (
        <form className="team-person-add" onSubmit={(event) => void add(event)} aria-label={t('team.addPerson')}>
          <label>
            {t('team.peopleLogin')}
            <input className="field-control" type="text" value={login} required maxLength={63} spellCheck={false} autoComplete="off" onChange={(event) => setLogin(event.target.value)} />
          </label>
          <label>
            {t('team.peopleRole')}
            <RoleSelect value={role} onChange={setRole} label={t('team.peopleRole')} />
          </label>
          <label>
            {t('team.peopleOffice')}
            <input className="field-control" type="text" value={office} required maxLength={100} onChange={(event) => setOffice(event.target.value)} />
          </label>
          <label>
            {t('team.password')}
            <input className="field-control" type="password" value={password} required autoComplete="new-password" onChange={(event) => setPassword(event.target.value)} />
          </label>
          <label>
            {t('team.passwordAgain')}
            <input className="field-control" type="password" value={again} required autoComplete="new-password" onChange={(event) => setAgain(event.target.value)} />
          </label>
          <button type="submit" className="button" disabled={busy}>
            {t('team.addPerson')}
          </button>
        </form>
      )}
    </section>
  );
}
