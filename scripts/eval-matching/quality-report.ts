// The public matching quality page: one self-contained HTML file (inline SVG charts, each with
// its data table; no scripts, no external resources, as the web app's content security policy
// requires), in Finnish. The web app's build copies apps/web/public/ as is, so the default path
// is served at /matching-quality.html.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { PROFILE_SLICES, ProfileSlice, TargetGroup } from './evaluation-set';
import { FILTERED_BASELINES, RankerKey, RANKERS, SetEvaluation, TargetCheck } from './evaluate-set';
import { K, RECALL_K, SliceMetrics } from './rank-evaluation';
import { SectorExposure, SectorKey, SECTORS } from './sector-exposure';

export const DEFAULT_REPORT_PATH = join(__dirname, '..', '..', 'apps', 'web', 'public', 'matching-quality.html');

export interface QualityReportData {
  engineVersion: string;
  generatedAt: Date;
  evaluations: readonly SetEvaluation[];
  pass: boolean;
  /** Provider sectors in service suggestions; null when the run did not measure them (no --sectors). */
  sectors?: SectorExposure | null;
}

const SECTOR_LABELS: Record<SectorKey, string> = { PUBLIC: 'Julkinen sektori', PRIVATE: 'Yksityinen sektori', THIRD_SECTOR: 'Kolmas sektori' };
const SECTOR_SERIES: readonly ChartSeries[] = [
  { key: 'exposure', label: 'Näkyvyys ehdotuksissa (sijan mukaan painotettu)', colour: '#0b5394' },
  { key: 'slots', label: 'Osuus ehdotuksista', colour: '#2e6b30' },
  { key: 'supply', label: 'Osuus julkaistuista palveluista', colour: '#5f5f5f' },
];

function sectorSection(sectors: SectorExposure | null): string {
  const heading = '<h2 id="sectors-heading">Palveluntuottajien sektorit palveluehdotuksissa</h2>';
  if (!sectors) {
    return `<section aria-labelledby="sectors-heading">${heading}
<p>Tätä ei mitattu tässä ajossa. Palveluehdotukset haetaan palvelukatalogista tietokannasta, joten ne mitataan vain
tietokantaa vasten (<code>npm run eval:matching -- --report --sectors</code>).</p></section>`;
  }
  const groups: ChartGroup[] = SECTORS.map((sector) => ({ label: SECTOR_LABELS[sector], values: { ...sectors.sectors[sector] } }));
  const rows = SECTORS.map((sector) => {
    const shares = sectors.sectors[sector];
    return `<tr><th scope="row">${SECTOR_LABELS[sector]}</th><td>${percent(shares.exposure)}</td><td>${percent(shares.slots)}</td><td>${percent(shares.supply)}</td></tr>`;
  }).join('');
  return `<section aria-labelledby="sectors-heading">${heading}
<p>${sectors.needs} työnantajan tarvetta, joista ${sectors.needsWithSuggestions} sai palveluehdotuksia;
${sectors.suggestions} ehdotusta ${sectors.publishedServices} julkaistusta palvelusta. Näkyvyys painottaa listan kärkeä (sija r painolla 1/log2(r + 1)),
ja jokainen tarve painaa yhtä paljon. Julkisen, yksityisen ja kolmannen sektorin palveluiden pitää olla tasavertaisia:
näkyvyyttä verrataan siihen, mikä osuus julkaistuista palveluista on kunkin sektorin.</p>
${barChart('sectors', 'Palveluntuottajien sektorit palveluehdotuksissa', groups, SECTOR_SERIES, null, percent)}
<table><caption>Palveluntuottajien sektorit palveluehdotuksissa</caption>
<thead><tr><th scope="col">Sektori</th><th scope="col">Näkyvyys (painotettu)</th><th scope="col">Osuus ehdotuksista</th><th scope="col">Osuus julkaistuista palveluista</th></tr></thead>
<tbody>${rows}</tbody></table>
</section>`;
}

