// A web-component form (Lit / Stencil style): the fields live in an open shadow root, one of them in a shadow
// root nested inside it. `e.target` and `document.activeElement` stop at the host; `querySelectorAll` does not
// enter. Submissions inside the shadow root do not reach a document listener (submit is not composed): counted here.
class ReviewField extends HTMLElement {
  connectedCallback() {
    const root = this.attachShadow({ mode: 'open' });
    root.innerHTML = '<textarea id="inner" aria-label="Biện pháp khắc phục" rows="3" cols="50"></textarea>';
  }
}
customElements.define('kd-review-field', ReviewField);
class ReviewForm extends HTMLElement {
  connectedCallback() {
    const root = this.attachShadow({ mode: 'open' });
    root.innerHTML = `
      <form id="f">
        <label for="ten">Họ và tên</label> <input id="ten" name="ten">
        <label for="uu-diem">Ưu điểm</label>
        <textarea id="uu-diem" name="uu-diem" rows="3" cols="50">Đã viết sẵn.</textarea>
        <label for="han-che">Hạn chế, khuyết điểm</label>
        <textarea id="han-che" name="han-che" rows="3" cols="50"></textarea>
        <kd-review-field></kd-review-field>
        <button type="submit">Gửi</button>
      </form>`;
    root.querySelector('form').addEventListener('submit', (e) => {
      e.preventDefault();
      window.kdSubmissions += 1;
      document.documentElement.dataset.submissions = String(window.kdSubmissions);
    });
  }
}
customElements.define('kd-review-form', ReviewForm);
// A closed root: the page's own script keeps the only reference; an extension reaches it through
// chrome.dom.openOrClosedShadowRoot.
let closedRoot;
class ClosedNote extends HTMLElement {
  connectedCallback() {
    closedRoot = this.attachShadow({ mode: 'closed' });
    closedRoot.innerHTML = '<textarea id="note" aria-label="Ý kiến bổ sung" rows="2" cols="50"></textarea>';
  }
}
customElements.define('kd-closed-note', ClosedNote);
window.kdShadowValue = (id) => {
  const root = document.querySelector('kd-review-form').shadowRoot;
  if (id === 'note') return closedRoot.getElementById('note').value;
  if (id === 'inner') return root.querySelector('kd-review-field').shadowRoot.getElementById('inner').value;
  return root.getElementById(id).value;
};
document.documentElement.dataset.ready = '1';
