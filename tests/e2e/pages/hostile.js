// A hostile page trying to steer "Chèn vào ô đang chọn" away from the field the person chose (?mode=):
//   fake  - keeps dispatching synthetic focusin events on a 1×1 px field (without focusing it);
//   trap  - moves the real focus, by script, to the 1×1 px field right after the person focuses theirs;
//   ghost - moves it to a fully transparent textarea instead;
//   frame - moves it into a child frame of another origin (served from "localhost" instead of 127.0.0.1),
//           whose own script focused a field there and fakes focus events too.
const mode = new URLSearchParams(location.search).get('mode') ?? 'fake';
const child = document.getElementById('child');
child.src = `http://localhost:${location.port}/hostile-child.html`;
const mine = document.getElementById('mine');
const trap = document.getElementById('trap');
const ghost = document.getElementById('ghost');
mine.addEventListener('focus', () => {
  if (mode === 'trap') setTimeout(() => trap.focus());
  if (mode === 'ghost') setTimeout(() => ghost.focus());
  if (mode === 'frame') setTimeout(() => child.focus());
});
if (mode === 'fake') {
  setInterval(() => {
    trap.dispatchEvent(new FocusEvent('focusin', { bubbles: true, composed: true }));
    trap.dispatchEvent(new FocusEvent('focus'));
  }, 20);
}
document.documentElement.dataset.ready = '1';
window.addEventListener('message', (e) => {
  if (e.source === child.contentWindow && e.data && e.data.kdChildFocused) document.documentElement.dataset.childFocused = '1';
});
