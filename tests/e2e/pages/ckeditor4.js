// A CKEditor-4-style "classic" editor: for each replaced textarea, a container with a toolbar and an iframe
// (about:blank, written by script) whose body is contenteditable; the textarea is updated from the body on input.
// Every editor iframe keeps its own focused body, focused or not: the trap the fill agent used to fall into.
for (const id of ['uu-diem', 'han-che']) {
  const textarea = document.getElementById(id);
  const box = document.createElement('div');
  box.className = 'cke';
  box.innerHTML = '<div class="cke_top"><button type="button" title="Đậm">B</button><button type="button" title="Nghiêng">I</button></div><div class="cke_contents"></div>';
  const frame = document.createElement('iframe');
  frame.title = `Trình soạn thảo văn bản có định dạng, ${id}`;
  frame.style.width = '500px';
  frame.style.height = '120px';
  box.querySelector('.cke_contents').append(frame);
  textarea.after(box);
  const doc = frame.contentDocument;
  doc.open();
  doc.write('<!doctype html><html><head><meta charset="utf-8"></head><body contenteditable="true" class="cke_editable" spellcheck="false"><p>Đoạn có sẵn.</p></body></html>');
  doc.close();
  const sync = () => (textarea.value = doc.body.innerText);
  doc.body.addEventListener('input', sync);
  sync();
  // CKEditor focuses its body when loaded; every editor frame then has an editable active element.
  doc.body.focus();
}
document.documentElement.dataset.ready = '1';
