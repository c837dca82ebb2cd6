import { globalTable } from '@zeren/tenancy';
import { ReminderSettings } from './settings/reminder-settings.entity';

// One schedule for the whole city: the committee's to set.
globalTable(ReminderSettings, { writers: 'committee' });
