import { describe, expect, it } from 'vitest';
import type { TeamStatus } from '../../shared/ipc/team-service';
import { createTranslator } from '../../shared/i18n/translator';
import { statusLine } from './commands/team-command';

const offline = (waiting: number, conflicts: number): TeamStatus => ({
  state: 'offline',
  server: 'postgres://leyla@press.example.org/briefings',
  offlineSince: '2026-12-06T09:14:00.000Z',
  lastSync: null,
  waiting,
  conflicts,
  role: null,
});

describe('team status on the command line', () => {
  it('keeps the English sentence scripts and people know', () => {
    expect(statusLine({ ...offline(1, 0), state: 'online', lastSync: null }, createTranslator('en'), 'en')).toBe(
      'Shared with postgres://leyla@press.example.org/briefings: in sync; 1 save waiting; 0 conflicts.',
    );
  });

  it('agrees the Russian words with each count (one, few, many)', () => {
    const russian = createTranslator('ru');
    const line = (waiting: number, conflicts: number) => statusLine(offline(waiting, conflicts), russian, 'ru');
    expect(line(1, 21)).toMatch(/: нет связи с \d+ дек\. 2026, \d\d:\d\d; 1 изменение ожидает отправки; 21 конфликт\.$/u);
    expect(line(3, 2)).toMatch(/; 3 изменения ожидают отправки; 2 конфликта\.$/u);
    expect(line(5, 0)).toMatch(/; 5 изменений ожидают отправки; 0 конфликтов\.$/u);
  });

  it('says it in Azerbaijani and Turkish without a plural ending after a number', () => {
    expect(statusLine({ ...offline(3, 1), state: 'local' }, createTranslator('az'), 'az')).toBe('Bu kitabxana paylaşılmayıb: yalnız bu kompüterdədir.');
    expect(statusLine(offline(3, 2), createTranslator('tr'), 'tr')).toMatch(/; gönderilmeyi bekleyen 3 değişiklik; 2 çakışma\.$/u);
    expect(statusLine(offline(3, 2), createTranslator('az'), 'az')).toMatch(/; göndərilməyi gözləyən 3 dəyişiklik; 2 ziddiyyət\.$/u);
  });
});
