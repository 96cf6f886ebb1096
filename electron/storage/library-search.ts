import type { Database } from 'better-sqlite3';
import type { LibrarySearchHit, LibrarySearchQuery, LibrarySearchResult } from '../../shared/ipc/briefing-service';
import { briefingStatuses, type BriefingStatus } from '../../shared/document/briefing';
import type { BriefingTemplate } from '../../shared/document/template';
import { findBuiltInTemplate } from '../../shared/document/templates/built-in-templates';
import { foldForSearch } from '../../shared/search/search-folding';
import type { FieldValues } from '../../shared/document/briefing';
import type { BriefingBody } from '../../shared/document/briefing-body';
import { searchBodyText } from '../../shared/search/search-body-text';
import { buildSnippet, type Snippet } from '../../shared/search/search-snippet';
import { matchRanges, searchTermSpellings } from '../../shared/search/search-spellings';
import { embargoFromRow, releaseColumns, statusFromRow, type ReleaseRow, type SummaryRow } from './briefing-rows';
import { unpackBody } from './body-codec';
import { withStorageErrors } from './storage-error';

interface HitRow extends SummaryRow {
  trashed_at: string | null;
  /** Read only when the query has words, for the snippet. */
  body_json: string | null;
  body_packed: Buffer | null;
  fields_json: string | null;
}

/** An FTS5 string literal: double quotes doubled. Terms are folded words, so this is belt and braces. */
const ftsString = (text: string) => `"${text.replace(/"/g, '""')}"`;

/** An FTS5 expression for a word in any of its spellings, each as the start of a word. */
const anySpelling = (spellings: readonly string[]) => `(${spellings.map((spelling) => `${ftsString(spelling)}*`).join(' OR ')})`;

/**
 * The FTS5 query for the words and the organisation filter: every word must
 * occur (as the start of a word, so results follow typing), in any column,
 * in any of its spellings (see `search-spellings.ts`); the organisation must
 * occur in the `organisations` column.
 */
function matchExpression(query: LibrarySearchQuery, alternatives: readonly string[] = []): { expression: string; terms: string[][] } | undefined {
  const terms = searchTermSpellings(query.text ?? '');
  const allOf = (words: readonly string[][]) => words.map(anySpelling).join(' AND ');
  // Other spellings of the same thing (a directory person's name in each language): any one of them matches instead.
  const others = alternatives.map(searchTermSpellings).filter((words) => words.length > 0);
  const parts = terms.length === 0 ? [] : [others.length === 0 ? allOf(terms) : `(${[terms, ...others].map((words) => `(${allOf(words)})`).join(' OR ')})`];
  const organisation = searchTermSpellings(query.organisation ?? '');
  if (organisation.length > 0) parts.push(`organisations : (${organisation.map(anySpelling).join(' ')})`);
  return parts.length > 0 ? { expression: parts.join(' AND '), terms: terms.length === 0 ? [] : [...terms, ...others.flat()] } : undefined;
}

/** The longest snippet (`buildSnippet`'s default): matches further on are never shown, so never looked for. */
const snippetLength = 180;

/**
 * The snippet from the body as a reader sees it (field references showing
 * their values, empty sections left out: `searchBodyText`, the text the index
 * was made from), with the words that match in any of their spellings marked.
 * A body that cannot be read has none.
 */
function snippetOf(row: HitRow, terms: readonly string[][], template: BriefingTemplate | undefined): Snippet | undefined {
  try {
    const text = searchBodyText({
      body: JSON.parse(unpackBody({ body_json: row.body_json ?? '[]', body_packed: row.body_packed })) as BriefingBody,
      fields: JSON.parse(row.fields_json ?? '{}') as FieldValues,
      language: row.language,
      template,
    });
    const azerbaijani = row.language === 'az' || row.language.startsWith('az-');
    return buildSnippet(text, matchRanges(text, terms, { azerbaijani, within: snippetLength }));
  } catch {
    return undefined;
  }
}

/** The briefings the words match, as a condition on `b` that SQLite checks against the set, not by a lookup per match. */
const matchedRowids = '+b.rowid IN (SELECT rowid FROM briefing_search WHERE briefing_search MATCH @match)';

const orderBy = {
  // FTS5's rank: bm25 with the column weights set in migration 0060 (title 10, fields 4, people 4, organisations 2, body 1).
  relevance: 'briefing_search.rank',
  edited: 'b.updated_at DESC, b.rowid DESC',
  'event-date': 'b.event_date IS NULL, b.event_date DESC, b.updated_at DESC',
  title: 'b.title COLLATE NOCASE ASC, b.updated_at DESC',
} as const;

interface StatusCount {
  status: string;
  count: number;
}

/** How many counts `LibrarySearch` keeps for the library as it is (queries of one view: its pages and status tabs). */
const keptCountsLimit = 32;

