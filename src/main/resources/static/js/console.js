// The dispatcher's keyboard: j / k move between new concerns, Enter on a row opens its category field,
// and choosing a tier other than a major affair disables the department (only major affairs are dispatched).
(function () {
  const rows = () => Array.from(document.querySelectorAll('.console-row'));
  document.addEventListener('keydown', (event) => {
    const tag = (event.target.tagName || '').toLowerCase();
    if (tag === 'input' || tag === 'select' || tag === 'textarea' || event.ctrlKey || event.metaKey || event.altKey) {
      return;
    }
    const all = rows();
    if (all.length === 0) {
      return;
    }
    const current = all.indexOf(document.activeElement.closest ? document.activeElement.closest('.console-row') : null);
    if (event.key === 'j' || event.key === 'k') {
      const next = event.key === 'j' ? Math.min(all.length - 1, current + 1) : Math.max(0, current - 1);
      all[next].focus();
      event.preventDefault();
    } else if (event.key === 'Enter' && current >= 0) {
      const field = all[current].querySelector('input[name="categoryCode"]');
      if (field) {
        field.focus();
        event.preventDefault();
      }
    }
  });
  const sync = (select) => {
    const department = select.form.querySelector('select[name="departmentCode"]');
    if (department) {
      department.disabled = select.value !== 'MAJOR';
    }
  };
  document.addEventListener('change', (event) => {
    if (event.target.classList && event.target.classList.contains('js-tier')) {
      sync(event.target);
    }
  });
  document.querySelectorAll('.js-tier').forEach(sync);
  document.body.addEventListener('htmx:afterSwap', () => document.querySelectorAll('.js-tier').forEach(sync));
})();
