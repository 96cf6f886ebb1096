import { useT } from '../../ui/interface-language';
import { useId, useState } from 'react';
import type { FieldValue, FieldValues } from '../../../shared/document/briefing';
import type { BriefingTemplate } from '../../../shared/document/template';
import type { ValidationIssue } from '../../../shared/document/validate-briefing';
import { FieldInput } from './field-input';
import { briefingLanguages } from './languages';
import './details.css';
import { fieldValueOf } from '../../../shared/document/own-fields';
import { formatFieldValue, hasFieldValue } from '../../../shared/document/field-format';
import { useShownTemplate } from '../templates/shown-templates';

export interface DetailsPanelProps {
  template: BriefingTemplate;
  fields: FieldValues;
  language: string;
  issues: readonly ValidationIssue[];
  readOnly: boolean;
  onFieldChange: (fieldId: string, value: FieldValue) => void;
  onLanguageChange: (language: string) => void;
}

/**
 * The template's fields as a form beside the body. Malformed values are
 * flagged at once; a missing required value only once the person has left
 * the field, so a new briefing does not open covered in red.
 */
export function DetailsPanel({ template: givenTemplate, fields, language, issues, readOnly, onFieldChange, onLanguageChange }: DetailsPanelProps) {
  const t = useT();
  const template = useShownTemplate(givenTemplate);
  const idPrefix = useId();
  const [touched, setTouched] = useState<ReadonlySet<string>>(new Set());
  const fieldIssues = issues.filter((issue) => issue.fieldId !== undefined);
  const languageKnown = briefingLanguages.some((candidate) => candidate.tag === language);

  return (
    <aside className="details-panel" aria-label={t('details.label')} data-pane="details">
      <h2 className="details-title">{t('details.label')}</h2>
      {fieldIssues.length > 0 && (
        <p className="details-summary">
          {t('details.toComplete', { count: fieldIssues.length })}
        </p>
      )}
      <div className="field">
        <label className="field-label" htmlFor={`${idPrefix}-language`}>
          {t('details.language')}
        </label>
        <select
          id={`${idPrefix}-language`}
          className="field-control"
          value={language}
          disabled={readOnly}
          onChange={(event) => onLanguageChange(event.target.value)}
        >
          {!languageKnown && <option value={language}>{language}</option>}
          {briefingLanguages.map((candidate) => (
            <option key={candidate.tag} value={candidate.tag}>
              {candidate.name}
            </option>
          ))}
        </select>
      </div>
      {template.fields.map((field) => {
        const inputId = `${idPrefix}-${field.id}`;
        const issue = fieldIssues.find((candidate) => candidate.fieldId === field.id);
        const shown = issue && (issue.kind !== 'missing' || touched.has(field.id)) ? issue : undefined;
        const messageId = shown ? `${inputId}-message` : undefined;
        const helpId = field.help ? `${inputId}-help` : undefined;
        return (
          <div className="field" key={field.id} data-field-id={field.id}>
            <label className="field-label" htmlFor={inputId}>
              {field.label}
              {(field.required || (field.requiredWhen && fieldValueOf(fields, field.requiredWhen.field) === field.requiredWhen.equals)) && (
                <span className="field-required" aria-hidden="true">
                  {' *'}
                </span>
              )}
            </label>
            <FieldInput
              field={field}
              value={fieldValueOf(fields, field.id)}
              inputId={inputId}
              describedBy={[messageId, helpId].filter(Boolean).join(' ') || undefined}
              invalid={shown !== undefined}
              readOnly={readOnly}
              onChange={(value) => onFieldChange(field.id, value)}
              onBlur={() => setTouched((previous) => (previous.has(field.id) ? previous : new Set(previous).add(field.id)))}
            />
            {(field.type === 'date' || field.type === 'date-time') && hasFieldValue(fieldValueOf(fields, field.id)) && (
              // How the briefing writes this date, in its own language: the same words as the editor and every export.
              <p className="field-help field-written" lang={language} data-written-date={field.id}>
                {formatFieldValue(field, fieldValueOf(fields, field.id), language)}
              </p>
            )}
            {field.help && (
              <p className="field-help" id={helpId}>
                {field.help}
              </p>
            )}
            {shown && (
              <p className="field-message" id={messageId} role="alert">
                {shown.message}
              </p>
            )}
          </div>
        );
      })}
    </aside>
  );
}
