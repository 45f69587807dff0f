import { MAX_QUERY_LENGTH } from "@/lib/search/query";
import { SEARCH_PATH } from "@/lib/site";

type Props = {
  /** The input's id; each form on a page needs its own. */
  id: string;
  label: string;
  /** Names the search landmark, so several on one page can be told apart. */
  landmark: string;
  button: string;
  query?: string;
  /** The article a question is asked on, sent along so its passages come first. */
  about?: string;
  className: string;
  /**
   * The header's label is read by screen readers and shown as the box's placeholder, not above it: on a
   * phone the header then takes two short rows, and the Search button beside the box says what it is for.
   */
  compact?: boolean;
};

/** A plain GET form to /search: it works with JavaScript off, and the question is in the URL a reader can share. */
export function SearchForm({ id, label, landmark, button, query, about, className, compact = false }: Props) {
  return (
    <form role="search" aria-label={landmark} action={SEARCH_PATH} method="get" className={className}>
      <label htmlFor={id} className={compact ? "hp-visually-hidden" : `${className}__label`}>
        {label}
      </label>
      <div className={`${className}__row`}>
        <input
          id={id}
          className={`${className}__input`}
          type="search"
          name="q"
          defaultValue={query}
          maxLength={MAX_QUERY_LENGTH}
          autoComplete="off"
          enterKeyHint="search"
          placeholder={compact ? label : undefined}
        />
        {about ? <input type="hidden" name="about" value={about} /> : null}
        <button type="submit" className={`${className}__button`}>
          {button}
        </button>
      </div>
    </form>
  );
}
