import { SetMetadata } from '@nestjs/common';

export const SENDS_NOTIFICATIONS = 'ytmt:sends-notifications';

/**
 * Marks an operation that notifies people, in the app and by e-mail: it gets the tighter
 * per-user and per-client budget, so that no loop (propose, withdraw, propose…) can flood anyone's
 * inbox.
 */
export const SendsNotifications = () => SetMetadata(SENDS_NOTIFICATIONS, true);
