import { Arg, Authorized, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '@zeren/auth';
import { RemindersPermission } from '../reminders.permissions';
import { ReminderSettings } from './reminder-settings.entity';
import { ReminderSettingsService } from './reminder-settings.service';
import { UpdateReminderSettingsInput } from './dto/update-reminder-settings.input';

@Resolver(() => ReminderSettings)
export class ReminderSettingsResolver {
  constructor(private readonly settings: ReminderSettingsService) {}

  @Authorized(RemindersPermission.SETTINGS_READ)
  @Query(() => ReminderSettings, { description: '提醒设置:提前几天提醒、截止当天是否提醒' })
  reminderSettings(@Ctx() ctx: RequestContext): Promise<ReminderSettings> {
    return this.settings.get(ctx.db);
  }

  @Authorized(RemindersPermission.SETTINGS_MANAGE)
  @Mutation(() => ReminderSettings, { description: '修改提醒设置(工委)' })
  updateReminderSettings(@Arg('input', () => UpdateReminderSettingsInput) input: UpdateReminderSettingsInput, @Ctx() ctx: RequestContext): Promise<ReminderSettings> {
    return this.settings.update(ctx.db, input);
  }
}
