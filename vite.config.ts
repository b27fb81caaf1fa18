import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const serverPort = Number(process.env.PORT ?? 3000);
const serverUrl = `http://127.0.0.1:${serverPort}`;

export default defineConfig({
  root: 'client',
  plugins: [react()],
  build: {
    outDir: '../dist/client',
    emptyOutDir: true,
  },
  server: {
    port: Number(process.env.VITE_PORT ?? 5173),
    proxy: {
      '/api': { target: serverUrl, changeOrigin: false },
      '/yjs': { target: serverUrl.replace('http', 'ws'), ws: true },
    },
  },
});
