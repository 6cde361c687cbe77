// Fictional demo data. No real people: surnames are Finnish role words. Business ids use the
// 9xxxxxx range, which the Finnish register has not issued, with valid check digits.
import { Role } from '@ytmt/core';
import { OrganizationType, Sector } from '@ytmt/identity';

export interface DemoOrganization {
  key: string;
  name: string;
  sector: Sector;
  type: OrganizationType;
  businessIdBase: string | null;
  homeMunicipalityCode: string | null;
  website: string | null;
  /** Slug of the employment area this organisation runs. */
  employmentAreaCode?: string;
}

export interface DemoUser {
  email: string;
  displayName: string;
  memberships: { role: Role; organizationKey: string | null }[];
}

export const DEMO_ORGANIZATIONS: DemoOrganization[] = [
  { key: 'operator', name: 'Y-TMT-palvelun ylläpito', sector: Sector.PUBLIC, type: OrganizationType.STATE_AGENCY, businessIdBase: null, homeMunicipalityCode: '091', website: null },
  { key: 'area-helsinki', name: 'Helsingin työllisyyspalvelut', sector: Sector.PUBLIC, type: OrganizationType.EMPLOYMENT_AREA, businessIdBase: null, homeMunicipalityCode: '091', website: null, employmentAreaCode: 'helsinki' },
  { key: 'area-lahti', name: 'Lahden työllisyyspalvelut', sector: Sector.PUBLIC, type: OrganizationType.EMPLOYMENT_AREA, businessIdBase: null, homeMunicipalityCode: '398', website: null, employmentAreaCode: 'lahti' },
  { key: 'area-kymppi', name: 'Kuntayhtymä Kympin työllisyyspalvelut', sector: Sector.PUBLIC, type: OrganizationType.EMPLOYMENT_AREA, businessIdBase: null, homeMunicipalityCode: '233', website: null, employmentAreaCode: 'kympin-tyollisyysalue' },
  { key: 'area-pohjoinen-keski-suomi', name: 'Pohjoisen Keski-Suomen työllisyyspalvelut', sector: Sector.PUBLIC, type: OrganizationType.EMPLOYMENT_AREA, businessIdBase: null, homeMunicipalityCode: '992', website: null, employmentAreaCode: 'pohjoisen-keski-suomen-tyollisyysalue' },
  { key: 'company-konepaja', name: 'Lahden Konepaja Oy', sector: Sector.PRIVATE, type: OrganizationType.COMPANY, businessIdBase: '9100010', homeMunicipalityCode: '398', website: 'https://konepaja.example' },
  { key: 'company-hoiva', name: 'Hoivakoti Kotikallio Oy', sector: Sector.PRIVATE, type: OrganizationType.COMPANY, businessIdBase: '9100012', homeMunicipalityCode: '091', website: 'https://kotikallio.example' },
  { key: 'company-puutuote', name: 'Lapuan Puutuote Oy', sector: Sector.PRIVATE, type: OrganizationType.COMPANY, businessIdBase: '9100013', homeMunicipalityCode: '408', website: null },
  { key: 'company-logistiikka', name: 'Äänekosken Varastologistiikka Oy', sector: Sector.PRIVATE, type: OrganizationType.COMPANY, businessIdBase: '9100014', homeMunicipalityCode: '992', website: null },
  { key: 'provider-saatio', name: 'Päijät-Hämeen Työvalmennussäätiö sr', sector: Sector.THIRD_SECTOR, type: OrganizationType.FOUNDATION, businessIdBase: '9100015', homeMunicipalityCode: '398', website: 'https://tyovalmennus.example' },
  { key: 'provider-yhdistys', name: 'Etelä-Pohjanmaan Työpajayhdistys ry', sector: Sector.THIRD_SECTOR, type: OrganizationType.ASSOCIATION, businessIdBase: '9100016', homeMunicipalityCode: '408', website: null },
  { key: 'provider-rekry', name: 'Rekrytointipalvelu Uusi Suunta Oy', sector: Sector.PRIVATE, type: OrganizationType.COMPANY, businessIdBase: '9100017', homeMunicipalityCode: '091', website: 'https://uusisuunta.example' },
  { key: 'provider-oppilaitos', name: 'Lahden seudun ammattiopisto', sector: Sector.PUBLIC, type: OrganizationType.EDUCATIONAL_INSTITUTION, businessIdBase: '9100018', homeMunicipalityCode: '398', website: null },
  // Providers of the demo service catalogue (demo-services.ts), so that every sector offers
  // services in every demo area and nationally.
  { key: 'provider-silta', name: 'Monikulttuurinen yhdistys Silta ry', sector: Sector.THIRD_SECTOR, type: OrganizationType.ASSOCIATION, businessIdBase: '9100019', homeMunicipalityCode: '091', website: 'https://silta-yhdistys.example' },
  { key: 'provider-esteeton', name: 'Esteetön Työelämä ry', sector: Sector.THIRD_SECTOR, type: OrganizationType.ASSOCIATION, businessIdBase: '9100020', homeMunicipalityCode: '091', website: 'https://esteetontyoelama.example' },
  { key: 'provider-osaamo', name: 'Osaamo Koulutus Oy', sector: Sector.PRIVATE, type: OrganizationType.COMPANY, businessIdBase: '9100021', homeMunicipalityCode: '091', website: 'https://osaamo.example' },
  { key: 'provider-tyokyky', name: 'Työkykykeskus Virta Oy', sector: Sector.PRIVATE, type: OrganizationType.COMPANY, businessIdBase: '9100022', homeMunicipalityCode: '398', website: 'https://tyokykyvirta.example' },
  { key: 'provider-sisu', name: 'Sisu-valmennus Oy', sector: Sector.PRIVATE, type: OrganizationType.SOCIAL_ENTERPRISE, businessIdBase: '9100023', homeMunicipalityCode: '992', website: null },
  { key: 'provider-opisto-lakeus', name: 'Lakeuden ammattiopisto', sector: Sector.PUBLIC, type: OrganizationType.EDUCATIONAL_INSTITUTION, businessIdBase: '9100024', homeMunicipalityCode: '408', website: 'https://lakeudenammattiopisto.example' },
  { key: 'provider-yrityspolku', name: 'Yrityspolku Lakeus ry', sector: Sector.THIRD_SECTOR, type: OrganizationType.ASSOCIATION, businessIdBase: '9100025', homeMunicipalityCode: '408', website: null },
  { key: 'provider-nuorisopaja', name: 'Äänekosken Nuorisopaja ry', sector: Sector.THIRD_SECTOR, type: OrganizationType.ASSOCIATION, businessIdBase: '9100026', homeMunicipalityCode: '992', website: null },
];

