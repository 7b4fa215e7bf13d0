import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { t, uiLanguageTag } from '@/components/i18n';
import { App } from './App';
import '@/components/page-base.css';
import './style.css';

// The page follows the browser's UI language (index.html carries the zh_CN default).
document.documentElement.lang = uiLanguageTag();
document.title = t('compare_title');
const root = document.getElementById('root');
if (!root) throw new Error('#root missing from compare.html');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
