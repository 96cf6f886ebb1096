import { briefingMisspellings, type BriefingMisspelling } from '../../../shared/spelling/briefing-spelling';
import { Speller } from '../../../shared/spelling/speller';
import { spellingLanguageOf } from '../../../shared/spelling/spelling-languages';
import { CommandFailure } from '../cli-context';
import { parseCommandArguments, type CliCommand } from '../command';
import { json } from '../output-format';
import { terminalText } from '../terminal-text';
import { requireBriefingId } from './briefing-id';

function line(found: BriefingMisspelling): string {
  const where = `${found.section || '(untitled section)'}, paragraph ${found.blockIndex + 1}, offset ${found.offset}`;
  const suggestions = found.suggestions.length > 0 ? `: ${found.suggestions.join(', ')}` : ': no suggestions';
  return `${found.word}  (${where}, ${found.language})${suggestions}`;
}

export const spellCommand: CliCommand = {
  name: 'spell',
  usage: 'ID [--json]',
  summary: 'list the misspelt words of a briefing, each with up to five suggestions (the personal dictionary and directory names count as correct)',
  async run(context, args) {
    const { values, positionals } = parseCommandArguments('spell', args, { json: { type: 'boolean' } }, { min: 1, max: 1, names: 'the briefing ID' });
    const source = context.io.dictionaries;
    if (!source) throw new CommandFailure('This build of the command line has no dictionaries bundled.');
    const services = context.services();
    const briefing = await services.call('briefings', 'get', requireBriefingId(positionals[0]));
    const accepted = await services.call('spelling', 'acceptedWords');
    const speller = await Speller.create(source);
    speller.setAcceptedWords([...accepted.personal, ...accepted.directory]);
    const misspellings = await briefingMisspellings(speller, briefing);
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
