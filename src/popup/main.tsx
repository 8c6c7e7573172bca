import { render } from 'preact';
import { Popup } from './Popup';

// Marks for the benchmark (bench/bench.ts): when the popup's code began, its modules loaded, and (in
// Popup) when it first showed stored data.
performance.mark('popup-script-start');
const root = document.getElementById('app');
if (root) render(<Popup />, root);
