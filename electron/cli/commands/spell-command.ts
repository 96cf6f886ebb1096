import { briefingMisspellings, type BriefingMisspelling } from '../../../shared/spelling/briefing-spelling';
import { Speller } from '../../../shared/spelling/speller';
import { spellingLanguageOf } from '../../../shared/spelling/spelling-languages';
import type { Briefing } from '../../../shared/document/briefing';
import type { Translate } from '../../../shared/i18n/messages';
import { CommandFailure, type CliContext } from '../cli-context';
import { parseCommandArguments, type CliCommand } from '../command';
import { json } from '../output-format';
import { terminalText } from '../terminal-text';
import { requireBriefingId } from './briefing-id';

function line(t: Translate, found: BriefingMisspelling): string {
  const values = {
    word: found.word,
    section: found.section || t('cli.spell.untitledSection'),
    paragraph: found.cell
      ? t('cli.spell.cellPlace', { block: found.blockIndex + 1, row: found.cell.row + 1, column: found.cell.column + 1 })
      : found.picture === 'caption'
        ? t('cli.spell.captionPlace', { block: found.blockIndex + 1 })
        : found.picture === 'credit'
          ? t('cli.spell.creditPlace', { block: found.blockIndex + 1 })
          : String(found.blockIndex + 1),
    offset: String(found.offset),
    language: found.language,
    suggestions: found.suggestions.join(', '),
  };
  return t(found.suggestions.length > 0 ? 'cli.spell.line' : 'cli.spell.lineNoSuggestions', values);
}

/**
 * The briefing's misspelt words as the app's checker finds them (the personal dictionary and directory
 * names count as correct), or undefined when this build has no dictionaries bundled.
 */
export async function misspellingsOf(context: CliContext, briefing: Briefing): Promise<BriefingMisspelling[] | undefined> {
  const source = context.io.dictionaries;
  if (!source) return undefined;
  const accepted = await context.services().call('spelling', 'acceptedWords');
  const speller = await Speller.create(source);
  speller.setAcceptedWords([...accepted.personal, ...accepted.directory]);
  return briefingMisspellings(speller, briefing);
}

/** Before an export, as the app's export dialog lists them: warnings that never stop it. */
export function spellingWarning(t: Translate, found: BriefingMisspelling): string {
  const section = found.section || t('spelling.untitledSection');
  return found.suggestions.length > 0
    ? t('cli.spell.warning', { word: found.word, section, suggestions: found.suggestions.slice(0, 3).join(', ') })
    : t('cli.spell.warningNoSuggestions', { word: found.word, section });
}

export const spellCommand: CliCommand = {
  name: 'spell',
  usage: 'ID [--json]',
  summary: 'cli.spell.summary',
  async run(context, args) {
    const { values, positionals } = parseCommandArguments(context.t, 'spell', args, { json: { type: 'boolean' } }, { min: 1, max: 1, missing: 'cli.args.missingBriefingId' });
    if (!context.io.dictionaries) throw new CommandFailure(context.t('cli.spell.noDictionaries'));
    const briefing = await context.services().call('briefings', 'get', requireBriefingId(context.t, positionals[0]));
    const misspellings = (await misspellingsOf(context, briefing)) ?? [];
    if (values.json) {
      context.io.stdout(json({ id: briefing.id, language: briefing.language, misspellings }));
      return 0;
    }
    if (!spellingLanguageOf(briefing.language)) {
      context.io.stdout(`${context.t('cli.spell.noDictionaryFor', { language: briefing.language })}\n`);
    }
    if (misspellings.length === 0) {
      context.io.stdout(`${context.t('cli.spell.none')}\n`);
      return 0;
    }
    context.io.stdout(terminalText(`${misspellings.map((found) => line(context.t, found)).join('\n')}\n`));
    context.io.stdout(`${context.t('cli.spell.count', { count: misspellings.length })}\n`);
    return 0;
  },
};
