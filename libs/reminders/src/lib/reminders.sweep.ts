import type { SweepFixtures } from '@zeren/shared-graphql';

/** Valid inputs for the isolation sweep: one's own messages by id, and the committee's settings. */
export const remindersSweep: SweepFixtures = {
  mutations: {
    markSiteMessagesRead: ({ own }) => ({ ids: [own('site_message')] }),
    markAllSiteMessagesRead: () => ({}),
    updateReminderSettings: () => ({ input: { leadDays: 5 } }),
  },
};
