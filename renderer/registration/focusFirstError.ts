// After a refused submit: bring the first field with an error into view.

/**
 * Mantine marks inputs with an error as aria-invalid; the first one (or the parties' error) is scrolled to and
 * focused. A select would open its list on focus, so it is only scrolled to.
 */
export function focusFirstError(): void {
  requestAnimationFrame(() => {
    const first = document.querySelector<HTMLElement>('[aria-invalid="true"], [data-testid="parties-error"]');
    if (!first) return;
    first.scrollIntoView({ block: 'center', behavior: 'smooth' });
    if (first.getAttribute('role') !== 'combobox') first.focus({ preventScroll: true });
  });
}
