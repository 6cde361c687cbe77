// The demo service catalogue: fictional services written for the demo, in Finnish with some
// Swedish and English. Together they cover every service category and target group with a
// published service, every sector, every demo area and every lifecycle state, so that search,
// facets and moderation all have something to show.
import type { ServiceInput } from '@ytmt/catalogue';
import { DeliveryMode, ServiceAudience, ServiceStatus } from '@ytmt/catalogue';

/** Fields the seeder fills in when a demo service leaves them out. */
type DefaultedField = 'targetGroupCodes' | 'isNational' | 'municipalityCodes' | 'locations' | 'isFree' | 'costOptions';

/** A service as its provider would write it, except that areas are named by code, not id. */
export type DemoServiceInput = Omit<ServiceInput, DefaultedField | 'employmentAreaIds'> & Partial<Pick<ServiceInput, DefaultedField>>;

export interface DemoService {
  /** Key of the provider organisation in DEMO_ORGANIZATIONS. */
  providerKey: string;
  /** Employment-area codes (slugs), resolved to ids when seeding. */
  employmentAreaCodes: string[];
  /** The state the seeder moves the service to through the lifecycle service. */
  status: ServiceStatus;
  /** Moderator's reason, for REJECTED services only. */
  rejectionReason?: string;
  service: DemoServiceInput;
}

const HELSINKI = 'helsinki';
const LAHTI = 'lahti';
const KYMPPI = 'kympin-tyollisyysalue';
const POHJOINEN_KESKI_SUOMI = 'pohjoisen-keski-suomen-tyollisyysalue';

// Approximate town-centre coordinates: the demo shows distances, not door-to-door routes.
const CENTRE = {
  helsinki: { latitude: 60.1699, longitude: 24.9384 },
  lahti: { latitude: 60.9827, longitude: 25.6615 },
  lapua: { latitude: 62.9697, longitude: 23.0066 },
  kauhava: { latitude: 63.1016, longitude: 23.0636 },
  alavus: { latitude: 62.586, longitude: 23.6167 },
  aanekoski: { latitude: 62.6034, longitude: 25.7271 },
  viitasaari: { latitude: 63.0735, longitude: 25.8607 },
  saarijarvi: { latitude: 62.7058, longitude: 25.2565 },
} as const;

