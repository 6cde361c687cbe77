export * from './dashboard-cookie';
export * from './dashboard-session.store';
export * from './queue-dashboard';
export * from './queue-dashboard.controller';
export * from './queue-dashboard.module';
