import { EmploymentAreaType, MunicipalityType, PostalCodeType, RegionType, WellbeingCountyType } from './dto/region.types';
import { EmploymentArea } from './entities/employment-area.entity';
import { Municipality } from './entities/municipality.entity';
import { PostalCode } from './entities/postal-code.entity';
import { Region } from './entities/region.entity';
import { WellbeingCounty } from './entities/wellbeing-county.entity';

export const toMunicipalityType = (m: Municipality): MunicipalityType => ({
  code: m.code,
  nameFi: m.nameFi,
  nameSv: m.nameSv,
  regionCode: m.regionCode,
  wellbeingCountyCode: m.wellbeingCountyCode,
});

export const toRegionType = (r: Region): RegionType => ({ code: r.code, nameFi: r.nameFi, nameSv: r.nameSv });

export const toWellbeingCountyType = (c: WellbeingCounty): WellbeingCountyType => ({
  code: c.code,
  nameFi: c.nameFi,
  nameSv: c.nameSv,
  nameEn: c.nameEn,
  isWellbeingServicesCounty: c.isWellbeingServicesCounty,
});

export const toEmploymentAreaType = (a: EmploymentArea): EmploymentAreaType => ({
  id: a.id,
  code: a.code,
  nameFi: a.nameFi,
  nameSv: a.nameSv,
  model: a.model,
  membersComplete: a.membersComplete,
  source: a.source,
  leadMunicipalityCode: a.leadMunicipalityCode,
});

export const toPostalCodeType = (p: PostalCode): PostalCodeType => ({
  code: p.code,
  nameFi: p.nameFi,
  nameSv: p.nameSv,
  municipalityCode: p.municipalityCode,
});
