// A React-style controlled form: the state is the truth. It changes only in input/change handlers, and after
// every change (and on a timer, as unrelated state updates do) the form re-renders every field from the state,
// so a value written into the DOM without the page's handlers seeing it is put back. Each field's own `value`
// setter is patched to track what the "framework" wrote (React's value tracker): an input event whose value
// equals the tracked one is swallowed.
window.kdState = { hoTen: '', uuDiem: 'Có sẵn', hanChe: '', diem: '', xepLoai: '', deXuat: '' };
const fields = [...document.querySelectorAll('#f input:not([type=radio]), #f textarea, #f select')];
const radios = [...document.querySelectorAll('#f input[type=radio]')];
const trackers = new Map();
for (const el of fields) {
  const native = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(el), 'value');
  trackers.set(el, { native, tracked: '' });
  Object.defineProperty(el, 'value', {
    configurable: true,
    get() { return native.get.call(this); },
    set(v) { trackers.get(el).tracked = String(v); native.set.call(this, v); },
  });
}
function render() {
  for (const el of fields) {
    const want = window.kdState[el.name];
    if (el.value !== want) el.value = want; // as React does for a controlled input
    trackers.get(el).tracked = want;
  }
  for (const r of radios) r.checked = window.kdState.deXuat === r.value;
  document.getElementById('state').textContent = JSON.stringify(window.kdState);
}
function onChange(e) {
  const el = e.target;
  if (el.type === 'radio') {
    if (el.checked) window.kdState = { ...window.kdState, deXuat: el.value };
  } else {
    const t = trackers.get(el);
    const now = t.native.get.call(el);
    if (now !== t.tracked) {
      t.tracked = now;
      window.kdState = { ...window.kdState, [el.name]: now };
    }
  }
  queueMicrotask(render);
}
document.getElementById('f').addEventListener('input', onChange);
document.getElementById('f').addEventListener('change', onChange);
setInterval(render, 100);
render();
document.documentElement.dataset.ready = '1';
