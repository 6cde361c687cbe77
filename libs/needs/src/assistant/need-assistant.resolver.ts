import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentUser, Principal } from '@ytmt/core';
import { NeedAssistantService } from './need-assistant.service';
import { DismissNeedAssistantFlagInput, NeedAssistantDismissalType, NeedAssistantInput, NeedAssistantResultType, UndoNeedAssistantFlagDismissalInput } from './need-assistant.types';

@Resolver()
export class NeedAssistantResolver {
  constructor(private readonly assistant: NeedAssistantService) {}

  @Query(() => NeedAssistantResultType, {
    description: "The inclusive-need assistant's flags on a draft, for whoever may edit the need (or, before its first save, write the company's needs).",
  })
  needAssistant(@CurrentUser() principal: Principal, @Args('input', { type: () => NeedAssistantInput }) input: NeedAssistantInput): Promise<NeedAssistantResultType> {
    return this.assistant.assess(principal, input);
  }

  @Mutation(() => NeedAssistantDismissalType, { description: 'Sets a flag aside with a reason; kept with the need for the indicators.' })
  dismissNeedAssistantFlag(
    @CurrentUser() principal: Principal,
    @Args('input', { type: () => DismissNeedAssistantFlagInput }) input: DismissNeedAssistantFlagInput,
  ): Promise<NeedAssistantDismissalType> {
    return this.assistant.dismiss(principal, input);
  }

  @Mutation(() => Boolean, {
    description: 'Brings a dismissed flag back (the same people as may dismiss it); the dismissal stops counting in the indicators. Undoing twice changes nothing.',
  })
  undoNeedAssistantFlagDismissal(
    @CurrentUser() principal: Principal,
    @Args('input', { type: () => UndoNeedAssistantFlagDismissalInput }) input: UndoNeedAssistantFlagDismissalInput,
  ): Promise<boolean> {
    return this.assistant.undoDismissal(principal, input);
  }
}
