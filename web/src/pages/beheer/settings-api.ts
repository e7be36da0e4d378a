/** The municipality settings calls of the Beheer page (Instellingen), one function each. */
import { api, type ApiClient } from '../../api/client.ts';
import type { SettingsPatch, SettingsView } from './types.ts';

const SETTINGS = '/api/v1/settings';

export function getSettings(client: ApiClient = api): Promise<SettingsView> {
  return client.request<SettingsView>(SETTINGS);
}

export function saveSettings(body: SettingsPatch, csrfToken: string | null, client: ApiClient = api): Promise<SettingsView> {
  return client.request<SettingsView>(SETTINGS, { method: 'PATCH', body, csrfToken });
}
