import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Principal } from '@ytmt/core';
import { OrganizationDirectory, UserDirectory } from '@ytmt/identity';
import { isUUID } from 'class-validator';
import { DataSource, In } from 'typeorm';
import { CompanyRepository } from './company.repository';
import { CrmErrorCode, CrmException } from './crm.exception';
import { CrmPolicy } from './crm.policy';
import { FollowUpTaskInput } from './dto/crm.inputs';
import { FollowUpTask } from './entities/crm-record.entity';

export const TASK_READ_LIMIT = 200;

export interface TaskWithCompany {
  task: FollowUpTask;
  companyName: string;
}

@Injectable()
export class FollowUpTaskService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly repository: CompanyRepository,
    private readonly users: UserDirectory,
    private readonly organizations: OrganizationDirectory,
  ) {}

  async create(principal: Principal, companyId: string, input: FollowUpTaskInput): Promise<TaskWithCompany> {
    const id = await this.dataSource.transaction(async (manager) => {
      const scope = await this.repository.scope(companyId, manager);
      if (!scope) throw CrmException.companyNotFound();
      CrmPolicy.assertCoordinatorArea(principal, scope);
      const assigneeId = input.assigneeUserId ?? principal.userId;
      if (assigneeId !== principal.userId) {
        const assignee = await this.users.findById(assigneeId, manager);
        if (!assignee || !CrmPolicy.canActAsCoordinator(assignee, scope)) {
          throw CrmException.field(CrmErrorCode.NOT_A_COORDINATOR, 'input.assigneeUserId', 'is not a coordinator of an area that works with the company');
        }
      }
      const repository = manager.getRepository(FollowUpTask);
      const task = await repository.save(
        repository.create({ organizationId: companyId, title: input.title.trim(), dueAt: input.dueAt, assigneeUserId: assigneeId, createdByUserId: principal.userId }),
      );
      return task.id;
    });
    return (await this.load([id]))[0];
  }

  /** The assignee or the creator marks a task done or open again. */
  async setDone(principal: Principal, id: string, done: boolean): Promise<TaskWithCompany> {
    await this.dataSource.transaction(async (manager) => {
      const task = isUUID(id) ? await manager.getRepository(FollowUpTask).findOneBy({ id }) : null;
      const scope = task && (await this.repository.scope(task.organizationId, manager));
      const mine = task && (task.assigneeUserId === principal.userId || task.createdByUserId === principal.userId);
      if (!task || !scope || !mine || !CrmPolicy.canActAsCoordinator(principal, scope)) throw CrmException.recordNotFound('id', 'task');
      if (task.done === done) return;
      await manager.getRepository(FollowUpTask).update(id, { done, doneAt: done ? new Date() : null });
    });
    return (await this.load([id]))[0];
  }

  /**
   * The caller's tasks due before the given time (default: now), soonest first, of companies
   * they still coordinate for: a task stays behind when a sharing agreement ends.
   */
  async due(principal: Principal, before: Date = new Date(), includeDone = false): Promise<TaskWithCompany[]> {
    const areaIds = CrmPolicy.coordinatorAreas(principal);
    if (areaIds.length === 0) return [];
    const rows: { id: string }[] = await this.dataSource.query(
      `SELECT t.id FROM company_task t
         JOIN company_profile p ON p.organization_id = t.organization_id
        WHERE t.assignee_user_id = $1 AND t.due_at < $2 AND ($3 OR NOT t.done)
          AND (p.home_employment_area_id = ANY($4::uuid[])
               OR EXISTS (SELECT 1 FROM company_area_share s WHERE s.organization_id = t.organization_id AND s.employment_area_id = ANY($4::uuid[])))
        ORDER BY t.due_at ASC, t.id ASC
        LIMIT ${TASK_READ_LIMIT}`,
      [principal.userId, before, includeDone, areaIds],
    );
    return this.load(rows.map((row) => row.id));
  }

  private async load(ids: string[]): Promise<TaskWithCompany[]> {
    if (ids.length === 0) return [];
    const tasks = await this.dataSource.getRepository(FollowUpTask).findBy({ id: In(ids) });
    const companies = await this.organizations.byIds(tasks.map((task) => task.organizationId));
    const byId = new Map(tasks.map((task) => [task.id, task]));
    return ids
      .map((id) => byId.get(id))
      .filter((task): task is FollowUpTask => task !== undefined && companies.has(task.organizationId))
      .map((task) => ({ task, companyName: companies.get(task.organizationId)?.name ?? '' }));
  }
}
