// The embedded frame of another origin: focuses its own field by script and keeps faking focus events on it,
// hoping to look like the field the person is typing in.
const inner = document.getElementById('inner');
inner.focus();
setInterval(() => inner.dispatchEvent(new FocusEvent('focusin', { bubbles: true })), 20);
// When the parent focuses this frame, put the focus back on the field (focusing a frame lands on its body).
window.addEventListener('focus', () => inner.focus());
// Tells the parent it is loaded and holds the focus, so a test need not run script in this frame (a test's own
// script would count as a user gesture here).
parent.postMessage({ kdChildFocused: document.activeElement === inner }, '*');
