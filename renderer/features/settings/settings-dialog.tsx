import { useEffect, useState, type FormEvent } from 'react';
import { autosaveLimits, logoMediaTypes, logoProblem, type AppSettings, type OrganisationLogo } from '../../../shared/document/app-settings';
import { pageSizes } from '../../../shared/document/export/export-options';
import { useApi } from '../../api/api-context';
import { errorMessage } from '../../api/api-client';
import { ModalDialog } from '../../ui/modal-dialog';
import { DialogActions } from '../../ui/dialog-actions';
import { briefingLanguages } from '../details/languages';
import './settings-dialog.css';

export interface SettingsDialogProps {
  onSaved: (settings: AppSettings) => void;
  onClose: () => void;
}

async function readLogo(file: File): Promise<OrganisationLogo> {
  const mediaType = logoMediaTypes.find((type) => type === file.type);
  const bytes = new Uint8Array(await file.arrayBuffer());
  const problem = logoProblem({ mediaType: mediaType ?? file.type, bytes });
  if (problem || !mediaType) throw new Error(problem ?? 'The logo must be a PNG or SVG image.');
  let binary = '';
  for (let start = 0; start < bytes.length; start += 8192) binary += String.fromCharCode(...bytes.subarray(start, start + 8192));
  return { mediaType, base64: btoa(binary) };
}

const lines = (text: string) =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);

