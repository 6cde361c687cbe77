import { Args, GraphQLISODateTime, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { connectionComplexity, CurrentUser, DEFAULT_PAGE_SIZE, PageArgs, Principal } from '@ytmt/core';
import { AuditEventQueryService } from './audit-event-query.service';
import { ContactPersonService } from './contact-person.service';
import { toAuditEventType, toContactPersonType, toFollowUpTaskType, toInteractionType } from './crm.mapper';
import { AuditEventFilter } from './dto/audit.inputs';
import { ContactPersonInput, FollowUpTaskInput, InteractionInput } from './dto/crm.inputs';
import { AuditEventConnection, ContactPersonType, FollowUpTaskType, InteractionType } from './dto/crm.types';
import { FollowUpTaskService } from './follow-up-task.service';
import { InteractionService } from './interaction.service';

/** The coordinators' CRM: contact persons, interactions, follow-up tasks, and the audit log. */
@Resolver()
export class CrmResolver {
  constructor(
    private readonly contacts: ContactPersonService,
    private readonly interactions: InteractionService,
    private readonly tasks: FollowUpTaskService,
    private readonly auditEventQueries: AuditEventQueryService,
  ) {}

  @Query(() => [ContactPersonType], {
    description: 'Coordinators of an area that sees the company. Personal data: every read is recorded in the audit log.',
  })
  async companyContacts(
    @CurrentUser() principal: Principal,
    @Args('companyId', { type: () => ID }) companyId: string,
  ): Promise<ContactPersonType[]> {
    return (await this.contacts.list(principal, companyId)).map(toContactPersonType);
  }

  @Query(() => [InteractionType], {
    description: "Newest first, at most 200: SHARED entries and your own area's AREA_ONLY ones. Every read is audited.",
  })
  async companyInteractions(
    @CurrentUser() principal: Principal,
    @Args('companyId', { type: () => ID }) companyId: string,
  ): Promise<InteractionType[]> {
    return (await this.interactions.list(principal, companyId)).map(toInteractionType);
  }

  @Query(() => [FollowUpTaskType], { description: 'Your tasks due before the given time (default now), soonest first, at most 200.' })
  async myTasksDue(
    @CurrentUser() principal: Principal,
    @Args('before', { type: () => GraphQLISODateTime, nullable: true }) before?: Date,
    @Args('includeDone', { type: () => Boolean, nullable: true }) includeDone?: boolean,
  ): Promise<FollowUpTaskType[]> {
    const now = new Date();
    return (await this.tasks.due(principal, before ?? now, includeDone ?? false)).map((task) => toFollowUpTaskType(task, now));
  }

  @Query(() => AuditEventConnection, {
    description: "Area admins: events about their area's companies and by their area's staff; platform admins: all. Newest first.",
    complexity: connectionComplexity,
  })
  async auditEvents(
    @CurrentUser() principal: Principal,
    @Args() page: PageArgs,
    @Args('filter', { type: () => AuditEventFilter, nullable: true }) filter?: AuditEventFilter,
  ): Promise<AuditEventConnection> {
    const connection = await this.auditEventQueries.list(principal, filter ?? {}, page.first ?? DEFAULT_PAGE_SIZE, page.after);
    return { ...connection, edges: connection.edges.map((edge) => ({ ...edge, node: toAuditEventType(edge.node) })) };
  }

  @Mutation(() => ContactPersonType)
  async addCompanyContact(
    @CurrentUser() principal: Principal,
    @Args('companyId', { type: () => ID }) companyId: string,
    @Args('input', { type: () => ContactPersonInput }) input: ContactPersonInput,
  ): Promise<ContactPersonType> {
    return toContactPersonType(await this.contacts.add(principal, companyId, input));
  }

  @Mutation(() => ContactPersonType, { description: 'Replaces the contact person’s details.' })
  async updateCompanyContact(
    @CurrentUser() principal: Principal,
    @Args('id', { type: () => ID }) id: string,
    @Args('input', { type: () => ContactPersonInput }) input: ContactPersonInput,
  ): Promise<ContactPersonType> {
    return toContactPersonType(await this.contacts.update(principal, id, input));
  }

  @Mutation(() => Boolean, { description: 'Deletes the contact person for good (the right to erasure).' })
  removeCompanyContact(@CurrentUser() principal: Principal, @Args('id', { type: () => ID }) id: string): Promise<boolean> {
    return this.contacts.remove(principal, id);
  }

  @Mutation(() => InteractionType, { description: 'Coordinators: log a visit, call, e-mail or event for your area.' })
  async logInteraction(
    @CurrentUser() principal: Principal,
    @Args('companyId', { type: () => ID }) companyId: string,
    @Args('input', { type: () => InteractionInput }) input: InteractionInput,
  ): Promise<InteractionType> {
    return toInteractionType(await this.interactions.log(principal, companyId, input));
  }

  @Mutation(() => FollowUpTaskType, { description: 'Coordinators: a follow-up task for yourself or a coordinator of an area that sees the company.' })
  async createFollowUpTask(
    @CurrentUser() principal: Principal,
    @Args('companyId', { type: () => ID }) companyId: string,
    @Args('input', { type: () => FollowUpTaskInput }) input: FollowUpTaskInput,
  ): Promise<FollowUpTaskType> {
    return toFollowUpTaskType(await this.tasks.create(principal, companyId, input));
  }

  @Mutation(() => FollowUpTaskType, { description: 'The assignee or creator marks the task done (or open again).' })
  async setFollowUpTaskDone(
    @CurrentUser() principal: Principal,
    @Args('id', { type: () => ID }) id: string,
    @Args('done', { type: () => Boolean }) done: boolean,
  ): Promise<FollowUpTaskType> {
    return toFollowUpTaskType(await this.tasks.setDone(principal, id, done));
  }
}