const RANKER_LABELS: Record<RankerKey, string> = {
  engine: 'Kohtaantomoottori',
  skillJaccard: 'Osaamisjoukkojen Jaccard',
  bm25: 'BM25-painotettu osaamisten päällekkäisyys',
  textJaccard: 'Tekstin sanapäällekkäisyys',
  textJaccardUnfiltered: 'Tekstin sanapäällekkäisyys ilman ehdottomia rajoja',
};

const SLICE_LABELS: Record<ProfileSlice, string> = {
  OCCUPATION_STATED: 'Ammatti ilmoitettu',
  SKILLS_ONLY: 'Vain osaamiset',
  OPTIONAL_HEAVY: 'Enimmäkseen valinnaisia osaamisia',
  RELATED_TRADE: 'Lähiammatti (ISCO-luokituksen mukaan)',
  NO_SHARED_SKILL: 'Ei yhtään yhteistä osaamista tarpeen kanssa',
};

const GROUP_LABELS: Record<TargetGroup, string> = {
  PRECISION_CAPABLE: 'Täsmätyökykyiset',
  LANGUAGE_LEARNER: 'Suomen kielen oppijat',
  YOUNG: 'Nuoret (18–24 v)',
  OVER_55: 'Yli 55-vuotiaat',
};

const REASON_LABELS: Record<string, string> = {
  NO_MATCHING_CONSENT: 'ei suostumusta',
  OUTSIDE_COMMUTE: 'työmatka-alueen ulkopuolella',
  HOURS_INCOMPATIBLE: 'työaika ei sovi',
  CORE_TASK_BEYOND_CAPABILITY: 'ydintehtävä ylittää työkyvyn',
};

/** Colour per ranker (dark enough for 3:1 against white); the value is also written next to each bar. */
const COLOURS: Record<RankerKey, string> = {
  engine: '#0b5394',
  skillJaccard: '#7a4a00',
  bm25: '#2e6b30',
  textJaccard: '#6d3a8c',
  textJaccardUnfiltered: '#5f5f5f',
};

export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

const number = (value: number | undefined) => (value === undefined ? '–' : value.toLocaleString('fi-FI', { minimumFractionDigits: 3, maximumFractionDigits: 3 }));
const percent = (share: number) => `${(100 * share).toLocaleString('fi-FI', { maximumFractionDigits: 1 })} %`;

interface ChartGroup {
  label: string;
  /** Value per series, 0…1, undefined when there is no data. */
  values: Partial<Record<string, number>>;
}

interface ChartSeries {
  key: string;
  label: string;
  colour: string;
}

const RANKER_SERIES: readonly ChartSeries[] = RANKERS.map(({ key }) => ({ key, label: RANKER_LABELS[key], colour: COLOURS[key] }));

