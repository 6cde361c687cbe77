import type { NeedSearchFilter, OpenNeedHitFragment, OpenNeedHitsQuery as HitsResult, OpenNeedsCursorsQuery as CursorsResult, SearchOpenNeedsQuery } from '../../gql/graphql';
import { request } from '../../shared/api/client';
import { OpenNeedHitsQuery, OpenNeedsCursorsQuery, SearchOpenNeedsQuery as SearchOpenNeedsDocument } from './openNeeds.documents';

export const PAGE_SIZE = 10;
const CURSOR_STEP = 100; // the API's largest page (cursors only are cheap enough)
const HIT_STEP = 50; // hits without facets stay under the API's query cost limit

/**
 * One numbered page of need search. The API pages with cursors; to start at page N the cursor
 * before it is asked for first (only cursors, up to 100 at a time), so a shared link to page 3
 * opens page 3.
 */
export async function fetchNeedsPage(query: string | null, filter: NeedSearchFilter, page: number): Promise<SearchOpenNeedsQuery> {
  let remaining = (page - 1) * PAGE_SIZE;
  let after: string | null = null;
  while (remaining > 0) {
    const first = Math.min(CURSOR_STEP, remaining);
    const result: CursorsResult = await request(OpenNeedsCursorsQuery, { query, filter, first, after });
    after = result.searchNeeds.pageInfo.endCursor ?? after;
    remaining -= first;
    if (!result.searchNeeds.pageInfo.hasNextPage) break;
  }
  return request(SearchOpenNeedsDocument, { query, filter, first: PAGE_SIZE, after });
}

export function pageCount(totalCount: number): number {
  return Math.max(1, Math.ceil(totalCount / PAGE_SIZE));
}


/**
 * A need as search shows it, for callers who cannot open the need itself (anonymous visitors):
 * the API has no search by id, so the visible needs are read through, 50 at a time.
 */
export async function findNeedHit(id: string, maxPages = 40): Promise<OpenNeedHitFragment | null> {
  let after: string | null = null;
  for (let page = 0; page < maxPages; page++) {
    const result: HitsResult = await request(OpenNeedHitsQuery, { first: HIT_STEP, after });
    const hit = result.searchNeeds.edges.find((edge) => edge.node.id === id);
    if (hit) return hit.node;
    if (!result.searchNeeds.pageInfo.hasNextPage || !result.searchNeeds.pageInfo.endCursor) return null;
    after = result.searchNeeds.pageInfo.endCursor;
  }
  return null;
}