/** Search and browse over a library: words (FTS5), filters and order, with snippets cut from the original text. */
export class LibrarySearch {
  /**
   * The counts per status of recent queries, by their condition, for the library as it was then (`keptCountsState`:
   * SQLite's data_version, which moves when another connection commits, and this connection's total_changes(),
   * which moves with every row it writes). Paging, a status tab and a repeated search count nothing again.
   */
  private readonly keptCounts = new Map<string, StatusCount[]>();
  private keptCountsState: string | undefined;

  constructor(
    private readonly database: Database,
    private readonly findTemplate: (id: string) => BriefingTemplate | undefined = findBuiltInTemplate,
  ) {}

  /**
   * One read of the library for the view: the hits (at most `limit`), how
   * many match, the count of each status under the other filters (one
   * GROUP BY), and the embargo of the hits. In one read transaction, so the
   * counts and the hits agree even while another process saves.
   * `alternatives`: other spellings of the words, any of which may match instead.
   */
  search(query: LibrarySearchQuery, alternatives: readonly string[] = []): LibrarySearchResult {
    const matched = matchExpression(query, alternatives);
    // Without words, the organisation is a filter, not a question of relevance: the briefings are listed in the list's
    // own order, walking its index (migration 0170) and checking each against the set the organisation matches, so
    // the read stops after the page instead of ranking every match (57,095 of 100,000 for a common organisation).
    const match = matched && matched.terms.length > 0 ? matched : undefined;
    // Every condition but the status: the counts per status are taken under these.
    const conditions = [query.trashed ? 'b.trashed_at IS NOT NULL' : 'b.trashed_at IS NULL'];
    const params: Record<string, string | number> = { limit: query.limit ?? 200 };
    if (matched) params.match = matched.expression;
    if (match) conditions.push('briefing_search MATCH @match');
    else if (matched) conditions.push(matchedRowids);
    const filters = { templateId: 'b.template_id', language: 'b.language' } as const;
    for (const [key, column] of Object.entries(filters) as [keyof typeof filters, string][]) {
      const value = query[key];
      if (value === undefined) continue;
      conditions.push(`${column} = @${key}`);
      params[key] = value;
    }
    if (query.eventFrom) {
      conditions.push('b.event_date >= @eventFrom');
      params.eventFrom = query.eventFrom;
    }
    if (query.eventTo) {
      conditions.push('b.event_date <= @eventTo');
      params.eventTo = query.eventTo;
    }
    // Relevance is a question of words (`match` is set only with words): the organisation filter alone is a filter,
    // listed in the list's own order.
    const sort = query.sort === 'relevance' && !match ? 'edited' : (query.sort ?? (match ? 'relevance' : 'edited'));
    // Only relevance reads the hits from FTS5 (bm25 over every match); in any other order they are read walking the
    // index of that order, each checked against the set of matches, so the read stops after the page instead of
    // sorting every match (57,095 for an organisation at 100,000 briefings).
    const ranked = match !== undefined && sort === 'relevance';
    const from = ranked ? 'briefing_search JOIN briefings b ON b.rowid = briefing_search.rowid' : 'briefings b';
    // The hits of a list are read walking the index of their order (migration 0170), the dates checked in it: the `+`
    // keeps SQLite from reading every briefing in the range from the table and sorting them all for the first 50.
    const ordered = ranked
      ? conditions
      : conditions.map((condition) => (condition === 'briefing_search MATCH @match' ? matchedRowids : condition.replace(/^b\.event_date /, '+b.event_date ')));
    const hitConditions = query.status === undefined ? ordered : [...ordered, 'b.status = @status'];
    if (query.status !== undefined) params.status = query.status;
    // The counts depend on neither the order, the page nor the status (they are counted under the other conditions).
    const { limit: _limit, status: _status, ...countParams } = params;
    // Inside a transaction of the caller's, what is read may still be rolled back: nothing is kept from it.
    const keep = !this.database.inTransaction;
    const read = this.database.transaction(() => {
      const hits = this.database
        .prepare<Record<string, string | number>, HitRow>(
          `SELECT b.id, b.template_id, b.title, b.language, b.status, b.event_date, b.updated_at, b.revision, b.trashed_at,
             ${match ? 'b.body_json, b.body_packed, b.fields_json' : 'NULL AS body_json, NULL AS body_packed, NULL'} AS fields_json
           FROM ${from} WHERE ${hitConditions.join(' AND ')} ORDER BY ${orderBy[sort]} LIMIT @limit`,
        )
        .all(params);
      // Counted over the small index that holds every filter and the status (briefings_for_status_counts), the matches
      // as a set of rowids (the `+` keeps SQLite from looking each of them up in the table instead): joining every
      // match to its row read a page of the table per match, the most of a search's time at 100,000 briefings.
      const countConditions = match ? conditions.map((condition) => (condition === 'briefing_search MATCH @match' ? matchedRowids : condition)) : conditions;
      // Without filters or words the counts are kept by triggers (migration 0190) instead of counting the whole index.
      const countSql = `SELECT b.status AS status, count(*) AS count FROM briefings b WHERE ${countConditions.join(' AND ')} GROUP BY b.status`;
      const counts =
        conditions.length === 1
          ? this.database
              .prepare<[number], StatusCount>('SELECT status, count FROM briefing_status_counts WHERE trashed = ? AND count > 0')
              .all(query.trashed ? 1 : 0)
          : this.countedOnce(countSql, countParams, keep, () => this.database.prepare<Record<string, string | number>, StatusCount>(countSql).all(params));
      // The embargo sits in fields_json, behind the row's small columns: read for the hits only, not for every match sorted.
      const releases = this.database
        .prepare<[string], ReleaseRow & { id: string }>(`SELECT b.id, ${releaseColumns('b')} FROM briefings b WHERE b.id IN (SELECT value FROM json_each(?))`)
        .all(JSON.stringify(hits.map((hit) => hit.id)));
      return { hits, counts, releases: new Map(releases.map((row) => [row.id, embargoFromRow(row)])) };
    });
    const rows = withStorageErrors({ id: 'storage.librarySearch' }, () => read.deferred());
    const statusCounts = Object.fromEntries(briefingStatuses.map((status) => [status, 0])) as Record<BriefingStatus, number>;
    let all = 0;
    for (const { status, count } of rows.counts) {
      all += count;
      const known = briefingStatuses.find((candidate) => candidate === status);
      if (known) statusCounts[known] = count;
    }
    return {
      total: query.status === undefined ? all : statusCounts[query.status],
      statusCounts,
      hits: rows.hits.map((row): LibrarySearchHit => {
        const snippet = match ? snippetOf(row, match.terms, this.findTemplate(row.template_id)) : undefined;
        return {
          id: row.id,
          templateId: row.template_id,
          templateName: this.findTemplate(row.template_id)?.name ?? row.template_id,
          title: row.title,
          language: row.language,
          status: statusFromRow(row),
          eventDate: row.event_date,
          embargoUntil: rows.releases.get(row.id) ?? null,
          updatedAt: row.updated_at,
          revision: row.revision,
          trashedAt: row.trashed_at,
          ...(snippet ? { snippet } : {}),
        };
      }),
    };
  }

