import { Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { OutboxRelay } from './outbox-relay.service';
import { WorkerHost } from './worker-host.service';

/** Imported by the worker app only: runs the outbox relay and the BullMQ workers. */
@Module({
  imports: [DiscoveryModule],
  providers: [OutboxRelay, WorkerHost],
  exports: [OutboxRelay, WorkerHost],
})
export class WorkerRuntimeModule {}
