// Who is at the keyboard, for the change log: the way in and the OS account, e.g. 'desktop:wang', 'cli:root'.
// (Accounts of the register's own come with the security issue; until then the OS account is what we know.)
import os from 'node:os';
import type { AppMode } from './register.ts';

export function osActor(mode: AppMode): string {
  try {
    return `${mode}:${os.userInfo().username}`;
  } catch {
    return `${mode}:unknown`;
  }
}
