import { useT } from '../../ui/interface-language';
import type { FieldValue, PersonValue } from '../../../shared/document/briefing';
import { isPersonValue } from '../../../shared/document/field-format';
import type { FieldDefinition } from '../../../shared/document/template';
import { PersonNameInput } from '../directory/person-name-input';

export interface FieldInputProps {
  field: FieldDefinition;
  value: FieldValue | undefined;
  inputId: string;
  describedBy: string | undefined;
  invalid: boolean;
  readOnly: boolean;
  onChange: (value: FieldValue) => void;
  onBlur: () => void;
}

const emptyPerson: PersonValue = { name: '', title: '', organisation: '' };

/** Empty inputs store `null`, so "not filled in" has one meaning everywhere. */
const textOrNull = (text: string): string | null => (text === '' ? null : text);

/** One field of a template as the native control a person expects for its type. */
export function FieldInput({ field, value, inputId, describedBy, invalid, readOnly, onChange, onBlur }: FieldInputProps) {
  const t = useT();
  const text = typeof value === 'string' ? value : '';
  const common = {
    id: inputId,
    'aria-describedby': describedBy,
    'aria-invalid': invalid || undefined,
    'aria-required': field.required || undefined,
    disabled: readOnly,
    onBlur,
  };
  switch (field.type) {
    case 'text':
      // Names and places may be Arabic or Latin whatever the briefing's language: each input takes the direction of its text.
      return <input {...common} type="text" dir="auto" className="field-control" value={text} onChange={(event) => onChange(textOrNull(event.target.value))} />;
    case 'email':
      return <input {...common} type="email" className="field-control" value={text} onChange={(event) => onChange(textOrNull(event.target.value))} />;
    case 'phone':
      return <input {...common} type="tel" className="field-control" value={text} onChange={(event) => onChange(textOrNull(event.target.value))} />;
    case 'date':
      return <input {...common} type="date" className="field-control" value={text} onChange={(event) => onChange(textOrNull(event.target.value))} />;
    case 'time':
      return <input {...common} type="time" className="field-control" value={text} onChange={(event) => onChange(textOrNull(event.target.value))} />;
    case 'date-time':
      return (
        <input {...common} type="datetime-local" className="field-control" value={text} onChange={(event) => onChange(textOrNull(event.target.value))} />
      );
    case 'long-text':
      return <textarea {...common} dir="auto" className="field-control" rows={3} value={text} onChange={(event) => onChange(textOrNull(event.target.value))} />;
    case 'select':
      return (
        <select {...common} className="field-control" value={text} onChange={(event) => onChange(textOrNull(event.target.value))}>
          {(!field.required || text === '') && <option value="">—</option>}
          {field.options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      );
    case 'person': {
      const person = isPersonValue(value) ? value : emptyPerson;
      const part = (key: 'name' | 'title' | 'organisation', label: string) => (
        <input
          id={key === 'name' ? inputId : undefined}
          type="text"
          dir="auto"
          className="field-control"
          aria-label={t('details.personPart', { field: field.label, part: label })}
          aria-describedby={describedBy}
          aria-invalid={(invalid && key === 'name') || undefined}
          placeholder={label}
          disabled={readOnly}
          value={person[key]}
          onBlur={onBlur}
          onChange={(event) => onChange({ ...person, [key]: event.target.value })}
        />
      );
      // A name typed over a linked one is no longer the directory's: the link and its forms go with it.
      const { personId: _personId, forms: _forms, ...typed } = person;
      return (
        <div className="field-person">
          <PersonNameInput
            id={inputId}
            className="field-control"
            aria-label={t('details.personPart', { field: field.label, part: t('details.personName') })}
            aria-describedby={describedBy}
            aria-invalid={invalid || undefined}
            placeholder={t('details.personName')}
            disabled={readOnly}
            spellCheck={false}
            value={person.name}
            typed={person}
            onBlur={onBlur}
            onChange={(name) => onChange({ ...typed, name })}
            onPick={onChange}
          />
          {part('title', t('details.personTitle'))}
          {part('organisation', t('details.personOrganisation'))}
        </div>
      );
    }
  }
}
