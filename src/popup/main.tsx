import '../shared/replay-clock'; // first: the demo's build runs on the outage's own clock (inert elsewhere)
import { render } from 'preact';
import { i18n, t } from '../shared/i18n';
import { loadPopupData } from '../shared/status-store';
import { Popup } from './Popup';

// Marks for the benchmark (bench/bench.ts): when the popup's code began, its modules loaded, and (in
// Popup) when it first showed stored data.
performance.mark('popup-script-start');
// The page's language and title follow the catalogue the browser chose.
document.documentElement.lang = i18n.locale;
document.title = t('popupHeading');
// Read storage first and render once with the data: no empty frame, no spinner.
const root = document.getElementById('app');
if (root) void loadPopupData().then((data) => render(<Popup initial={data} />, root));
