import type { TenantDb } from '@zeren/tenancy';
import { ReminderSettings, SETTINGS_ID } from './reminder-settings.entity';
import type { UpdateReminderSettingsInput } from './dto/update-reminder-settings.input';

/** DESIGN.md seam 7: five days ahead and on the due day, until the committee says otherwise. */
export const DEFAULT_REMINDER_SETTINGS: Readonly<Pick<ReminderSettings, 'leadDays' | 'onDueDay'>> = Object.freeze({ leadDays: 5, onDueDay: true });

/** The one settings row, read by every scope and written by the committee (globalTable policy). */
export class ReminderSettingsService {
  async get(db: TenantDb): Promise<ReminderSettings> {
    const row = await db.reference(ReminderSettings).findOneBy({ id: SETTINGS_ID });
    return row ?? Object.assign(new ReminderSettings(), { id: SETTINGS_ID, ...DEFAULT_REMINDER_SETTINGS, updatedAt: null });
  }

  async update(db: TenantDb, input: UpdateReminderSettingsInput): Promise<ReminderSettings> {
    const table = db.register(ReminderSettings);
    const current = await this.get(db);
    const next = {
      leadDays: input.leadDays ?? current.leadDays,
      onDueDay: input.onDueDay ?? current.onDueDay,
      updatedAt: new Date(),
    };
    // The row is written on the first change; until then the defaults stand.
    if (current.updatedAt === null && !(await table.existsBy({ id: SETTINGS_ID }))) await table.insert(Object.assign(new ReminderSettings(), { id: SETTINGS_ID, ...next }));
    else await table.update({ id: SETTINGS_ID }, next);
    return this.get(db);
  }
}