  /**
   * The counts of `sql` with `params` as kept for the library as it is now, or `count()` (then kept when `keep`).
   * Called inside the read's transaction, after its first read: the state read is that of the read's snapshot.
   */
  private countedOnce(sql: string, params: Record<string, string | number>, keep: boolean, count: () => StatusCount[]): StatusCount[] {
    const { version, changes } = this.database
      .prepare<[], { version: number; changes: number }>('SELECT data_version AS version, total_changes() AS changes FROM pragma_data_version')
      .get() ?? { version: NaN, changes: NaN };
    const state = `${version}:${changes}`;
    if (state !== this.keptCountsState) {
      this.keptCounts.clear();
      this.keptCountsState = state;
    }
    const key = `${sql}\u0000${JSON.stringify(Object.entries(params).sort(([a], [b]) => a.localeCompare(b)))}`;
    const kept = this.keptCounts.get(key);
    if (kept) return kept;
    const counts = count();
    if (keep) {
      if (this.keptCounts.size >= keptCountsLimit) this.keptCounts.delete(this.keptCounts.keys().next().value as string);
      this.keptCounts.set(key, counts);
    }
    return counts;
  }

  /** Every organisation named by a participant or a person field, as first written, for the filter's suggestions. */
  organisations(): string[] {
    const rows = withStorageErrors({ id: 'storage.organisationsRead' }, () =>
      this.database
        .prepare<[], { organisation: string }>(
          `SELECT DISTINCT json_extract(p.value, '$.organisation') AS organisation
           FROM briefings b, json_each(b.participants_json) p
           WHERE b.trashed_at IS NULL AND json_extract(p.value, '$.organisation') <> ''
           UNION
           SELECT DISTINCT json_extract(f.value, '$.organisation') FROM briefings b, json_each(b.fields_json) f
           WHERE b.trashed_at IS NULL AND f.type = 'object' AND json_extract(f.value, '$.organisation') <> ''`,
        )
        .all(),
    );
    const byFolded = new Map<string, string>();
    for (const { organisation } of rows) {
      const key = foldForSearch(organisation.trim());
      if (key && !byFolded.has(key)) byFolded.set(key, organisation.trim());
    }
    return [...byFolded.values()].sort((a, b) => a.localeCompare(b));
  }
}
