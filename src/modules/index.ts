/**
 * The registry of modules, in order: src/http/app.ts registers their routes and src/cli/main.ts
 * their commands from this one list. A new module adds itself here. (`analysis` is not listed: it
 * is pure statistics with no routes or commands; `analysis-views` is its I/O shell.)
 */
import type { PlatformModule } from '../core/module-contract.ts';
import { healthModule } from './health/module.ts';
import { usersModule } from './users/module.ts';
import { auditModule } from './audit/module.ts';
import { areasModule } from './areas/module.ts';
import { incidentsModule } from './incidents/module.ts';
import { geocoderModule } from './geocoder/module.ts';
import { enforcementModule } from './enforcement/module.ts';
import { signalsModule } from './signals/module.ts';
import { open311Module } from './open311/module.ts';
import { mailModule } from './mail/module.ts';
import { perceptionModule } from './perception/module.ts';
import { networkModule } from './network/module.ts';
import { missionsModule } from './missions/module.ts';
import { targetGroupsModule } from './target-groups/module.ts';
import { initiativesModule } from './initiatives/module.ts';
import { youthGroupsModule } from './youth-groups/module.ts';
import { casesModule } from './cases/module.ts';
import { powersModule } from './powers/module.ts';
import { areaNetworkModule } from './area-network/module.ts';
import { analysisViewsModule } from './analysis-views/module.ts';
import { settingsModule } from './settings/module.ts';
import { importsModule } from './imports/module.ts';
import { demoModule } from './demo/module.ts';

export const MODULES: readonly PlatformModule[] = [
  healthModule,
  usersModule,
  auditModule,
  areasModule,
  incidentsModule,
  geocoderModule,
  enforcementModule,
  signalsModule,
  open311Module,
  mailModule,
  perceptionModule,
  networkModule,
  missionsModule,
  targetGroupsModule,
  initiativesModule,
  youthGroupsModule,
  casesModule,
  powersModule,
  areaNetworkModule,
  analysisViewsModule,
  settingsModule,
  importsModule,
  demoModule,
];
