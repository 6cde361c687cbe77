import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { STOP_WORDS, SuggesterLanguage } from './suggester/stop-words';
import { TfIdfDocument, TfIdfHit, TfIdfModel, tokenize } from './suggester/tfidf';
import { SkillsErrorCode, SkillsException } from './skills.exception';

export interface SuggestedSkill {
  uri: string;
  label: string;
  skillType: string | null;
  score: number;
}

export interface SuggestedOccupation {
  uri: string;
  label: string;
  iscoGroup: string;
  score: number;
}

export interface Suggestions {
  skills: SuggestedSkill[];
  occupations: SuggestedOccupation[];
}

interface CatalogueEntry {
  kind: 'skill' | 'occupation';
  labels: Record<SuggesterLanguage, string>;
  /** skill type of a skill, ISCO group of an occupation */
  detail: string | null;
}

interface Catalogue {
  entries: Map<string, CatalogueEntry>;
  models: Map<SuggesterLanguage, TfIdfModel>;
}

interface LabelRow {
  uri: string;
  detail: string | null;
  label_fi: string;
  label_sv: string;
  label_en: string;
}

/**
 * The osaamissuosittelija: free text → ESCO skills and occupations. The labels are read from
 * the database once per process and each language's TF-IDF model is built on first use
 * (~0.5 s, ~20 MB) and kept; `invalidate()` (called by the importer) makes the next call
 * rebuild. An empty catalogue is never cached, so an API started before the first import
 * starts suggesting as soon as the data is there.
 */
@Injectable()
export class SkillSuggesterService {
  private readonly logger = new Logger(SkillSuggesterService.name);
  private catalogue: Promise<Catalogue> | null = null;

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async suggest(text: string, language: SuggesterLanguage, limit: number, path = 'text'): Promise<Suggestions> {
    if (tokenize(text).length === 0) {
      throw SkillsException.field(SkillsErrorCode.TEXT_WITHOUT_WORDS, path, 'must contain at least one word');
    }
    const catalogue = await this.loadCatalogue();
    const model = this.model(catalogue, language);
    const hits = model.searchByKind(text, { limit });
    const entry = (hit: TfIdfHit) => catalogue.entries.get(hit.id);
    return {
      skills: hits.skill.flatMap((hit) => {
        const found = entry(hit);
        return found ? [{ uri: hit.id, label: found.labels[language], skillType: found.detail, score: hit.score }] : [];
      }),
      occupations: hits.occupation.flatMap((hit) => {
        const found = entry(hit);
        return found ? [{ uri: hit.id, label: found.labels[language], iscoGroup: found.detail ?? '', score: hit.score }] : [];
      }),
    };
  }

  /** Forget the model; the next suggestion reads the labels again. */
  invalidate(): void {
    this.catalogue = null;
  }

  private loadCatalogue(): Promise<Catalogue> {
    if (!this.catalogue) {
      const loading = this.readCatalogue();
      this.catalogue = loading;
      loading.then(
        (catalogue) => {
          if (catalogue.entries.size === 0 && this.catalogue === loading) this.catalogue = null;
        },
        () => {
          if (this.catalogue === loading) this.catalogue = null;
        },
      );
    }
    return this.catalogue;
  }

  private async readCatalogue(): Promise<Catalogue> {
    const [skills, occupations] = await Promise.all([
      this.dataSource.query(`SELECT uri, skill_type AS detail, label_fi, label_sv, label_en FROM esco_skill ORDER BY uri`) as Promise<LabelRow[]>,
      this.dataSource.query(`SELECT uri, isco_group AS detail, label_fi, label_sv, label_en FROM esco_occupation ORDER BY uri`) as Promise<LabelRow[]>,
    ]);
    const entries = new Map<string, CatalogueEntry>();
    const add = (kind: CatalogueEntry['kind'], row: LabelRow) =>
      entries.set(row.uri, {
        kind,
        detail: row.detail,
        // The importer fills every language, falling back to English; be as lenient here.
        labels: { fi: row.label_fi || row.label_en, sv: row.label_sv || row.label_en, en: row.label_en },
      });
    for (const row of skills) add('skill', row);
    for (const row of occupations) add('occupation', row);
    return { entries, models: new Map() };
  }

  private model(catalogue: Catalogue, language: SuggesterLanguage): TfIdfModel {
    let model = catalogue.models.get(language);
    if (!model) {
      const started = Date.now();
      const documents: TfIdfDocument[] = [];
      for (const [id, entry] of catalogue.entries) documents.push({ id, kind: entry.kind, labels: [entry.labels[language]] });
      model = TfIdfModel.build(documents, { stopWords: STOP_WORDS[language] });
      catalogue.models.set(language, model);
      this.logger.log(`Skill suggester (${language}): ${model.size} labels, ${model.featureCount} features, built in ${Date.now() - started} ms`);
    }
    return model;
  }
}
