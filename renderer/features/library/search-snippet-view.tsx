import type { Snippet } from '../../../shared/search/search-snippet';

/** A result snippet with the matched words marked; text only, never HTML. */
export function SearchSnippetView({ snippet }: { snippet: Snippet }) {
  return (
    <span className="search-snippet">
      {snippet.truncatedStart && '… '}
      {snippet.parts.map((part, index) => (part.match ? <mark key={index}>{part.text}</mark> : <span key={index}>{part.text}</span>))}
      {snippet.truncatedEnd && ' …'}
    </span>
  );
}
