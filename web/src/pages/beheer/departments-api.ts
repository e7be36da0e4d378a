/** The departments-and-teams calls of the Beheer page, one function each. */
import { api, type ApiClient } from '../../api/client.ts';
import type { Body, Reply } from '../../api/types.ts';

export type DepartmentView = Reply<'/api/v1/departments'>['departments'][number];
export type NewDepartment = Body<'/api/v1/departments'>;
export type DepartmentChange = Body<'/api/v1/departments/{id}', 'patch'>;

const DEPARTMENTS = '/api/v1/departments';

export function listDepartments(client: ApiClient = api): Promise<DepartmentView[]> {
  return client.request<{ departments: DepartmentView[] }>(DEPARTMENTS).then((r) => r.departments);
}

export function createDepartment(body: NewDepartment, csrfToken: string | null, client: ApiClient = api): Promise<DepartmentView> {
  return client.request<DepartmentView>(DEPARTMENTS, { method: 'POST', body, csrfToken });
}

export function changeDepartment(
  id: string,
  body: DepartmentChange,
  csrfToken: string | null,
  client: ApiClient = api,
): Promise<DepartmentView> {
  return client.request<DepartmentView>(`${DEPARTMENTS}/${encodeURIComponent(id)}`, { method: 'PATCH', body, csrfToken });
}

/** Adds (`member` true) or removes an account. */
export function setMember(id: string, userId: string, member: boolean, csrfToken: string | null, client: ApiClient = api): Promise<void> {
  const url = `${DEPARTMENTS}/${encodeURIComponent(id)}/members/${encodeURIComponent(userId)}`;
  return client.request<void>(url, { method: member ? 'PUT' : 'DELETE', csrfToken });
}
