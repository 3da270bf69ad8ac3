// A form refused with errors opens on its list of errors, so that keyboard and screen-reader users start there.
document.addEventListener('DOMContentLoaded', () => {
  const errors = document.querySelector('.error-summary');
  if (errors) {
    errors.focus();
  }
});
