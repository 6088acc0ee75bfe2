// A rich-editor stand-in: its model is read from the DOM only on input events (as editors do after
// beforeinput / execCommand); DOM changes without an input event never reach the model.
const ed = document.getElementById('ed');
window.kdModel = ed.innerText;
ed.addEventListener('input', () => (window.kdModel = ed.innerText));
