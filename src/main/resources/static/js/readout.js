// A form refused with errors opens on its list of errors, so that keyboard and screen-reader users start there.
document.addEventListener('DOMContentLoaded', () => {
  const errors = document.querySelector('.error-summary');
  if (errors) {
    errors.focus();
  }
});

// The time axis, with a pointer: dragging across it narrows the list to the days selected, and the wheel with Ctrl (a
// pinch on a trackpad) zooms in or out around the pointer, Shift with the wheel pans. Each sets the filter's dates, so
// the address and the list follow, as with typed dates; without JavaScript the years and months on the axis do it.
(() => {
  const DAY = 86400000;
  const dayOf = (svg, clientX) => {
    const box = svg.getBoundingClientRect();
    const first = Date.parse(svg.dataset.first);
    const days = (Date.parse(svg.dataset.last) - first) / DAY + 1;
    const share = Math.min(Math.max((clientX - box.left) / box.width, 0), 1);
    return first + Math.floor(share * days) * DAY;
  };
  const iso = (time) => new Date(time).toISOString().slice(0, 10);
  const narrowTo = (from, to) => {
    const form = document.getElementById('filters');
    form.querySelector('[name=from]').value = iso(Math.min(from, to));
    form.querySelector('[name=to]').value = iso(Math.max(from, to));
    form.requestSubmit();
  };

  let drag = null;
  document.addEventListener('pointerdown', (event) => {
    const svg = event.target.closest('figure.axis svg[data-first]');
    if (svg && event.button === 0) {
      drag = { svg, startX: event.clientX, start: dayOf(svg, event.clientX), band: null };
    }
  });
  // A drag that starts on a mark selects days; it does not drag the mark's link away.
  document.addEventListener('dragstart', (event) => {
    if (event.target.closest && event.target.closest('figure.axis')) {
      event.preventDefault();
    }
  });
  document.addEventListener('pointermove', (event) => {
    if (!drag || Math.abs(event.clientX - drag.startX) < 5) {
      return;
    }
    const box = drag.svg.getBoundingClientRect();
    const scale = drag.svg.viewBox.baseVal.width / box.width;
    if (!drag.band) {
      drag.band = document.createElementNS('http://www.w3.org/2000/svg', 'rect');
      drag.band.setAttribute('class', 'selection');
      drag.band.setAttribute('y', '0');
      drag.band.setAttribute('height', String(drag.svg.viewBox.baseVal.height));
      drag.svg.appendChild(drag.band);
    }
    const left = Math.min(drag.startX, event.clientX) - box.left;
    drag.band.setAttribute('x', String(Math.max(left, 0) * scale));
    drag.band.setAttribute('width', String(Math.abs(event.clientX - drag.startX) * scale));
  });
  document.addEventListener('pointerup', (event) => {
    if (drag && drag.band) {
      narrowTo(drag.start, dayOf(drag.svg, event.clientX));
      // The drag ends over a mark's link: it selected, it did not open the contact.
      document.addEventListener('click', (click) => click.preventDefault(), { capture: true, once: true });
    }
    drag = null;
  });
  document.addEventListener('wheel', (event) => {
    const svg = event.target.closest && event.target.closest('figure.axis svg[data-first]');
    if (!svg || !(event.ctrlKey || event.metaKey || event.shiftKey)) {
      return;
    }
    event.preventDefault();
    const first = Date.parse(svg.dataset.first);
    const last = Date.parse(svg.dataset.last);
    const span = last - first;
    if (event.shiftKey) {
      const shift = Math.sign(event.deltaY || event.deltaX) * span / 5;
      narrowTo(first + shift, last + shift);
      return;
    }
    const at = dayOf(svg, event.clientX);
    const factor = event.deltaY < 0 ? 0.5 : 2;
    narrowTo(at - (at - first) * factor, at + (last - at) * factor);
  }, { passive: false });
})();

// Each mark on the time axis shows its contact's title on hover, as its accessible name already tells a screen reader.
const titleAxisMarks = () => {
  document.querySelectorAll('figure.axis a[aria-label]:not(:has(title))').forEach((mark) => {
    const title = document.createElementNS('http://www.w3.org/2000/svg', 'title');
    title.textContent = mark.getAttribute('aria-label');
    mark.prepend(title);
  });
};
document.addEventListener('DOMContentLoaded', titleAxisMarks);
document.addEventListener('htmx:afterSettle', titleAxisMarks);
