import { Module } from '@nestjs/common';
import { DashboardSessions } from './dashboard-session.store';
import { QueueDashboard } from './queue-dashboard';
import { QueueDashboardController } from './queue-dashboard.controller';

/** bull-board for platform admins; bootstrap mounts QueueDashboard.router() at /admin/queues. */
@Module({
  controllers: [QueueDashboardController],
  providers: [DashboardSessions, QueueDashboard],
  exports: [QueueDashboard],
})
export class QueueDashboardModule {}
