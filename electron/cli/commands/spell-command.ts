import { briefingMisspellings, type BriefingMisspelling } from '../../../shared/spelling/briefing-spelling';
import { Speller } from '../../../shared/spelling/speller';
import { spellingLanguageOf } from '../../../shared/spelling/spelling-languages';
import type { Briefing } from '../../../shared/document/briefing';
import { CommandFailure, type CliContext } from '../cli-context';
import { parseCommandArguments, type CliCommand } from '../command';
import { json } from '../output-format';
import { terminalText } from '../terminal-text';
import { requireBriefingId } from './briefing-id';

function line(found: BriefingMisspelling): string {
  const where = `${found.section || '(untitled section)'}, paragraph ${found.blockIndex + 1}, offset ${found.offset}`;
  const suggestions = found.suggestions.length > 0 ? `: ${found.suggestions.join(', ')}` : ': no suggestions';
  return `${found.word}  (${where}, ${found.language})${suggestions}`;
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
export function spellingWarning(found: BriefingMisspelling): string {
  return `Spelling: “${found.word}” (${found.section || 'untitled section'})${found.suggestions.length > 0 ? ` — perhaps ${found.suggestions.slice(0, 3).join(', ')}` : ''}`;
}

export const spellCommand: CliCommand = {
  name: 'spell',
  usage: 'ID [--json]',
  summary: 'list the misspelt words of a briefing, each with up to five suggestions (the personal dictionary and directory names count as correct)',
  async run(context, args) {
    const { values, positionals } = parseCommandArguments('spell', args, { json: { type: 'boolean' } }, { min: 1, max: 1, names: 'the briefing ID' });
    if (!context.io.dictionaries) throw new CommandFailure('This build of the command line has no dictionaries bundled.');
    const briefing = await context.services().call('briefings', 'get', requireBriefingId(positionals[0]));
    const misspellings = (await misspellingsOf(context, briefing)) ?? [];
    if (values.json) {
      context.io.stdout(json({ id: briefing.id, language: briefing.language, misspellings }));
      return 0;
    }
    if (!spellingLanguageOf(briefing.language)) {
      context.io.stdout(`No dictionary is bundled for ${briefing.language}; only passages marked in another language were checked.\n`);
    }
    if (misspellings.length === 0) {
      context.io.stdout('No misspelt words.\n');
      return 0;
    }
    context.io.stdout(terminalText(`${misspellings.map(line).join('\n')}\n`));
    context.io.stdout(`${misspellings.length} misspelt ${misspellings.length === 1 ? 'word' : 'words'}.\n`);
    return 0;
  },
};
