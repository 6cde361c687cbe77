import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import { NeedLanguage, NeedSkill, NeedStageEvent, NeedTask } from './entities/need-parts.entity';
import { Need } from './entities/need.entity';

export interface NeedAggregate {
  need: Need;
  skills: NeedSkill[];
  languages: NeedLanguage[];
  tasks: NeedTask[];
  stageEvents: NeedStageEvent[];
}

@Injectable()
export class NeedRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async load(ids: readonly string[], manager: EntityManager = this.dataSource.manager): Promise<NeedAggregate[]> {
    if (ids.length === 0) return [];
    const needs = await manager.getRepository(Need).findBy({ id: In([...ids]) });
    const needIds = needs.map((n) => n.id);
    const skills = await manager.getRepository(NeedSkill).find({ where: { needId: In(needIds) }, order: { required: 'DESC', label: 'ASC' } });
    const languages = await manager.getRepository(NeedLanguage).find({ where: { needId: In(needIds) }, order: { language: 'ASC' } });
    const tasks = await manager.getRepository(NeedTask).find({ where: { needId: In(needIds) }, order: { position: 'ASC' } });
    const events = await manager.getRepository(NeedStageEvent).find({ where: { needId: In(needIds) }, order: { at: 'ASC' } });
    const byId = new Map(needs.map((n) => [n.id, n]));
    return ids.flatMap((id) => {
      const need = byId.get(id);
      if (!need) return [];
      return [
        {
          need,
          skills: skills.filter((s) => s.needId === id),
          languages: languages.filter((l) => l.needId === id),
          tasks: tasks.filter((t) => t.needId === id),
          stageEvents: events.filter((e) => e.needId === id),
        },
      ];
    });
  }

  async get(id: string, manager?: EntityManager): Promise<NeedAggregate | null> {
    return (await this.load([id], manager))[0] ?? null;
  }
}
