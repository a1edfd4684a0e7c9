/**
 * The reader settings' panel, loaded on the first press of the header's Settings button
 * (src/scripts/reader-settings-launcher.ts): theme, text size, marks of concepts and cases,
 * notes in the margin and the editor's commentary, each a group of radio buttons (arrow keys move within a group, Tab between
 * groups). A choice applies at once, as an attribute on <html>, and is kept in localStorage,
 * from where the script in every page's <head> applies it before the first paint
 * (src/scripts/reader-settings-prepaint.ts). Esc, the button again, or a press outside closes
 * the panel; Esc and the button give focus back to the button.
 */
import css from '../styles/reader-settings.css?inline';
import {
  SETTINGS,
  STORAGE_KEY,
  type SettingName,
  type Settings,
} from './reader-settings-prepaint.ts';
import { readStored, writeStored } from './storage.ts';
import { adoptStylesheet } from './stylesheet.ts';

// The panel brings its own styles: pages where it is never opened pay nothing for them.
adoptStylesheet(css);

const PANEL_ID = 'reader-settings-panel';
let panel: HTMLElement | undefined;
let opener: HTMLButtonElement | undefined;

function stored(): Settings {
  try {
    return (JSON.parse(readStored(STORAGE_KEY) ?? '{}') as Settings | null) ?? {};
  } catch {
    return {};
  }
}

function isSetting(name: string): name is SettingName {
  return Object.hasOwn(SETTINGS, name);
}

/** A setting's default: its first choice, which sets no attribute. */
function defaultOf(name: SettingName): string {
  return Object.keys(SETTINGS[name].choices)[0] ?? '';
}

/** The choice in force: the attribute on <html>, else the default. */
function current(name: SettingName): string {
  return document.documentElement.getAttribute(`data-${name}`) ?? defaultOf(name);
}

/** Applies a choice to the page and stores it; a default choice is removed from both. */
export function choose(name: SettingName, value: string): void {
  const settings = stored();
  if (value === defaultOf(name)) {
    document.documentElement.removeAttribute(`data-${name}`);
    delete settings[name];
  } else {
    document.documentElement.setAttribute(`data-${name}`, value);
    settings[name] = value;
  }
  // Storage off: the choice holds for this page only.
  writeStored(STORAGE_KEY, JSON.stringify(settings));
  // The notes script places margin notes on resize (src/scripts/edition-notes.ts); a change of
  // text size, of the margin notes or of the commentary's marks changes that layout too.
  if (name !== 'theme' && name !== 'marks') window.dispatchEvent(new Event('resize'));
}

function build(host: HTMLElement): HTMLElement {
  const element = document.createElement('div');
  element.id = PANEL_ID;
  element.className = 'reader-panel';
  element.setAttribute('role', 'group');
  element.setAttribute('aria-label', 'Reading settings');
  for (const [name, { legend, choices }] of Object.entries(SETTINGS)) {
    const fieldset = document.createElement('fieldset');
    const caption = document.createElement('legend');
    caption.textContent = legend;
    fieldset.append(caption);
    for (const [value, label] of Object.entries(choices)) {
      const input = Object.assign(document.createElement('input'), {
        type: 'radio',
        name: `reader-${name}`,
        value,
      });
      const wrapper = document.createElement('label');
      wrapper.append(input, ` ${label}`);
      fieldset.append(wrapper);
    }
    element.append(fieldset);
  }
  element.addEventListener('change', (event) => {
    const input = event.target;
    if (!(input instanceof HTMLInputElement)) return;
    const name = input.name.replace('reader-', '');
    if (isSetting(name)) choose(name, input.value);
  });
  host.append(element);
  host.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape' || element.hidden) return;
    event.preventDefault();
    close(true);
  });
  document.addEventListener('pointerdown', (event) => {
    if (!element.hidden && event.target instanceof Node && !host.contains(event.target))
      close(false);
  });
  return element;
}

function open(host: HTMLElement, button: HTMLButtonElement): void {
  panel ??= build(host);
  for (const input of panel.querySelectorAll('input')) {
    const name = input.name.replace('reader-', '');
    input.checked = isSetting(name) && current(name) === input.value;
  }
  panel.hidden = false;
  // Under its button, moved left as far as needed to stay on the screen.
  panel.style.translate = '';
  const overflow = panel.getBoundingClientRect().right - (document.documentElement.clientWidth - 8);
  if (overflow > 0) panel.style.translate = `${String(-overflow)}px`;
  button.setAttribute('aria-expanded', 'true');
  panel.querySelector<HTMLInputElement>('input:checked')?.focus();
}

function close(restoreFocus: boolean): void {
  if (!panel || !opener) return;
  panel.hidden = true;
  opener.setAttribute('aria-expanded', 'false');
  if (restoreFocus) opener.focus();
}

/** Opens the panel under `button` in `host`, or closes it when it is open. */
export function toggle(host: HTMLElement, button: HTMLButtonElement): void {
  opener = button;
  button.setAttribute('aria-controls', PANEL_ID);
  if (panel && !panel.hidden) close(true);
  else open(host, button);
}
