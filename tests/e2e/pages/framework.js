// A tiny controlled-input "framework", like React: the value lives in JS state, changes only through input
// events, and the element's own `value` setter is patched to track what the framework wrote, so a value set by
// plain assignment followed by an input event is ignored (React's value tracker). Only the prototype's native
// setter gets through.
window.kdState = { a: 'Có sẵn', b: '' };
const render = () => (document.getElementById('state').textContent = JSON.stringify(window.kdState));
for (const el of document.querySelectorAll('#f textarea, #f input')) {
  const proto = Object.getPrototypeOf(el);
  const native = Object.getOwnPropertyDescriptor(proto, 'value');
  let tracked = '';
  Object.defineProperty(el, 'value', {
    configurable: true,
    get() { return native.get.call(this); },
    set(v) { tracked = String(v); native.set.call(this, v); },
  });
  el.value = window.kdState[el.name];
  el.addEventListener('input', () => {
    const now = native.get.call(el);
    if (now === tracked) return; // the tracker swallows it: nothing changed "from the user"
    tracked = now;
    window.kdState = { ...window.kdState, [el.name]: now };
    render();
  });
}
render();
