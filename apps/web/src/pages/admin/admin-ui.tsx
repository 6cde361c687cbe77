import type { UseQueryResult } from '@tanstack/react-query';
import { useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, InlineAlert } from 'suomifi-ui-components';
import type { ApiError } from '../../shared/errors/api-error';
import { ErrorState } from '../../shared/errors/ErrorPage';
import { Loading } from '../../shared/layout/LoadingPage';

/** A success note that takes the focus when it appears, so keyboard and screen-reader users hear it. */
export function SuccessNote({ text }: { text: string | null }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (text) ref.current?.focus();
  }, [text]);
  if (!text) return null;
  return (
    <div ref={ref} tabIndex={-1} className="admin-success">
      <InlineAlert status="neutral" role="status" mb="m">
        {text}
      </InlineAlert>
    </div>
  );
}

/** A labelled native select: fully keyboard-operable and announced with its label. */
export function LabelledSelect({
  id,
  label,
  value,
  onChange,
  children,
  error,
}: {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  children: ReactNode;
  error?: string;
}) {
  return (
    <div className="admin-field">
      <label htmlFor={id} className="admin-label">
        {label}
      </label>
      <select id={id} value={value} onChange={(event) => onChange(event.target.value)} aria-invalid={error ? true : undefined} aria-describedby={error ? `${id}-error` : undefined}>
        {children}
      </select>
      {error ? (
        <span id={`${id}-error`} className="admin-error">
          {error}
        </span>
      ) : null}
    </div>
  );
}

/** While a query loads: a spinner; when it fails: the error with a retry; then its data. */
export function Loaded<T>({ query, children }: { query: UseQueryResult<T, ApiError>; children: (data: T) => ReactNode }) {
  if (query.isPending) return <Loading />;
  if (query.isError) return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  return <>{children(query.data)}</>;
}

/** An admin list: one heading per column and a last one for the row's actions. */
export function AdminTable({ columns, caption, children }: { columns: string[]; caption?: string; children: ReactNode }) {
  const { t } = useTranslation('admin');
  return (
    <table className="admin-table">
      {caption ? <caption className="visually-hidden">{caption}</caption> : null}
      <thead>
        <tr>
          {[...columns, t('actionsColumn')].map((column) => (
            <th key={column} scope="col">
              {column}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>{children}</tbody>
    </table>
  );
}

/** A row of an AdminTable given over to a form, across all its columns. */
export function FormRow({ columns, children }: { columns: number; children: ReactNode }) {
  return (
    <tr>
      <td colSpan={columns}>{children}</td>
    </tr>
  );
}

/** The cursors of the pages seen so far; the last one fetches the page on show. */
export type Cursors = (string | undefined)[];

/** Previous and next page buttons over a connection's pageInfo. */
export function Pager({ label, cursors, onChange, pageInfo }: { label: string; cursors: Cursors; onChange: (cursors: Cursors) => void; pageInfo: { hasNextPage: boolean; endCursor?: string | null } }) {
  const { t } = useTranslation('admin');
  return (
    <nav aria-label={label}>
      <Button variant="secondary" disabled={cursors.length <= 1} onClick={() => onChange(cursors.slice(0, -1))} mr="s">
        {t('previous')}
      </Button>
      <Button variant="secondary" disabled={!pageInfo.hasNextPage} onClick={() => onChange([...cursors, pageInfo.endCursor ?? undefined])}>
        {t('next')}
      </Button>
    </nav>
  );
}