export const DEMO_USERS: DemoUser[] = [
  { email: 'paakayttaja@ytmt.example', displayName: 'Pia Pääkäyttäjä', memberships: [{ role: Role.PLATFORM_ADMIN, organizationKey: 'operator' }] },
  { email: 'aluevastaava.lahti@ytmt.example', displayName: 'Aleksi Aluevastaava', memberships: [{ role: Role.AREA_ADMIN, organizationKey: 'area-lahti' }] },
  { email: 'koordinaattori.lahti@ytmt.example', displayName: 'Kaisa Koordinaattori', memberships: [{ role: Role.COORDINATOR, organizationKey: 'area-lahti' }] },
  { email: 'koordinaattori.helsinki@ytmt.example', displayName: 'Heikki Yrityskoordinaattori', memberships: [{ role: Role.COORDINATOR, organizationKey: 'area-helsinki' }] },
  { email: 'koordinaattori.kymppi@ytmt.example', displayName: 'Kerttu Kumppanuusvastaava', memberships: [{ role: Role.COORDINATOR, organizationKey: 'area-kymppi' }] },
  { email: 'aluevastaava.helsinki@ytmt.example', displayName: 'Anneli Aluehallinto', memberships: [{ role: Role.AREA_ADMIN, organizationKey: 'area-helsinki' }] },
  { email: 'tyonantaja.lahti@ytmt.example', displayName: 'Timo Työnantaja', memberships: [{ role: Role.EMPLOYER_USER, organizationKey: 'company-konepaja' }] },
  { email: 'tyonantaja.helsinki@ytmt.example', displayName: 'Tuula Toimitusjohtaja', memberships: [{ role: Role.EMPLOYER_USER, organizationKey: 'company-hoiva' }] },
  { email: 'palveluntuottaja.saatio@ytmt.example', displayName: 'Paula Palveluntuottaja', memberships: [{ role: Role.PROVIDER_USER, organizationKey: 'provider-saatio' }] },
  { email: 'palveluntuottaja.yritys@ytmt.example', displayName: 'Pekka Palveluesimies', memberships: [{ role: Role.PROVIDER_USER, organizationKey: 'provider-rekry' }] },
  { email: 'tyonhakija@ytmt.example', displayName: 'Jari Työnhakija', memberships: [{ role: Role.JOBSEEKER, organizationKey: null }] },
  { email: 'tyonhakija.aino@ytmt.example', displayName: 'Aino Aaltonen', memberships: [{ role: Role.JOBSEEKER, organizationKey: null }] },
  { email: 'tyonhakija.mikko@ytmt.example', displayName: 'Mikko Mäkelä', memberships: [{ role: Role.JOBSEEKER, organizationKey: null }] },
  { email: 'tyonhakija.leena@ytmt.example', displayName: 'Leena Lindqvist', memberships: [{ role: Role.JOBSEEKER, organizationKey: null }] },
  { email: 'tyonhakija.sami@ytmt.example', displayName: 'Sami Salonen', memberships: [{ role: Role.JOBSEEKER, organizationKey: null }] },
  // One provider user for every organisation that offers demo services: the demo catalogue is
  // written through the catalogue's own services, which accept only the provider's users.
  { email: 'palveluntuottaja.lahti@ytmt.example', displayName: 'Laura Palvelusuunnittelija', memberships: [{ role: Role.PROVIDER_USER, organizationKey: 'area-lahti' }] },
  { email: 'palveluntuottaja.helsinki@ytmt.example', displayName: 'Harri Hankeasiantuntija', memberships: [{ role: Role.PROVIDER_USER, organizationKey: 'area-helsinki' }] },
  { email: 'palveluntuottaja.kymppi@ytmt.example', displayName: 'Sanna Suunnittelija', memberships: [{ role: Role.PROVIDER_USER, organizationKey: 'area-kymppi' }] },
  { email: 'palveluntuottaja.keskisuomi@ytmt.example', displayName: 'Ville Palveluohjaaja', memberships: [{ role: Role.PROVIDER_USER, organizationKey: 'area-pohjoinen-keski-suomi' }] },
  { email: 'palveluntuottaja.tyopaja@ytmt.example', displayName: 'Petri Pajaohjaaja', memberships: [{ role: Role.PROVIDER_USER, organizationKey: 'provider-yhdistys' }] },
  { email: 'palveluntuottaja.ammattiopisto@ytmt.example', displayName: 'Kalle Koulutussuunnittelija', memberships: [{ role: Role.PROVIDER_USER, organizationKey: 'provider-oppilaitos' }] },
  { email: 'palveluntuottaja.silta@ytmt.example', displayName: 'Kaarina Kotoutumisohjaaja', memberships: [{ role: Role.PROVIDER_USER, organizationKey: 'provider-silta' }] },
  { email: 'palveluntuottaja.esteeton@ytmt.example', displayName: 'Elina Esteettömyysasiantuntija', memberships: [{ role: Role.PROVIDER_USER, organizationKey: 'provider-esteeton' }] },
  { email: 'palveluntuottaja.osaamo@ytmt.example', displayName: 'Olli Osaamiskehittäjä', memberships: [{ role: Role.PROVIDER_USER, organizationKey: 'provider-osaamo' }] },
  { email: 'palveluntuottaja.virta@ytmt.example', displayName: 'Tiina Työfysioterapeutti', memberships: [{ role: Role.PROVIDER_USER, organizationKey: 'provider-tyokyky' }] },
  { email: 'palveluntuottaja.sisu@ytmt.example', displayName: 'Veera Valmentaja', memberships: [{ role: Role.PROVIDER_USER, organizationKey: 'provider-sisu' }] },
  { email: 'palveluntuottaja.lakeus@ytmt.example', displayName: 'Outi Opinto-ohjaaja', memberships: [{ role: Role.PROVIDER_USER, organizationKey: 'provider-opisto-lakeus' }] },
  { email: 'palveluntuottaja.yrityspolku@ytmt.example', displayName: 'Yrjö Yritysneuvoja', memberships: [{ role: Role.PROVIDER_USER, organizationKey: 'provider-yrityspolku' }] },
  { email: 'palveluntuottaja.nuorisopaja@ytmt.example', displayName: 'Noora Nuorisotyöntekijä', memberships: [{ role: Role.PROVIDER_USER, organizationKey: 'provider-nuorisopaja' }] },
];
