// uPlot from its WebJar, loaded on first use as a classic script (its minified build is the
// smallest it ships), with its style sheet.
const VERSION = '1.6.30';
const BASE = `/webjars/uplot/${VERSION}/dist`;
let loading = null;

export function uPlotReady() {
  if (window.uPlot) return Promise.resolve(window.uPlot);
  if (!loading) {
    loading = new Promise((resolve, reject) => {
      const css = document.createElement('link');
      css.rel = 'stylesheet';
      css.href = `${BASE}/uPlot.min.css`;
      document.head.append(css);
      const script = document.createElement('script');
      script.src = `${BASE}/uPlot.iife.min.js`;
      script.addEventListener('load', () => resolve(window.uPlot));
      script.addEventListener('error', () => { loading = null; reject(new Error('The chart library could not be loaded')); });
      document.head.append(script);
    });
  }
  return loading;
}

// Distinguishable colours with at least 3:1 contrast on white.
export const COLOURS = ['#1d4ed8', '#b45309', '#047857', '#be123c', '#6d28d9', '#0e7490', '#4d7c0f', '#a21caf'];