export const DEMO_SERVICES: DemoService[] = [
  // --- Lahti -------------------------------------------------------------------------------
  {
    providerKey: 'area-lahti',
    employmentAreaCodes: [LAHTI],
    status: ServiceStatus.PUBLISHED,
    service: {
      nameFi: 'Palkkatuki työnantajalle – neuvonta ja hakemusapu',
      nameSv: 'Lönesubvention för arbetsgivare – rådgivning och hjälp med ansökan',
      nameEn: 'Pay subsidy for employers – advice and help with the application',
      summaryFi: 'Selvitämme yrityksesi, yhdistyksesi tai säätiösi kanssa, voiko rekrytointiin saada palkkatukea, ja autamme hakemuksen tekemisessä alusta loppuun.',
      summarySv: 'Vi reder ut om ert företag, er förening eller stiftelse kan få lönesubvention för en rekrytering och hjälper er med ansökan.',
      summaryEn: 'We check with your company, association or foundation whether a hire qualifies for a pay subsidy and help you through the application.',
      descriptionFi:
        'Palkkatuki on työnantajalle maksettava tuki, joka korvaa osan työttömän työnhakijan palkkauskustannuksista. Yrityskoordinaattori käy kanssasi läpi tuen edellytykset, tuen määrän ja keston sekä sen, miten tuki vaikuttaa muihin työllistämisen tukiin. Autamme täyttämään hakemuksen ja liitteet, ja jos sopivaa tekijää ei vielä ole, etsimme hänet yhdessä työnhakijapalvelujen kanssa. Neuvonta sopii myös tilanteeseen, jossa harkitset palkkatuetun työn jatkamista vakituisena.',
      descriptionSv:
        'Lönesubventionen ersätter en del av lönekostnaderna när ni anställer en arbetslös arbetssökande. Vår företagskoordinator går igenom villkoren, stödets belopp och längd och hjälper er att fylla i ansökan.',
      descriptionEn:
        'A pay subsidy covers part of the wage costs when you hire an unemployed jobseeker. A business coordinator goes through the conditions, the amount and duration of the subsidy and helps you fill in the application. If you have not found the right person yet, we search together with the jobseeker services.',
      audience: ServiceAudience.EMPLOYERS,
      categoryCodes: ['PAY_SUBSIDY'],
      targetGroupCodes: ['LONG_TERM_UNEMPLOYED', 'PARTIAL_WORK_ABILITY', 'OLDER'],
      locations: [
        {
          name: 'Lahden työllisyyspalvelujen yrityspalvelut',
          streetAddress: 'Vesijärvenkatu 11',
          postalCode: '15140',
          municipalityCode: '398',
          ...CENTRE.lahti,
          accessibilityFi: 'Esteetön sisäänkäynti kadun puolelta, hissi kolmanteen kerrokseen, induktiosilmukka neuvotteluhuoneessa.',
        },
      ],
      deliveryMode: DeliveryMode.HYBRID,
      languages: ['fi', 'sv', 'en'],
      howToTakePartFi: 'Varaa aika yrityskoordinaattorille sähköpostilla tai puhelimitse. Tapaaminen onnistuu toimipisteessä, yrityksessäsi tai Teamsissa.',
      scheduleFi: 'Ajanvarauksella ma–pe klo 8.30–15.30',
      url: 'https://tyollisyys.lahti.example/palkkatuki',
      email: 'yrityspalvelut@tyollisyys.lahti.example',
      phone: '03 555 0140',
    },
  },
  {
    providerKey: 'area-lahti',
    employmentAreaCodes: [LAHTI],
    status: ServiceStatus.PUBLISHED,
    service: {
      nameFi: 'Hankinnoilla työllistäminen – kunnan hankintaneuvonta',
      nameEn: 'Employment through public procurement – advice for buyers and bidders',
      summaryFi: 'Neuvomme kunnan hankintayksiköitä ja tarjoavia yrityksiä työllistämisehtojen käytössä: miten ehto kirjoitetaan, seurataan ja täytetään.',
      summaryEn: 'We advise municipal buyers and bidding companies on employment clauses: how to write them, monitor them and fulfil them.',
      descriptionFi:
        'Julkisiin hankintoihin voi liittää ehdon, jonka mukaan toimittaja työllistää sopimuksen aikana esimerkiksi pitkään työttömänä olleita tai nuoria. Hankintaneuvoja auttaa hankintayksikköä valitsemaan sopivat hankinnat ja kirjoittamaan ehdon niin, että se on oikeasuhtainen. Tarjoavalle yritykselle kerromme, miten ehdon voi täyttää rekrytoinnilla, työkokeilulla tai oppisopimuksella ja mitä tukia rekrytointiin on saatavilla. Sopimuskauden aikana autamme seurannassa ja raportoinnissa.',
      descriptionEn:
        'A public contract can require the supplier to employ, for example, long-term unemployed or young people during the contract. We help buyers choose suitable contracts and write proportionate clauses, and help bidders meet them through recruitment, work trials or apprenticeships.',
      audience: ServiceAudience.EMPLOYERS,
      categoryCodes: ['EMPLOYMENT_VIA_PROCUREMENT'],
      targetGroupCodes: ['LONG_TERM_UNEMPLOYED', 'YOUNG'],
      deliveryMode: DeliveryMode.HYBRID,
      languages: ['fi', 'en'],
      locations: [{ streetAddress: 'Vesijärvenkatu 11', postalCode: '15140', municipalityCode: '398', ...CENTRE.lahti }],
      howToTakePartFi: 'Ota yhteyttä hankintaneuvojaan jo hankinnan suunnitteluvaiheessa tai kun harkitset tarjouksen jättämistä.',
      scheduleFi: 'Ajanvarauksella arkisin',
      email: 'hankintaneuvonta@tyollisyys.lahti.example',
    },
  },
  {
    providerKey: 'area-lahti',
    employmentAreaCodes: [LAHTI],
    status: ServiceStatus.ARCHIVED,
    service: {
      nameFi: 'Kesätyöseteli 2025 – neuvonta työnantajille',
      summaryFi: 'Neuvoimme työnantajia palkkaamaan lahtelaisen 16–17-vuotiaan nuoren kesätöihin kesäsetelin avulla kesällä 2025.',
      descriptionFi:
        'Kesäseteli oli kaupungin tuki, jolla työnantaja sai osan nuoren kesätyöntekijän palkkakuluista korvattua. Neuvonnassa kerrottiin setelin ehdoista, työsopimuksen tekemisestä alaikäisen kanssa ja tuen maksamisesta. Kesän 2025 haku on päättynyt; seuraavan kesän palvelu julkaistaan erikseen.',
      audience: ServiceAudience.EMPLOYERS,
      categoryCodes: ['RECRUITMENT_SERVICES', 'PAY_SUBSIDY'],
      targetGroupCodes: ['YOUNG'],
      deliveryMode: DeliveryMode.REMOTE,
      languages: ['fi'],
      minimumAge: 16,
      maximumAge: 17,
      scheduleFi: 'Haku 1.3.–31.7.2025',
      email: 'kesaseteli@tyollisyys.lahti.example',
    },
  },
  {
    providerKey: 'area-lahti',
    employmentAreaCodes: [LAHTI],
    status: ServiceStatus.DRAFT,
    service: {
      nameFi: 'Työllistymisryhmä ukrainankielisille',
      nameEn: 'Employment group for Ukrainian speakers',
      summaryFi: 'Pienryhmä, jossa harjoitellaan työnhakua Suomessa ja tutustutaan lahtelaisiin työpaikkoihin ukrainan- ja suomenkielisen ohjaajan kanssa.',
      descriptionFi:
        'Ryhmä kokoontuu kahdeksan viikon ajan. Käymme läpi suomalaisen työnhaun tavat, teemme CV:n ja harjoittelemme työhaastattelua. Ryhmä vierailee kolmessa lahtelaisessa yrityksessä, ja halukkaille järjestetään työkokeilu. Ohjaus on ukrainaksi, venäjäksi ja selkosuomeksi.',
      audience: ServiceAudience.JOBSEEKERS,
      categoryCodes: ['INTEGRATION_SERVICES', 'WORK_TRIAL'],
      targetGroupCodes: ['IMMIGRANTS'],
      deliveryMode: DeliveryMode.ON_SITE,
      languages: ['uk', 'ru', 'fi'],
      locations: [{ streetAddress: 'Aleksanterinkatu 18', postalCode: '15140', municipalityCode: '398', ...CENTRE.lahti }],
      minimumAge: 18,
      capacity: 12,
      scheduleFi: 'Ti ja to klo 9–12, alkaa syksyllä',
    },
  },
  {
    providerKey: 'provider-oppilaitos',
    employmentAreaCodes: [LAHTI],
    status: ServiceStatus.PUBLISHED,
    service: {
      nameFi: 'Oppisopimuskoulutus metalli- ja konepaja-alalle',
      nameSv: 'Läroavtalsutbildning inom metall- och verkstadsindustrin',
      summaryFi: 'Kouluta uusi koneistaja, hitsaaja tai asentaja omalla konepajallasi oppisopimuksella. Hoidamme opintojen suunnittelun, näytöt ja työpaikkaohjaajan tuen.',
      summarySv: 'Utbilda en ny maskinarbetare, svetsare eller montör i er egen verkstad med läroavtal. Vi planerar studierna och stöder handledaren.',
      descriptionFi:
        'Oppisopimuksessa opiskelija on työsuhteessa yritykseen ja oppii suurimman osan ammatista työn lomassa. Opiskelijan kanssa laaditaan henkilökohtainen osaamisen kehittämissuunnitelma, johon kirjataan myös aiemmin hankittu osaaminen. Teoriaopinnot järjestetään ammattiopiston hallissa ja verkossa. Työpaikkaohjaajalle tarjotaan maksuton ohjaajakoulutus, ja työnantaja voi saada koulutuskorvausta. Tutkintoja: kone- ja tuotantotekniikan perustutkinto, hitsaajan osaamisala, levyseppähitsaaja.',
      descriptionSv:
        'Med läroavtal är studeranden anställd i företaget och lär sig yrket främst i arbetet. Teoristudierna ordnas i vår verkstadshall och på nätet. Handledaren får en avgiftsfri handledarutbildning.',
      audience: ServiceAudience.BOTH,
      categoryCodes: ['APPRENTICESHIP', 'ON_THE_JOB_LEARNING'],
      targetGroupCodes: ['YOUNG', 'LOW_EDUCATION'],
      deliveryMode: DeliveryMode.ON_SITE,
      languages: ['fi', 'sv'],
      locations: [
        {
          name: 'Konepajahalli',
          streetAddress: 'Ståhlberginkatu 10',
          postalCode: '15110',
          municipalityCode: '398',
          ...CENTRE.lahti,
          accessibilityFi: 'Halli on katutasossa, leveät ovet. Esteetön wc aulassa.',
        },
      ],
      eligibilityFi: 'Työsuhde alan yritykseen; oppivelvollisuusikäisille ohjaus yhdessä huoltajan kanssa.',
      minimumAge: 16,
      howToTakePartFi: 'Työnantaja ja tuleva opiskelija ottavat yhteyttä oppisopimustoimistoon. Sopimus tehdään noin kahdessa viikossa.',
      capacity: 20,
      scheduleFi: 'Jatkuva haku; lähiopetuspäivät kerran kuukaudessa',
      url: 'https://ammattiopisto.lahti.example/oppisopimus',
      email: 'oppisopimus@ammattiopisto.lahti.example',
    },
  },
  {
    providerKey: 'provider-oppilaitos',
    employmentAreaCodes: [LAHTI],
    status: ServiceStatus.ARCHIVED,
    service: {
      nameFi: 'Työvoimakoulutus: CNC-koneistajan täydennyskoulutus, kevät 2025',
      summaryFi: 'Kuuden kuukauden työvoimakoulutus työttömille, joilla on metallialan perusosaaminen ja jotka haluavat oppia CNC-ohjelmoinnin.',
      descriptionFi:
        'Koulutuksessa opittiin CNC-sorvin ja -jyrsinkoneen ohjelmointi, asetukset ja mittaaminen. Koulutukseen kuului kahden kuukauden työssäoppimisjakso lahtelaisessa konepajassa. Toteutus on päättynyt, ja syksyn toteutus julkaistaan omana palvelunaan.',
      audience: ServiceAudience.JOBSEEKERS,
      categoryCodes: ['LABOUR_MARKET_TRAINING'],
      targetGroupCodes: ['LOW_EDUCATION', 'OLDER'],
      deliveryMode: DeliveryMode.ON_SITE,
      languages: ['fi'],
      locations: [{ name: 'Konepajahalli', streetAddress: 'Ståhlberginkatu 10', postalCode: '15110', municipalityCode: '398', ...CENTRE.lahti }],
      capacity: 14,
      scheduleFi: '13.1.–27.6.2025, ma–pe klo 8–15',
    },
  },
  {
    providerKey: 'provider-saatio',
    employmentAreaCodes: [LAHTI],
    status: ServiceStatus.PUBLISHED,
    service: {
      nameFi: 'IPS-työhönvalmennus osatyökykyisille',
      nameEn: 'IPS supported employment for people with partial work ability',
      summaryFi: 'Työhönvalmentaja etsii kanssasi palkkatyön avoimilta työmarkkinoilta nopeasti ja tukee sinua ja työnantajaa myös työn alettua.',
      summaryEn: 'A job coach helps you find paid work in the open labour market quickly and supports both you and the employer once you have started.',
      descriptionFi:
        'IPS (Individual Placement and Support) on tutkitusti toimiva työhönvalmennuksen malli. Työnhaku alkaa heti, ilman pitkiä valmennusjaksoja, ja lähtökohtana ovat omat toiveesi. Valmentaja tekee yhteistyötä hoitotahosi kanssa ja ottaa sovitusti yhteyttä työnantajiin puolestasi. Työnantaja saa valmentajalta tukea perehdytykseen ja työtehtävien muokkaamiseen. Tuki jatkuu niin kauan kuin sitä tarvitaan.',
      descriptionEn:
        'IPS (Individual Placement and Support) is an evidence-based model of supported employment. The job search starts straight away from your own wishes, and the coach works together with your care team. Employers get help with induction and with adapting tasks.',
      audience: ServiceAudience.BOTH,
      categoryCodes: ['JOB_COACHING', 'WORK_ABILITY_SUPPORT'],
      targetGroupCodes: ['PARTIAL_WORK_ABILITY', 'DISABLED'],
      deliveryMode: DeliveryMode.HYBRID,
      languages: ['fi', 'en'],
      locations: [
        {
          streetAddress: 'Saimaankatu 23',
          postalCode: '15140',
          municipalityCode: '398',
          ...CENTRE.lahti,
          accessibilityFi: 'Esteetön sisäänkäynti ja hissi. Rauhallinen odotustila.',
        },
      ],
      eligibilityFi: 'Lahtelainen työikäinen, joka haluaa palkkatyöhön ja jonka työkykyä rajoittaa sairaus tai vamma.',
      minimumAge: 18,
      howToTakePartFi: 'Hakeudu itse, omaohjaajan tai hoitotahon kautta. Ensitapaaminen järjestyy yleensä viikon sisällä.',
      scheduleFi: 'Tapaamiset sopimuksen mukaan, myös iltaisin',
      url: 'https://tyovalmennus.example/ips',
      email: 'ips@tyovalmennus.example',
      phone: '03 555 0231',
    },
  },
  {
    providerKey: 'provider-saatio',
    employmentAreaCodes: [LAHTI],
    status: ServiceStatus.PUBLISHED,
    service: {
      nameFi: 'Työpajan alihankintatyöt yrityksille',
      summaryFi: 'Pakkaamme, kokoonpanemme ja kunnostamme tuotteita yrityksille. Teet samalla hankinnan, joka työllistää osatyökykyisiä ja pitkään työttömänä olleita.',
      descriptionFi:
        'Säätiön työpajoilla on puu-, metalli-, tekstiili- ja kokoonpanotyön tilat. Otamme vastaan pieniä ja keskisuuria sarjoja: kokoonpanoa, pakkaamista, tarrojen ja tuotteiden merkintää, kalusteiden kunnostusta ja pientä metallityötä. Työn tekevät työkokeilussa, palkkatuella tai kuntouttavassa työtoiminnassa olevat työntekijät työnjohtajan ohjauksessa. Hinnoittelu on tuntiperusteinen tai kappalehintainen, ja tilaus täyttää halutessanne hankintasopimuksen työllistämisehdon.',
      audience: ServiceAudience.EMPLOYERS,
      categoryCodes: ['WORKSHOP', 'EMPLOYMENT_VIA_PROCUREMENT'],
      targetGroupCodes: ['PARTIAL_WORK_ABILITY', 'LONG_TERM_UNEMPLOYED'],
      deliveryMode: DeliveryMode.ON_SITE,
      languages: ['fi'],
      locations: [{ name: 'Säätiön työpajat', streetAddress: 'Kauppakatu 41', postalCode: '15140', municipalityCode: '398', ...CENTRE.lahti }],
      isFree: false,
      costOptions: [
        { amount: 38, currency: 'EUR', unit: 'per tunti', descriptionFi: 'Työpajan tuntihinta, alv 0 %' },
        { descriptionFi: 'Sarjatöihin kappalehinta tarjouksen mukaan' },
      ],
      scheduleFi: 'Työpajat auki ma–to klo 8–15.30, pe klo 8–14',
      email: 'alihankinta@tyovalmennus.example',
    },
  },
  {
    providerKey: 'provider-tyokyky',
    employmentAreaCodes: [LAHTI, HELSINKI],
    status: ServiceStatus.PUBLISHED,
    service: {
      nameFi: 'Työkykykartoitus ja työkyvyn tuen suunnitelma',
      nameSv: 'Kartläggning av arbetsförmågan och plan för stöd',
      summaryFi: 'Työfysioterapeutti ja työterveyspsykologi arvioivat työkykysi ja laativat kanssasi suunnitelman, jolla työ tai työhön paluu onnistuu.',
      summarySv: 'En arbetsfysioterapeut och en psykolog bedömer arbetsförmågan och gör tillsammans med dig upp en plan för arbete eller återgång till arbete.',
      descriptionFi:
        'Kartoitus koostuu kolmesta tapaamisesta: haastattelusta, toimintakyvyn arvioinnista ja yhteenvedosta. Arvioimme fyysistä ja psyykkistä kuormitusta, työn vaatimuksia ja vahvuuksiasi. Suunnitelmaan kirjataan konkreettiset keinot, kuten työaikajärjestelyt, apuvälineet ja koulutustarpeet. Palvelun voi ostaa työnantaja omalle työntekijälleen tai työllisyyspalvelut asiakkaalleen.',
      descriptionSv:
        'Kartläggningen består av tre möten: intervju, bedömning av funktionsförmågan och sammanfattning. Planen innehåller konkreta åtgärder såsom arbetstidsarrangemang och hjälpmedel.',
      audience: ServiceAudience.BOTH,
      categoryCodes: ['WORK_ABILITY_SUPPORT', 'CAREER_GUIDANCE'],
      targetGroupCodes: ['PARTIAL_WORK_ABILITY', 'OLDER'],
      deliveryMode: DeliveryMode.HYBRID,
      languages: ['fi', 'sv'],
      locations: [
        { name: 'Virta Lahti', streetAddress: 'Rautatienkatu 19', postalCode: '15110', municipalityCode: '398', ...CENTRE.lahti },
        { name: 'Virta Helsinki', streetAddress: 'Ratapihantie 11', postalCode: '00520', municipalityCode: '091', latitude: 60.1989, longitude: 24.9336 },
      ],
      isFree: false,
      costOptions: [
        { amount: 640, currency: 'EUR', unit: 'per kartoitus', descriptionFi: 'Kolme tapaamista ja kirjallinen suunnitelma' },
        { amount: 95, currency: 'EUR', unit: 'per seurantatapaaminen' },
      ],
      minimumAge: 18,
      howToTakePartFi: 'Työnantaja tai työllisyyspalvelut tilaa kartoituksen; yksityishenkilö voi varata ajan verkossa.',
      scheduleFi: 'Ma–pe klo 8–17',
      url: 'https://tyokykyvirta.example/kartoitus',
      email: 'asiakaspalvelu@tyokykyvirta.example',
    },
  },
  {
    providerKey: 'provider-tyokyky',
    employmentAreaCodes: [LAHTI],
    status: ServiceStatus.REJECTED,
    rejectionReason:
      'Kuvaus on lähes sama kuin palvelulla Työkykykartoitus ja työkyvyn tuen suunnitelma. Yhdistäkää palvelut tai kertokaa, miten tämä palvelu eroaa siitä, ja lähettäkää uudelleen.',
    service: {
      nameFi: 'Työkykyneuvonta työnantajalle – varhainen tuki',
      summaryFi: 'Neuvomme esihenkilöitä tunnistamaan työkyvyn heikkenemisen ajoissa ja ottamaan asian puheeksi työntekijän kanssa.',
      descriptionFi:
        'Työfysioterapeutti ja työterveyspsykologi arvioivat työntekijän työkyvyn ja laativat suunnitelman. Neuvonnassa käydään läpi varhaisen tuen malli, puheeksiotto ja työjärjestelyt. Palvelu sisältää kolme tapaamista ja kirjallisen yhteenvedon.',
      audience: ServiceAudience.EMPLOYERS,
      categoryCodes: ['WORK_ABILITY_SUPPORT', 'ACCOMMODATION_ADVICE'],
      targetGroupCodes: ['PARTIAL_WORK_ABILITY'],
      deliveryMode: DeliveryMode.REMOTE,
      languages: ['fi'],
      isFree: false,
      costOptions: [{ amount: 120, currency: 'EUR', unit: 'per tunti' }],
      email: 'asiakaspalvelu@tyokykyvirta.example',
    },
  },

  // --- Helsinki ----------------------------------------------------------------------------
  {
    providerKey: 'area-helsinki',
    employmentAreaCodes: [HELSINKI],
    status: ServiceStatus.PUBLISHED,
    service: {
      nameFi: 'Rekrytointikoulutus hoiva-avustajaksi',
      nameSv: 'Rekryteringsutbildning till vårdbiträde',
      nameEn: 'Recruitment training for care assistants',
      summaryFi: 'Hoivakodit ja työllisyyspalvelut kouluttavat yhdessä uusia hoiva-avustajia. Hyväksytysti suorittaneet työllistyvät koulutukseen osallistuneisiin hoivakoteihin.',
      summarySv: 'Vårdhem och sysselsättningstjänsterna utbildar tillsammans nya vårdbiträden. De som klarar utbildningen får arbete på de deltagande vårdhemmen.',
      summaryEn: 'Care homes and the employment services jointly train new care assistants. Those who complete the training are hired by the participating care homes.',
      descriptionFi:
        'Rekrytointikoulutus suunnitellaan ja valitaan yhdessä työnantajien kanssa, ja työnantajat maksavat osan koulutuksen kustannuksista. Koulutus kestää neljä kuukautta, josta puolet on työssäoppimista hoivakodeissa. Sisältöinä ovat asiakkaan perushoiva, ravitsemus, hygieniaosaaminen, turvallinen lääkehoidon avustaminen ja ammattisanasto. Opetuksessa käytetään selkokieltä, ja suomen kielen tukea on tarjolla koko koulutuksen ajan.',
      descriptionSv:
        'Utbildningen planeras tillsammans med arbetsgivarna och pågår i fyra månader, varav hälften är lärande i arbetet på vårdhem. Stöd i finska ges under hela utbildningen.',
      descriptionEn:
        'The training is planned and the trainees are selected together with the employers. It lasts four months, half of which is learning at work in care homes. Finnish language support is available throughout.',
      audience: ServiceAudience.BOTH,
      categoryCodes: ['RECRUITMENT_TRAINING', 'LABOUR_MARKET_TRAINING'],
      targetGroupCodes: ['IMMIGRANTS', 'LONG_TERM_UNEMPLOYED'],
      deliveryMode: DeliveryMode.ON_SITE,
      languages: ['fi'],
      locations: [
        {
          streetAddress: 'Toinen linja 7',
          postalCode: '00530',
          municipalityCode: '091',
          latitude: 60.1838,
          longitude: 24.9469,
          accessibilityFi: 'Esteetön sisäänkäynti, hissi, esteetön wc.',
        },
      ],
      eligibilityFi: 'Työttömät työnhakijat, joilla on suomen kielen taito vähintään tasolla A2.',
      minimumAge: 18,
      howToTakePartFi: 'Hae koulutukseen hakulomakkeella; valintahaastattelut tehdään yhdessä hoivakotien kanssa.',
      capacity: 18,
      scheduleFi: 'Seuraava koulutus alkaa 2.2.2026, ma–pe klo 8.30–15',
      url: 'https://tyollisyys.helsinki.example/rekrytointikoulutus',
      email: 'rekrytointikoulutus@tyollisyys.helsinki.example',
    },
  },
  {
    providerKey: 'area-helsinki',
    employmentAreaCodes: [HELSINKI],
    status: ServiceStatus.PUBLISHED,
    service: {
      nameFi: 'Kokemus käyttöön – uraohjaus yli 55-vuotiaille',
      nameSv: 'Erfarenheten i bruk – karriärvägledning för personer över 55 år',
      summaryFi: 'Uraohjaaja auttaa tunnistamaan työuran aikana kertyneen osaamisen ja suuntaamaan työnhaun aloille, joilla sitä tarvitaan.',
      summarySv: 'En karriärvägledare hjälper dig att känna igen den kompetens du samlat under arbetslivet och rikta jobbsökandet dit den behövs.',
      descriptionFi:
        'Ohjaus koostuu henkilökohtaisista tapaamisista ja pienryhmästä. Kuvaamme osaamisesi myös sellaisista tehtävistä, joista ei ole todistusta, ja muutamme sen työnantajan ymmärtämälle kielelle. Käymme läpi ikäsyrjinnän tunnistamisen, osa-aikatyön ja eläkkeen yhteensovittamisen sekä lyhyet täydennyskoulutukset. Ryhmässä harjoitellaan verkkohaastattelua ja LinkedInin käyttöä.',
      descriptionSv:
        'Vägledningen består av personliga möten och en smågrupp. Vi beskriver också kompetens som saknar intyg och övar på videointervjuer. Vägledning ges även på svenska.',
      audience: ServiceAudience.JOBSEEKERS,
      categoryCodes: ['CAREER_GUIDANCE', 'SKILLS_RECOGNITION'],
      targetGroupCodes: ['OLDER'],
      deliveryMode: DeliveryMode.HYBRID,
      languages: ['fi', 'sv'],
      locations: [{ streetAddress: 'Hämeentie 11', postalCode: '00530', municipalityCode: '091', latitude: 60.1815, longitude: 24.9512 }],
      minimumAge: 55,
      howToTakePartFi: 'Ilmoittaudu omalle työllisyysasiantuntijallesi tai suoraan ryhmään verkkolomakkeella.',
      capacity: 15,
      scheduleFi: 'Ryhmä keskiviikkoisin klo 13–15, henkilökohtaiset tapaamiset sopimuksen mukaan',
    },
  },
  {
    providerKey: 'area-helsinki',
    employmentAreaCodes: [HELSINKI],
    status: ServiceStatus.PUBLISHED,
    service: {
      nameFi: 'Palkkatuki ja kaupungin lisätuki yhdistyksille ja säätiöille',
      nameSv: 'Lönesubvention och stadens tilläggsstöd för föreningar och stiftelser',
      summaryFi: 'Neuvomme helsinkiläisiä yhdistyksiä ja säätiöitä palkkaamaan työttömän työnhakijan palkkatuen ja kaupungin oman lisätuen turvin.',
      summarySv: 'Vi hjälper föreningar och stiftelser i Helsingfors att anställa en arbetslös arbetssökande med lönesubvention och stadens tilläggsstöd.',
      descriptionFi:
        'Yhdistykset ja säätiöt voivat saada palkkatukea tavallista suurempana, kun ne palkkaavat pitkään työttömänä olleen. Kaupungin lisätuki kattaa osan palkkatuen ulkopuolelle jäävistä kuluista. Neuvomme tukien yhdistämisessä, työsuhteen ehdoissa, perehdytyksessä ja raportoinnissa. Autamme myös löytämään sopivan työntekijän.',
      descriptionSv:
        'Föreningar och stiftelser kan få högre lönesubvention när de anställer en långtidsarbetslös. Vi ger råd om hur stöden kombineras och hjälper att hitta en lämplig arbetstagare.',
      audience: ServiceAudience.EMPLOYERS,
      categoryCodes: ['PAY_SUBSIDY'],
      targetGroupCodes: ['LONG_TERM_UNEMPLOYED'],
      deliveryMode: DeliveryMode.HYBRID,
      languages: ['fi', 'sv'],
      locations: [{ streetAddress: 'Mannerheimintie 18', postalCode: '00100', municipalityCode: '091', ...CENTRE.helsinki }],
      howToTakePartFi: 'Lähetä lyhyt kuvaus tehtävästä sähköpostilla; otamme yhteyttä kahden arkipäivän kuluessa.',
      email: 'yhdistystuki@tyollisyys.helsinki.example',
    },
  },
  {
    providerKey: 'provider-rekry',
    employmentAreaCodes: [HELSINKI],
    status: ServiceStatus.PUBLISHED,
    service: {
      nameFi: 'Rekrytointipalvelu pk-yrityksille – haku, haastattelut ja esivalinta',
      nameSv: 'Rekryteringstjänst för små och medelstora företag',
      nameEn: 'Recruitment service for SMEs – search, interviews and shortlisting',
      summaryFi: 'Hoidamme rekrytoinnin ilmoituksesta esivalintaan. Saat 3–5 haastateltua ehdokasta ja perustellun suosituksen.',
      summarySv: 'Vi sköter rekryteringen från annons till förhandsurval. Ni får 3–5 intervjuade kandidater och en motiverad rekommendation.',
      summaryEn: 'We run the recruitment from the job ad to the shortlist. You receive 3–5 interviewed candidates and a reasoned recommendation.',
      descriptionFi:
        'Aloitamme tehtävän ja osaamistarpeen määrittelyllä: millaista työtä tehdään ja mitä siihen oikeasti vaaditaan. Kirjoitamme ilmoituksen, julkaisemme sen sovituissa kanavissa ja käymme hakemukset läpi. Haastattelemme parhaat hakijat ja teemme tarvittaessa työnäytteen. Hyödynnämme työllisyyspalvelujen työnhakijoita ja palkkatukimahdollisuuksia, kun ne sopivat tilanteeseen.',
      descriptionSv:
        'Vi börjar med att definiera uppgiften och kompetensbehovet, skriver annonsen, går igenom ansökningarna och intervjuar de bästa sökandena.',
      descriptionEn:
        'We start by defining the job and the skills it really needs, write and publish the ad, screen the applications and interview the best candidates. Work samples are used when they suit the job.',
      audience: ServiceAudience.EMPLOYERS,
      categoryCodes: ['RECRUITMENT_SERVICES'],
      targetGroupCodes: [],
      deliveryMode: DeliveryMode.HYBRID,
      languages: ['fi', 'sv', 'en'],
      locations: [{ streetAddress: 'Pasilanraitio 5', postalCode: '00240', municipalityCode: '091', latitude: 60.1986, longitude: 24.9335 }],
      isFree: false,
      costOptions: [
        { amount: 1900, currency: 'EUR', unit: 'per rekrytointi', descriptionFi: 'Kiinteä hinta, alv 0 %' },
        { amount: 95, currency: 'EUR', unit: 'per tunti', descriptionFi: 'Lisätyöt, kuten soveltuvuusarviot' },
      ],
      howToTakePartFi: 'Pyydä tarjous verkkosivulla tai soita; aloituspalaveri järjestyy yleensä samalla viikolla.',
      scheduleFi: 'Rekrytointi kestää tavallisesti 3–5 viikkoa',
      url: 'https://uusisuunta.example/rekrytointi',
      email: 'myynti@uusisuunta.example',
      phone: '09 555 0120',
    },
  },
  {
    providerKey: 'provider-rekry',
    employmentAreaCodes: [HELSINKI],
    status: ServiceStatus.REJECTED,
    rejectionReason:
      'Palvelussa luvataan työllistymistakuu, jota palveluntuottaja ei voi luvata työnhakijalle. Poistakaa takuulupaus ja kertokaa, mitä palvelu maksaa ja kuka sen maksaa.',
    service: {
      nameFi: 'Osatyökykyisen rekrytointi – takuulla töihin',
      summaryFi: 'Löydämme osatyökykyiselle työnhakijalle työpaikan kolmessa kuukaudessa tai rahat takaisin.',
      descriptionFi:
        'Etsimme osatyökykyisille työnhakijoille sopivat työpaikat yhteistyöyrityksistämme ja hoidamme työnantajan puolesta palkkatuen hakemisen. Työpaikka löytyy takuulla.',
      audience: ServiceAudience.BOTH,
      categoryCodes: ['RECRUITMENT_SERVICES'],
      targetGroupCodes: ['PARTIAL_WORK_ABILITY'],
      deliveryMode: DeliveryMode.REMOTE,
      languages: ['fi'],
      isFree: false,
      costOptions: [{ amount: 900, currency: 'EUR', unit: 'per henkilö' }],
    },
  },
  {
    providerKey: 'provider-silta',
    employmentAreaCodes: [HELSINKI],
    status: ServiceStatus.PUBLISHED,
    service: {
      nameFi: 'Työelämän suomea ja työnhakuvalmennus',
      nameSv: 'Finska för arbetslivet och jobbsökarträning',
      nameEn: 'Finnish for working life and job-search coaching',
      summaryFi: 'Opiskele työpaikoilla tarvittavaa suomea ja valmistaudu työnhakuun pienryhmässä. Ohjausta myös englanniksi, venäjäksi, arabiaksi ja ukrainaksi.',
      summarySv: 'Lär dig den finska som behövs på arbetsplatsen och förbered dig för jobbsökande i en smågrupp.',
      summaryEn: 'Learn the Finnish you need at work and prepare for your job search in a small group. Guidance is also available in English, Russian, Arabic and Ukrainian.',
      descriptionFi:
        'Kurssilla harjoitellaan työpaikan arkitilanteita: perehdytystä, työvuoroista sopimista, asiakaspalvelua ja palaverissa puhumista. Joka viikko on työnhakupaja, jossa tehdään suomenkielinen CV ja harjoitellaan haastattelua. Kurssin aikana vieraillaan kahdella työpaikalla, ja halukkaat ohjataan työkokeiluun. Omalla kielellä puhuva ohjaaja auttaa ymmärtämään suomalaista työelämää ja työehtoja.',
      descriptionEn:
        'The course practises everyday situations at work: induction, agreeing on shifts, customer service and speaking up in meetings. A weekly job-search workshop helps you write a Finnish CV and practise interviews. A counsellor who speaks your language explains Finnish working life and employment terms.',
      audience: ServiceAudience.JOBSEEKERS,
      categoryCodes: ['INTEGRATION_SERVICES', 'CAREER_GUIDANCE'],
      targetGroupCodes: ['IMMIGRANTS'],
      deliveryMode: DeliveryMode.HYBRID,
      languages: ['fi', 'en', 'ru', 'ar', 'uk'],
      locations: [
        {
          streetAddress: 'Itäkatu 3',
          postalCode: '00930',
          municipalityCode: '091',
          latitude: 60.2107,
          longitude: 25.0818,
          accessibilityFi: 'Kauppakeskuksen yhteydessä, hissi ja esteetön wc. Lastenhoito kurssin aikana.',
        },
      ],
      eligibilityFi: 'Helsinkiläiset maahan muuttaneet, suomen kielen taito vähintään alkeistasolla (A1).',
      minimumAge: 17,
      howToTakePartFi: 'Ilmoittaudu puhelimitse tai tule paikan päälle avoimiin ovi -päivään.',
      capacity: 20,
      scheduleFi: 'Ma, ti ja to klo 9–12; avoimet ovet keskiviikkoisin klo 10–14',
      url: 'https://silta-yhdistys.example/tyoelaman-suomi',
      email: 'kurssit@silta-yhdistys.example',
      phone: '09 555 0190',
    },
  },

  // --- Kymppi (South Ostrobothnia) ---------------------------------------------------------
  {
    providerKey: 'area-kymppi',
    employmentAreaCodes: [KYMPPI],
    status: ServiceStatus.PUBLISHED,
    service: {
      nameFi: 'Työkokeilu Lapuan puutuotealalla',
      summaryFi: 'Kokeile puutuotealan töitä – sahausta, höyläystä, pakkausta tai trukkityötä – lapualaisessa yrityksessä ennen kuin sitoudut koulutukseen tai työsuhteeseen.',
      descriptionFi:
        'Työkokeilussa selvitetään, sopiiko ala sinulle, ja yritys näkee, millainen tekijä olet. Kokeilu kestää yleensä yhdestä kolmeen kuukauteen, eikä siitä synny työsuhdetta: saat työttömyysetuuden ja kulukorvauksen. Yrityskoordinaattori sopii kokeilun tavoitteet yhdessä kanssasi ja yrityksen kanssa ja seuraa, miten kokeilu etenee. Jakson jälkeen suunnitellaan jatko: oppisopimus, koulutus tai työsuhde.',
      audience: ServiceAudience.BOTH,
      categoryCodes: ['WORK_TRIAL'],
      targetGroupCodes: ['LONG_TERM_UNEMPLOYED', 'LOW_EDUCATION', 'YOUNG'],
      deliveryMode: DeliveryMode.ON_SITE,
      languages: ['fi'],
      locations: [
        {
          name: 'Kympin työllisyyspalvelut, Lapuan toimipiste',
          streetAddress: 'Kauppakatu 12',
          postalCode: '62100',
          municipalityCode: '408',
          ...CENTRE.lapua,
        },
      ],
      eligibilityFi: 'Työttömät työnhakijat Kympin alueelta. Työturvallisuuskortti hankitaan tarvittaessa kokeilun alussa.',
      minimumAge: 17,
      howToTakePartFi: 'Kerro kiinnostuksesta omalle työllisyysasiantuntijallesi. Yritykset voivat ilmoittaa kokeilupaikan yrityskoordinaattorille.',
      capacity: 10,
      scheduleFi: 'Kokeilut alkavat joustavasti; työaika 4–6 tuntia päivässä',
      email: 'yrityspalvelut@kymppi.example',
      phone: '06 555 0408',
    },
  },
  {
    providerKey: 'provider-yhdistys',
    employmentAreaCodes: [KYMPPI],
    status: ServiceStatus.PUBLISHED,
    service: {
      nameFi: 'Nuorten työpaja – puu-, metalli- ja kiinteistötyöt',
      summaryFi: 'Työpajalla nuori pääsee tekemään oikeita töitä ohjaajan kanssa, kartuttaa opintopisteitä ja löytää suunnan koulutukseen tai töihin.',
      descriptionFi:
        'Pajalla tehdään tilaustöitä paikallisille asiakkaille: huonekaluja, pihakalusteita, pieniä metallitöitä ja kiinteistöjen hoitoa. Työtä tehdään omaan tahtiin, ja jokaisella on oma valmentaja, joka auttaa myös arjen asioissa. Osaaminen voidaan opinnollistaa, eli pajalla tehty työ tunnistetaan osaksi ammatillista tutkintoa yhteistyössä ammattiopiston kanssa. Jakson aikana tutustutaan alueen yrityksiin ja suunnitellaan jatkopolku.',
      audience: ServiceAudience.JOBSEEKERS,
      categoryCodes: ['WORKSHOP', 'ON_THE_JOB_LEARNING'],
      targetGroupCodes: ['YOUNG', 'LEARNING_DIFFICULTIES', 'LOW_EDUCATION'],
      deliveryMode: DeliveryMode.ON_SITE,
      languages: ['fi'],
      locations: [
        {
          name: 'Lapuan nuorten työpaja',
          streetAddress: 'Poutuntie 7',
          postalCode: '62100',
          municipalityCode: '408',
          ...CENTRE.lapua,
          accessibilityFi: 'Pajatilat ovat yhdessä kerroksessa; sisäänkäynnillä loiva luiska.',
        },
      ],
      minimumAge: 16,
      maximumAge: 29,
      howToTakePartFi: 'Tule tutustumaan ilman ajanvarausta tai pyydä ohjaajaasi ottamaan yhteyttä.',
      capacity: 24,
      scheduleFi: 'Ma–to klo 8.30–14.30',
      email: 'paja@tyopajayhdistys.example',
    },
  },
  {
    providerKey: 'provider-yhdistys',
    employmentAreaCodes: [KYMPPI],
    status: ServiceStatus.PUBLISHED,
    service: {
      nameFi: 'Kuntouttava työtoiminta Kauhavan toimintakeskuksessa',
      summaryFi: 'Säännöllistä tekemistä, yhteisö ja tukea arjen hallintaan. Työtoiminta vahvistaa työ- ja toimintakykyä ja auttaa kohti työtä tai koulutusta.',
      descriptionFi:
        'Toimintakeskuksessa on kierrätysmyymälä, puutyötila, keittiö ja pihatöitä. Toimintaan osallistutaan yhdestä neljään päivään viikossa neljä tai kuusi tuntia kerrallaan. Jokaiselle laaditaan oma suunnitelma yhdessä sosiaalityön kanssa, ja ohjaaja seuraa edistymistä. Osallistumisesta maksetaan kulukorvaus, ja lounas on maksuton.',
      audience: ServiceAudience.JOBSEEKERS,
      categoryCodes: ['REHABILITATIVE_WORK'],
      targetGroupCodes: ['LONG_TERM_UNEMPLOYED', 'PARTIAL_WORK_ABILITY'],
      deliveryMode: DeliveryMode.ON_SITE,
      languages: ['fi'],
      locations: [{ name: 'Toimintakeskus Kipinä', streetAddress: 'Kauppatie 101', postalCode: '62200', municipalityCode: '233', ...CENTRE.kauhava }],
      eligibilityFi: 'Ohjaus tapahtuu aktivointisuunnitelman kautta sosiaalityöntekijän tai työllisyysasiantuntijan kanssa.',
      minimumAge: 17,
      capacity: 15,
      scheduleFi: 'Ma–to klo 9–13 tai 9–15',
    },
  },
  {
    providerKey: 'provider-opisto-lakeus',
    employmentAreaCodes: [KYMPPI],
    status: ServiceStatus.PUBLISHED,
    service: {
      nameFi: 'Osaamisen tunnistaminen ja tutkinnon osien näytöt',
      nameEn: 'Recognition of prior learning and skills demonstrations',
      summaryFi: 'Selvitämme, mitä osaat jo työn, harrastusten tai ulkomailla hankitun koulutuksen perusteella, ja teemme polun puuttuvaan tutkintoon.',
      summaryEn: 'We find out what you already know from work, hobbies or studies abroad and build a path to the qualification you are missing.',
      descriptionFi:
        'Opinto-ohjaaja käy kanssasi läpi työhistorian ja aiemmat opinnot. Osaamisen voi osoittaa näytöllä työpaikalla tai oppilaitoksessa, ja tunnistettu osaaminen hyväksytään osaksi ammatillista tutkintoa. Ulkomaisten tutkintojen vastaavuuden selvittämisessä autamme hakemusten kanssa. Ohjausta on saatavilla myös englanniksi ja tulkin avulla arabiaksi.',
      descriptionEn:
        'A study counsellor reviews your work history and previous studies. Skills can be demonstrated at a workplace or at the college and count towards a vocational qualification. We also help with the recognition of foreign qualifications.',
      audience: ServiceAudience.JOBSEEKERS,
      categoryCodes: ['SKILLS_RECOGNITION', 'CAREER_GUIDANCE'],
      targetGroupCodes: ['IMMIGRANTS', 'LOW_EDUCATION', 'OLDER'],
      deliveryMode: DeliveryMode.HYBRID,
      languages: ['fi', 'en', 'ar'],
      locations: [
        { name: 'Lapuan kampus', streetAddress: 'Ritamäentie 4', postalCode: '62100', municipalityCode: '408', ...CENTRE.lapua },
        { name: 'Alavuden kampus', streetAddress: 'Taidetehtaantie 3', postalCode: '63300', municipalityCode: '010', ...CENTRE.alavus },
      ],
      minimumAge: 18,
      howToTakePartFi: 'Varaa ohjausaika verkossa tai tule kampukselle ohjauspäivystykseen.',
      scheduleFi: 'Ohjauspäivystys tiistaisin klo 12–16',
      url: 'https://lakeudenammattiopisto.example/osaaminen',
      email: 'ohjaus@lakeudenammattiopisto.example',
    },
  },
  {
    providerKey: 'provider-opisto-lakeus',
    employmentAreaCodes: [KYMPPI],
    status: ServiceStatus.SUBMITTED,
    service: {
      nameFi: 'Oppisopimus maatalous- ja koneurakointialalle',
      summaryFi: 'Maatilat ja koneurakoitsijat voivat kouluttaa uuden työntekijän oppisopimuksella maatalousalan perustutkintoon.',
      descriptionFi:
        'Opiskelija työskentelee tilalla tai urakointiyrityksessä ja osallistuu lähiopetukseen Alavuden kampuksella noin kerran kuukaudessa. Sisältöinä ovat kotieläintenhoito, peltoviljely, maatalouskoneiden käyttö ja huolto sekä työturvallisuus. Työpaikkaohjaaja saa koulutuksen ja tukea koko sopimuksen ajan.',
      audience: ServiceAudience.BOTH,
      categoryCodes: ['APPRENTICESHIP'],
      targetGroupCodes: ['YOUNG'],
      deliveryMode: DeliveryMode.ON_SITE,
      languages: ['fi'],
      locations: [{ name: 'Alavuden kampus', streetAddress: 'Taidetehtaantie 3', postalCode: '63300', municipalityCode: '010', ...CENTRE.alavus }],
      minimumAge: 16,
      capacity: 12,
      scheduleFi: 'Jatkuva haku',
      email: 'oppisopimus@lakeudenammattiopisto.example',
    },
  },
  {
    providerKey: 'provider-yrityspolku',
    employmentAreaCodes: [KYMPPI],
    status: ServiceStatus.PUBLISHED,
    service: {
      nameFi: 'Yrittäjyysneuvonta aloittavalle yrittäjälle',
      nameSv: 'Företagsrådgivning för nya företagare',
      nameEn: 'Business advice for new entrepreneurs',
      summaryFi: 'Maksuton ja luottamuksellinen neuvonta liikeidean arviointiin, liiketoimintasuunnitelmaan, rahoitukseen ja starttirahan hakemiseen.',
      summarySv: 'Avgiftsfri och konfidentiell rådgivning om affärsidén, affärsplanen, finansieringen och startpenningen.',
      summaryEn: 'Free and confidential advice on your business idea, business plan, financing and applying for the start-up grant.',
      descriptionFi:
        'Yritysneuvoja käy kanssasi läpi liikeidean kannattavuuden, kilpailijat ja hinnoittelun. Autamme laatimaan liiketoimintasuunnitelman ja rahoituslaskelmat, jotka tarvitaan starttirahaa ja pankkirahoitusta varten. Kerromme yritysmuodoista, verotuksesta, YEL-vakuutuksesta ja kirjanpidosta. Neuvontaa saa myös englanniksi, ja maahan muuttaneille yrittäjille on oma ryhmä.',
      descriptionEn:
        'A business adviser goes through the viability of your idea, competitors and pricing, and helps you draw up the business plan and financial calculations needed for the start-up grant and bank financing.',
      audience: ServiceAudience.JOBSEEKERS,
      categoryCodes: ['ENTREPRENEURSHIP_ADVICE'],
      targetGroupCodes: ['IMMIGRANTS', 'OLDER'],
      deliveryMode: DeliveryMode.HYBRID,
      languages: ['fi', 'sv', 'en'],
      locations: [{ streetAddress: 'Kauppakatu 12', postalCode: '62100', municipalityCode: '408', ...CENTRE.lapua }],
      howToTakePartFi: 'Varaa aika puhelimitse tai verkossa. Ensimmäinen tapaaminen kestää noin tunnin.',
      scheduleFi: 'Ajanvarauksella ma–pe; yrittäjäillat kuun ensimmäisenä tiistaina',
      email: 'neuvonta@yrityspolku.example',
      phone: '06 555 0625',
    },
  },
  {
    providerKey: 'provider-yrityspolku',
    employmentAreaCodes: [KYMPPI],
    status: ServiceStatus.SUBMITTED,
    service: {
      nameFi: 'Omistajanvaihdosneuvonta – jatkajaksi yritykselle',
      summaryFi: 'Autamme eläköityvää yrittäjää ja jatkajaa kohtaamaan sekä suunnittelemaan kaupan, rahoituksen ja perehdytyksen.',
      descriptionFi:
        'Alueella on satoja yrityksiä, joiden omistaja jää lähivuosina eläkkeelle. Kartoitamme myytävät yritykset ja jatkajaksi kiinnostuneet, autamme arvonmäärityksen, kauppakirjan ja rahoituksen kanssa ja suunnittelemme, miten luopuja perehdyttää jatkajan. Jatkajaksi voi ryhtyä myös yrityksen oma työntekijä.',
      audience: ServiceAudience.BOTH,
      categoryCodes: ['ENTREPRENEURSHIP_ADVICE', 'CAREER_GUIDANCE'],
      targetGroupCodes: ['OLDER'],
      deliveryMode: DeliveryMode.HYBRID,
      languages: ['fi'],
      municipalityCodes: ['408', '233', '010'],
      locations: [{ streetAddress: 'Kauppakatu 12', postalCode: '62100', municipalityCode: '408', ...CENTRE.lapua }],
      email: 'neuvonta@yrityspolku.example',
    },
  },

  // --- Pohjoinen Keski-Suomi ---------------------------------------------------------------
  {
    providerKey: 'area-pohjoinen-keski-suomi',
    employmentAreaCodes: [POHJOINEN_KESKI_SUOMI],
    status: ServiceStatus.PUBLISHED,
    service: {
      nameFi: 'Rekrytointikoulutus varastologistiikkaan',
      nameEn: 'Recruitment training for warehouse logistics',
      summaryFi: 'Äänekosken seudun logistiikkayritykset ja työllisyyspalvelut kouluttavat yhdessä varastotyöntekijöitä. Koulutus sisältää trukkikortin.',
      summaryEn: 'Logistics companies in the Äänekoski region and the employment services jointly train warehouse workers, forklift licence included.',
      descriptionFi:
        'Kolmen kuukauden koulutuksessa opitaan keräily, vastaanotto, varastojärjestelmien käyttö, trukin ja pinoamisnosturin ajo sekä työturvallisuus. Puolet ajasta harjoitellaan yritysten varastoissa. Yritykset osallistuvat opiskelijoiden valintaan ja ovat sitoutuneet haastattelemaan kaikki koulutuksen suorittaneet.',
      descriptionEn:
        'The three-month training covers picking, goods receipt, warehouse systems, forklift driving and occupational safety. Half of the time is spent in the companies’ warehouses, and the companies interview everyone who completes the training.',
      audience: ServiceAudience.BOTH,
      categoryCodes: ['RECRUITMENT_TRAINING', 'LABOUR_MARKET_TRAINING'],
      targetGroupCodes: ['YOUNG', 'LONG_TERM_UNEMPLOYED'],
      deliveryMode: DeliveryMode.ON_SITE,
      languages: ['fi'],
      locations: [{ streetAddress: 'Hallintokatu 4', postalCode: '44100', municipalityCode: '992', ...CENTRE.aanekoski }],
      minimumAge: 18,
      howToTakePartFi: 'Hae verkkolomakkeella; hakijat kutsutaan infotilaisuuteen ja haastatteluun.',
      capacity: 16,
      scheduleFi: 'Alkaa 16.3.2026, ma–pe klo 7–15',
      email: 'yrityspalvelut@pks-tyollisyys.example',
    },
  },
  {
    providerKey: 'area-pohjoinen-keski-suomi',
    employmentAreaCodes: [POHJOINEN_KESKI_SUOMI],
    status: ServiceStatus.DRAFT,
    service: {
      nameFi: 'Työkokeilu kaupan alalla Viitasaarella ja Pihtiputaalla',
      summaryFi: 'Kokeile myyjän, kassan tai hyllyttäjän töitä paikallisessa kaupassa ennen koulutusta tai työsuhdetta.',
      descriptionFi:
        'Kokeilussa tutustutaan asiakaspalveluun, tavaran vastaanottoon ja hyllytykseen sekä kassatyöhön. Kesto sovitaan yksilöllisesti, tavallisesti kuudesta viikosta kolmeen kuukauteen. Kuljetustuki on mahdollinen, jos julkisia kulkuyhteyksiä ei ole.',
      audience: ServiceAudience.BOTH,
      categoryCodes: ['WORK_TRIAL'],
      targetGroupCodes: ['LONG_TERM_UNEMPLOYED'],
      deliveryMode: DeliveryMode.ON_SITE,
      languages: ['fi'],
      locations: [{ streetAddress: 'Keskitie 10', postalCode: '44500', municipalityCode: '931', ...CENTRE.viitasaari }],
      minimumAge: 17,
    },
  },
  {
    providerKey: 'provider-sisu',
    employmentAreaCodes: [POHJOINEN_KESKI_SUOMI],
    status: ServiceStatus.PUBLISHED,
    service: {
      nameFi: 'Työhönvalmennus ja työkokeilut Äänekosken seudulla',
      summaryFi: 'Työhönvalmentaja kulkee rinnallasi työnhaussa, työkokeilussa ja uuden työn alussa – ja auttaa työnantajaa perehdytyksessä.',
      descriptionFi:
        'Yhteiskunnallinen yrityksemme työllistää itse osatyökykyisiä ja tuntee alueen työnantajat. Valmennuksessa kartoitetaan vahvuudet ja rajoitteet, etsitään sopiva työkokeilupaikka ja muokataan työtehtäviä yhdessä työnantajan kanssa. Valmentaja käy työpaikalla ensimmäisinä viikkoina ja on tavoitettavissa myöhemminkin. Palvelu on asiakkaalle maksuton, koska työllisyyspalvelut ostavat sen.',
      audience: ServiceAudience.BOTH,
      categoryCodes: ['JOB_COACHING', 'WORK_TRIAL'],
      targetGroupCodes: ['LONG_TERM_UNEMPLOYED', 'PARTIAL_WORK_ABILITY'],
      deliveryMode: DeliveryMode.ON_SITE,
      languages: ['fi'],
      locations: [
        { streetAddress: 'Koulutie 6', postalCode: '44100', municipalityCode: '992', ...CENTRE.aanekoski },
        { streetAddress: 'Sivulantie 11', postalCode: '43100', municipalityCode: '729', ...CENTRE.saarijarvi },
      ],
      eligibilityFi: 'Pohjoisen Keski-Suomen työllisyysalueen asiakkaat; ohjaus työllisyysasiantuntijan kautta.',
      minimumAge: 18,
      capacity: 30,
      scheduleFi: 'Ma–pe klo 8–16',
      email: 'valmennus@sisuvalmennus.example',
    },
  },
  {
    providerKey: 'provider-nuorisopaja',
    employmentAreaCodes: [POHJOINEN_KESKI_SUOMI],
    status: ServiceStatus.PUBLISHED,
    service: {
      nameFi: 'Nuorisopaja – työelämätaidot ja oma polku',
      summaryFi: 'Pajalla harjoitellaan työelämän taitoja kahvila-, media- ja kiinteistötöissä ja suunnitellaan jatko opiskeluun tai töihin.',
      descriptionFi:
        'Pajajakso kestää kolmesta kuuteen kuukautta. Nuori valitsee työpisteen pajan kahvilasta, mediapajasta tai kiinteistötiimistä, ja valmentaja tukee sekä työssä että arjessa. Ohjaus on selkeää ja rauhallista, ja tehtäviä voi kokeilla omaan tahtiin. Pajalla tehty osaaminen voidaan tunnistaa osaksi ammatillisia opintoja.',
      audience: ServiceAudience.JOBSEEKERS,
      categoryCodes: ['WORKSHOP', 'ON_THE_JOB_LEARNING'],
      targetGroupCodes: ['YOUNG', 'LEARNING_DIFFICULTIES'],
      deliveryMode: DeliveryMode.ON_SITE,
      languages: ['fi'],
      locations: [
        {
          streetAddress: 'Torikatu 5',
          postalCode: '44100',
          municipalityCode: '992',
          ...CENTRE.aanekoski,
          accessibilityFi: 'Esteetön sisäänkäynti torin puolelta.',
        },
      ],
      minimumAge: 16,
      maximumAge: 29,
      howToTakePartFi: 'Tule käymään, soita tai pyydä opinto-ohjaajaa tai etsivää nuorisotyöntekijää ottamaan yhteyttä.',
      capacity: 20,
      scheduleFi: 'Ma–to klo 9–14',
      phone: '014 555 0992',
    },
  },
  {
    providerKey: 'provider-nuorisopaja',
    employmentAreaCodes: [POHJOINEN_KESKI_SUOMI],
    status: ServiceStatus.SUBMITTED,
    service: {
      nameFi: 'Selkokielinen työnhakuvalmennus',
      summaryFi: 'Työnhaun valmennus selkokielellä: CV, työpaikkojen etsiminen ja haastatteluun valmistautuminen pienessä ryhmässä.',
      descriptionFi:
        'Valmennus on tarkoitettu nuorille ja aikuisille, joille lukeminen tai kirjoittaminen on hankalaa. Käytämme kuvia, lyhyitä tekstejä ja paljon harjoittelua. Jokainen tekee oman CV:n ja harjoittelee haastattelua. Ryhmässä on enintään kahdeksan osallistujaa.',
      audience: ServiceAudience.JOBSEEKERS,
      categoryCodes: ['CAREER_GUIDANCE', 'JOB_COACHING'],
      targetGroupCodes: ['LEARNING_DIFFICULTIES', 'LOW_EDUCATION'],
      deliveryMode: DeliveryMode.ON_SITE,
      languages: ['fi'],
      locations: [{ streetAddress: 'Torikatu 5', postalCode: '44100', municipalityCode: '992', ...CENTRE.aanekoski }],
      minimumAge: 16,
      capacity: 8,
      scheduleFi: 'Kuusi kertaa, tiistaisin klo 10–12',
    },
  },

  // --- National ----------------------------------------------------------------------------
  {
    providerKey: 'provider-esteeton',
    employmentAreaCodes: [],
    status: ServiceStatus.PUBLISHED,
    service: {
      nameFi: 'Kohtuulliset mukautukset työpaikalla – maksuton neuvonta',
      nameSv: 'Skäliga anpassningar på arbetsplatsen – avgiftsfri rådgivning',
      nameEn: 'Reasonable accommodation at work – free advice',
      summaryFi: 'Neuvomme työnantajia tekemään työpaikalla mukautuksia, joiden avulla vammainen tai osatyökykyinen työntekijä voi tehdä työtään täysipainoisesti.',
      summarySv: 'Vi ger arbetsgivare råd om anpassningar som gör att en anställd med funktionsnedsättning eller partiell arbetsförmåga kan arbeta fullt ut.',
      summaryEn: 'We advise employers on workplace adjustments that let employees with disabilities or partial work ability do their job fully.',
      descriptionFi:
        'Yhdenvertaisuuslaki velvoittaa työnantajan tekemään kohtuulliset mukautukset. Käytännössä ne ovat usein pieniä ja edullisia: työajan joustoja, apuvälineitä, ruudunlukuohjelma, rauhallinen työpiste tai kirjalliset ohjeet suullisten lisäksi. Asiantuntijamme auttavat tunnistamaan tarpeen, keskustelemaan työntekijän kanssa ja hakemaan työolosuhteiden järjestelytukea. Neuvonta on luottamuksellista ja maksutonta.',
      descriptionSv:
        'Diskrimineringslagen förpliktar arbetsgivaren att göra skäliga anpassningar. Ofta är de små och billiga, till exempel flexibel arbetstid, hjälpmedel eller en lugn arbetsplats. Vi hjälper er att identifiera behovet och att ansöka om stöd för arrangemang av arbetsförhållandena.',
      descriptionEn:
        'The Non-discrimination Act requires employers to make reasonable accommodation. In practice it is often small and inexpensive: flexible hours, assistive devices, a screen reader, a quiet workstation or written instructions. We help you identify the need and apply for support for workplace arrangements.',
      audience: ServiceAudience.EMPLOYERS,
      categoryCodes: ['ACCOMMODATION_ADVICE'],
      targetGroupCodes: ['DISABLED', 'PARTIAL_WORK_ABILITY', 'LEARNING_DIFFICULTIES'],
      isNational: true,
      deliveryMode: DeliveryMode.REMOTE,
      languages: ['fi', 'sv', 'en'],
      howToTakePartFi: 'Soita neuvontanumeroon, lähetä sähköpostia tai varaa etätapaaminen verkossa.',
      scheduleFi: 'Puhelinneuvonta ma–to klo 9–15',
      url: 'https://esteetontyoelama.example/mukautukset',
      email: 'neuvonta@esteetontyoelama.example',
      phone: '09 555 0300',
    },
  },
  {
    providerKey: 'provider-esteeton',
    employmentAreaCodes: [],
    status: ServiceStatus.PUBLISHED,
    service: {
      nameFi: 'Monimuotoisen rekrytoinnin työpaja esihenkilöille',
      summaryFi: 'Kolmen tunnin etätyöpaja, jossa esihenkilöt oppivat kirjoittamaan saavutettavan työpaikkailmoituksen ja haastattelemaan yhdenvertaisesti.',
      descriptionFi:
        'Työpajassa käydään läpi, miten vaatimukset muotoillaan niin, etteivät ne karsi päteviä hakijoita turhaan, miten haastattelu järjestetään saavutettavasti ja miten mukautustarpeista kysytään. Harjoitukset tehdään osallistujien omilla ilmoituksilla.',
      audience: ServiceAudience.EMPLOYERS,
      categoryCodes: ['INCLUSIVE_RECRUITMENT_ADVICE', 'STAFF_DEVELOPMENT'],
      targetGroupCodes: ['DISABLED', 'IMMIGRANTS'],
      isNational: true,
      deliveryMode: DeliveryMode.REMOTE,
      languages: ['fi', 'sv'],
      isFree: false,
      costOptions: [{ amount: 150, currency: 'EUR', unit: 'per osallistuja', descriptionFi: 'Jäsenorganisaatioille 90 €' }],
      capacity: 25,
    },
  },
  {
    providerKey: 'provider-rekry',
    employmentAreaCodes: [],
    status: ServiceStatus.PUBLISHED,
    service: {
      nameFi: 'Anonyymi rekrytointi – työnantajan opas ja valmennus',
      nameSv: 'Anonym rekrytering – guide och coachning för arbetsgivare',
      nameEn: 'Anonymous recruitment – a guide and coaching for employers',
      summaryFi: 'Valmennamme rekrytoijat käsittelemään hakemukset ilman nimeä, ikää ja kuvaa, jotta valinta perustuu osaamiseen. Mukana valmis prosessikuvaus ja lomakepohjat.',
      summarySv: 'Vi coachar rekryterare att behandla ansökningar utan namn, ålder och foto så att urvalet grundar sig på kompetens.',
      summaryEn: 'We coach recruiters to handle applications without name, age or photo so that selection is based on skills. Includes a process description and templates.',
      descriptionFi:
        'Anonyymissa rekrytoinnissa hakijan tunnistetiedot piilotetaan siihen asti, kun haastateltavat on valittu. Valmennus sisältää kaksi etätyöpajaa: ensimmäisessä suunnitellaan prosessi ja kriteerit, toisessa käydään läpi ensimmäisen anonyymin haun kokemukset. Saat prosessikuvauksen, hakulomakkeen pohjan ja ohjeet rekrytointijärjestelmän asetuksiin.',
      descriptionSv:
        'Vid anonym rekrytering döljs den sökandes identitetsuppgifter tills de som ska intervjuas har valts. Coachningen består av två workshoppar på distans.',
      descriptionEn:
        'In anonymous recruitment, identifying details are hidden until the interviewees have been chosen. The coaching consists of two remote workshops and comes with a process description and templates.',
      audience: ServiceAudience.EMPLOYERS,
      categoryCodes: ['INCLUSIVE_RECRUITMENT_ADVICE', 'RECRUITMENT_SERVICES'],
      targetGroupCodes: ['IMMIGRANTS', 'OLDER'],
      isNational: true,
      deliveryMode: DeliveryMode.REMOTE,
      languages: ['fi', 'sv', 'en'],
      isFree: false,
      costOptions: [
        { amount: 490, currency: 'EUR', unit: 'per organisaatio', descriptionFi: 'Kaksi työpajaa ja materiaalit, alv 0 %' },
        { descriptionFi: 'Opas ladattavissa maksutta verkkosivulta' },
      ],
      howToTakePartFi: 'Ilmoittaudu verkkosivulla; työpajojen ajat sovitaan organisaatiokohtaisesti.',
      url: 'https://uusisuunta.example/anonyymi-rekrytointi',
      email: 'myynti@uusisuunta.example',
    },
  },
  {
    providerKey: 'provider-silta',
    employmentAreaCodes: [],
    status: ServiceStatus.PUBLISHED,
    service: {
      nameFi: 'Ulkomaisen työntekijän palkkaaminen – neuvonta työnantajille',
      nameEn: 'Hiring from abroad – advice for employers',
      summaryFi: 'Maksuton etäneuvonta työnantajille, jotka palkkaavat maahan muuttaneen tai ulkomailla asuvan työntekijän: luvat, perehdytys ja kielituki.',
      summaryEn: 'Free remote advice for employers hiring an immigrant or a worker from abroad: permits, induction and language support.',
      descriptionFi:
        'Kerromme, milloin työntekijä tarvitsee oleskeluluvan, miten lupaprosessi etenee ja mitä työnantajan on huolehdittava. Annamme vinkit monikieliseen perehdytykseen ja selkokieliseen viestintään sekä kerromme työpaikalla järjestettävästä suomen kielen opetuksesta. Tarvittaessa neuvomme myös työntekijää hänen omalla kielellään.',
      descriptionEn:
        'We explain when a worker needs a residence permit, how the permit process works and what the employer must take care of, and give practical tips for multilingual induction and Finnish lessons at the workplace.',
      audience: ServiceAudience.EMPLOYERS,
      categoryCodes: ['INTEGRATION_SERVICES', 'RECRUITMENT_SERVICES'],
      targetGroupCodes: ['IMMIGRANTS'],
      isNational: true,
      deliveryMode: DeliveryMode.REMOTE,
      languages: ['fi', 'en', 'uk', 'ru'],
      howToTakePartFi: 'Varaa 45 minuutin etäneuvonta verkossa tai soita neuvontanumeroon.',
      scheduleFi: 'Ma–to klo 9–16',
      email: 'tyonantajat@silta-yhdistys.example',
      phone: '09 555 0191',
    },
  },
  {
    providerKey: 'provider-osaamo',
    employmentAreaCodes: [],
    status: ServiceStatus.PUBLISHED,
    service: {
      nameFi: 'Henkilöstön täsmäkoulutus – räätälöity osaamisen kehittäminen',
      nameSv: 'Skräddarsydd kompetensutveckling för personalen',
      nameEn: 'Tailored staff training',
      summaryFi: 'Suunnittelemme yrityksesi kanssa lyhyen koulutuksen juuri siihen osaamiseen, jota työpaikalla nyt tarvitaan – esimerkiksi digityökaluihin, laatuun tai esihenkilötyöhön.',
      summarySv: 'Vi planerar tillsammans med ert företag en kort utbildning i precis den kompetens som behövs nu, till exempel digitala verktyg, kvalitet eller ledarskap.',
      summaryEn: 'Together with your company we design a short training in exactly the skills your workplace needs now, such as digital tools, quality or leadership.',
      descriptionFi:
        'Aloitamme osaamiskartoituksella, jossa selvitetään tavoitteet ja lähtötaso. Koulutus toteutetaan verkossa, työpaikalla tai yhdistelmänä, ja se voidaan jakaa lyhyisiin osiin työvuorojen lomaan. Materiaalit saa suomeksi, ruotsiksi tai englanniksi, ja ikääntyneiden työntekijöiden digitaitoihin on oma selkeä toteutus. Koulutuksen päätteeksi osallistujat saavat osaamistodistuksen.',
      descriptionSv:
        'Vi börjar med en kartläggning av kompetensen. Utbildningen ordnas på nätet, på arbetsplatsen eller som en kombination, och material finns på finska, svenska och engelska.',
      descriptionEn:
        'We start with a skills survey of goals and starting level. The training runs online, at your workplace or both, in short parts that fit around shifts. Materials are available in Finnish, Swedish and English.',
      audience: ServiceAudience.EMPLOYERS,
      categoryCodes: ['STAFF_DEVELOPMENT'],
      targetGroupCodes: ['OLDER', 'IMMIGRANTS'],
      isNational: true,
      deliveryMode: DeliveryMode.REMOTE,
      languages: ['fi', 'sv', 'en'],
      isFree: false,
      costOptions: [
        { amount: 2400, currency: 'EUR', unit: 'per koulutuspäivä', descriptionFi: 'Enintään 20 osallistujaa, alv 0 %' },
        { amount: 180, currency: 'EUR', unit: 'per henkilö', descriptionFi: 'Avoimet verkkototeutukset' },
      ],
      howToTakePartFi: 'Pyydä tarjous; kartoituspalaveri on maksuton.',
      url: 'https://osaamo.example/tasmakoulutus',
      email: 'tilaukset@osaamo.example',
    },
  },
  {
    providerKey: 'provider-osaamo',
    employmentAreaCodes: [],
    status: ServiceStatus.SUBMITTED,
    service: {
      nameFi: 'Työpaikkaohjaajan koulutus – työssä oppiminen ja opinnollistaminen',
      summaryFi: 'Verkkokoulutus työpaikkaohjaajille, jotka ohjaavat oppisopimusopiskelijoita, työkokeilijoita tai pajalta tulevia nuoria.',
      descriptionFi:
        'Koulutuksessa opitaan suunnittelemaan työtehtävät oppimisen näkökulmasta, antamaan palautetta ja arvioimaan osaamista tutkinnon perusteiden mukaan. Erityinen osio käsittelee oppimisvaikeuksisten ja kielitaidoltaan aloittelevien työntekijöiden ohjaamista. Koulutus koostuu neljästä kahden tunnin etäjaksosta ja omalla työpaikalla tehtävästä tehtävästä.',
      audience: ServiceAudience.EMPLOYERS,
      categoryCodes: ['ON_THE_JOB_LEARNING', 'STAFF_DEVELOPMENT'],
      targetGroupCodes: ['LEARNING_DIFFICULTIES', 'YOUNG'],
      isNational: true,
      deliveryMode: DeliveryMode.REMOTE,
      languages: ['fi'],
      isFree: false,
      costOptions: [{ amount: 290, currency: 'EUR', unit: 'per osallistuja', descriptionFi: 'Alv 0 %' }],
      capacity: 30,
      scheduleFi: 'Neljä tiistaita klo 13–15, uusi ryhmä alkaa joka toinen kuukausi',
      email: 'tilaukset@osaamo.example',
    },
  },
];
