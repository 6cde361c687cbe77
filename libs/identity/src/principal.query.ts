import { Principal, Role } from '@ytmt/core';
import { EntityManager } from 'typeorm';

interface PrincipalRow {
  user_id: string;
  email: string;
  organization_id: string | null;
  role: Role | null;
  employment_area_id: string | null;
}

/**
 * The user matching `where` (SQL over `app_user u` with `params`) as the policy sees them: their
 * memberships with each organisation's employment area. Null when no user matches. Shared by the
 * request's principal resolver and the user directory, so both see a person the same way.
 */
export async function queryPrincipal(manager: EntityManager, where: string, params: readonly unknown[]): Promise<Principal | null> {
  const rows: PrincipalRow[] = await manager.query(
    `SELECT u.id AS user_id, u.email, m.organization_id, m.role, o.employment_area_id
       FROM app_user u
       LEFT JOIN membership m ON m.user_id = u.id
       LEFT JOIN organization o ON o.id = m.organization_id
      WHERE ${where}`,
    [...params],
  );
  if (rows.length === 0) return null;
  return {
    userId: rows[0].user_id,
    email: rows[0].email,
    memberships: rows
      .filter((row) => row.role !== null)
      .map((row) => ({ organizationId: row.organization_id, role: row.role as Role, employmentAreaId: row.employment_area_id })),
  };
}
