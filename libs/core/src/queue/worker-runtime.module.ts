import { Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { OutboxRelay } from './outbox-relay.service';
import { WorkerHeartbeat } from './worker-heartbeat.service';
import { WorkerHost } from './worker-host.service';

/** Imported by the worker app only: runs the outbox relay, the BullMQ workers and the heartbeat. */
@Module({
  imports: [DiscoveryModule],
  providers: [OutboxRelay, WorkerHost, WorkerHeartbeat],
  exports: [OutboxRelay, WorkerHost, WorkerHeartbeat],
})
export class WorkerRuntimeModule {}