/** Horizontal grouped bars, 0…1, one group per category and one bar per series; a dashed line at `target` when given. */
function barChart(
  id: string,
  title: string,
  groups: readonly ChartGroup[],
  series: readonly ChartSeries[] = RANKER_SERIES,
  target: number | null = 0.85,
  format: (value: number) => string = number,
): string {
  const barHeight = 16;
  const gap = 3;
  const labelWidth = 330;
  const plotWidth = 420;
  const groupHeight = series.length * (barHeight + gap) + 22;
  const height = groups.length * groupHeight + 30;
  const width = labelWidth + plotWidth + 60;
  const parts: string[] = [];
  groups.forEach((group, g) => {
    const top = g * groupHeight + 4;
    parts.push(`<text x="0" y="${top + 12}" font-weight="bold">${escapeHtml(group.label)}</text>`);
    series.forEach(({ key, label, colour }, r) => {
      const y = top + 18 + r * (barHeight + gap);
      const value = group.values[key];
      parts.push(`<text x="${labelWidth - 6}" y="${y + barHeight - 4}" text-anchor="end">${escapeHtml(label)}</text>`);
      if (value === undefined) {
        parts.push(`<text x="${labelWidth + 4}" y="${y + barHeight - 4}">ei dataa</text>`);
        return;
      }
      const barWidth = Math.max(0, Math.min(1, value)) * plotWidth;
      parts.push(`<rect x="${labelWidth}" y="${y}" width="${barWidth.toFixed(1)}" height="${barHeight}" fill="${colour}"/>`);
      parts.push(`<text x="${(labelWidth + barWidth + 4).toFixed(1)}" y="${y + barHeight - 4}">${format(value)}</text>`);
    });
  });
  if (target !== null) {
    const targetX = labelWidth + target * plotWidth;
    parts.push(`<line x1="${targetX}" x2="${targetX}" y1="0" y2="${height - 24}" stroke="#b00020" stroke-dasharray="4 3"/>`);
    parts.push(`<text x="${targetX}" y="${height - 8}" text-anchor="middle" fill="#b00020">tavoite ${number(target).replace(/0$/, '')}</text>`);
  }
  parts.push(`<line x1="${labelWidth}" x2="${labelWidth}" y1="0" y2="${height - 24}" stroke="#333"/>`);
  return (
    `<svg id="${id}" role="img" aria-labelledby="${id}-title" viewBox="0 0 ${width} ${height}" width="100%" style="max-width:${width}px" font-size="13" font-family="sans-serif">` +
    `<title id="${id}-title">${escapeHtml(title)}</title>${parts.join('')}</svg>`
  );
}

function metricsTable(caption: string, rows: readonly { label: string; metrics: Partial<Record<RankerKey, SliceMetrics | undefined>>; note?: string }[]): string {
  const head = `<tr><th scope="col">Ryhmä / menetelmä</th><th scope="col">nDCG@${K}</th><th scope="col">P@${K}</th><th scope="col">Recall@${RECALL_K}</th><th scope="col">Tarpeita</th><th scope="col">Arvioituja pareja</th></tr>`;
  const body = rows
    .flatMap(({ label, metrics, note }) =>
      RANKERS.map(({ key }, r) => {
        const m = metrics[key];
        const first = r === 0 ? `<th scope="rowgroup" colspan="6">${escapeHtml(label)}${note ? ` <span class="note">${escapeHtml(note)}</span>` : ''}</th></tr><tr>` : '';
        return `<tr>${first}<th scope="row">${escapeHtml(RANKER_LABELS[key])}</th><td>${number(m?.ndcg)}</td><td>${number(m?.precision)}</td><td>${number(m?.recall)}</td><td>${m?.needs ?? '–'}</td><td>${m?.pairs ?? '–'}</td></tr>`;
      }),
    )
    .join('');
  return `<table><caption>${escapeHtml(caption)}</caption><thead>${head}</thead><tbody>${body}</tbody></table>`;
}

function targetText(check: TargetCheck): string {
  const slice = check.slice === 'ALL' ? 'kaikki profiilit' : 'vain osaamiset kertovat profiilit';
  if (check.target === 'NDCG') return `moottorin nDCG@${K}, ${slice}`;
  return `moottorin ero parhaaseen rajattuun vertailumenetelmään (${check.baseline ? RANKER_LABELS[check.baseline] : '–'}), ${slice}`;
}

