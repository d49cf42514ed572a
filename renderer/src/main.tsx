import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app';
import { createHost } from './host/host';
import './styles.css';

const root = createRoot(document.getElementById('root')!);
createHost()
  .then((host) => root.render(<StrictMode><App host={host} /></StrictMode>))
  .catch((e: unknown) => root.render(<div className="fatal">程序启动失败：{String(e)}</div>));
