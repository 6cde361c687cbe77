import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Principal } from '@ytmt/core';
import { SkillsService } from '@ytmt/skills';
import { DataSource, EntityManager, IsNull } from 'typeorm';
import { CompanyAccessReader } from '../company-access.reader';
import { Need } from '../entities/need.entity';
import { NeedsErrorCode, NeedsException } from '../needs.exception';
import { NeedsPolicy } from '../needs.policy';
import { NeedAssistantDismissal, NeedAssistantResult } from './need-assistant.entity';
import { AssistantDraft, AssistantFlag, assessNeedDraft, flagKey } from './need-assistant.rules';
import { DismissNeedAssistantFlagInput, NeedAssistantDismissalType, NeedAssistantInput, NeedAssistantResultType, UndoNeedAssistantFlagDismissalInput } from './need-assistant.types';

/**
 * The inclusive-need assistant (issue 17): runs the pure rules on a draft for whoever may edit
 * the need, stores the result with the need when it is saved, and keeps dismissals with reasons.
 */
@Injectable()
export class NeedAssistantService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: CompanyAccessReader,
    private readonly skills: SkillsService,
  ) {}

  async assess(principal: Principal, input: NeedAssistantInput): Promise<NeedAssistantResultType> {
    const needId = input.needId ?? null;
    if (needId && input.companyId) throw NeedsException.field(NeedsErrorCode.INVALID_NEED, 'input.companyId', 'give needId or companyId, not both');
    if (needId) await this.assertCanEditNeed(principal, needId);
    else if (input.companyId) NeedsPolicy.assertCanWrite(principal, await this.access.read(input.companyId));
    else throw NeedsException.field(NeedsErrorCode.INVALID_NEED, 'input.needId', 'give the need (needId) or, before its first save, the company (companyId)');

    const flags = await this.flagsOf(input.draft, 'input.draft.occupationUri');
    const dismissals = needId ? await this.dismissalsOf(needId) : new Map<string, NeedAssistantDismissalType>();
    return {
      flags: flags.map((flag) => ({
        ...flag,
        params: Object.entries(flag.params).map(([name, value]) => ({ name, value })),
        dismissal: dismissals.get(flagKey(flag)) ?? null,
      })),
    };
  }

  async dismiss(principal: Principal, input: DismissNeedAssistantFlagInput): Promise<NeedAssistantDismissalType> {
    await this.assertCanEditNeed(principal, input.needId);
    const reason = input.reason.trim();
    if (reason.length < 3) throw NeedsException.field(NeedsErrorCode.INVALID_NEED, 'input.reason', 'reason must say why (3 to 500 characters)');
    await this.dataSource
      .createQueryBuilder()
      .insert()
      .into(NeedAssistantDismissal)
      .values({
        needId: input.needId,
        code: input.code,
        subject: input.subject,
        reason,
        dismissedByUserId: principal.userId,
        dismissedAt: () => 'now()',
        undoneAt: null,
        changedAt: () => 'now()',
      })
      // Dismissing again (also after an undo) replaces the reason: the latest word of the employer counts.
      .orUpdate(['reason', 'dismissed_by_user_id', 'dismissed_at', 'undone_at', 'changed_at'], ['need_id', 'code', 'subject'])
      .execute();
    const saved = (await this.dismissalsOf(input.needId)).get(flagKey(input)) as NeedAssistantDismissalType;
    return saved;
  }

  /**
   * Brings a dismissed flag back. Soft: the row keeps its reason and gets undone_at, and changed_at
   * tells the indicators' change feed to take the dismissal back. Undoing an undone one changes nothing.
   */
  async undoDismissal(principal: Principal, input: UndoNeedAssistantFlagDismissalInput): Promise<boolean> {
    await this.assertCanEditNeed(principal, input.needId);
    const repository = this.dataSource.getRepository(NeedAssistantDismissal);
    const where = { needId: input.needId, code: input.code, subject: input.subject };
    const result = await repository.update({ ...where, undoneAt: IsNull() }, { undoneAt: () => 'now()', changedAt: () => 'now()' });
    if ((result.affected ?? 0) === 0 && !(await repository.existsBy(where))) {
      throw NeedsException.field(NeedsErrorCode.DISMISSAL_NOT_FOUND, 'input.code', 'this flag of the need has not been dismissed');
    }
    return true;
  }

  /** Inside the save's transaction: the flags of the need as saved, replacing the previous result. */
  async storeOnSave(manager: EntityManager, needId: string, draft: AssistantDraft): Promise<void> {
    const flags = await this.flagsOf(draft, 'input.occupationUri');
    await manager
      .createQueryBuilder()
      .insert()
      .into(NeedAssistantResult)
      .values({ needId, flags: flags as never, assessedAt: () => 'now()' })
      .orUpdate(['flags', 'assessed_at'], ['need_id'])
      .execute();
  }

  private async flagsOf(draft: AssistantDraft, occupationPath: string): Promise<AssistantFlag[]> {
    let essential: Set<string> | null = null;
    if (draft.occupationUri) {
      const occupation = await this.skills.getOccupation(draft.occupationUri, occupationPath);
      essential = new Set(occupation.essential.map((skill) => skill.uri));
    }
    return assessNeedDraft(draft, { essentialSkillUris: essential });
  }

  private async dismissalsOf(needId: string): Promise<Map<string, NeedAssistantDismissalType>> {
    const rows = await this.dataSource.getRepository(NeedAssistantDismissal).findBy({ needId, undoneAt: IsNull() });
    return new Map(rows.map((row) => [flagKey(row), { code: row.code as NeedAssistantDismissalType['code'], subject: row.subject, reason: row.reason, dismissedAt: row.dismissedAt }]));
  }

  /** As for changing the need: its company's own users and coordinators of its home area; others learn nothing more. */
  private async assertCanEditNeed(principal: Principal, needId: string): Promise<void> {
    const need = await this.dataSource.getRepository(Need).findOne({ where: { id: needId }, select: { id: true, organizationId: true } });
    if (!need) throw NeedsException.field(NeedsErrorCode.NEED_NOT_FOUND, 'input.needId', 'no such need');
    NeedsPolicy.assertCanWrite(principal, await this.access.read(need.organizationId));
  }
}
