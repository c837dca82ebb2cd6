/** The few log calls the reminders lib makes (pino's signature, which the gateway passes in). */
export interface ReminderLog {
  info(details: object, message: string): void;
  warn(details: object, message: string): void;
  error(details: object, message: string): void;
}

export const SILENT_LOG: ReminderLog = { info: () => undefined, warn: () => undefined, error: () => undefined };
