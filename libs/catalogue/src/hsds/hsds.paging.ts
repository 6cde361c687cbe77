// Paging of the HSDS export: the `page` and `per_page` query parameters and the page envelope.
import type { FieldProblem } from '@ytmt/core';
import type { HsdsPage } from './hsds.types';

export const HSDS_DEFAULT_PER_PAGE = 20;
export const HSDS_MAX_PER_PAGE = 100;

export interface PageRequest {
  page: number;
  perPage: number;
}

export type PageRequestResult = { ok: true; request: PageRequest } | { ok: false; problems: FieldProblem[] };

/** Reads `page` and `per_page` as the HSDS API names them; both optional, both integers. */
export function parsePageRequest(query: Readonly<Record<string, unknown>>): PageRequestResult {
  const problems: FieldProblem[] = [];
  const page = positiveInteger(query['page'], 1);
  if (page === null) problems.push({ path: 'page', message: 'must be an integer of at least 1' });
  const perPage = positiveInteger(query['per_page'], HSDS_DEFAULT_PER_PAGE);
  if (perPage === null || perPage > HSDS_MAX_PER_PAGE) {
    problems.push({ path: 'per_page', message: `must be an integer from 1 to ${HSDS_MAX_PER_PAGE}` });
  }
  if (problems.length > 0 || page === null || perPage === null) return { ok: false, problems };
  return { ok: true, request: { page, perPage } };
}

export function toHsdsPage<T>(contents: T[], totalItems: number, request: PageRequest): HsdsPage<T> {
  const totalPages = Math.ceil(totalItems / request.perPage);
  return {
    total_items: totalItems,
    total_pages: totalPages,
    page_number: request.page,
    size: contents.length,
    first_page: request.page === 1,
    last_page: request.page >= totalPages,
    empty: contents.length === 0,
    contents,
  };
}

function positiveInteger(value: unknown, fallback: number): number | null {
  if (value === undefined) return fallback;
  if (typeof value !== 'string' || !/^[0-9]{1,9}$/.test(value)) return null;
  const parsed = Number(value);
  return parsed >= 1 ? parsed : null;
}