/** The press office's settings: organisation and logo for export headers, author, page defaults, labels, autosave and backups. */
export function SettingsDialog({ onSaved, onClose }: SettingsDialogProps) {
  const api = useApi();
  const [settings, setSettings] = useState<AppSettings | undefined>(undefined);
  const [labels, setLabels] = useState('');
  const [error, setError] = useState<string | undefined>(undefined);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    api.settings.get().then(
      (loaded) => {
        setSettings(loaded);
        setLabels(loaded.classificationLabels.join('\n'));
      },
      (loadError: unknown) => setError(`The settings could not be read: ${errorMessage(loadError)}`),
    );
  }, [api]);

  const change = (update: Partial<AppSettings>) => setSettings((current) => (current ? { ...current, ...update } : current));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!settings) return;
    setBusy(true);
    setError(undefined);
    try {
      onSaved(await api.settings.update({ ...settings, classificationLabels: lines(labels) }));
    } catch (saveError) {
      setError(errorMessage(saveError));
      setBusy(false);
    }
  };

  const number = (value: string) => (value.trim() === '' ? Number.NaN : Number(value));

  return (
    <ModalDialog title="Settings" onClose={onClose} className="settings-modal">
      {!settings ? (
        <p role={error ? 'alert' : 'status'}>{error ?? 'Loading…'}</p>
      ) : (
        <form className="settings-form" onSubmit={(event) => void submit(event)}>
          <fieldset>
            <legend>Organisation</legend>
            <label className="field-label" htmlFor="settings-organisation">
              Name on exported documents
            </label>
            <input id="settings-organisation" className="field-control" value={settings.organisationName} onChange={(event) => change({ organisationName: event.target.value })} autoFocus />
            <span className="field-label">Logo (PNG or SVG, up to 512 KB)</span>
            <div className="settings-logo">
              {settings.organisationLogo ? (
                <img alt="Organisation logo" src={`data:${settings.organisationLogo.mediaType};base64,${settings.organisationLogo.base64}`} />
              ) : (
                <span className="settings-logo-empty">No logo</span>
              )}
              <label className="button">
                Choose…
                <input
                  type="file"
                  accept=".png,.svg,image/png,image/svg+xml"
                  aria-label="Choose a logo file"
                  className="visually-hidden"
                  onChange={(event) => {
                    const file = event.target.files?.[0];
                    event.target.value = '';
                    if (!file) return;
                    readLogo(file).then(
                      (logo) => {
                        setError(undefined);
                        change({ organisationLogo: logo });
                      },
                      (logoError: unknown) => setError(errorMessage(logoError)),
                    );
                  }}
                />
              </label>
              {settings.organisationLogo && (
                <button type="button" className="button button-quiet" onClick={() => change({ organisationLogo: null })}>
                  Remove
                </button>
              )}
            </div>
            <label className="field-label" htmlFor="settings-contact">
              Media contact (end of press releases)
            </label>
            <textarea id="settings-contact" className="field-control" rows={3} value={settings.mediaContact} onChange={(event) => change({ mediaContact: event.target.value })} />
            <label className="field-label" htmlFor="settings-about">
              “About” paragraph for press releases
            </label>
            <textarea id="settings-about" className="field-control" rows={3} value={settings.aboutBoilerplate} onChange={(event) => change({ aboutBoilerplate: event.target.value })} />
          </fieldset>

          <fieldset>
            <legend>Writing</legend>
            <label className="field-label" htmlFor="settings-author">
              Your name (recorded with status changes and versions)
            </label>
            <input id="settings-author" className="field-control" value={settings.authorName} onChange={(event) => change({ authorName: event.target.value })} />
            <label className="field-label" htmlFor="settings-language">
              Default language of new briefings
            </label>
            <select id="settings-language" className="field-control" value={settings.defaultLanguage} onChange={(event) => change({ defaultLanguage: event.target.value })}>
              {briefingLanguages.map((language) => (
                <option key={language.tag} value={language.tag}>
                  {language.name}
                </option>
              ))}
            </select>
            <label className="field-label" htmlFor="settings-classifications">
              Classification labels, one per line
            </label>
            <textarea id="settings-classifications" className="field-control" rows={4} value={labels} onChange={(event) => setLabels(event.target.value)} />
          </fieldset>

          <fieldset>
            <legend>Pages</legend>
            <label className="field-label" htmlFor="settings-page-size">
              Page size
            </label>
            <select
              id="settings-page-size"
              className="field-control"
              value={settings.defaultPageSize}
              onChange={(event) => change({ defaultPageSize: pageSizes.find((size) => size === event.target.value) ?? 'A4' })}
            >
              {pageSizes.map((size) => (
                <option key={size}>{size}</option>
              ))}
            </select>
            <div className="settings-row">
              {(['top', 'right', 'bottom', 'left'] as const).map((side) => (
                <label key={side} className="settings-number">
                  <span>{side[0]?.toUpperCase() + side.slice(1)} margin (mm)</span>
                  <input
                    type="number"
                    min={5}
                    max={50}
                    className="field-control"
                    value={Number.isNaN(settings.marginsMm[side]) ? '' : settings.marginsMm[side]}
                    onChange={(event) => change({ marginsMm: { ...settings.marginsMm, [side]: number(event.target.value) } })}
                  />
                </label>
              ))}
            </div>
          </fieldset>

          <fieldset>
            <legend>Saving and backups</legend>
            <div className="settings-row">
              <label className="settings-number">
                <span>Save after a pause of (ms)</span>
                <input
                  type="number"
                  min={autosaveLimits.debounceMs.min}
                  max={autosaveLimits.debounceMs.max}
                  className="field-control"
                  value={settings.autosave.debounceMs}
                  onChange={(event) => change({ autosave: { ...settings.autosave, debounceMs: number(event.target.value) } })}
                />
              </label>
              <label className="settings-number">
                <span>Save at least every (ms)</span>
                <input
                  type="number"
                  min={autosaveLimits.maxWaitMs.min}
                  max={autosaveLimits.maxWaitMs.max}
                  className="field-control"
                  value={settings.autosave.maxWaitMs}
                  onChange={(event) => change({ autosave: { ...settings.autosave, maxWaitMs: number(event.target.value) } })}
                />
              </label>
              <label className="settings-number">
                <span>Daily backups kept</span>
                <input
                  type="number"
                  min={1}
                  max={60}
                  className="field-control"
                  value={settings.backupRetention.daily}
                  onChange={(event) => change({ backupRetention: { ...settings.backupRetention, daily: number(event.target.value) } })}
                />
              </label>
              <label className="settings-number">
                <span>Monthly backups kept</span>
                <input
                  type="number"
                  min={0}
                  max={24}
                  className="field-control"
                  value={settings.backupRetention.monthly}
                  onChange={(event) => change({ backupRetention: { ...settings.backupRetention, monthly: number(event.target.value) } })}
                />
              </label>
            </div>
          </fieldset>

          <DialogActions error={error} cancel={{ onClick: onClose }} primary={{ label: 'Save settings', disabled: busy }} />
        </form>
      )}
    </ModalDialog>
  );
}
