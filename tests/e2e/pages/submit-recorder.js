// Test pages: every form records submissions instead of sending them; the e2e test asserts none happened.
window.kdSubmissions = 0;
document.addEventListener('submit', (e) => {
  e.preventDefault();
  window.kdSubmissions += 1;
  document.documentElement.dataset.submissions = String(window.kdSubmissions);
}, true);
document.documentElement.dataset.submissions = '0';
