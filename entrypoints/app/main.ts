import { mountApp } from '@/components/app/mount';

mountApp('#app', 'tab');
