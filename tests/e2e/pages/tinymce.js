// A TinyMCE-style editor in designMode: the iframe's whole document is editable (no contenteditable attribute),
// so a scan for [contenteditable] does not see it. Its text ends with a plain trailing space ("Mở đầu: "), which
// Chromium drops when text is typed after it at the end of the block.
const frame = document.getElementById('ed');
const doc = frame.contentDocument;
doc.open();
doc.write('<!doctype html><html><head><meta charset="utf-8"></head><body><p>Mở đầu: </p></body></html>');
doc.close();
doc.designMode = 'on';
window.kdText = () => doc.body.innerText;
document.documentElement.dataset.ready = '1';
