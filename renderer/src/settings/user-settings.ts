/** Who I am in a co-editing session: chosen once in 设置, kept in localStorage (never on the server). */
export interface UserSettings {
  name: string;
  dept: string;
  color: string;
}

export const USER_SETTINGS_KEY = 'plan-studio.user';

/** Colours that stay readable as a caret and as a light selection tint on white paper. */
export const PRESENCE_COLORS = ['#d9480f', '#2b8a3e', '#1971c2', '#9c36b5', '#c2255c', '#0c8599', '#e67700', '#5f3dc4'];

export function loadUserSettings(): UserSettings | null {
  try {
    const raw = JSON.parse(localStorage.getItem(USER_SETTINGS_KEY) ?? 'null') as Partial<UserSettings> | null;
    if (!raw || typeof raw.name !== 'string' || raw.name.trim() === '') return null;
    return {
      name: raw.name.trim().slice(0, 30),
      dept: typeof raw.dept === 'string' ? raw.dept.trim().slice(0, 80) : '',
      color: typeof raw.color === 'string' && /^#[0-9a-f]{6}$/i.test(raw.color) ? raw.color : PRESENCE_COLORS[0]!,
    };
  } catch {
    return null;
  }
}

export function saveUserSettings(s: UserSettings): void {
  localStorage.setItem(USER_SETTINGS_KEY, JSON.stringify(s));
}

/** Until the user says who they are, they still appear to others under a neutral name. */
export function anonymousUser(): UserSettings {
  const n = Math.floor(Math.random() * 900 + 100);
  return { name: `访客${n}`, dept: '', color: PRESENCE_COLORS[n % PRESENCE_COLORS.length]! };
}
