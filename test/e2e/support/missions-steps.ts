/** Steps of the opgaven browser tests: a staff account made through the API, logging in as it. */
import assert from 'node:assert/strict';
import type { APIRequestContext, Page } from 'playwright-core';
import { ADMIN_EMAIL, ADMIN_PASSWORD } from './server.ts';

/** Creates a user with `role` through the admin API (POST /api/v1/users) and returns its e-mail address. */
export async function createStaffUser(
  request: APIRequestContext,
  role: string,
  email: string,
  password: string,
  displayName: string,
): Promise<string> {
  const session = await request.post('/api/v1/session', { data: { email: ADMIN_EMAIL, password: ADMIN_PASSWORD } });
  assert.equal(session.status(), 200, await session.text());
  const { csrfToken } = (await session.json()) as { csrfToken: string };
  const created = await request.post('/api/v1/users', {
    data: { email, role, password, displayName },
    headers: { 'x-csrf-token': csrfToken },
  });
  assert.equal(created.status(), 201, await created.text());
  await request.delete('/api/v1/session', { headers: { 'x-csrf-token': csrfToken } });
  return email;
}

export async function logInAs(page: Page, email: string, password: string): Promise<void> {
  await page.goto('/');
  await page.getByLabel(/e-mailadres|email address/i).fill(email);
  await page.getByLabel(/^(wachtwoord|password)$/i).fill(password);
  await page.getByRole('button', { name: /^(inloggen|log in)$/i }).click();
  await page.getByRole('navigation', { name: 'Modules' }).waitFor();
}
