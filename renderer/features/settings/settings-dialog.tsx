import { useEffect, useState, type FormEvent } from 'react';
import { autosaveLimits, logoMediaTypes, logoProblem, type AppSettings, type OrganisationLogo } from '../../../shared/document/app-settings';
import { pageSizes } from '../../../shared/document/export/export-options';
import { useApi } from '../../api/api-context';
import { errorMessage } from '../../api/api-client';
import { ModalDialog } from '../../ui/modal-dialog';
import { DialogActions } from '../../ui/dialog-actions';
import { briefingLanguages } from '../details/languages';
import { PersonalDictionary } from '../../spelling/personal-dictionary';
import { interfaceLanguageNames, interfaceLanguages, isInterfaceLanguage, matchInterfaceLanguage } from '../../../shared/i18n/interface-language';
import type { MessageKey, Translate } from '../../../shared/i18n/messages';
import { useInterfaceLanguage, useT } from '../../ui/interface-language';
import { TeamLibraryDialog, TeamStatusText, useTeamStatus } from '../library/team-library';
import './settings-dialog.css';

export interface SettingsDialogProps {
  onSaved: (settings: AppSettings) => void;
  onClose: () => void;
}

async function readLogo(file: File, t: Translate): Promise<OrganisationLogo> {
  const mediaType = logoMediaTypes.find((type) => type === file.type);
  const bytes = new Uint8Array(await file.arrayBuffer());
  const problem = logoProblem({ mediaType: mediaType ?? file.type, bytes }, t);
  if (problem || !mediaType) throw new Error(problem ?? t('validation.logoType'));
  let binary = '';
  for (let start = 0; start < bytes.length; start += 8192) binary += String.fromCharCode(...bytes.subarray(start, start + 8192));
  return { mediaType, base64: btoa(binary) };
}

const marginLabels: Record<'top' | 'right' | 'bottom' | 'left', MessageKey> = {
  top: 'settings.marginTop',
  right: 'settings.marginRight',
  bottom: 'settings.marginBottom',
  left: 'settings.marginLeft',
};

const lines = (text: string) =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);

/**
 * The press office's settings: the interface language, organisation and logo for export headers, author, page
 * defaults, labels, autosave and backups. A new interface language shows as soon as the settings are saved.
 */
