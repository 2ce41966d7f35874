import type { Role } from '../../gql/graphql';

export const ROLES: readonly Role[] = ['MEMBER', 'COMMS', 'HR', 'ADMIN'];

export const ROLE_LABEL: Record<Role, string> = {
  MEMBER: 'Member',
  COMMS: 'Comms',
  HR: 'HR',
  ADMIN: 'Admin',
};

/** The most rows the API takes in one `inviteMembers` call. */
export const MAX_ROWS_PER_REQUEST = 200;

/** One line of a pasted list or CSV file, ready to invite or with what is wrong with it. */
export interface InvitationRow {
  line: number;
  email: string;
  roles: Role[];
  department?: string;
  grade?: string;
  location?: string;
  /** Why this line cannot be sent, in plain words; absent when it can. */
  problem?: string;
}

export interface ParsedInvitations {
  rows: InvitationRow[];
  /** Header columns that are not understood (and so are left out), as written. */
  ignoredColumns: string[];
}

type Column = 'email' | 'roles' | 'department' | 'grade' | 'location';

/** Header names people write, by the column they mean (compared lower-cased, without spaces, dashes or underscores). */
const HEADER_NAMES: Record<string, Column> = {
  email: 'email',
  emailaddress: 'email',
  mail: 'email',
  role: 'roles',
  roles: 'roles',
  department: 'department',
  dept: 'department',
  team: 'department',
  grade: 'grade',
  band: 'grade',
  location: 'location',
  site: 'location',
  office: 'location',
};

/** The API's limits (InviteMemberInput); the API stays the authority. */
const LIMITS: Record<'department' | 'grade' | 'location', number> = { department: 120, grade: 60, location: 120 };
const LABEL = { department: 'Department', grade: 'Grade', location: 'Location' } as const;

// The API's own check is the authority; this catches typing slips before sending.
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** The cells of one CSV line: commas or tabs separate them; double quotes may hold either ("" is a quote). */
export function splitCsvLine(line: string): string[] {
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',' || ch === '\t') {
      cells.push(cell.trim());
      cell = '';
    } else cell += ch;
  }
  cells.push(cell.trim());
  return cells;
}

const headerKey = (cell: string) => cell.toLowerCase().replace(/[\s_-]+/g, '');

/**
 * Reads pasted addresses or a CSV file, one person a line. With a header line
 * naming the columns (`email`, `roles`, `department`, `grade`, `location`, in any
 * order; "e-mail", "band", "site"… are understood too) each row is read by it;
 * without one, a line is `email` or `email,roles`. Roles are separated by `;`,
 * `|` or spaces (e.g. `COMMS;MEMBER`); rows without roles get `defaultRoles`.
 * Blank lines are skipped; a repeated address is reported on its second line.
 */
export function parseInvitations(text: string, defaultRoles: readonly Role[] = ['MEMBER']): ParsedInvitations {
  const lines = text.split(/\r?\n/);
  const firstIndex = lines.findIndex((l) => l.trim());
  let columns: (Column | null)[] = ['email', 'roles'];
  const ignoredColumns: string[] = [];
  let start = 0;
  if (firstIndex >= 0) {
    const header = splitCsvLine(lines[firstIndex]);
    const named = header.map((cell) => HEADER_NAMES[headerKey(cell)] ?? null);
    if (!header.some((cell) => cell.includes('@')) && named.includes('email')) {
      columns = named;
      header.forEach((cell, i) => named[i] === null && cell && ignoredColumns.push(cell));
      start = firstIndex + 1;
    }
  }

  const rows: InvitationRow[] = [];
  const seen = new Set<string>();
  lines.forEach((raw, index) => {
    if (index < start || !raw.trim()) return;
    const cells = splitCsvLine(raw);
    const value = (column: Column) => {
      const i = columns.indexOf(column);
      // Without a header, everything after the address is roles.
      if (column === 'roles' && start === 0) return cells.slice(1).join(' ');
      return i >= 0 ? (cells[i] ?? '').trim() : '';
    };
    const email = value('email').toLowerCase();
    const roleWords = value('roles')
      .split(/[;|\s]+/)
      .filter(Boolean);
    const unknown = roleWords.filter((w) => !ROLES.includes(w.toUpperCase() as Role));
    const roles = [...new Set(roleWords.map((w) => w.toUpperCase() as Role).filter((r) => ROLES.includes(r)))];
    const row: InvitationRow = { line: index + 1, email, roles: roles.length ? roles : [...defaultRoles] };
    for (const key of ['department', 'grade', 'location'] as const) {
      const v = value(key);
      if (v) row[key] = v;
    }
    const tooLong = (['department', 'grade', 'location'] as const).find((k) => (row[k]?.length ?? 0) > LIMITS[k]);
    if (!EMAIL.test(email) || email.length > 254) row.problem = 'This is not a valid e-mail address';
    else if (unknown.length) row.problem = `Unknown role ${unknown.join(', ')}: use ${ROLES.join(', ')}`;
    else if (tooLong) row.problem = `${LABEL[tooLong]} is too long: at most ${LIMITS[tooLong]} characters`;
    else if (seen.has(email)) row.problem = 'This address is already on the list';
    seen.add(email);
    rows.push(row);
  });
  return { rows, ignoredColumns };
}
