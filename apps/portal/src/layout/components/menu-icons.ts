import { Aim, Avatar, Bell, Checked, DataAnalysis, Document, Finished, Flag, Grid, HomeFilled, List, Medal, Message, Microphone, Notebook, OfficeBuilding, Promotion, School, Stamp, StarFilled, Tickets, TrendCharts, User, Warning } from '@element-plus/icons-vue';
import type { Component } from 'vue';

// Only the icons the menu names, so the rest of the icon set stays out of the bundle.
export const menuIcons: Record<string, Component> = { Aim, Avatar, Bell, Checked, DataAnalysis, Document, Finished, Flag, Grid, HomeFilled, List, Medal, Message, Microphone, Notebook, OfficeBuilding, Promotion, School, Stamp, StarFilled, Tickets, TrendCharts, User, Warning };