export function SettingsDialog({ onSaved, onClose }: SettingsDialogProps) {
  const api = useApi();
  const t = useT();
  const interfaceLanguage = useInterfaceLanguage();
  const [settings, setSettings] = useState<AppSettings | undefined>(undefined);
  const [labels, setLabels] = useState('');
  const [error, setError] = useState<string | undefined>(undefined);
  const [busy, setBusy] = useState(false);
  const [teamOpen, setTeamOpen] = useState(false);
  const [teamStatus] = useTeamStatus();

  useEffect(() => {
    api.settings.get().then(
      (loaded) => {
        setSettings(loaded);
        setLabels(loaded.classificationLabels.join('\n'));
      },
      (loadError: unknown) => setError(t('settings.readFailed', { reason: errorMessage(loadError) })),
    );
    // Read once, when the dialog opens.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [api]);

  const change = (update: Partial<AppSettings>) => setSettings((current) => (current ? { ...current, ...update } : current));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!settings) return;
    setBusy(true);
    setError(undefined);
    try {
      const saved = await api.settings.update({ ...settings, classificationLabels: lines(labels) });
      interfaceLanguage.choose(saved.interfaceLanguage);
      onSaved(saved);
    } catch (saveError) {
      setError(errorMessage(saveError));
      setBusy(false);
    }
  };

  const number = (value: string) => (value.trim() === '' ? Number.NaN : Number(value));

  return (
    <ModalDialog title={t('settings.title')} onClose={onClose} className="settings-modal">
      {!settings ? (
        <p role={error ? 'alert' : 'status'}>{error ?? t('settings.loading')}</p>
      ) : (
        <form className="settings-form" onSubmit={(event) => void submit(event)}>
          <fieldset>
            <legend>{t('settings.interface')}</legend>
            <label className="field-label" htmlFor="settings-interface-language">
              {t('settings.interfaceLanguage')}
            </label>
            <select
              id="settings-interface-language"
              className="field-control"
              value={settings.interfaceLanguage ?? ''}
              onChange={(event) => change({ interfaceLanguage: isInterfaceLanguage(event.target.value) ? event.target.value : null })}
            >
              <option value="">{t('settings.systemLanguage', { language: interfaceLanguageNames[matchInterfaceLanguage(navigator.languages)] })}</option>
              {interfaceLanguages.map((language) => (
                <option key={language} value={language} lang={language}>
                  {interfaceLanguageNames[language]}
                </option>
              ))}
            </select>
          </fieldset>

          <fieldset>
            <legend>{t('settings.organisation')}</legend>
            <label className="field-label" htmlFor="settings-organisation">
              {t('settings.organisationName')}
            </label>
            <input id="settings-organisation" className="field-control" value={settings.organisationName} onChange={(event) => change({ organisationName: event.target.value })} autoFocus />
            <span className="field-label">{t('settings.logo')}</span>
            <div className="settings-logo">
              {settings.organisationLogo ? (
                <img alt={t('settings.logoAlt')} src={`data:${settings.organisationLogo.mediaType};base64,${settings.organisationLogo.base64}`} />
              ) : (
                <span className="settings-logo-empty">{t('settings.noLogo')}</span>
              )}
              <label className="button">
                {t('settings.chooseLogo')}
                <input
                  type="file"
                  accept=".png,.svg,image/png,image/svg+xml"
                  aria-label={t('settings.chooseLogoFile')}
                  className="visually-hidden"
                  onChange={(event) => {
                    const file = event.target.files?.[0];
                    event.target.value = '';
                    if (!file) return;
                    readLogo(file, t).then(
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
                  {t('settings.removeLogo')}
                </button>
              )}
            </div>
            <label className="field-label" htmlFor="settings-contact">
              {t('settings.mediaContact')}
            </label>
            <textarea id="settings-contact" className="field-control" rows={3} value={settings.mediaContact} onChange={(event) => change({ mediaContact: event.target.value })} />
            <label className="field-label" htmlFor="settings-about">
              {t('settings.about')}
            </label>
            <textarea id="settings-about" className="field-control" rows={3} value={settings.aboutBoilerplate} onChange={(event) => change({ aboutBoilerplate: event.target.value })} />
          </fieldset>

          <fieldset>
            <legend>{t('settings.writing')}</legend>
            <label className="field-label" htmlFor="settings-author">
              {t('settings.authorName')}
            </label>
            <input id="settings-author" className="field-control" value={settings.authorName} onChange={(event) => change({ authorName: event.target.value })} />
            <label className="field-label" htmlFor="settings-language">
              {t('settings.defaultLanguage')}
            </label>
            <select id="settings-language" className="field-control" value={settings.defaultLanguage} onChange={(event) => change({ defaultLanguage: event.target.value })}>
              {briefingLanguages.map((language) => (
                <option key={language.tag} value={language.tag}>
                  {language.name}
                </option>
              ))}
            </select>
            <label className="field-label" htmlFor="settings-classifications">
              {t('settings.classifications')}
            </label>
            <textarea id="settings-classifications" className="field-control" rows={4} value={labels} onChange={(event) => setLabels(event.target.value)} />
          </fieldset>

          <fieldset>
            <legend>{t('spelling.personalDictionary')}</legend>
            <PersonalDictionary />
          </fieldset>

          <fieldset>
            <legend>{t('settings.pages')}</legend>
            <label className="field-label" htmlFor="settings-page-size">
              {t('settings.pageSize')}
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
                  <span>{t(marginLabels[side])}</span>
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
            <legend>{t('settings.saving')}</legend>
            <div className="settings-row">
              <label className="settings-number">
                <span>{t('settings.debounce')}</span>
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
                <span>{t('settings.maxWait')}</span>
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
                <span>{t('settings.dailyBackups')}</span>
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
                <span>{t('settings.monthlyBackups')}</span>
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

          <fieldset>
            <legend>{t('team.title')}</legend>
            <p className="modal-text">{teamStatus === undefined || teamStatus.state === 'local' ? t('team.local') : <TeamStatusText status={teamStatus} />}</p>
            <button type="button" className="button" onClick={() => setTeamOpen(true)}>
              {t('library.team')}
            </button>
          </fieldset>

          <DialogActions error={error} cancel={{ onClick: onClose }} primary={{ label: t('settings.save'), disabled: busy }} />
        </form>
      )}
      {teamOpen && <TeamLibraryDialog onClose={() => setTeamOpen(false)} />}
    </ModalDialog>
  );
}
