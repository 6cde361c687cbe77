// Pure: statistical disclosure control of the published indicators. Every published figure counts
// at least K people or companies; smaller non-zero cells are suppressed (primary), and further
// cells are suppressed (secondary) until no suppressed cell can be recovered by subtracting the
// published cells of a row or a column from its published total.

/** The threshold: a published figure counts at least this many. */
export const MIN_PUBLISHED_COUNT = 5;

/** The whole country: the total row of each table. */
export const NATIONAL = 'NATIONAL';
/** The year's total: the total column of each table. */
export const YEAR_TOTAL = 'TOTAL';

/** One area's figure of one month (the input: what the summary tables hold). */
export interface AreaMonthCell {
  areaId: string;
  /** `YYYY-MM-01`. */
  month: string;
  metric: string;
  dimension: string;
  count: number;
  totalHours: number;
}

/** A published cell: an area or NATIONAL, a month or YEAR_TOTAL; count and hours are null when suppressed. */
export interface PublishedCell {
  areaId: string;
  period: string;
  metric: string;
  dimension: string;
  count: number | null;
  totalHours: number | null;
  suppressed: boolean;
}

interface WorkCell {
  areaId: string;
  period: string;
  count: number;
  totalHours: number;
  suppressed: boolean;
}

/**
 * Builds the table of each metric and dimension — rows: the areas and NATIONAL, columns: the
 * months and YEAR_TOTAL, every total the sum of its row or column — and suppresses its cells.
 * The decision depends on the whole table only: a caller that filters afterwards (one area, a
 * few months) publishes a subset of the same decisions, so comparing overlapping filters reveals
 * nothing. `areaIds` and `months` name every row and column, so empty cells count as published zeros.
 */
export function suppressTables(cells: readonly AreaMonthCell[], areaIds: readonly string[], months: readonly string[], k = MIN_PUBLISHED_COUNT): PublishedCell[] {
  const tables = new Map<string, AreaMonthCell[]>();
  for (const cell of cells) {
    const key = `${cell.metric}|${cell.dimension}`;
    const list = tables.get(key) ?? [];
    list.push(cell);
    tables.set(key, list);
  }
  const out: PublishedCell[] = [];
  for (const [key, tableCells] of tables) {
    const [metric, dimension] = splitKey(key);
    for (const cell of suppressTable(tableCells, areaIds, months, k)) {
      out.push({
        areaId: cell.areaId,
        period: cell.period,
        metric,
        dimension,
        count: cell.suppressed ? null : cell.count,
        totalHours: cell.suppressed ? null : cell.totalHours,
        suppressed: cell.suppressed,
      });
    }
  }
  return out;
}

function splitKey(key: string): [string, string] {
  const at = key.indexOf('|');
  return [key.slice(0, at), key.slice(at + 1)];
}

