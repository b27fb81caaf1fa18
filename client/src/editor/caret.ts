import { t } from '../../../shared/i18n';

interface CaretUser {
  name?: string;
  color?: string;
}

/** Another person's caret: a coloured bar with their name, readable as text ("Markör: Sara Holm"). */
export function renderCaret(user: CaretUser): HTMLElement {
  const color = user.color ?? '#1f5fa8';
  const caret = document.createElement('span');
  caret.className = 'collaboration-carets__caret';
  caret.style.borderColor = color;
  const label = document.createElement('span');
  label.className = 'collaboration-carets__label';
  label.style.backgroundColor = color;
  const hidden = document.createElement('span');
  hidden.className = 'visually-hidden';
  hidden.textContent = `${t('editor.caret', { name: '' }).trim()} `;
  label.append(hidden, document.createTextNode(user.name ?? ''));
  caret.append(label);
  return caret;
}
