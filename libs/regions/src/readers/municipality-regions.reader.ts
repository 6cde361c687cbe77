import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import { Municipality } from '../entities/municipality.entity';

/**
 * For other domains that name places fully (the catalogue's HSDS export): municipalities with
 * their region (maakunta) loaded, in one query however many codes. Unknown codes are absent.
 */
@Injectable()
export class MunicipalityRegionsReader {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async withRegions(codes: readonly string[], manager: EntityManager = this.dataSource.manager): Promise<Map<string, Municipality>> {
    const unique = [...new Set(codes)];
    if (unique.length === 0) return new Map();
    const municipalities = await manager.getRepository(Municipality).find({ where: { code: In(unique) }, relations: { region: true } });
    return new Map(municipalities.map((municipality) => [municipality.code, municipality]));
  }
}
