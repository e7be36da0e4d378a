/**
 * The registry of modules, in order: src/http/app.ts registers their routes and src/cli/main.ts
 * their commands from this one list. A new module adds itself here.
 */
import type { PlatformModule } from '../core/module-contract.ts';
import { healthModule } from './health/index.ts';
import { usersModule } from './users/index.ts';
import { auditModule } from './audit/index.ts';
import { areasModule } from './areas/index.ts';
import { incidentsModule } from './incidents/index.ts';
import { geocoderModule } from './geocoder/index.ts';
import { analysisModule } from './analysis/index.ts';
import { signalsModule } from './signals/index.ts';
import { open311Module } from './open311/index.ts';
import { mailModule } from './mail/index.ts';
import { perceptionModule } from './perception/index.ts';
import { networkModule } from './network/index.ts';
import { missionsModule } from './missions/index.ts';
import { workbenchModule } from './workbench/index.ts';

export const MODULES: readonly PlatformModule[] = [
  healthModule, usersModule, auditModule, areasModule, incidentsModule, geocoderModule, analysisModule, signalsModule, open311Module, mailModule, perceptionModule, networkModule, missionsModule, workbenchModule,
];
