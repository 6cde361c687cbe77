import { AdviceTopic } from './advice-topics';

/**
 * Reference content of the competence hub: general advice for employers, written for Y-TMT.
 * Only general, well-known facts; the exact conditions, amounts and durations of public
 * support are decided case by case by the employment area, and each article says so.
 */
export interface AdviceArticleSeed {
  slug: string;
  topics: AdviceTopic[];
  publishedAt: string;
  fi: { title: string; summary: string; body: string };
  sv?: { title: string; summary: string; body: string };
  en?: { title: string; summary: string; body: string };
}

export const ADVICE_ARTICLES: readonly AdviceArticleSeed[] = [
  {
    slug: 'palkkatuki-tyonantajalle',
    topics: ['PAY_SUBSIDY', 'EMPLOYER_OBLIGATIONS'],
    publishedAt: '2026-01-12T08:00:00Z',
    fi: {
      title: 'Palkkatuki: tukea työttömän työnhakijan palkkaamiseen',
      summary: 'Palkkatuki on työnantajalle maksettava tuki, joka korvaa osan työttömän työnhakijan palkkauskustannuksista. Palkkatuesta päätetään ennen kuin työsuhde alkaa.',
      body: `## Mikä palkkatuki on?
Palkkatuki on harkinnanvarainen tuki, jolla työllisyysviranomainen korvaa työnantajalle osan palkkauskustannuksista, kun työnantaja palkkaa työttömän työnhakijan. Palkkatuen tarkoitus on parantaa työnhakijan osaamista ja ammattitaitoa ja auttaa häntä pääsemään avoimille työmarkkinoille.

## Kuka palkkatukea voi saada?
Palkkatukea voivat hakea yritykset, yhdistykset, säätiöt ja muut työnantajat. Tuki myönnetään aina tapauskohtaisesti: työllisyysalue arvioi, parantaako palkkatuettu työ juuri tämän työnhakijan mahdollisuuksia työllistyä. Palkkatuen määrä ja kesto riippuvat muun muassa siitä, kuinka pitkään henkilö on ollut työttömänä ja onko hänellä vamma tai sairaus, joka vaikuttaa työkykyyn.

## Näin haet
1. Keskustele työllisyysalueen yrityspalveluiden kanssa jo rekrytoinnin alussa.
2. Hae palkkatukea ennen kuin työsuhde alkaa. Jos työsuhde on jo alkanut, palkkatukea ei yleensä voi enää myöntää.
3. Tee työsopimus vasta, kun tiedät päätöksen. Palkkatuettuun työhön sovelletaan samoja työehtoja kuin muuhunkin työhön.
4. Hae tuki maksuun jälkikäteen palkanmaksun jälkeen.

## Hyvä tietää
Palkkatuen voi yhdistää esimerkiksi oppisopimukseen tai työhönvalmennukseen. Palkkatuettu työntekijä ei saa syrjäyttää muita työntekijöitä. Tarkista ajantasaiset ehdot aina työllisyysalueeltasi.`,
    },
    sv: {
      title: 'Lönesubvention: stöd för att anställa en arbetslös arbetssökande',
      summary: 'Lönesubvention är ett stöd till arbetsgivaren som ersätter en del av lönekostnaderna när en arbetslös arbetssökande anställs. Beslutet fattas innan anställningen börjar.',
      body: `## Vad är lönesubvention?
Lönesubvention är ett prövningsbaserat stöd. Sysselsättningsmyndigheten ersätter en del av arbetsgivarens lönekostnader när arbetsgivaren anställer en arbetslös arbetssökande. Syftet är att stärka den arbetssökandes kompetens och hjälpa hen till den öppna arbetsmarknaden.

## Så ansöker du
Ansök om lönesubvention innan anställningen börjar och kontakta sysselsättningsområdets företagstjänster i god tid. Stödets storlek och längd bestäms från fall till fall. Lönesubvention kan kombineras med till exempel läroavtal eller jobbcoachning.`,
    },
    en: {
      title: 'Pay subsidy: support for hiring an unemployed jobseeker',
      summary: 'A pay subsidy is paid to the employer and covers part of the wage costs of hiring an unemployed jobseeker. It is decided before the employment begins.',
      body: `## What is a pay subsidy?
A pay subsidy is discretionary support with which the employment authority covers part of an employer's wage costs when hiring an unemployed jobseeker. Its aim is to strengthen the jobseeker's skills and help them into the open labour market.

## How to apply
Apply before the employment relationship starts, and talk to the business services of your employment area early in the recruitment. The amount and duration are decided case by case. The usual terms of employment apply to subsidised work. A pay subsidy can be combined with an apprenticeship or job coaching.`,
    },
  },
  {
    slug: 'oppisopimus-tyonantajalle',
    topics: ['APPRENTICESHIP', 'RECRUITMENT_TRAINING'],
    publishedAt: '2026-01-19T08:00:00Z',
    fi: {
      title: 'Oppisopimus: kouluta osaaja omaan työhösi',
      summary: 'Oppisopimuksella työntekijä suorittaa ammatillisen tutkinnon tai sen osan työn ohessa. Pääosa oppimisesta tapahtuu työpaikalla ja työnantaja saa tukea ohjaukseen.',
      body: `## Miten oppisopimus toimii?
Oppisopimus perustuu määräaikaiseen työsopimukseen. Opiskelija on työsuhteessa ja saa palkkaa, ja suurin osa oppimisesta tapahtuu käytännön työtehtävissä. Oppisopimuksesta sovitaan yhdessä työnantajan, opiskelijan ja koulutuksen järjestäjän eli oppilaitoksen kanssa.

## Työnantajan tehtävät
- Nimeä opiskelijalle työpaikkaohjaaja, joka perehdyttää ja ohjaa työssä.
- Varmista, että työtehtävät vastaavat tutkinnon tai tutkinnon osan vaatimuksia.
- Osallistu osaamisen arviointiin yhdessä oppilaitoksen kanssa.

## Tuki työnantajalle
Koulutuksen järjestäjä voi maksaa työnantajalle koulutuskorvausta koulutuksesta aiheutuvista kustannuksista. Työttömän työnhakijan palkkaamiseen oppisopimuksella voi lisäksi saada palkkatukea. Oppisopimus sopii sekä uuden työntekijän rekrytointiin että nykyisen henkilöstön osaamisen kehittämiseen.`,
    },
    sv: {
      title: 'Läroavtal: utbilda en yrkeskunnig för ditt eget arbete',
      summary: 'Med läroavtal avlägger arbetstagaren en yrkesinriktad examen eller en del av den vid sidan av arbetet. Största delen av lärandet sker på arbetsplatsen.',
      body: `## Hur fungerar läroavtal?
Läroavtal bygger på ett visstidsavtal. Den studerande är anställd och får lön, och största delen av lärandet sker i praktiska arbetsuppgifter. Arbetsgivaren utser en arbetsplatshandledare. Utbildningsanordnaren kan betala utbildningsersättning till arbetsgivaren, och för en arbetslös arbetssökande kan man också få lönesubvention.`,
    },
    en: {
      title: 'Apprenticeship: train the skilled worker you need',
      summary: 'In an apprenticeship the employee completes a vocational qualification or part of one while working. Most of the learning happens at the workplace.',
      body: `## How does an apprenticeship work?
An apprenticeship is based on a fixed-term employment contract: the apprentice is employed and paid, and learns mostly through real work. The employer names a workplace instructor, and the education provider agrees the plan with both. The provider may pay the employer a training compensation, and a pay subsidy may be available when the apprentice was an unemployed jobseeker.`,
    },
  },
  {
    slug: 'tyokokeilu',
    topics: ['WORK_TRIAL', 'EMPLOYER_OBLIGATIONS'],
    publishedAt: '2026-01-26T08:00:00Z',
    fi: {
      title: 'Työkokeilu: tutustukaa toisiinne ennen työsuhdetta',
      summary: 'Työkokeilussa työnhakija kokeilee työtä työpaikallasi ilman työsuhdetta. Se auttaa selvittämään ammatinvalintaa tai paluuta työelämään.',
      body: `## Mikä työkokeilu on?
Työkokeilu on työllisyyspalvelu, jossa työnhakija tekee työtä työpaikalla ilman työsuhdetta. Kokeilija ei saa palkkaa työnantajalta, vaan hänelle maksetaan työttömyysetuutta ja kulukorvausta. Työkokeilu sopii esimerkiksi alan vaihtajalle tai henkilölle, joka palaa työelämään pitkän tauon jälkeen.

## Mitä työnantajalta odotetaan?
- Työkokeilusta tehdään kirjallinen sopimus työnantajan, kokeilijan ja työllisyysalueen kesken.
- Kokeilijalle nimetään ohjaaja ja hänet perehdytetään tehtäviin ja työturvallisuuteen.
- Työkokeilu ei saa syrjäyttää ketään työsuhteessa olevaa eikä korvata tavallista rekrytointia.

## Kokeilun jälkeen
Kokeilun lopuksi käydään yhdessä läpi, mitä opittiin. Jos yhteistyö sujui, työkokeilusta voi jatkaa esimerkiksi palkkatuettuun työhön tai oppisopimukseen.`,
    },
    en: {
      title: 'Work trial: get to know each other before employment',
      summary: 'In a work trial a jobseeker tries out work at your workplace without an employment relationship. It helps to test a career choice or a return to working life.',
      body: `## What is a work trial?
A work trial is an employment service in which a jobseeker works at a workplace without an employment relationship. The employer pays no wage; the jobseeker receives unemployment benefit and an expense allowance. A written agreement is made between the employer, the jobseeker and the employment area. A work trial must not displace employees, and it can lead on to subsidised work or an apprenticeship.`,
    },
  },
  {
    slug: 'rekrytointikoulutus',
    topics: ['RECRUITMENT_TRAINING', 'APPRENTICESHIP'],
    publishedAt: '2026-02-02T08:00:00Z',
    fi: {
      title: 'Rekrytointikoulutus: koulutettuja osaajia yrityksen tarpeeseen',
      summary: 'Kun sopivia osaajia ei löydy, työllisyysalue ja työnantaja voivat hankkia yhdessä koulutuksen, joka valmentaa työnhakijat juuri yrityksen tehtäviin.',
      body: `## Yhteishankintakoulutus
Rekrytointikoulutus on yhteishankintakoulutusta: työnantaja ja julkinen työllisyyspalvelu suunnittelevat ja rahoittavat koulutuksen yhdessä. Koulutukseen valitaan työnhakijoita, joiden osaamista täydennetään yrityksen tarpeisiin. Tunnetuimmat muodot ovat RekryKoulutus uusien työntekijöiden kouluttamiseen sekä TäsmäKoulutus ja MuutosKoulutus oman henkilöstön osaamisen kehittämiseen.

## Miten edetä?
1. Kuvaa osaamistarve: tehtävät, määrä ja aikataulu.
2. Ota yhteyttä työllisyysalueen yrityspalveluihin; ne selvittävät sopivan koulutusmuodon.
3. Osallistu opiskelijoiden valintaan ja koulutuksen sisältöjen suunnitteluun.
4. Koulutukseen kuuluu yleensä työssäoppimista yrityksessä.

Työnantajan rahoitusosuus riippuu koulutusmuodosta. Kysy ajantasaiset ehdot työllisyysalueeltasi.`,
    },
    sv: {
      title: 'Rekryteringsutbildning: utbildade yrkeskunniga för företagets behov',
      summary: 'När lämpliga yrkeskunniga saknas kan sysselsättningsområdet och arbetsgivaren tillsammans skaffa en utbildning som förbereder arbetssökande för just företagets uppgifter.',
      body: `Rekryteringsutbildning är gemensam anskaffning av utbildning: arbetsgivaren och den offentliga arbetskraftsservicen planerar och finansierar utbildningen tillsammans. Arbetsgivaren deltar i urvalet av studerande och i planeringen av innehållet. Arbetsgivarens finansieringsandel beror på utbildningsformen.`,
    },
  },
  {
    slug: 'kohtuulliset-mukautukset',
    topics: ['WORK_TASKS', 'PHYSICAL_WORKPLACE', 'WORK_ENVIRONMENT', 'EMPLOYER_OBLIGATIONS'],
    publishedAt: '2026-02-09T08:00:00Z',
    fi: {
      title: 'Kohtuulliset mukautukset: työ ja työpaikka sopiviksi',
      summary: 'Yhdenvertaisuuslaki velvoittaa työnantajan tekemään kohtuulliset mukautukset, jotta vammainen henkilö voi tehdä työtä yhdenvertaisesti muiden kanssa.',
      body: `## Mitä laki edellyttää?
Yhdenvertaisuuslain mukaan työnantajan on tarvittaessa tehtävä asianmukaiset ja kohtuulliset mukautukset, jotta vammainen henkilö voi saada työtä, tehdä sitä ja edetä työssään. Mukautusten epääminen voi olla syrjintää. Kohtuullisuutta arvioidaan muun muassa työnantajan koon, taloudellisen aseman, mukautuksen kustannusten ja saatavilla olevan tuen perusteella.

## Esimerkkejä mukautuksista
- **Fyysinen työympäristö:** esteetön kulku, säädettävä työpiste, apuvälineet.
- **Työtehtävät:** tehtävien jakaminen uudelleen, selkeät kirjalliset ohjeet, tauotus.
- **Työympäristö:** hiljainen työtila, melun ja valaistuksen säätäminen, etätyö.
- **Työaika:** lyhennetty tai joustava työaika.

## Tukea kustannuksiin
Työllisyysalue voi myöntää työolosuhteiden järjestelytukea työpaikan muutoksiin tai apuvälineisiin, kun vamma tai sairaus sitä edellyttää. Moni mukautus ei kuitenkaan maksa mitään: usein riittää, että työtä ja sen järjestelyjä mietitään yhdessä työntekijän kanssa.`,
    },
    sv: {
      title: 'Rimliga anpassningar: arbetet och arbetsplatsen passande för alla',
      summary: 'Diskrimineringslagen förpliktar arbetsgivaren att göra rimliga anpassningar så att en person med funktionsnedsättning kan arbeta på lika villkor.',
      body: `Enligt diskrimineringslagen ska arbetsgivaren vid behov göra ändamålsenliga och rimliga anpassningar. Det kan gälla en tillgänglig arbetsplats, hjälpmedel, ändrade arbetsuppgifter eller flexibel arbetstid. Att vägra rimliga anpassningar kan vara diskriminering. Sysselsättningsområdet kan bevilja stöd för ordnande av arbetsförhållanden.`,
    },
    en: {
      title: 'Reasonable accommodation: making work and the workplace fit',
      summary: 'The Non-Discrimination Act requires employers to make reasonable accommodation so that a person with a disability can work on an equal footing.',
      body: `Under the Non-Discrimination Act an employer must, where needed, make appropriate and reasonable accommodation so that a person with a disability can get work, do it and advance in it. Refusing reasonable accommodation can be discrimination. Examples: step-free access, adjustable workstations, reorganised tasks, a quiet workspace, flexible hours. The employment area can grant support for arranging working conditions.`,
    },
  },
  {
    slug: 'anonyymi-ja-monimuotoinen-rekrytointi',
    topics: ['ANONYMOUS_RECRUITMENT', 'INCLUSIVE_JOB_AD', 'EMPLOYER_OBLIGATIONS'],
    publishedAt: '2026-02-16T08:00:00Z',
    fi: {
      title: 'Anonyymi ja monimuotoinen rekrytointi',
      summary: 'Anonyymissä rekrytoinnissa hakijat arvioidaan alkuvaiheessa ilman nimeä, ikää ja muita tunnistetietoja. Se vähentää tiedostamattomia ennakkoluuloja ja laajentaa hakijajoukkoa.',
      body: `## Miksi anonyymisti?
Jokaisella rekrytoijalla on tiedostamattomia ennakkoluuloja. Kun hakemuksista poistetaan alkuvaiheessa tiedot, jotka eivät liity osaamiseen, huomio kiinnittyy siihen, mitä tehtävässä oikeasti tarvitaan.

## Näin toteutat
1. Poista tai piilota nimi, ikä, sukupuoli, kansalaisuus, valokuva ja yhteystiedot ennen ensimmäistä arviointia.
2. Päätä arviointikriteerit etukäteen ja pisteytä jokainen hakemus samoilla kriteereillä.
3. Käytä rakenteellista haastattelua: samat kysymykset kaikille.
4. Kokoa haastatteluun monipuolinen paneeli.
5. Kerro työpaikkailmoituksessa, että rekrytointi tehdään anonyymisti.

## Monimuotoisuus on osaamista
Monimuotoinen työyhteisö tuo erilaisia näkökulmia ja laajentaa rekrytointipohjaa. Työnantajan on lisäksi kohdeltava hakijoita yhdenvertaisesti jo rekrytointivaiheessa.`,
    },
    sv: {
      title: 'Anonym och mångfaldig rekrytering',
      summary: 'Vid anonym rekrytering bedöms de sökande i början utan namn, ålder och andra identifierande uppgifter. Det minskar omedvetna fördomar.',
      body: `Ta bort namn, ålder, kön, medborgarskap och foto innan den första bedömningen. Bestäm kriterierna i förväg och använd strukturerade intervjuer med samma frågor för alla. Berätta i platsannonsen att rekryteringen är anonym.`,
    },
    en: {
      title: 'Anonymous and diverse recruitment',
      summary: 'In anonymous recruitment applicants are first assessed without their name, age and other identifying details. It reduces unconscious bias and widens the pool of applicants.',
      body: `Remove the name, age, gender, nationality, photo and contact details before the first assessment. Decide the criteria in advance and score every application against them. Use structured interviews with the same questions for everyone, and a diverse interview panel. Say in the job ad that the recruitment is anonymous.`,
    },
  },
  {
    slug: 'osallistava-tyopaikkailmoitus',
    topics: ['INCLUSIVE_JOB_AD', 'LANGUAGE_SUPPORT'],
    publishedAt: '2026-02-23T08:00:00Z',
    fi: {
      title: 'Saavutettava ja osallistava työpaikkailmoitus',
      summary: 'Hyvä työpaikkailmoitus kertoo selkeästi, mitä työ on ja mitä siinä oikeasti tarvitaan. Näin tavoitat myös hakijat, jotka jättäisivät muuten hakematta.',
      body: `## Kirjoita selkeästi
- Kerro ensin, mitä työssä tehdään, missä ja milloin.
- Käytä lyhyitä virkkeitä ja tuttuja sanoja. Vältä sisäistä jargonia ja lyhenteitä.
- Erottele välttämättömät vaatimukset toivotuista. Pitkä vaatimuslista karsii hakijoita, jotka pystyisivät tehtävään.

## Ole avoin
- Kirjoita sukupuolineutraalisti ja vältä ilmauksia, jotka viittaavat ikään.
- Kerro, jos työaika joustaa, osa-aikatyö on mahdollista tai työtä voi tehdä etänä.
- Kerro, että työpaikalla voidaan tehdä mukautuksia, ja keneltä niistä voi kysyä.
- Jos kielitaitovaatimus ei ole välttämätön, kerro se: esimerkiksi "suomen kielen perusteet riittävät, tuemme kielen oppimisessa".

## Tee ilmoituksesta saavutettava
Julkaise ilmoitus tekstinä (ei pelkkänä kuvana), käytä selkeitä väliotsikoita ja tarjoa useampi tapa hakea, esimerkiksi lomake, sähköposti tai puhelu.`,
    },
    sv: {
      title: 'En tillgänglig och inkluderande platsannons',
      summary: 'En bra platsannons berättar tydligt vad arbetet går ut på och vad som verkligen behövs. Då når du också sökande som annars inte skulle söka.',
      body: `Skriv kort och tydligt, skilj på nödvändiga krav och önskemål, skriv könsneutralt och berätta om flexibel arbetstid och möjliga anpassningar. Publicera annonsen som text och erbjud flera sätt att söka.`,
    },
    en: {
      title: 'Writing an accessible, inclusive job ad',
      summary: 'A good job ad says clearly what the work is and what it really requires. That way you also reach applicants who would otherwise not apply.',
      body: `Say first what the work is, where and when. Use short sentences and plain words. Separate essential requirements from nice-to-haves. Write gender-neutrally, mention flexible hours, part-time options and possible accommodation, and say if basic Finnish is enough. Publish the ad as text, with clear headings, and offer more than one way to apply.`,
    },
  },
  {
    slug: 'tyonantajan-velvollisuudet',
    topics: ['EMPLOYER_OBLIGATIONS'],
    publishedAt: '2026-03-02T08:00:00Z',
    fi: {
      title: 'Työnantajan velvollisuudet lyhyesti',
      summary: 'Kun palkkaat työntekijän, sinulle syntyy velvollisuuksia: työsopimus, vakuutukset, työterveyshuolto, työturvallisuus ja yhdenvertainen kohtelu.',
      body: `## Ennen työn alkua
- **Työsopimus:** suositeltavaa tehdä kirjallisesti. Työntekijälle on annettava kirjallinen selvitys työn keskeisistä ehdoista.
- **Vakuutukset:** työeläkevakuutus (TyEL), lakisääteinen tapaturmavakuutus ja työttömyysvakuutus.
- **Työterveyshuolto:** työnantajan on järjestettävä ennaltaehkäisevä työterveyshuolto.
- **Perehdytys:** työntekijä perehdytetään työhön, työvälineisiin ja turvallisiin työtapoihin.

## Työsuhteen aikana
- Palkanmaksu ja ennakonpidätys sekä palkkatietojen ilmoittaminen tulorekisteriin.
- Työaikojen kirjanpito ja vuosilomien järjestäminen.
- Työturvallisuudesta huolehtiminen ja työn vaarojen arviointi.
- Yhdenvertainen kohtelu ja syrjinnän kieltäminen, myös kohtuulliset mukautukset.
- Noudata alan työehtosopimusta, jos sellainen sitoo yritystä.

Tämä on yleiskatsaus, ei oikeudellinen neuvo. Tarkista yksityiskohdat viranomaisten ohjeista tai työllisyysalueen yrityspalveluista.`,
    },
    sv: {
      title: 'Arbetsgivarens skyldigheter i korthet',
      summary: 'När du anställer får du skyldigheter: arbetsavtal, försäkringar, företagshälsovård, arbetarskydd och likabehandling.',
      body: `Gör arbetsavtalet helst skriftligt och ge en utredning om de centrala villkoren. Ta arbetspensionsförsäkring (ArPL), lagstadgad olycksfallsförsäkring och arbetslöshetsförsäkring. Ordna företagshälsovård, introduktion och ett tryggt arbete. Behandla alla lika. Detta är en översikt, inte juridisk rådgivning.`,
    },
    en: {
      title: 'Employer obligations in brief',
      summary: 'Hiring someone brings obligations: an employment contract, insurance, occupational health care, safety at work and equal treatment.',
      body: `Preferably make the employment contract in writing, and give a written statement of the main terms. Take out earnings-related pension insurance (TyEL), statutory accident insurance and unemployment insurance. Arrange preventive occupational health care, induction and safe work. Pay wages with tax withheld and report them to the Incomes Register, keep working-time records, and treat everyone equally, including reasonable accommodation. This is an overview, not legal advice.`,
    },
  },
  {
    slug: 'tyohonvalmennus',
    topics: ['JOB_COACHING', 'WORK_TASKS'],
    publishedAt: '2026-03-09T08:00:00Z',
    fi: {
      title: 'Työhönvalmennus: tukea perehdytykseen ja työn sovittamiseen',
      summary: 'Työhönvalmentaja tukee sekä työnantajaa että työntekijää työn alussa: tehtävien räätälöinnissä, perehdytyksessä ja työssä pysymisessä.',
      body: `## Mitä työhönvalmentaja tekee?
Työhönvalmentaja auttaa löytämään työnhakijalle sopivan työn ja tukee työsuhteen alussa. Hän voi olla mukana työpaikalla perehdytyksessä, auttaa jakamaan työn tehtäviin, joista työntekijä suoriutuu, ja sopia työnantajan kanssa tarvittavista järjestelyistä.

## Hyöty työnantajalle
- Rekrytointi onnistuu, vaikka hakijan työkyky tai kokemus vaatisi tukea.
- Perehdytyksen kuorma kevenee, kun valmentaja on apuna.
- Ongelmiin tartutaan varhain, mikä tukee työssä pysymistä.

Työhönvalmennusta järjestävät työllisyysalueet ja monet järjestöt. Se on työnantajalle yleensä maksutonta, ja sen voi yhdistää palkkatukeen.`,
    },
    en: {
      title: 'Job coaching: support for induction and fitting the work',
      summary: 'A job coach supports both the employer and the employee at the start of employment: tailoring tasks, induction and staying in work.',
      body: `A job coach helps match a jobseeker with suitable work and supports the start of the employment: joining the induction at the workplace, helping to divide the job into tasks the employee can do, and agreeing arrangements with the employer. Job coaching is offered by employment areas and many non-profit organisations, is usually free for the employer, and can be combined with a pay subsidy.`,
    },
  },
  {
    slug: 'tyoajan-ja-tehtavien-joustot',
    topics: ['WORKING_TIME', 'WORK_TASKS', 'LANGUAGE_SUPPORT'],
    publishedAt: '2026-03-16T08:00:00Z',
    fi: {
      title: 'Työajan ja tehtävien joustot: työ sopivaksi osatyökykyiselle',
      summary: 'Lyhyempi tai joustava työaika ja tehtävien räätälöinti avaavat työpaikan myös osatyökykyiselle. Moni jousto on yksinkertainen sopia.',
      body: `## Työajan joustot
- **Osa-aikatyö:** esimerkiksi 20–30 tuntia viikossa tai lyhyemmät työpäivät.
- **Joustava työaika:** liukuva alkamis- ja päättymisaika, työaikapankki tai tauot tarpeen mukaan.
- **Paluu sairauslomalta:** osa-aikatyötä voidaan tukea Kelan osasairauspäivärahalla, kun työntekijä ja työnantaja sopivat siitä yhdessä ja työterveyshuolto puoltaa.

## Tehtävien räätälöinti
Työ voidaan jakaa ydintehtäviin ja niistä erotettaviin tehtäviin. Kun raskaat tai kuormittavat osat siirretään muille, syntyy tehtävä, johon osatyökykyinen voi tarttua täysipainoisesti. Y-TMT:n tarvekuvauksessa voit kuvata tehtävät ja niiden kuormituksen.

## Kielituki
Jos työntekijän suomen kieli on vasta kehittymässä, auttavat selkokieliset ohjeet, kuvalliset työohjeet, nimetty kielikaveri ja työpaikalla järjestettävä kieliopetus.`,
    },
    sv: {
      title: 'Flexibel arbetstid och anpassade uppgifter',
      summary: 'Kortare eller flexibel arbetstid och skräddarsydda uppgifter öppnar arbetsplatsen också för personer med partiell arbetsförmåga.',
      body: `Deltidsarbete, flexibel arbetstid och pauser efter behov är ofta enkla att avtala om. Arbetet kan delas i kärnuppgifter och uppgifter som kan skiljas åt. Vid återgång från sjukledighet kan deltidsarbete stödjas med FPA:s partiella sjukdagpenning. Tydliga anvisningar på lättläst språk hjälper den som ännu lär sig finska eller svenska.`,
    },
  },
];
