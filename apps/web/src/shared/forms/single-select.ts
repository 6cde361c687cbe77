import { useEffect } from 'react';

/**
 * suomifi-ui-components 18: a SingleSelect's input keeps `aria-controls` pointing at its list and
 * `aria-activedescendant` at the last option also while the list is closed and not in the page —
 * references to nothing, which assistive technology cannot follow (axe: aria-valid-attr-value,
 * critical). This keeps both pointing only at what exists, and says that the input pops up a
 * listbox (true, and allowed on a text box).
 */
export function useValidComboboxReferences(inputId: string): void {
  useEffect(() => {
    const input = document.getElementById(inputId);
    if (!input) return;
    const listId = `${inputId}-popover`;
    const tidy = () => {
      if (input.getAttribute('aria-haspopup') !== 'listbox') input.setAttribute('aria-haspopup', 'listbox');
      if (document.getElementById(listId)) {
        if (input.getAttribute('aria-controls') !== listId) input.setAttribute('aria-controls', listId);
      } else if (input.hasAttribute('aria-controls')) {
        input.removeAttribute('aria-controls');
      }
      const active = input.getAttribute('aria-activedescendant');
      if (active && !document.getElementById(active)) input.setAttribute('aria-activedescendant', '');
    };
    tidy();
    const observer = new MutationObserver(tidy);
    observer.observe(document.body, { childList: true, subtree: true, attributes: true, attributeFilter: ['aria-controls', 'aria-activedescendant'] });
    return () => observer.disconnect();
  }, [inputId]);
}

/**
 * suomifi-ui-components 18: after a choice (Enter or a click on an option, the clear button or
 * the toggle button) a SingleSelect selects its input's text 100 ms later with `input.select()`.
 * In Chromium `select()` also focuses the input, so a person who has moved on within those
 * 100 ms — a quick Tab, or any Tab on a busy machine — is pulled back into the field, and what
 * they type next lands there. This lets the input select its text only while it has focus.
 */
export function useSelectOnlyWhileFocused(inputId: string): void {
  useEffect(() => {
    const input = document.getElementById(inputId);
    if (!(input instanceof HTMLInputElement)) return;
    input.select = function selectWhileFocused(this: HTMLInputElement) {
      if (this.ownerDocument.activeElement === this) HTMLInputElement.prototype.select.call(this);
    };
    return () => void Reflect.deleteProperty(input, 'select');
  }, [inputId]);
}
