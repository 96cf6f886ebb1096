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
  summary: 'cli.suggestions.summary',
  async run(context, args) {
    const { values, positionals } = parseCommandArguments(context.t, 'suggestions', args, { json: { type: 'boolean' } }, { min: 1, max: 1, missing: 'cli.args.missingBriefingId' });
    const briefing = await context.services().call('briefings', 'get', requireBriefingId(context.t, positionals[0]));
    // A change of a block's form also says the form suggested and the one the block had; one of text's formatting,
    // the marks it switches on and off.
    const suggestions = suggestionList(briefing.body).map(({ id, kind, author, at, text, form, from, marks }) => ({ id, kind, author, at, text, ...(form ? { form, from } : {}), ...(marks ? { marks } : {}) }));
    if (values.json) {
      context.io.stdout(json(suggestions));
      return 0;
    }
    if (suggestions.length === 0) {
      context.io.stdout(`${context.t('cli.suggestions.none')}\n`);
      return 0;
    }
    const lines = suggestions.map((suggestion) => {
      const said = {
        text: terminalLine(suggestion.text),
        author: terminalLine(suggestion.author || context.t('cli.comments.noName')),
        time: humanTime(suggestion.at, context.language),
      };
      if (suggestion.marks) {
        // "Bold, Not Italic", as the app's margin says it.
        const marks = [...suggestion.marks.added.map((mark) => context.t('suggestions.markOn', { mark })), ...suggestion.marks.removed.map((mark) => context.t('suggestions.markOff', { mark }))].join(', ');
        return `${suggestion.id}  ${context.t('cli.suggestions.formatLine', { ...said, marks })}`;
      }
      return `${suggestion.id}  ${context.t('cli.suggestions.line', { ...said, kind: suggestion.kind })}`;
    });
    context.io.stdout(`${lines.join('\n')}\n`);
    return 0;
  },
};

/** `suggestion ID --accept SID` and its kin: decides one suggested change or all of them; prints the new revision. */
export const suggestionCommand: CliCommand = {
  name: 'suggestion',
  usage: 'ID --accept SID | --reject SID | --accept-all | --reject-all',
  summary: 'cli.suggestion.summary',
  async run(context, args) {
    const { values, positionals } = parseCommandArguments(
      context.t,
      'suggestion',
      args,
      { accept: { type: 'string' }, reject: { type: 'string' }, 'accept-all': { type: 'boolean' }, 'reject-all': { type: 'boolean' } },
      { min: 1, max: 1, missing: 'cli.args.missingBriefingId' },
    );
    const chosen = [values.accept !== undefined, values.reject !== undefined, values['accept-all'] === true, values['reject-all'] === true].filter(Boolean).length;
    if (chosen !== 1) throw new UsageError(context.t('cli.suggestion.chooseOne'));
    const decision = values.accept !== undefined || values['accept-all'] ? 'accept' : 'reject';
    const id = typeof values.accept === 'string' ? values.accept : typeof values.reject === 'string' ? values.reject : undefined;
    const services = context.services();
    const briefing = await services.call('briefings', 'get', requireBriefingId(context.t, positionals[0]));
    const body = decideSuggestionInBody(briefing.body, id, decision);
    if (!body) {
      throw new CommandFailure(
        id === undefined ? context.t('cli.suggestion.noneToDecide') : context.t('cli.suggestion.notFound', { suggestion: terminalLine(id), id: briefing.id }),
        id === undefined ? undefined : 'not-found',
      );
    }
    const saved = await services.call('briefings', 'save', { id: briefing.id, baseRevision: briefing.revision, body });
    context.io.stdout(`${saved.revision}\n`);
    return 0;
  },
};
