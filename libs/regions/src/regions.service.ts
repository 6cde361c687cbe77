import { Inject, Injectable, Optional } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Connection, decodeCursor, DEFAULT_PAGE_SIZE, toConnection } from '@ytmt/core';
import { DataSource, EntityManager, In } from 'typeorm';
import { EmploymentAreaInput, MunicipalityFilter, UpdateEmploymentAreaInput } from './dto/region.types';
import { EmploymentAreaMunicipality } from './entities/employment-area-municipality.entity';
import { EmploymentArea } from './entities/employment-area.entity';
import { Municipality } from './entities/municipality.entity';
import { PostalCode } from './entities/postal-code.entity';
import { RegionNamesReader } from './readers/region-names.reader';
import { RegionsErrorCode, RegionsException } from './regions.exception';

@Injectable()
export class RegionsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    // Optional: a service built by hand (tests) has no cached names to forget.
    @Optional() @Inject(RegionNamesReader) private readonly names: RegionNamesReader | null = null,
  ) {}

  async listMunicipalities(filter: MunicipalityFilter = {}, first = DEFAULT_PAGE_SIZE, after?: string): Promise<Connection<Municipality>> {
    const query = this.dataSource.getRepository(Municipality).createQueryBuilder('m');
    if (filter.search) {
      const pattern = `%${filter.search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      query.andWhere('(m.name_fi ILIKE :pattern OR m.name_sv ILIKE :pattern)', { pattern });
    }
    if (filter.regionCode) query.andWhere('m.region_code = :regionCode', { regionCode: filter.regionCode });
    if (filter.wellbeingCountyCode) {
      query.andWhere('m.wellbeing_county_code = :county', { county: filter.wellbeingCountyCode });
    }
    if (filter.employmentAreaId) {
      query.andWhere(
        'm.code IN (SELECT municipality_code FROM employment_area_municipality WHERE employment_area_id = :areaId)',
        { areaId: filter.employmentAreaId },
      );
    }
    const totalCount = await query.getCount();
    if (after) query.andWhere('m.code > :after', { after: decodeCursor(after) });
    const rows = await query.orderBy('m.code', 'ASC').limit(first + 1).getMany();
    return toConnection(rows, first, totalCount, (m) => m.code, Boolean(after));
  }

  async getMunicipality(code: string, path = 'code'): Promise<Municipality> {
    if (!/^\d{3}$/.test(code)) {
      throw RegionsException.field(RegionsErrorCode.INVALID_MUNICIPALITY_CODE, path, 'must be a three-digit municipality code');
    }
    const found = await this.dataSource.getRepository(Municipality).findOneBy({ code });
    if (!found) throw RegionsException.field(RegionsErrorCode.UNKNOWN_MUNICIPALITY, path, `no municipality has code ${code}`);
    return found;
  }

  /** For other domains: every code must name a municipality; the error names the field. */
  async assertMunicipalitiesExist(codes: readonly string[], path: string, manager?: EntityManager): Promise<void> {
    const unique = [...new Set(codes)];
    if (unique.length === 0) return;
    const found = await (manager ?? this.dataSource.manager)
      .getRepository(Municipality)
      .find({ select: { code: true }, where: { code: In(unique) } });
    const known = new Set(found.map((m) => m.code));
    const index = codes.findIndex((code) => !known.has(code));
    if (index >= 0) {
      throw RegionsException.field(RegionsErrorCode.UNKNOWN_MUNICIPALITY, `${path}[${index}]`, `no municipality has code ${codes[index]}`);
    }
  }

  /**
   * For other domains: the employment area that covers each municipality (a municipality belongs
   * to at most one). Codes no area covers are absent from the map.
   */
  async employmentAreasOf(municipalityCodes: readonly string[], manager: EntityManager = this.dataSource.manager): Promise<Map<string, string>> {
    const unique = [...new Set(municipalityCodes.filter((code): code is string => typeof code === 'string'))];
    if (unique.length === 0) return new Map();
    const rows = await manager.getRepository(EmploymentAreaMunicipality).find({
      select: { municipalityCode: true, employmentAreaId: true },
      where: { municipalityCode: In(unique) },
    });
    return new Map(rows.map((row) => [row.municipalityCode, row.employmentAreaId]));
  }

  /** The employment area that covers one municipality, or null (no code, or no area covers it). */
  async employmentAreaOf(municipalityCode: string | null | undefined, manager?: EntityManager): Promise<string | null> {
    if (!municipalityCode) return null;
    return (await this.employmentAreasOf([municipalityCode], manager)).get(municipalityCode) ?? null;
  }

  /** For other domains: the codes of the municipalities the given employment areas cover, sorted. */
  async municipalityCodesOf(employmentAreaIds: readonly string[], manager: EntityManager = this.dataSource.manager): Promise<string[]> {
    const unique = [...new Set(employmentAreaIds)];
    if (unique.length === 0) return [];
    const rows = await manager.getRepository(EmploymentAreaMunicipality).find({
      select: { municipalityCode: true },
      where: { employmentAreaId: In(unique) },
      order: { municipalityCode: 'ASC' },
    });
    return rows.map((row) => row.municipalityCode);
  }

  async getPostalCode(code: string): Promise<PostalCode> {
    if (!/^\d{5}$/.test(code)) {
      throw RegionsException.field(RegionsErrorCode.INVALID_POSTAL_CODE, 'code', 'must be a five-digit postal code');
    }
    const found = await this.dataSource.getRepository(PostalCode).findOneBy({ code });
    if (!found) throw RegionsException.field(RegionsErrorCode.UNKNOWN_POSTAL_CODE, 'code', `no postal code ${code}`);
    return found;
  }

  listEmploymentAreas(): Promise<EmploymentArea[]> {
    return this.dataSource.getRepository(EmploymentArea).find({ order: { nameFi: 'ASC' } });
  }

  async getEmploymentArea(id: string, manager: EntityManager = this.dataSource.manager): Promise<EmploymentArea> {
    const found = await manager.getRepository(EmploymentArea).findOneBy({ id });
    if (!found) throw RegionsException.field(RegionsErrorCode.EMPLOYMENT_AREA_NOT_FOUND, 'id', 'no such employment area');
    return found;
  }

  async createEmploymentArea(input: EmploymentAreaInput): Promise<EmploymentArea> {
    const created = await this.dataSource.transaction(async (manager) => {
      if (await manager.getRepository(EmploymentArea).existsBy({ code: input.code })) {
        throw RegionsException.field(RegionsErrorCode.EMPLOYMENT_AREA_CODE_TAKEN, 'input.code', `an employment area with code ${input.code} exists`);
      }
      await this.validateMembers(manager, input.municipalityCodes, input.leadMunicipalityCode, null);
      const area = await manager.getRepository(EmploymentArea).save({
        code: input.code,
        nameFi: input.nameFi,
        nameSv: input.nameSv ?? null,
        model: input.model,
        leadMunicipalityCode: input.leadMunicipalityCode ?? null,
        membersComplete: input.membersComplete,
        source: input.source ?? null,
      });
      await this.replaceMembers(manager, area.id, input.municipalityCodes);
      return area;
    });
    this.names?.forgetNames();
    return created;
  }

  async updateEmploymentArea(id: string, input: UpdateEmploymentAreaInput): Promise<EmploymentArea> {
    const updated = await this.dataSource.transaction(async (manager) => {
      const area = await this.getEmploymentArea(id, manager);
      if (input.municipalityCodes || input.leadMunicipalityCode) {
        await this.validateMembers(manager, input.municipalityCodes ?? [], input.leadMunicipalityCode, area.id);
      }
      const changes: Partial<EmploymentArea> = {};
      if (input.nameFi !== undefined) changes.nameFi = input.nameFi;
      if (input.nameSv !== undefined) changes.nameSv = input.nameSv;
      if (input.leadMunicipalityCode !== undefined) changes.leadMunicipalityCode = input.leadMunicipalityCode;
      if (input.membersComplete !== undefined) changes.membersComplete = input.membersComplete;
      if (input.source !== undefined) changes.source = input.source;
      if (Object.keys(changes).length > 0) await manager.getRepository(EmploymentArea).update(area.id, changes);
      if (input.municipalityCodes) await this.replaceMembers(manager, area.id, input.municipalityCodes);
      return this.getEmploymentArea(area.id, manager);
    });
    this.names?.forgetNames();
    return updated;
  }

  private async validateMembers(
    manager: EntityManager,
    codes: readonly string[],
    lead: string | undefined,
    areaId: string | null,
  ): Promise<void> {
    await this.assertMunicipalitiesExist(codes, 'input.municipalityCodes', manager);
    if (lead) await this.assertMunicipalitiesExist([lead], 'input.leadMunicipalityCode', manager);
    if (codes.length === 0) return;
    const taken = await manager
      .getRepository(EmploymentAreaMunicipality)
      .find({ where: { municipalityCode: In([...codes]) }, relations: { employmentArea: true } });
    const conflict = taken.find((link) => link.employmentAreaId !== areaId);
    if (conflict) {
      const index = codes.indexOf(conflict.municipalityCode);
      throw RegionsException.field(
        RegionsErrorCode.MUNICIPALITY_IN_OTHER_AREA,
        `input.municipalityCodes[${index}]`,
        `municipality ${conflict.municipalityCode} already belongs to ${conflict.employmentArea?.nameFi ?? 'another area'}`,
      );
    }
  }

  private async replaceMembers(manager: EntityManager, areaId: string, codes: readonly string[]): Promise<void> {
    const repository = manager.getRepository(EmploymentAreaMunicipality);
    await repository.delete({ employmentAreaId: areaId });
    const unique = [...new Set(codes)];
    if (unique.length > 0) {
      await repository.insert(unique.map((municipalityCode) => ({ municipalityCode, employmentAreaId: areaId })));
    }
  }
}
