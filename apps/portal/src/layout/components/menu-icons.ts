import { Avatar, Bell, DataAnalysis, Document, HomeFilled, OfficeBuilding, School, Stamp, User, Warning } from '@element-plus/icons-vue';
import type { Component } from 'vue';

// Only the icons the menu names, so the rest of the icon set stays out of the bundle.
export const menuIcons: Record<string, Component> = { Avatar, Bell, DataAnalysis, Document, HomeFilled, OfficeBuilding, School, Stamp, User, Warning };
