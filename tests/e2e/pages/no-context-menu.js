// As some online systems do: the context menu is blocked everywhere on the page, so "Kiểm điểm: cho phép điền
// vào trang này" can never be reached by right-clicking; only the keyboard command is left.
window.kdBlockedMenus = 0;
document.addEventListener('contextmenu', (e) => {
  e.preventDefault();
  window.kdBlockedMenus += 1;
  document.documentElement.dataset.blockedMenus = String(window.kdBlockedMenus);
}, true);
document.documentElement.dataset.ready = '1';
