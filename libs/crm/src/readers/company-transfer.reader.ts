import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { isUUID } from 'class-validator';
import { DataSource, EntityManager } from 'typeorm';
import { CompanyTransfer } from '../entities/company-transfer.entity';

/** For other domains (notifications): one move of a company between employment areas. */
@Injectable()
export class CompanyTransferReader {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The transfer, or null when there is none with that id. */
  async byId(transferId: string, manager: EntityManager = this.dataSource.manager): Promise<CompanyTransfer | null> {
    if (!isUUID(transferId)) return null;
    return manager.getRepository(CompanyTransfer).findOneBy({ id: transferId });
  }
}
