// Slate / Lexical / ProseMirror-style editors: the text lives in a model; the DOM is only rendered from it.
// The model changes through `beforeinput` (typing, deleting, undo) and, for #model, `paste` events (as those
// editors handle paste). Any other DOM change (execCommand, a text node inserted by script) is reverted by
// re-rendering from the model. #strict takes no paste: nothing but typing reaches its model.
window.kdModels = {};
function editor(el, takesPaste) {
  const id = el.id;
  let text = 'Đoạn có sẵn.';
  const history = [];
  let rendering = false;
  const render = (caret) => {
    rendering = true;
    el.textContent = text;
    window.kdModels[id] = text;
    const node = el.firstChild;
    if (node && document.activeElement === el) {
      const sel = document.getSelection();
      sel.removeAllRanges();
      const r = document.createRange();
      r.setStart(node, Math.min(caret ?? text.length, text.length));
      sel.addRange(r);
    }
    observer.takeRecords();
    rendering = false;
  };
  const caretOffset = () => {
    const sel = document.getSelection();
    if (!sel || sel.rangeCount === 0 || !el.contains(sel.anchorNode)) return text.length;
    const r = document.createRange();
    r.selectNodeContents(el);
    r.setEnd(sel.getRangeAt(0).endContainer, sel.getRangeAt(0).endOffset);
    return Math.min(r.toString().length, text.length);
  };
  const insert = (s) => {
    const at = caretOffset();
    history.push(text);
    text = text.slice(0, at) + s + text.slice(at);
    render(at + s.length);
  };
  const undo = () => {
    if (history.length) text = history.pop();
    render();
  };
  const observer = new MutationObserver(() => {
    if (!rendering) render(); // a DOM edit the model did not make: revert it
  });
  observer.observe(el, { childList: true, characterData: true, subtree: true });
  el.addEventListener('beforeinput', (e) => {
    e.preventDefault();
    if (e.inputType === 'insertText' || e.inputType === 'insertReplacementText') insert(e.data ?? '');
    else if (e.inputType === 'insertParagraph' || e.inputType === 'insertLineBreak') insert('\n');
    else if (e.inputType === 'insertFromPaste' && takesPaste) insert(e.dataTransfer?.getData('text/plain') ?? '');
    else if (e.inputType === 'historyUndo') undo();
    else if (e.inputType === 'deleteContentBackward') {
      const at = caretOffset();
      if (at > 0) {
        history.push(text);
        text = text.slice(0, at - 1) + text.slice(at);
        render(at - 1);
      }
    }
  });
  el.addEventListener('keydown', (e) => {
    if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 'z') {
      e.preventDefault();
      undo();
    }
  });
  if (takesPaste) {
    el.addEventListener('paste', (e) => {
      e.preventDefault();
      insert(e.clipboardData?.getData('text/plain') ?? '');
    });
  }
  render();
}
editor(document.getElementById('model'), true);
editor(document.getElementById('strict'), false);
document.documentElement.dataset.ready = '1';