/** Smallest count first; ties by row and column, so the choice never depends on input order. */
const bySmallest = (a: WorkCell, b: WorkCell): number => a.count - b.count || compare(a.areaId, b.areaId) || compare(a.period, b.period);
const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** One metric's and dimension's table, every cell present, suppressed. */
export function suppressTable(cells: readonly AreaMonthCell[], areaIds: readonly string[], months: readonly string[], k = MIN_PUBLISHED_COUNT): WorkCell[] {
  const rows = [...new Set([...areaIds, ...cells.map((c) => c.areaId)])].sort(compare);
  const columns = [...new Set([...months, ...cells.map((c) => c.month)])].sort();
  const grid = new Map<string, Map<string, WorkCell>>();
  const at = (row: string, column: string): WorkCell => {
    let cells = grid.get(row);
    if (!cells) {
      cells = new Map();
      grid.set(row, cells);
    }
    let cell = cells.get(column);
    if (!cell) {
      cell = { areaId: row, period: column, count: 0, totalHours: 0, suppressed: false };
      cells.set(column, cell);
    }
    return cell;
  };
  for (const row of [...rows, NATIONAL]) for (const column of [...columns, YEAR_TOTAL]) at(row, column);
  const addTo = (target: WorkCell, cell: AreaMonthCell) => {
    target.count += cell.count;
    target.totalHours += cell.totalHours;
  };
  for (const cell of cells) {
    addTo(at(cell.areaId, cell.month), cell);
    addTo(at(cell.areaId, YEAR_TOTAL), cell);
    addTo(at(NATIONAL, cell.month), cell);
    addTo(at(NATIONAL, YEAR_TOTAL), cell);
  }
  const all = [...grid.values()].flatMap((row) => [...row.values()]);
  // Primary: a non-zero figure under k people.
  for (const cell of all) cell.suppressed = cell.count > 0 && cell.count < k;

  // Each additive relation: the members and their total. Across areas, each area's own staff
  // know their area's cell: two hidden areas alone would let one area recover the other.
  const relations: { members: WorkCell[]; total: WorkCell; acrossAreas: boolean }[] = [];
  for (const row of [...rows, NATIONAL]) relations.push({ members: columns.map((column) => at(row, column)), total: at(row, YEAR_TOTAL), acrossAreas: false });
  for (const column of [...columns, YEAR_TOTAL]) relations.push({ members: rows.map((row) => at(row, column)), total: at(NATIONAL, column), acrossAreas: true });

  // Secondary: while a relation has exactly one suppressed cell (or, across areas, exactly two
  // hidden areas under a published total), suppress its smallest other non-zero cell (the least
  // information lost); the total when there is no such member.
  const exposed = ({ members, total, acrossAreas }: (typeof relations)[number]): boolean => {
    const hiddenMembers = members.filter((cell) => cell.suppressed).length;
    const hidden = hiddenMembers + (total.suppressed ? 1 : 0);
    return hidden === 1 || (acrossAreas && hiddenMembers === 2 && !total.suppressed);
  };
  // Work through the relations; a newly hidden cell puts the relations it belongs to back in the queue.
  const relationsOf = new Map<WorkCell, number[]>();
  relations.forEach(({ members, total }, index) => {
    for (const cell of [...members, total]) relationsOf.set(cell, [...(relationsOf.get(cell) ?? []), index]);
  });
  const queue = relations.map((_, index) => index);
  const queued = new Set(queue);
  while (queue.length > 0) {
    const index = queue.shift() as number;
    queued.delete(index);
    const relation = relations[index];
    if (!exposed(relation)) continue;
    const { members, total } = relation;
    const candidates = members.filter((cell) => !cell.suppressed && cell.count > 0).sort(bySmallest);
    const next = candidates[0] ?? (!total.suppressed && total.count > 0 ? total : undefined);
    if (!next) continue;
    next.suppressed = true;
    for (const other of [index, ...(relationsOf.get(next) ?? [])]) {
      if (!queued.has(other)) {
        queued.add(other);
        queue.push(other);
      }
    }
  }
  return all;
}

/**
 * The suppressed cells that can be recovered by subtraction from one row or column, by someone who
 * also knows every cell of `knownAreaId` (an area's own staff). For tests and assertions.
 */
export function recoverableBySubtraction(published: readonly PublishedCell[], knownAreaId?: string): PublishedCell[] {
  const cells = published.map((cell) => (knownAreaId !== undefined && cell.areaId === knownAreaId ? { ...cell, suppressed: false } : cell));
  const exposed: PublishedCell[] = [];
  const tables = new Map<string, PublishedCell[]>();
  for (const cell of cells) {
    const key = `${cell.metric}|${cell.dimension}`;
    tables.set(key, [...(tables.get(key) ?? []), cell]);
  }
  for (const table of tables.values()) {
    const groups = new Map<string, PublishedCell[]>();
    for (const cell of table) {
      for (const key of [`row:${cell.areaId}`, `column:${cell.period}`]) groups.set(key, [...(groups.get(key) ?? []), cell]);
    }
    for (const group of groups.values()) {
      const hidden = group.filter((cell) => cell.suppressed);
      if (hidden.length === 1) exposed.push(hidden[0]);
    }
  }
  return exposed;
}
