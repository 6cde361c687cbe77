// Exposure of the three provider sectors (public, private, third sector) in the service
// suggestions of employer needs, measured through the platform's own SuggestedServicesService
// against a database (the suggestions come from the service catalogue and its search index, so
// there is nothing to measure offline). The pure part — shares from ranked lists — is tested in
// sector-exposure.spec.ts; the database part runs only with --sectors.

export const SECTORS = ['PUBLIC', 'PRIVATE', 'THIRD_SECTOR'] as const;
export type SectorKey = (typeof SECTORS)[number];

export interface SectorShares {
  /** Share of all suggestion slots. */
  slots: number;
  /** Share of position-weighted exposure: rank r of a need's list weighs 1 / log2(r + 1). */
  exposure: number;
  /** Share of the published services of the catalogue (what there is to suggest). */
  supply: number;
}

export interface SectorExposure {
  needs: number;
  needsWithSuggestions: number;
  suggestions: number;
  publishedServices: number;
  sectors: Record<SectorKey, SectorShares>;
  /** Database (name only) the figures come from. */
  source: string;
}

/**
 * Sector shares of ranked suggestion lists (one list per need, best first) against the sectors
 * of the published services. A list's weights are normalised to sum 1, so each need counts once
 * however many services it gets.
 */
export function sectorShares(lists: readonly (readonly SectorKey[])[], supply: readonly SectorKey[]): Record<SectorKey, SectorShares> {
  const slots = new Map<SectorKey, number>();
  const exposure = new Map<SectorKey, number>();
  let slotTotal = 0;
  let listsWithItems = 0;
  for (const list of lists) {
    if (list.length === 0) continue;
    listsWithItems++;
    const weights = list.map((_, rank) => 1 / Math.log2(rank + 2));
    const total = weights.reduce((sum, weight) => sum + weight, 0);
    list.forEach((sector, rank) => {
      slots.set(sector, (slots.get(sector) ?? 0) + 1);
      exposure.set(sector, (exposure.get(sector) ?? 0) + weights[rank]! / total);
      slotTotal++;
    });
  }
  const share = (part: number | undefined, whole: number) => (whole > 0 ? (part ?? 0) / whole : 0);
  return Object.fromEntries(
    SECTORS.map((sector) => [
      sector,
      {
        slots: share(slots.get(sector), slotTotal),
        exposure: share(exposure.get(sector), listsWithItems),
        supply: share(supply.filter((item) => item === sector).length, supply.length),
      },
    ]),
  ) as Record<SectorKey, SectorShares>;
}

const isSector = (value: string): value is SectorKey => (SECTORS as readonly string[]).includes(value);

/**
 * Suggestions of every need in the database of DATABASE_URL (seed it with `npm run migrate`,
 * `npm run import:regions`, `npm run seed:demo` and `npm run reindex`), through the platform's
 * SuggestedServicesService. The platform is loaded only here, so a run without --sectors stays
 * free of Nest and the database.
 */
export async function measureSectorExposure(): Promise<SectorExposure> {
  await import('reflect-metadata');
  const { NestFactory } = await import('@nestjs/core');
  const { DataSource } = await import('typeorm');
  const { loadConfig, splitDatabaseUrl } = await import('@ytmt/core');
  const { NeedRepository, SuggestedServicesService } = await import('@ytmt/needs');
  const { CliModule } = await import('../../apps/cli/src/cli.module');
  const config = loadConfig();
  const context = await NestFactory.createApplicationContext(CliModule.forRoot(config), { logger: ['error'] });
  try {
    const dataSource = context.get(DataSource);
    // A script, not a library: it may read the ids and sectors it needs straight from the tables.
    const needIds = ((await dataSource.query('SELECT id FROM need ORDER BY id')) as { id: string }[]).map((row) => row.id);
    const supplyRows = (await dataSource.query(
      `SELECT o.sector AS sector FROM service s JOIN organization o ON o.id = s.organization_id WHERE s.status = 'PUBLISHED'`,
    )) as { sector: string }[];
    const aggregates = await context.get(NeedRepository).load(needIds);
    const suggestions = await context.get(SuggestedServicesService).forNeeds(aggregates);
    const lists = suggestions.map((list) => list.map((item) => String(item.service.provider.sector)).filter(isSector));
    return {
      needs: needIds.length,
      needsWithSuggestions: lists.filter((list) => list.length > 0).length,
      suggestions: lists.reduce((sum, list) => sum + list.length, 0),
      publishedServices: supplyRows.length,
      sectors: sectorShares(lists, supplyRows.map((row) => row.sector).filter(isSector)),
      source: splitDatabaseUrl(config.databaseUrl).database,
    };
  } finally {
    await context.close();
  }
}
