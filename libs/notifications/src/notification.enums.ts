/** How a user wants one type of notification. */
export enum NotificationChannel {
  /** In the app only. */
  IN_APP = 'IN_APP',
  /** In the app and by e-mail. */
  EMAIL = 'EMAIL',
  /** Not at all. */
  OFF = 'OFF',
}
