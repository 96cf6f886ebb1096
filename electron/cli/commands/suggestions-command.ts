import { decideSuggestionInBody, suggestionList } from '../../../shared/document/suggestions';
import { CommandFailure, UsageError } from '../cli-context';
import { parseCommandArguments, type CliCommand } from '../command';
import { humanTime, json } from '../output-format';
import { terminalLine } from '../terminal-text';
import { requireBriefingId } from './briefing-id';

/** `suggestions ID`: the suggested changes of a briefing, in the order of their text, as the app's margin lists them. */
export const suggestionsCommand: CliCommand = {
  name: 'suggestions',
  usage: 'ID [--json]',
  summary: "list a briefing's suggested changes: inserted or deleted text, who suggested it and when",
  async run(context, args) {
    const { values, positionals } = parseCommandArguments('suggestions', args, { json: { type: 'boolean' } }, { min: 1, max: 1, names: 'the briefing ID' });
    const briefing = await context.services().call('briefings', 'get', requireBriefingId(positionals[0]));
    const suggestions = suggestionList(briefing.body).map(({ id, kind, author, at, text }) => ({ id, kind, author, at, text }));
    if (values.json) {
      context.io.stdout(json(suggestions));
      return 0;
    }
    if (suggestions.length === 0) {
      context.io.stdout('No suggested changes.\n');
      return 0;
    }
    const lines = suggestions.map(
      (suggestion) => `${suggestion.id}  ${suggestion.kind === 'insert' ? 'insert' : 'delete'} “${terminalLine(suggestion.text)}” — ${terminalLine(suggestion.author || 'No name')}, ${humanTime(suggestion.at)}`,
    );
    context.io.stdout(`${lines.join('\n')}\n`);
    return 0;
  },
};

/** `suggestion ID --accept SID` and its kin: decides one suggested change or all of them; prints the new revision. */
export const suggestionCommand: CliCommand = {
  name: 'suggestion',
  usage: 'ID --accept SID | --reject SID | --accept-all | --reject-all',
  summary: 'accept or reject one suggested change (its id from "suggestions") or all of them; prints the new revision',
  async run(context, args) {
    const { values, positionals } = parseCommandArguments(
      'suggestion',
      args,
      { accept: { type: 'string' }, reject: { type: 'string' }, 'accept-all': { type: 'boolean' }, 'reject-all': { type: 'boolean' } },
      { min: 1, max: 1, names: 'the briefing ID' },
    );
    const chosen = [values.accept !== undefined, values.reject !== undefined, values['accept-all'] === true, values['reject-all'] === true].filter(Boolean).length;
    if (chosen !== 1) throw new UsageError('suggestion: give exactly one of --accept SID, --reject SID, --accept-all or --reject-all.');
    const decision = values.accept !== undefined || values['accept-all'] ? 'accept' : 'reject';
    const id = values.accept ?? values.reject;
    const services = context.services();
    const briefing = await services.call('briefings', 'get', requireBriefingId(positionals[0]));
    const body = decideSuggestionInBody(briefing.body, id, decision);
    if (!body) {
      throw new CommandFailure(
        id === undefined ? 'The briefing has no suggested changes.' : `The briefing has no suggested change ${terminalLine(id)}; "suggestions ${briefing.id}" lists them.`,
        id === undefined ? undefined : 'not-found',
      );
    }
    const saved = await services.call('briefings', 'save', { id: briefing.id, baseRevision: briefing.revision, body });
    context.io.stdout(`${saved.revision}\n`);
    return 0;
  },
};
