/** Where an initiative's status may go (the same steps the API allows, initiatives/review-service.ts). Pure. */
import type { InitiativeStatus } from './api.ts';

export const TRANSITIONS: Record<InitiativeStatus, readonly InitiativeStatus[]> = {
  new: ['in-contact', 'ended'],
  'in-contact': ['supported', 'active', 'ended'],
  supported: ['active', 'ended'],
  active: ['supported', 'ended'],
  ended: ['active'],
};
