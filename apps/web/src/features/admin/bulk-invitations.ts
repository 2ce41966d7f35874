import type { Role } from '../../gql/graphql';

export const ROLES: readonly Role[] = ['MEMBER', 'COMMS', 'HR', 'ADMIN'];

export const ROLE_LABEL: Record<Role, string> = {
  MEMBER: 'Member',
  COMMS: 'Comms',
  HR: 'HR',
  ADMIN: 'Admin',
};

/** One line of a pasted list or CSV file, ready to invite or with what is wrong with it. */
export interface InvitationRow {
  line: number;
  email: string;
  roles: Role[];
  /** Why this line cannot be sent, in plain words; absent when it can. */
  problem?: string;
}

// The API's own check is the authority; this catches typing slips before sending.
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/**
 * Reads pasted addresses or a CSV file: one person a line, `email` or
 * `email,roles` (roles separated by `;`, `|` or spaces, e.g. `COMMS;MEMBER`).
 * A header line (`email,roles`) and blank lines are skipped; a repeated address
 * is reported on its second line. Rows without roles get `defaultRoles`.
 */
export function parseInvitations(text: string, defaultRoles: readonly Role[] = ['MEMBER']): InvitationRow[] {
  const rows: InvitationRow[] = [];
  const seen = new Set<string>();
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = raw.trim();
    if (!line) return;
    const [first, ...rest] = line.split(/[,\t]/).map((cell) => cell.trim().replace(/^"|"$/g, ''));
    if (index === 0 && /^e-?mail/i.test(first) && !first.includes('@')) return;
    const email = first.toLowerCase();
    const roleWords = rest
      .join(' ')
      .split(/[;|\s]+/)
      .filter(Boolean);
    const unknown = roleWords.filter((w) => !ROLES.includes(w.toUpperCase() as Role));
    const roles = [...new Set(roleWords.map((w) => w.toUpperCase() as Role).filter((r) => ROLES.includes(r)))];
    const row: InvitationRow = { line: index + 1, email, roles: roles.length ? roles : [...defaultRoles] };
    if (!EMAIL.test(email) || email.length > 254) row.problem = 'This is not a valid e-mail address';
    else if (unknown.length) row.problem = `Unknown role ${unknown.join(', ')}: use ${ROLES.join(', ')}`;
    else if (seen.has(email)) row.problem = 'This address is already on the list';
    seen.add(email);
    rows.push(row);
  });
  return rows;
}
