import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { byKeys, DataLoaderRegistry, groupByKeys, LoaderKey } from '@ytmt/core';
import { DataSource, In } from 'typeorm';
import { EmploymentAreaMunicipality } from './entities/employment-area-municipality.entity';
import { EmploymentArea } from './entities/employment-area.entity';
import { Municipality } from './entities/municipality.entity';
import { Region } from './entities/region.entity';
import { WellbeingCounty } from './entities/wellbeing-county.entity';

export const RegionsLoaders = {
  region: new LoaderKey<string, Region | null>('regions.region'),
  wellbeingCounty: new LoaderKey<string, WellbeingCounty | null>('regions.wellbeingCounty'),
  municipality: new LoaderKey<string, Municipality | null>('regions.municipality'),
  employmentArea: new LoaderKey<string, EmploymentArea | null>('regions.employmentArea'),
  areaOfMunicipality: new LoaderKey<string, EmploymentArea | null>('regions.areaOfMunicipality'),
  municipalitiesOfArea: new LoaderKey<string, Municipality[]>('regions.municipalitiesOfArea'),
};

@Injectable()
export class RegionsLoaderRegistrar implements OnModuleInit {
  constructor(
    private readonly registry: DataLoaderRegistry,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  onModuleInit(): void {
    const db = this.dataSource;
    this.registry.register(RegionsLoaders.region, async (codes) =>
      byKeys(codes, await db.getRepository(Region).findBy({ code: In([...codes]) }), (r) => r.code),
    );
    this.registry.register(RegionsLoaders.wellbeingCounty, async (codes) =>
      byKeys(codes, await db.getRepository(WellbeingCounty).findBy({ code: In([...codes]) }), (c) => c.code),
    );
    this.registry.register(RegionsLoaders.municipality, async (codes) =>
      byKeys(codes, await db.getRepository(Municipality).findBy({ code: In([...codes]) }), (m) => m.code),
    );
    this.registry.register(RegionsLoaders.employmentArea, async (ids) =>
      byKeys(ids, await db.getRepository(EmploymentArea).findBy({ id: In([...ids]) }), (a) => a.id),
    );
    this.registry.register(RegionsLoaders.areaOfMunicipality, async (codes) => {
      const links = await db
        .getRepository(EmploymentAreaMunicipality)
        .find({ where: { municipalityCode: In([...codes]) }, relations: { employmentArea: true } });
      return byKeys(codes, links, (l) => l.municipalityCode).map((link) => link?.employmentArea ?? null);
    });
    this.registry.register(RegionsLoaders.municipalitiesOfArea, async (ids) => {
      const links = await db.getRepository(EmploymentAreaMunicipality).find({
        where: { employmentAreaId: In([...ids]) },
        relations: { municipality: true },
        order: { municipalityCode: 'ASC' },
      });
      return groupByKeys(ids, links, (l) => l.employmentAreaId).map((group) =>
        group.map((link) => link.municipality as Municipality),
      );
    });
  }
}
