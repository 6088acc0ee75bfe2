export type AppMode = 'sidepanel' | 'tab';
