// Demo employer needs: every 6T stage, inclusion choices and carved roles. Fictional.
import { Adjustment, Measure, NeedKind, NeedStage, NeedVisibility, TaskKind } from '@ytmt/needs';

export interface DemoNeed {
  companyKey: string;
  /** Who writes it: the company's employer user, or a coordinator of its area on its behalf. */
  authorEmail: string;
  targetStage: NeedStage;
  title: string;
  description: string;
  kinds: NeedKind[];
  municipalityCode: string;
  positions: number;
  hoursMin: number;
  hoursMax: number;
  measuresOpenTo: Measure[];
  adjustmentsOffered: Adjustment[];
  openToPrecisionCapable: boolean;
  anonymousRecruitment: boolean;
  visibility: NeedVisibility;
  tasks: { title: string; kind: TaskKind; levels: [number, number, number, number, number, number] }[];
}

const LAHTI_EMPLOYER = 'tyonantaja.lahti@ytmt.example';
const HELSINKI_EMPLOYER = 'tyonantaja.helsinki@ytmt.example';
const KYMPPI_COORDINATOR = 'koordinaattori.kymppi@ytmt.example';

export const DEMO_NEEDS: DemoNeed[] = [
  {
    companyKey: 'company-konepaja', authorEmail: LAHTI_EMPLOYER, targetStage: NeedStage.IDENTIFIED,
    title: 'Hitsaaja konepajalle', description: 'Tarvitsemme kevääksi kokeneen MIG-hitsaajan. Tarve on vasta tunnistettu.',
    kinds: [NeedKind.RECRUITMENT], municipalityCode: '398', positions: 1, hoursMin: 37, hoursMax: 40,
    measuresOpenTo: [Measure.APPRENTICESHIP], adjustmentsOffered: [], openToPrecisionCapable: false, anonymousRecruitment: false,
    visibility: NeedVisibility.COORDINATORS_AND_PROVIDERS, tasks: [],
  },
  {
    companyKey: 'company-konepaja', authorEmail: LAHTI_EMPLOYER, targetStage: NeedStage.SPECIFIED,
    title: 'Varaston keräilijä osa-aikaisesti', description: 'Keräilijä tilausten keräilyyn ja pakkaamiseen, 20–30 h viikossa.',
    kinds: [NeedKind.RECRUITMENT], municipalityCode: '398', positions: 2, hoursMin: 20, hoursMax: 30,
    measuresOpenTo: [Measure.PAY_SUBSIDY, Measure.WORK_TRIAL], adjustmentsOffered: [Adjustment.WORKING_TIME, Adjustment.WORK_TASKS],
    openToPrecisionCapable: true, anonymousRecruitment: true, visibility: NeedVisibility.PUBLIC,
    tasks: [
      { title: 'Tilausten keräily hyllyistä', kind: TaskKind.CORE, levels: [1, 2, 1, 1, 0, 1] },
      { title: 'Pakkaaminen ja tarroitus', kind: TaskKind.CORE, levels: [1, 1, 1, 1, 0, 1] },
      { title: 'Lavojen siirto trukilla', kind: TaskKind.SEPARABLE, levels: [2, 1, 3, 2, 0, 2] },
    ],
  },
  {
    companyKey: 'company-konepaja', authorEmail: LAHTI_EMPLOYER, targetStage: NeedStage.DESCRIBED,
    title: 'Koneistajien osaamisen kehittäminen', description: 'CNC-koneistajien ohjelmointiosaamisen päivitys uuteen ohjausjärjestelmään.',
    kinds: [NeedKind.COMPETENCE_DEVELOPMENT], municipalityCode: '398', positions: 6, hoursMin: 4, hoursMax: 8,
    measuresOpenTo: [], adjustmentsOffered: [], openToPrecisionCapable: false, anonymousRecruitment: false,
    visibility: NeedVisibility.COORDINATORS_AND_PROVIDERS, tasks: [],
  },
  {
    companyKey: 'company-hoiva', authorEmail: HELSINKI_EMPLOYER, targetStage: NeedStage.PACKAGED,
    title: 'Hoiva-avustaja rekrytointikoulutuksella', description: 'Kaksi hoiva-avustajaa, koulutus yhdessä oppilaitoksen kanssa ennen työsuhdetta.',
    kinds: [NeedKind.RECRUITMENT], municipalityCode: '091', positions: 2, hoursMin: 30, hoursMax: 37,
    measuresOpenTo: [Measure.RECRUITMENT_TRAINING], adjustmentsOffered: [Adjustment.LANGUAGE_SUPPORT],
    openToPrecisionCapable: false, anonymousRecruitment: true, visibility: NeedVisibility.PUBLIC, tasks: [],
  },
  {
    companyKey: 'company-hoiva', authorEmail: HELSINKI_EMPLOYER, targetStage: NeedStage.OFFERED,
    title: 'Ulkoiluavustaja täsmätyökykyiselle', description: 'Asukkaiden ulkoilutus ja seurustelu; tehtävä räätälöidään tekijän vahvuuksien mukaan.',
    kinds: [NeedKind.RECRUITMENT], municipalityCode: '091', positions: 1, hoursMin: 10, hoursMax: 20,
    measuresOpenTo: [Measure.PAY_SUBSIDY, Measure.JOB_COACHING], adjustmentsOffered: [Adjustment.WORKING_TIME, Adjustment.WORK_TASKS],
    openToPrecisionCapable: true, anonymousRecruitment: false, visibility: NeedVisibility.COORDINATORS_ONLY,
    tasks: [
      { title: 'Asukkaiden ulkoilutus', kind: TaskKind.CORE, levels: [1, 2, 0, 1, 2, 0] },
      { title: 'Seurustelu ja virikehetket', kind: TaskKind.CORE, levels: [0, 1, 0, 1, 2, 0] },
      { title: 'Pyörätuolin nostot', kind: TaskKind.SEPARABLE, levels: [3, 1, 3, 1, 1, 1] },
    ],
  },
  {
    companyKey: 'company-hoiva', authorEmail: HELSINKI_EMPLOYER, targetStage: NeedStage.FILLED,
    title: 'Laitoshuoltaja', description: 'Laitoshuoltaja aamuvuoroon; täytetty työkokeilun kautta.',
    kinds: [NeedKind.RECRUITMENT], municipalityCode: '091', positions: 1, hoursMin: 25, hoursMax: 30,
    measuresOpenTo: [Measure.WORK_TRIAL], adjustmentsOffered: [], openToPrecisionCapable: false, anonymousRecruitment: false,
    visibility: NeedVisibility.COORDINATORS_ONLY, tasks: [],
  },
  {
    companyKey: 'company-puutuote', authorEmail: KYMPPI_COORDINATOR, targetStage: NeedStage.CLOSED,
    title: 'Tuotantotyöntekijä höyläämöön', description: 'Tarve siirtyi ensi vuodelle; suljettu ilman rekrytointia.',
    kinds: [NeedKind.RECRUITMENT], municipalityCode: '408', positions: 1, hoursMin: 37, hoursMax: 40,
    measuresOpenTo: [], adjustmentsOffered: [], openToPrecisionCapable: false, anonymousRecruitment: false,
    visibility: NeedVisibility.COORDINATORS_ONLY, tasks: [],
  },
  {
    companyKey: 'company-puutuote', authorEmail: KYMPPI_COORDINATOR, targetStage: NeedStage.SPECIFIED,
    title: 'Neuvontaa palkkatukeen ja oppisopimukseen', description: 'Yritys haluaa tietää, miten palkkatuki ja oppisopimus sopisivat sen kasvusuunnitelmaan.',
    kinds: [NeedKind.SUPPORT_AND_ADVICE], municipalityCode: '408', positions: 1, hoursMin: 37, hoursMax: 40,
    measuresOpenTo: [Measure.PAY_SUBSIDY, Measure.APPRENTICESHIP], adjustmentsOffered: [], openToPrecisionCapable: false,
    anonymousRecruitment: false, visibility: NeedVisibility.COORDINATORS_AND_PROVIDERS, tasks: [],
  },
];
