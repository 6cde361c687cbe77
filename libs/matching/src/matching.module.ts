import { Module } from '@nestjs/common';
import { AuditModule } from '@ytmt/core';
import { AdviceModule } from '@ytmt/advice';
import { NeedsModule } from '@ytmt/needs';
import { SkillsModule } from '@ytmt/skills';
import { TalentModule } from '@ytmt/talent';
import { AwaitingClosureQuery } from './awaiting-closure.query';
import { CandidacyClosures } from './candidacy-closures.service';
import { CandidacyProgressService } from './candidacy-progress.service';
import { CandidateAccessReader } from './candidate-access.service';
import { CandidateHistoryQuery } from './candidate-history.query';
import { CandidateListQuery } from './candidate-list.query';
import { CandidateListService } from './candidate-list.service';
import { CandidateResolver } from './candidate.resolver';
import { CandidateWithdrawal } from './candidate-withdrawal.service';
import { EmployerCandidatesService } from './employer-candidates.service';
import { GapServicesService } from './gap-services.service';
import { MatchDataReader } from './match-data.reader';
import { MatchingLoaderRegistrar } from './matching.loaders';
import { MatchingFactsReader } from './readers/matching-facts.reader';
import { CandidateInsightsReader } from './readers/candidate-insights.reader';
import { ExpiryJob, MatchingSchedules, MatchNeedJob, MatchProfileJob, RematchAllJob } from './match-jobs';
import { MatchResultStore } from './match-result.store';
import { MatcherService } from './matcher.service';
import { MatchingIndexChannel } from './matching-index.channel';
import { ShareRequestService } from './share-request.service';
import { ShareRevocationService } from './share-revocation.service';
import { PersonalDataExportService } from './personal-data/personal-data-export.service';
import { PersonalDataResolver } from './personal-data/personal-data.resolver';
import { DataViewsQuery } from './personal-data/data-views.query';
import { DataViewsResolver } from './personal-data/data-views.resolver';
import { ProfileErasureService } from './personal-data/profile-erasure.service';
import { ShareReminderReconciler } from './share-reminder.reconciler';
import { NotificationReceipts } from './share-reminder-receipts';

@Module({
  imports: [NeedsModule, TalentModule, SkillsModule, AdviceModule, AuditModule],
  providers: [AwaitingClosureQuery, CandidacyClosures, CandidacyProgressService, CandidateAccessReader, CandidateListService, CandidateListQuery, CandidateHistoryQuery, CandidateWithdrawal, EmployerCandidatesService, GapServicesService, ShareRequestService, ShareRevocationService, MatchDataReader, MatchResultStore, MatchingFactsReader, CandidateInsightsReader, NotificationReceipts],
  exports: [AwaitingClosureQuery, CandidacyClosures, CandidacyProgressService, CandidateAccessReader, CandidateListService, CandidateListQuery, CandidateHistoryQuery, CandidateWithdrawal, EmployerCandidatesService, GapServicesService, ShareRequestService, ShareRevocationService, MatchDataReader, MatchResultStore, MatchingFactsReader, CandidateInsightsReader, NotificationReceipts],
})
export class MatchingModule {}

@Module({ imports: [MatchingModule, TalentModule, NeedsModule], providers: [CandidateResolver, MatchingLoaderRegistrar, PersonalDataExportService, ProfileErasureService, PersonalDataResolver, DataViewsQuery, DataViewsResolver] })
export class MatchingApiModule {}

/** The matcher with its in-memory index, without jobs: for the worker, the CLI and seeding. */
@Module({ imports: [MatchingModule], providers: [MatcherService], exports: [MatcherService] })
export class MatcherModule {}

/** The matcher and its jobs, for the worker app: the index lives in this process. */
@Module({ imports: [MatcherModule, MatchingModule, TalentModule], providers: [MatchingIndexChannel, MatchNeedJob, MatchProfileJob, RematchAllJob, ExpiryJob, MatchingSchedules, ShareReminderReconciler] })
export class MatchingWorkerModule {}