function setSection(evaluation: SetEvaluation, index: number): string {
  const { results, set } = evaluation;
  const name = index === 0 ? 'Aineisto 1: moottorin kanssa tuotettu' : 'Aineisto 2: erikseen suunniteltu, vaikea (ISCO-luokitukseen perustuva, versio 2)';
  const id = `set${index + 1}`;
  const overall: ChartGroup[] = [{ label: 'Kaikki profiilit', values: Object.fromEntries(RANKERS.map(({ key }) => [key, results[key].overall.ndcg])) }];
  const kinds = PROFILE_SLICES.filter((kind) => results.engine.kinds[kind]);
  const kindGroups: ChartGroup[] = kinds.map((kind) => ({ label: SLICE_LABELS[kind], values: Object.fromEntries(RANKERS.map(({ key }) => [key, results[key].kinds[kind]?.ndcg])) }));
  const groups = set.targetGroups.filter((group) => results.engine.groups[group]);
  const groupGroups: ChartGroup[] = groups.map((group) => ({ label: GROUP_LABELS[group], values: Object.fromEntries(RANKERS.map(({ key }) => [key, results[key].groups[group]?.ndcg])) }));
  const metricsOf = (pick: (key: RankerKey) => SliceMetrics | undefined) => Object.fromEntries(RANKERS.map(({ key }) => [key, pick(key)]));
  const exclusions = Object.entries(evaluation.exclusions)
    .map(([reason, share]) => `${REASON_LABELS[reason] ?? reason} ${percent(share)}`)
    .join(', ');
  const targets = evaluation.targets
    .map(
      (check) =>
        `<li>${check.pass ? '✔ saavutettu' : '✘ ei saavutettu'}: ${escapeHtml(targetText(check))} = ${number(check.value)} (tavoite ≥ ${number(check.threshold)})${
          check.tooEasy ? ' – osajoukko on liian helppo: paras vertailumenetelmä on jo yli 0,95, joten 0,05:n etu ei ole mahdollinen; osajoukkoa on vaikeutettava' : ''
        }</li>`,
    )
    .join('');
  return `
<section aria-labelledby="${id}-heading">
<h2 id="${id}-heading">${escapeHtml(name)}</h2>
<p>${evaluation.needs} työnantajan tarvetta, ${evaluation.profiles} profiilia, ${evaluation.labelledPairs} sopivaksi tai osittain sopivaksi arvioitua paria.
Ehdottomat rajat (työmatka, työaika, työkyky) rajaavat pois osuuden kaikista tarve–profiili-pareista: ${escapeHtml(exclusions || 'ei yhtään')}.</p>
<h3>Kaikki profiilit</h3>
${barChart(`${id}-overall`, `${name}: nDCG@${K} menetelmittäin`, overall)}
${metricsTable(`${name}: kaikki profiilit`, [{ label: 'Kaikki profiilit', metrics: metricsOf((key) => results[key].overall) }])}
<h3>Profiilin tyypin mukaan</h3>
${barChart(`${id}-kinds`, `${name}: nDCG@${K} profiilin tyypin mukaan`, kindGroups)}
${metricsTable(
  `${name}: profiilin tyypin mukaan`,
  kinds.map((kind) => ({ label: SLICE_LABELS[kind], metrics: metricsOf((key) => results[key].kinds[kind]) })),
)}
<h3>Kohderyhmän mukaan</h3>
${groups.length > 0 ? barChart(`${id}-groups`, `${name}: nDCG@${K} kohderyhmän mukaan`, groupGroups) : '<p>Tässä aineistossa ei ole kohderyhmätietoja.</p>'}
${groups.length > 0 ? metricsTable(`${name}: kohderyhmän mukaan`, groups.map((group) => ({ label: GROUP_LABELS[group], metrics: metricsOf((key) => results[key].groups[group]) }))) : ''}
<h3>Tavoitteet</h3>
<ul>${targets}</ul>
</section>`;
}

