import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { uiLanguageTag } from '@/components/i18n';
import { App } from './App';
import '@/components/page-base.css';
import './style.css';

document.documentElement.lang = uiLanguageTag();
const root = document.getElementById('root');
if (!root) throw new Error('#root missing from options.html');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
