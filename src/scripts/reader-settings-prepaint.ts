/**
 * The reader's settings as stored and as applied: one JSON object in localStorage under
 * `STORAGE_KEY`, each setting a `data-*` attribute on <html> that src/styles/themes.css reads.
 * A setting at its default is neither stored nor set.
 */

/** The localStorage key of the settings. */
export const STORAGE_KEY = 'reader';

/** Each setting: its choices, the first being the default (attribute absent), and their labels. */
export const SETTINGS = {
  theme: {
    legend: 'Theme',
    choices: { system: 'System', light: 'Light', dark: 'Dark', sepia: 'Sepia' },
  },
  size: {
    legend: 'Text size',
    choices: { m: 'Standard', s: 'Smaller', l: 'Larger', xl: 'Largest' },
  },
  marks: {
    legend: 'Marks of concepts and cases',
    choices: { on: 'Shown', off: 'Hidden' },
  },
  notes: {
    legend: 'Notes in the margin',
    choices: { on: 'Shown', off: 'Hidden' },
  },
  commentary: {
    legend: 'Editor’s commentary',
    choices: { on: 'Shown', off: 'Hidden' },
  },
} as const;

export type SettingName = keyof typeof SETTINGS;
export type Settings = Partial<Record<SettingName, string>>;

/**
 * The script in every page's <head>, inline so that it runs before the first paint: it copies
 * the stored settings onto <html> as data-theme, data-size, data-marks, data-notes and
 * data-commentary, so that
 * the page never shows in the wrong theme first. The Content Security Policy admits it by its
 * hash (src/integrations/security-headers.ts). Nothing stored, storage off or unreadable: nothing
 * changes. Only the settings panel writes the object, so each key is a setting's name.
 */
export const PREPAINT =
  `try{var d=document.documentElement,s=JSON.parse(localStorage.${STORAGE_KEY});` +
  `for(var k in s)d.setAttribute("data-"+k,s[k])}catch(e){}`;