export function renderQualityReport(data: QualityReportData): string {
  const date = data.generatedAt.toISOString();
  const shownDate = data.generatedAt.toLocaleString('fi-FI', { timeZone: 'Europe/Helsinki', dateStyle: 'long', timeStyle: 'short' });
  const baselines = FILTERED_BASELINES.map((key) => RANKER_LABELS[key]).join(', ');
  return `<!doctype html>
<html lang="fi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Kohtaannon laatu – Y-TMT</title>
<style>
body { font-family: sans-serif; max-width: 60rem; margin: 0 auto; padding: 1rem; color: #1a1a1a; line-height: 1.5; }
table { border-collapse: collapse; margin: 0.5rem 0 1.5rem; font-size: 0.9rem; }
caption { text-align: left; font-weight: bold; padding: 0.25rem 0; }
th, td { border: 1px solid #999; padding: 0.2rem 0.5rem; text-align: left; }
td { text-align: right; font-variant-numeric: tabular-nums; }
tbody th[scope="rowgroup"] { background: #eef2f7; }
.note { font-weight: normal; }
.summary { border: 2px solid ${data.pass ? '#2e6b30' : '#b00020'}; padding: 0.5rem 1rem; }
</style>
</head>
<body>
<main>
<h1>Kohtaannon laatu <span lang="sv">(Matchningens kvalitet)</span> <span lang="en">(Matching quality)</span></h1>
<p>Moottorin versio <strong>${escapeHtml(data.engineVersion)}</strong>, mitattu <time datetime="${date}">${escapeHtml(shownDate)}</time>.</p>
<p class="summary">${data.pass ? 'Kaikki tavoitteet saavutettiin molemmissa aineistoissa.' : 'Kaikkia tavoitteita ei saavutettu: katso kunkin aineiston tavoitteet alta.'}</p>
<h2>Mitä mitataan</h2>
<p>Kohtaantomoottori järjestää työnhakijoiden profiilit työnantajan tarpeelle. Laatua mitataan kahdella
ESCO-luokituksesta tuotetulla arvioidulla aineistolla, joissa jokaisesta tarve–profiili-parista tiedetään,
onko profiili sopiva (2), osittain sopiva (1) vai ei sopiva (0). Aineisto 2 on suunniteltu moottorista
erillään ja tarkoituksella vaikeaksi, kuten todelliset profiilit: suurin osa sopivista profiileista kertoo vain
osaamisensa, ei ammattiaan, ja niissä on vain 10–40 % ammatin keskeisistä osaamisista; yleisiä, monen ammatin
osaamisia (esimerkiksi ongelmanratkaisu, tietotekniikan käyttö) on myös sopimattomissa profiileissa; lähiammatit
arvioidaan ISCO-luokituksen etäisyyden mukaan, myös ne, joilla ei ole yhtään yhteistä osaamista tarpeen kanssa
(saman ISCO-yksikköryhmän ammatti on sopiva, saman ryhmän tai alaryhmän ammatti osittain sopiva).
Aineistossa 1 ammattiaan kertomattomilla profiileilla on samoin vain 10–40 % ammatin keskeisistä osaamisista.</p>
<p>Moottoria verrataan yksinkertaisiin menetelmiin (${escapeHtml(baselines)}), jotka saavat samat
ehdottomat rajat kuin moottori: ne järjestävät vain profiilit, joita työmatka, työaika tai työkyky ei rajaa pois.</p>
<ul>
<li><strong>nDCG@${K}</strong>: kuinka hyvin sopivimmat ovat kymmenen ensimmäisen joukossa ja kärjessä (1 = täydellinen).</li>
<li><strong>P@${K}</strong>: sopivien tai osittain sopivien osuus kymmenestä ensimmäisestä.</li>
<li><strong>Recall@${RECALL_K}</strong>: kuinka suuri osa kaikista sopivista löytyy ${RECALL_K} ensimmäisen joukosta.</li>
</ul>
<p>Profiilin tyypin ja kohderyhmän mukaiset luvut lasketaan niin, että tarpeen muut sopivat profiilit jätetään pois:
luku kertoo, kuinka hyvin juuri tämän ryhmän sopivat profiilit löytyvät sopimattomien joukosta.
Kohderyhmät ovat arviointiaineiston tietoja; moottori ei näe ikää.</p>
<p>Tavoite: molemmissa aineistoissa moottorin nDCG@${K} on vähintään 0,85 ja vähintään 0,05 parempi kuin paras rajattu
vertailumenetelmä, sekä kaikilla profiileilla että pelkän osaamisensa kertovilla profiileilla.</p>
${data.evaluations.map((evaluation, index) => setSection(evaluation, index)).join('\n')}
${sectorSection(data.sectors ?? null)}
</main>
</body>
</html>
`;
}

export function writeQualityReport(path: string, html: string): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, html, 'utf8');
}
